import Foundation
import Testing

/// `jcm diff` through the binary, in its three formats, and the arguments a user gets wrong.
@Suite struct DiffEndToEndTests {
    static let blower = "Examples/haiphong-blower-inverter/project.yaml"
    static let versions = ["--methodology", "VN_PM_DRAFT_BLOWER@Ver0.1..Ver0.2"]

    @Test func theMarkdownAndJSONCarryTheSameChanges() throws {
        let markdown = try JCMProcess.run(["diff", Self.blower] + Self.versions + ["--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("## Figure changes (15)"))
        #expect(markdown.stdout.contains("- ER\\_p: 1,139 tCO2 → 1,125 tCO2 (because of the changed"))
        let json = try JCMProcess.run(["diff", Self.blower] + Self.versions + ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let figures = try #require(document["figure_changes"] as? [[String: Any]])
        let reductions = try #require(figures.first { $0["symbol"] as? String == "ER_p" })
        #expect(((reductions["after"] as? [String: Any])?["amount"] as? [String: Any])?["value"] as? String == "1125")
        #expect((reductions["causes"] as? [String])?.contains("equation RE_p") == true)
    }

    @Test(arguments: [
        (["--methodology", "VN_PM_DRAFT_BLOWER@Ver0.1"], "--methodology takes ID@A..B"),
        (["--methodology", "VN_PM_DRAFT_BLOWER@Ver0.1..Ver0.9"], "[P7]"),
        (["--programme", "FY2024..FY2031"], "no programme call 'FY2031'"),
        ([], "give either --methodology ID@A..B or --programme A..B"),
    ])
    func aBadComparisonIsExitTwo(arguments: [String], message: String) throws {
        let result = try JCMProcess.run(["diff", Self.blower] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

/// What a hostile review of curves, what-if and diff found, kept as tests.
@Suite struct CurveAndComparisonHardeningTests {
    static func blowerCopy(_ directory: URL, _ edit: @escaping (String) -> String) throws -> String {
        try JCMProcess.editedExample("haiphong-blower-inverter", in: directory, edit)
    }

    @Test func aCurvePointBelowTheDeclaredMinimumIsImpossible() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try Self.blowerCopy(directory) {
            $0.replacingOccurrences(of: "{at: 40 %, value: 2.31 kWh/kNm3}", with: "{at: 40 %, value: -2.31 kWh/kNm3}")
        }
        let result = try JCMProcess.run(["check", project])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[P5] impossible value in 'equipment[B-1].reference_sec.curve': -2.31 kWh/kNm3 is below the minimum"))
    }

    @Test func aSideThatRejectsTheProjectIsNamed() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Two points: enough for Ver0.1, which does not read the curve, too few for Ver0.2.
        let project = try Self.blowerCopy(directory) {
            $0.replacingOccurrences(of: ", {at: 80 %, value: 1.59 kWh/kNm3}, {at: 100 %, value: 1.46 kWh/kNm3}", with: "")
        }
        #expect(try JCMProcess.run(["check", project]).status == 0)
        let result = try JCMProcess.run(["diff", project, "--methodology", "VN_PM_DRAFT_BLOWER@Ver0.1..Ver0.2"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[P10] under VN_PM_DRAFT_BLOWER Ver0.2: table equipment[B-1].reference_sec.curve has 2 point(s)"))
    }

    @Test func aRuleChangeThatKeepsTheVerdictIsNotCalledAVerdictChange() throws {
        let result = try JCMProcess.run(["diff", DiffEndToEndTests.blower, "--programme", "FY2024..FY2025"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Verdict changes (0)"))
        #expect(result.stdout.contains("Same verdict under a changed rule (1)\n  - PR1: PASS → PASS"))
    }

    @Test func aWhatIfNameWithANewlineIsShownEscaped() throws {
        let result = try JCMProcess.run(["what-if", DiffEndToEndTests.blower, "--vary", "EF_elec\n"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'EF_elec\\u{a}' is not an input"))
    }

    @Test(arguments: ["three", "2.5", "99999999999999999999999"])
    func aMinimumNumberOfPointsThatIsNoWholeNumberIsRejected(written: String) throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let methodologies = directory.appendingPathComponent("Methodologies")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Methodologies"), to: methodologies)
        let file = methodologies.appendingPathComponent("VN_PM_DRAFT_BLOWER/Ver0.2.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "min_points: 3", with: "min_points: \(written)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["lint", "--methodologies", methodologies.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("min_points must be a whole number from 2 to 1000"), "\(result.stderr)")
    }
}
