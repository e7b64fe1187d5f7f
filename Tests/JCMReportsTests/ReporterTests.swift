import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules
import JCMUnits
import Testing
@testable import JCMReports

enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates").path

    static func wording(_ language: String = "en") throws -> Wording { try Wording.load(in: templates, language: language) }

    static func assessment(_ example: String = "haiphong-blower-inverter") throws -> Assessment {
        let catalog = try Catalog.load(from: root.appendingPathComponent("Methodologies").path)
        return try Assessment.assess(ProjectLoader.load(root.appendingPathComponent("Examples/\(example)/project.yaml").path, catalog: catalog))
    }

    /// A copy of the English wording with one edit, written to a scratch folder as language `xx`.
    static func editedWording(_ edit: (String) -> String) throws -> (directory: String, language: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-wording-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("xx"), withIntermediateDirectories: true)
        let text = try String(contentsOfFile: "\(templates)/en/wording.yaml", encoding: .utf8)
        let edited = edit(text.replacingOccurrences(of: "language: en\n", with: "language: xx\ntranslation: {status: unreviewed draft}\n"))
        try edited.write(to: directory.appendingPathComponent("xx/wording.yaml"), atomically: true, encoding: .utf8)
        return (directory.path, "xx")
    }
}

/// A format only the tests know: one line per criterion. It takes one file and one line in a
/// `Reporters` list, which is all a new output format needs.
struct CriterionLinesReporter: Reporter {
    static let name = "lines"
    let wording: Wording
    init(wording: Wording) { self.wording = wording }

    func eligibility(_ assessment: Assessment) -> String {
        assessment.eligibility.groups.flatMap(\.results).map { "\($0.criterion.id)\t\(wording.label($0.verdict))\n" }.joined()
    }

    func calculation(_ assessment: Assessment) -> String {
        assessment.calculation.steps.map { "\($0.equation.symbol)\t\(wording.style.value($0.value))\n" }.joined()
    }

    func diagnostics(_ diagnostics: [Diagnostic]) -> String? { nil }
}

@Suite struct ReporterRegistryTests {
    @Test func aNewFormatIsOneReporterAndOneRegistrationLine() throws {
        let reporters = Reporters(Reporters.standard.all + [CriterionLinesReporter.self])
        #expect(reporters.names == ["text", "json", "jsonl", "junit", "sarif", "lines"])
        let reporter = try #require(reporters.reporter(named: "lines", wording: Fixture.wording()))
        let assessment = try Fixture.assessment()
        #expect(reporter.eligibility(assessment).hasPrefix("C1\tPASS\nC2\tPASS\n"))
        #expect(reporter.calculation(assessment).contains("ER_p\t1,139 tCO2\n"))
        #expect(Reporters.standard.reporter(named: "lines", wording: try Fixture.wording()) == nil)
    }

    @Test func theSameAssessmentReadsInEveryLanguage() throws {
        let assessment = try Fixture.assessment()
        let english = TextReporter(wording: try Fixture.wording()).calculation(assessment)
        let vietnamese = TextReporter(wording: try Fixture.wording("vi")).calculation(assessment)
        #expect(english.contains("= 1,139.2663552 tCO2"))
        #expect(vietnamese.contains("= 1.139,2663552 tCO2"))
        #expect(vietnamese.contains("864.000 kNm3 × 1,852 kWh/kNm3 × 0,6592 tCO2/MWh"))
        let json = JSONReporter(wording: try Fixture.wording("vi")).calculation(assessment)
        #expect(json.contains("\"substituted\" : \"864,000 kNm3 × 1.852 kWh/kNm3 × 0.6592 tCO2/MWh\""), "JSON keeps canonical digits")
    }
}

@Suite struct ReasonWordingTests {
    func reasons(_ id: String, _ example: String = "haiphong-blower-inverter") throws -> [String] {
        let result = try #require(try Fixture.assessment(example).eligibility.groups.flatMap(\.results).first { $0.criterion.id == id })
        return try result.reasons.map(Fixture.wording().sentence)
    }

    @Test func aComparisonNamesBothSidesWithTheirValues() throws {
        #expect(try reasons("C6").contains("equipment[B-1]: expected_average_flow (108,000 Nm3/h) < 90 % × rated_flow (= 162,000 Nm3/h): holds"))
    }

    @Test func aLongListIsSummarised() throws {
        #expect(try reasons("PR1") == ["host_country (\"Viet Nam\") in partner_countries (a list of 29): holds"])
    }

    @Test func missingEvidenceNamesTheFields() throws {
        let sentences = try reasons("C2", "lan-ha-bay-floating-village-solar")
        #expect(sentences.contains { $0.contains("cannot be decided: equipment[FV-1].modules.design_certification") && $0.hasSuffix("not given") })
    }
}

@Suite struct WordingFileTests {
    func problems(_ edit: (String) -> String) throws -> [String] {
        let (directory, language) = try Fixture.editedWording(edit)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            _ = try Wording.load(in: directory, language: language)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func theShippedWordingsLoad() throws {
        for language in ["en", "vi", "ja"] { #expect(try Fixture.wording(language).language == language) }
        #expect(try Fixture.wording().translation == nil)
        #expect(try Fixture.wording("vi").translation?.review == .unreviewedDraft)
    }

    @Test func aPlaceholderDroppedInATranslationIsAnError() throws {
        let found = try problems { $0.replacingOccurrences(of: "\"reference emissions {value}\"", with: "\"reference emissions\"") }
        #expect(found.count == 1)
        #expect(found.first?.contains("[L1] text 'text.headline.reference_emissions' must use exactly the placeholders {value}") == true)
        #expect(found.first?.contains("wording.yaml:") == true)
    }

    @Test func aMissingOrUnknownTextIsAnError() throws {
        let found = try problems { $0.replacingOccurrences(of: "  verdict.pass: PASS\n", with: "  verdict.passs: PASS\n") }
        #expect(found.contains { $0.contains("unknown text 'verdict.passs' (did you mean 'verdict.pass'?)") })
        #expect(found.contains { $0.contains("missing text 'verdict.pass'") })
    }

    @Test func theSameMarkForDecimalsAndGroupsIsAnError() throws {
        let found = try problems { $0.replacingOccurrences(of: "group_separator: \",\"", with: "group_separator: \".\"") }
        #expect(found.contains { $0.contains("the decimal mark and the group separator must differ") })
    }

    @Test func anUnknownLanguageNamesTheShippedOnes() throws {
        do {
            _ = try Wording.load(in: Fixture.templates, language: "fr")
            Issue.record("expected an error")
        } catch {
            let message = error.diagnostics.first?.description ?? ""
            #expect(message.hasPrefix("error: [L2] no wording for language 'fr' in '\(Fixture.templates)'"))
            #expect(message.hasSuffix("; languages there: en, ja, vi"))
        }
    }
}

@Suite struct WordingPlaceholderTests {
    @Test func placeholdersAreASCIILettersBetweenBraces() {
        let names = Wording.placeholders(in: "{a} {{b} {c d} {} {x1} {é} {Value}x {tail")
        #expect(names == ["a", "b", "Value"])
        #expect(Wording.placeholders(in: "Hải Phòng {value} tCO2 {") == ["value"])
    }
}

