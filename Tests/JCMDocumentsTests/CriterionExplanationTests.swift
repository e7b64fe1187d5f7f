import Foundation
import JCMDiagnostics
import JCMKit
import Testing

@testable import JCMDocuments

/// PDD B.2 explains each criterion in the methodology's words filled with the project's values, and
/// cites the documents the project gives; the rule trace stays in the eligibility report.
@Suite struct CriterionExplanationTests {
    @Test func theBlowerPDDExplainsEachCriterionPerBlowerAndCitesItsEvidence() throws {
        let pdd = Fixtures.file(try Fixtures.render(), "pdd-draft.md")
        let b2 = try #require(pdd.components(separatedBy: "### B.2").last?.components(separatedBy: "## C.").first)
        for id in ["C1", "C2", "C3", "C4", "C5", "C6"] { #expect(b2.contains("#### Criterion \(id): PASS"), "\(id)") }
        #expect(b2.contains("- B-1 (Process air blower No. 1): a 250 kW motor of efficiency class IE3"))
        #expect(
            b2.contains("- B-2: without the project, its air flow is controlled at constant speed by outlet damper."))
        #expect(b2.contains("VN-CAL-2026-0412"))
        #expect(b2.contains("Evidence: Purchase contract for the drives and motors (KDS-KBE-2026-014); "))
        #expect(!b2.contains("count(equipment)"), "the rule trace stays in the eligibility report")
        #expect(!b2.contains("holds"))
        #expect(Fixtures.file(try Fixtures.render(), "eligibility-report.md").contains("count(equipment)"))
    }

    @Test func aValueTheProjectDoesNotGiveIsToBeCompletedAndEvidenceNotGivenIsAsked() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Fixtures.editedProject(in: directory) { text in
            text.replacingOccurrences(
                of: "measured: 1.852 kWh/kNm3, measurement_days: 14,", with: "measured: 1.852 kWh/kNm3,"
            )
            .replacingOccurrences(of: "  - {criterion: C6, ", with: "  - {criterion: C5, ")
        }
        let pdd = Fixtures.file(try Fixtures.render(path), "pdd-draft.md")
        #expect(pdd.contains("reference\\_sec.measurement\\_days to be completed"))
        #expect(
            pdd.contains(
                "Evidence to be provided by the project participants: Operation records or process design data"))
    }

    @Test(arguments: [
        ("vi", "- B-1 (Process air blower No. 1): động cơ 250 kW"),
        ("ja", "- B-1（Process air blower No. 1）："),
    ])
    func everyLanguageSaysItInItsOwnWords(language: String, sentence: String) throws {
        let pdd = Fixtures.file(try Fixtures.render(language: language), "pdd-draft.md")
        #expect(pdd.contains(sentence), "\(language)")
    }

    @Test func aDocumentGivenTwiceIsCitedOnce() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let line = "  - {criterion: C2, document: Site survey report with photographs of the outlet dampers, "
            + "reference: KBE-SS-2025-03}\n"
        let path = try Fixtures.editedProject(in: directory) { $0.replacingOccurrences(of: line, with: line + line) }
        let pdd = Fixtures.file(try Fixtures.render(path), "pdd-draft.md")
        #expect(pdd.contains("Evidence: Site survey report with photographs of the outlet dampers (KBE-SS-2025-03).\n"))
    }

    @Test func evidenceNamesAMethodologyCriterion() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Fixtures.editedProject(in: directory) {
            $0.replacingOccurrences(of: "  - {criterion: C6, ", with: "  - {criterion: PR7, ")
        }
        #expect {
            try Fixtures.load(path)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.contains { $0.code == .P3 && $0.message.contains("'PR7'") } == true
        }
    }
}
