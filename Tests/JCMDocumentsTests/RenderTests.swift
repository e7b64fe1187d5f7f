import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules
import JCMUnits
import Testing
@testable import JCMDocuments

@Suite struct RenderTests {
    @Test func theShippedTemplatesGiveTheMarkdownDocumentsTheXMLTheSpreadsheetAndTheManifest() throws {
        let set = try Fixtures.render()
        let text = (["application.xml"] + Fixtures.markdownDocuments).sorted()
        #expect(set.files.map(\.name) == text + ["monitoring-spreadsheet.xlsx", MonitoringDiagram.fileName, Manifest.fileName])
        #expect(set.projectID == "VN-HP-BLOWER-01")
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        #expect(try Fixtures.render().files == Fixtures.render().files)
    }

    @Test func noDateUnlessOneIsGiven() throws {
        let undated = try Fixtures.render()
        #expect(undated.manifest.date == nil)
        #expect(!Fixtures.file(undated, "application.xml").contains("<date>"))
        let dated = try DocumentSet.render(Fixtures.assess(), templates: Fixtures.templates(), date: CalendarDate(iso: "2026-12-01"))
        #expect(dated.manifest.date == "2026-12-01")
        #expect(Fixtures.file(dated, "application.xml").contains("<date>2026-12-01</date>"))
        #expect(Fixtures.file(dated, "pdd-draft.md").contains("Date: 2026-12-01"))
    }

    @Test func aMisspeltKeyIsAnErrorNamingTheTemplateAndTheKey() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = try Fixtures.editedTemplates(in: directory, file: "en/proposal-summary.md.mustache") {
            $0.replacingOccurrences(of: "{{project.technology}}", with: "{{project.technolgy}}")
        }
        #expect {
            try TemplateSet.load(from: templates)
        } throws: { error in
            let text = (error as? DiagnosticError)?.text ?? ""
            return text.contains("proposal-summary.md.mustache:") && text.contains("[T1] unknown key 'project.technolgy'")
                && text.contains("did you mean 'project.technology'?")
        }
    }

    @Test func aTemplateThatBreaksTheSchemaIsAnErrorWithTheLineAndNothingIsRendered() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = try Fixtures.editedTemplates(in: directory, file: "application.xml.mustache") {
            $0.replacingOccurrences(of: "<technology>{{project.technology}}</technology>", with: "<tech>{{project.technology}}</tech>")
        }
        #expect {
            try Fixtures.render(templates: templates)
        } throws: { error in
            guard let diagnostics = (error as? DiagnosticError)?.diagnostics, let first = diagnostics.first else { return false }
            return first.code == .X2 && first.location?.file == "application.xml" && (first.location?.line ?? 0) > 1
                && first.message.contains("tech") && first.message.contains("line \(first.location?.line ?? 0) reads: <tech>")
        }
    }

    @Test func xmlThatIsNotWellFormedIsAnErrorToo() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = try Fixtures.editedTemplates(in: directory, file: "application.xml.mustache") {
            $0.replacingOccurrences(of: "</technology>", with: "</technolog>")
        }
        #expect {
            try Fixtures.render(templates: templates)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.code == .X1
        }
    }

    @Test func everyExampleRendersValidXML() throws {
        let templates = try Fixtures.templates()
        let catalog = try Fixtures.catalog()
        for example in Fixtures.examples {
            let set = try DocumentSet.render(Assessment.assess(ProjectLoader.load(example, catalog: catalog)), templates: templates, date: nil)
            #expect(templates.schema?.validate(Fixtures.file(set, "application.xml"), documentName: example) == [], "\(example)")
        }
    }
}

@Suite struct ManifestTests {
    func sha256(ofFileAt path: String) throws -> String {
        SHA256.hex([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func inputHashesAreThoseOfTheFilesOnDisk() throws {
        let loaded = try Fixtures.load()
        let manifest = try DocumentSet.render(Assessment.assess(loaded), templates: Fixtures.templates(), date: nil).manifest
        #expect(manifest.project.sha256 == (try sha256(ofFileAt: Fixtures.blower)))
        #expect(manifest.methodology?.sha256 == (try sha256(ofFileAt: loaded.methodology?.file.path ?? "")))
        #expect(manifest.methodology?.id == "VN_PM_DRAFT_BLOWER")
        #expect(manifest.methodology?.version == "Ver0.1")
        if let programme = loaded.programme {
            #expect(manifest.programme?.sha256 == (try sha256(ofFileAt: programme.file.path)))
            #expect(manifest.programme?.fiscalYear == programme.fiscalYear)
        }
        let english = "\(Fixtures.templatesDirectory)/en"
        let shared = try FileManager.default.contentsOfDirectory(atPath: Fixtures.templatesDirectory).filter { $0.hasSuffix(".mustache") }
        let own = try FileManager.default.contentsOfDirectory(atPath: english).filter { $0.hasSuffix(".mustache") }
        // Proposed Methodology Form: the blower's draft methodology renders its form's template too.
        let form = "\(english)/\(RenderCondition.proposedMethodology.rawValue)"
        let conditional = try FileManager.default.contentsOfDirectory(atPath: form).filter { $0.hasSuffix(".mustache") }
        #expect(manifest.templates.map(\.file) == (shared + own + conditional).sorted())
        for template in manifest.templates {
            let folder = shared.contains(template.file) ? Fixtures.templatesDirectory
                : own.contains(template.file) ? english : form
            #expect(template.sha256 == (try sha256(ofFileAt: "\(folder)/\(template.file)")))
        }
        #expect(manifest.language.wording.sha256 == (try sha256(ofFileAt: "\(english)/wording.yaml")))
        #expect(manifest.schema?.sha256 == (try sha256(ofFileAt: "\(Fixtures.templatesDirectory)/\(ApplicationSchema.fileName)")))
        #expect(manifest.tool == Manifest.Tool(name: "jcm", version: ToolVersion.current))
    }

    @Test func documentHashesAreThoseOfTheDocuments() throws {
        let set = try Fixtures.render()
        #expect(set.manifest.documents.count == set.files.count - 1)
        for entry in set.manifest.documents {
            let file = try #require(set.files.first { $0.name == entry.file })
            #expect(entry.sha256 == SHA256.hex([UInt8](file.bytes)))
            // The spreadsheet is laid out by code and worded by the language's wording file; the
            // monitoring diagram is drawn by code from the project file alone.
            let source = entry.file == MonitoringDiagram.fileName ? "project.yaml"
                : file.isText ? entry.file + ".mustache" : "wording.yaml"
            #expect(entry.template == source)
        }
    }

    @Test func eachDocumentsFooterNamesTheToolMethodologyAndInputHashes() throws {
        let set = try Fixtures.render()
        let manifest = set.manifest
        for name in Fixtures.markdownDocuments {
            let footer = Fixtures.file(set, name).split(separator: "\n").last.map(String.init) ?? ""
            #expect(footer.contains("jcm \(ToolVersion.current)"), "\(name)")
            #expect(footer.contains(#"VN\_PM\_DRAFT\_BLOWER Ver0.1"#), "\(name)")
            #expect(footer.contains(String(manifest.project.sha256.prefix(12))), "\(name)")
            #expect(footer.contains(String(manifest.methodology?.sha256.prefix(12) ?? "-")), "\(name)")
            let template = manifest.templates.first { $0.file == name + ".mustache" }
            #expect(footer.contains(template?.shortSHA256 ?? "-"), "\(name)")
        }
    }

    @Test func theManifestReadsBack() throws {
        let set = try Fixtures.render()
        let decoded = try JSONDecoder().decode(Manifest.self, from: Data(Fixtures.file(set, Manifest.fileName).utf8))
        #expect(decoded == set.manifest)
    }
}

@Suite struct AssessmentRenderingTests {
    /// Documents show the assessment they are given: figures and verdicts no project could give
    /// appear as they are, so nothing was evaluated again on the way.
    @Test func documentsRenderTheAssessmentAndEvaluateNothing() throws {
        var assessment = try Fixtures.assess()
        let impossible = Value.quantity(try Quantity(parsing: "123,456,789 tCO2"))
        assessment.calculation.emissionReductions?.value = impossible
        for index in assessment.calculation.methodologySteps.indices where assessment.calculation.methodologySteps[index].equation.symbol == "ER_p" {
            assessment.calculation.methodologySteps[index].value = impossible
        }
        assessment.eligibility.groups[0].results[0].verdict = .fail
        assessment.eligibility.groups[0].results[0].reasons = [.statement(ReasonExpression(.identifier("made_up", offset: 0)), value: .text("tampered"))]
        let set = try DocumentSet.render(assessment, templates: Fixtures.templates(), date: nil)
        let summary = Fixtures.file(set, "proposal-summary.md")
        #expect(summary.contains("| Estimated emission reductions | 123,456,789 tCO2/yr |"))
        #expect(summary.contains("| ER\\_p | 123,456,789 tCO2 |"))
        #expect(!summary.contains("| ER\\_p | 1,139 tCO2 |"))
        #expect(Fixtures.file(set, "application.xml").contains(">123456789<"))
        let report = Fixtures.file(set, "eligibility-report.md")
        #expect(report.contains("### C1: FAIL"))
        #expect(report.contains("made\\_up is \"tampered\""))
        #expect(report.contains("**Verdict: FAIL.**"))
    }
}
