import Foundation
import Testing

/// A project that fails or is undetermined is still rendered, for review, but every document says
/// so at the top and `jcm render` exits with the check's code after writing.
@Suite struct BannerEndToEndTests {
    static let markdown = ["calculation-sheet.md", "eligibility-report.md", "monitoring-plan.md", "pdd-draft.md",
                           "proposal-summary.md"]

    @Test func theCompostingExampleRendersWithTheBannerAndExitsOne() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("composting").path
        let result = try JCMProcess.run(["render", "Examples/haiphong-takakura-composting/project.yaml", "--out", out,
                                         "--language", "en,vi,ja"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("wrote \(out)/pdd-draft.md"), "the documents are written before the exit")
        let titles = ["": "> **Not eligible: draft for internal review**", ".vi": "> **Không đủ điều kiện: bản dự thảo",
                      ".ja": "> **対象外：内部検討用の草案**"]
        for (suffix, title) in titles {
            for name in Self.markdown {
                let text = try String(contentsOfFile: "\(out)\(suffix)/\(name)", encoding: .utf8)
                let opening = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(4).joined(separator: "\n")
                #expect(opening.contains(title), "\(suffix) \(name) opens with the banner: \(opening)")
                #expect(text.contains("PR3 ("), "\(suffix) \(name) names the failing requirement")
            }
        }
        let workbook = try Data(contentsOf: URL(fileURLWithPath: out + "/monitoring-spreadsheet.xlsx"))
        #expect(!workbook.isEmpty)
    }

    @Test func anEligibleProjectHasNoBannerAndExitsZero() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower").path
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        for name in Self.markdown {
            let text = try String(contentsOfFile: "\(out)/\(name)", encoding: .utf8)
            #expect(!text.contains("draft for internal review"), "\(name)")
        }
    }

    @Test func anUndeterminedProjectRendersWithItsBannerAndExitsThree() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = try String(contentsOfFile: JCMProcess.root.appendingPathComponent(
            "Examples/haiphong-blower-inverter/project.yaml").path, encoding: .utf8)
        let project = directory.appendingPathComponent("project.yaml")
        try source.replacingOccurrences(of: "  other_japanese_government_subsidy: false\n", with: "")
            .write(to: project, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out").path
        let result = try JCMProcess.run(["render", project.path, "--out", out])
        #expect(result.status == 3, "\(result.stderr)")
        let summary = try String(contentsOfFile: out + "/proposal-summary.md", encoding: .utf8)
        #expect(summary.contains("> **Eligibility undetermined: draft for internal review**"))
        #expect(summary.contains("> Evidence missing for: PR4 ("))
    }
}
