import Foundation
import Testing

/// The seed's question answered: which of Hai Phong's pilot projects can become JCM Model
/// Projects, and what each would need.
@Suite(.serialized) struct PortfolioEndToEndTests {
    static func pilots() throws -> [String] {
        let folder = JCMProcess.root.appendingPathComponent("Examples/haiphong-pilots")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/project.yaml").path)
        }
    }

    @Test func thePilotPortfolioGivesEveryPilotAVerdictAPathAndTheChartInEveryLanguage() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("portfolio").path
        let result = try JCMProcess.run(["portfolio", "Examples/haiphong-pilots", "--out", out, "--language", "en,vi,ja"])
        #expect(result.status == 0, "\(result.stderr)")
        let pilots = try Self.pilots()
        #expect(pilots.count >= 16, "the 15 pilots, Cat Ba's split into its PV and its buses")
        let data = try #require(FileManager.default.contents(atPath: out + "/portfolio.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let projects = try #require(document["projects"] as? [[String: Any]])
        #expect(projects.count == pilots.count)
        for project in projects {
            let id = project["id"] as? String ?? "?"
            #expect(project["verdict"] as? String != nil, "\(id) has no verdict")
            let path = project["path"] as? [String: Any]
            #expect(["methodology", "approved_family", "proposed_methodology_needed"].contains(path?["kind"] as? String ?? ""), "\(id): \(path ?? [:])")
            #expect(project["illustrative_figures"] as? Bool == true, "\(id): the pilots' figures are illustrative")
        }
        func project(_ id: String) -> [String: Any]? { projects.first { $0["id"] as? String == id } }
        let wdf = try #require(project("VN-HP-PILOT-02-CEMENT-WDF"))
        #expect((wdf["path"] as? [String: Any])?["kind"] as? String == "proposed_methodology_needed")
        #expect((wdf["needs"] as? String)?.contains("standards") == true)
        let pv = try #require(project("VN-HP-PILOT-08-CATBA-PV"))
        #expect((pv["path"] as? [String: Any])?["methodology"] as? String == "VN_AM007 Ver1.0")
        #expect(((pv["annual_emission_reductions"] as? [String: Any])?["amount"] as? [String: Any])?["value"] != nil)
        let buses = try #require(project("VN-HP-PILOT-08-CATBA-EV"))
        #expect((buses["path"] as? [String: Any])?["kind"] as? String == "proposed_methodology_needed")
        // The totals add up the projects that have a figure.
        let counted = projects.filter { (($0["annual_emission_reductions"] as? [String: Any])?["amount"]) != nil }.count
        #expect(document["projects_with_reductions"] as? Int == counted)

        let markdown = try String(contentsOfFile: out + "/portfolio.md", encoding: .utf8)
        #expect(markdown.contains("![Emission reductions against cost-effectiveness](portfolio-chart.svg)"))
        #expect(markdown.contains("Completeness check"), "the approval path of a proposed methodology")
        let chart = try String(contentsOfFile: out + "/portfolio-chart.svg", encoding: .utf8)
        #expect(chart.components(separatedBy: "<circle").count - 1 == projects.filter { $0["cost_effectiveness"].map { (($0 as? [String: Any])?["amount"]) != nil } ?? false }.count)
        let wellFormed = try JCMProcess.tool("xmllint", ["--noout", out + "/portfolio-chart.svg"])
        #expect(wellFormed.status == 0, "\(wellFormed.stderr)")
        for language in ["vi", "ja"] {
            let translated = try String(contentsOfFile: "\(out).\(language)/portfolio.md", encoding: .utf8)
            #expect(!translated.contains("Portfolio screening") && !translated.contains("Cost-effectiveness |"), "\(language) still in English")
        }
        // The same inputs give the same bytes.
        let again = directory.appendingPathComponent("again").path
        #expect(try JCMProcess.run(["portfolio", "Examples/haiphong-pilots", "--out", again]).status == 0)
        for name in ["portfolio.md", "portfolio.json", "portfolio-chart.svg", "manifest.json"] {
            #expect(FileManager.default.contents(atPath: "\(out)/\(name)") == FileManager.default.contents(atPath: "\(again)/\(name)"), "\(name)")
        }
    }

    @Test func aBadPilotIsReportedAndTheOthersAreStillScreened() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("pilots")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Examples/haiphong-pilots"), to: folder)
        try "format: jcm-project/1\nid: VN-BROKEN\nscreening: {technology_family: solar-pv, pipeline: [x\n"
            .write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out").path
        let result = try JCMProcess.run(["portfolio", folder.path, "--out", out])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.yaml:"), "\(result.stderr)")
        let markdown = try String(contentsOfFile: out + "/portfolio.md", encoding: .utf8)
        #expect(markdown.contains("broken.yaml: not screened, the file has errors"))
        #expect(markdown.contains("VN-HP-PILOT-08-CATBA-PV"))
    }

    @Test func anUnknownFamilyIsNamed() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample("haiphong-takakura-composting", in: directory) {
            $0.replacingOccurrences(of: "\nemission_reduction_type:", with: "\nscreening: {technology_family: compostt}\nemission_reduction_type:")
        }
        let out = directory.appendingPathComponent("out").path
        let result = try JCMProcess.run(["portfolio", project, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOfFile: out + "/portfolio.md", encoding: .utf8)
        #expect(markdown.contains("family 'compostt' is not in the family list"))
    }
}
