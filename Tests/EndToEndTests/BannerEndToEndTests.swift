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

/// The call by Japanese fiscal year, through the binary: which date chose it, and the errors.
@Suite struct CallChoiceEndToEndTests {
    static let blower = "Examples/haiphong-blower-inverter/project.yaml"

    func project(applicationDate: String, in directory: URL) throws -> String {
        let source = try String(contentsOfFile: JCMProcess.root.appendingPathComponent(Self.blower).path, encoding: .utf8)
        let edited = source.replacingOccurrences(of: "application_date: 2025-07-18", with: "application_date: \(applicationDate)")
        #expect(edited != source)
        let path = directory.appendingPathComponent("project.yaml")
        try edited.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    @Test func theCheckSaysWhichDateChoseTheCall() throws {
        let result = try JCMProcess.run(["check", Self.blower])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Programme: JCM Model Project (MOEJ) (FY2025), chosen by the application date 2025-07-18"))
        let json = try JCMProcess.run(["check", Self.blower, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let programme = (object?["header"] as? [String: Any])?["programme"] as? [String: Any]
        #expect(programme?["chosen_by"] as? String == "application_date")
        #expect(programme?["chosen_by_date"] as? String == "2025-07-18")
    }

    @Test func aDateInTheFY2024WindowChoosesThatCall() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try JCMProcess.run(["check", try project(applicationDate: "2024-06-03", in: directory)])
        #expect(result.stdout.contains("(FY2024), chosen by the application date 2024-06-03"), "\(result.stdout)")
        #expect(result.stdout.contains("2024-04-05 – 2024-11-30 [UNVERIFIED]"), "the closing date was not read: it says so")
    }

    @Test func aDateOutsideEveryWindowIsExitTwoAndAWarningWithProgramme() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try project(applicationDate: "2026-01-10", in: directory)
        let result = try JCMProcess.run(["check", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("project.yaml:60:19: error: [P11] application date 2026-01-10 falls in no shipped call's application window"),
                "\(result.stderr)")
        let out = directory.appendingPathComponent("out")
        #expect(try JCMProcess.run(["render", path, "--out", out.path]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
        let named = try JCMProcess.run(["check", path, "--programme", "FY2025"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stderr.contains("warning: [P11] application date 2026-01-10 is outside the FY2025 call's application window"))
        #expect(named.stdout.contains("named with --programme, although the application date 2026-01-10 is outside"))
    }
}
