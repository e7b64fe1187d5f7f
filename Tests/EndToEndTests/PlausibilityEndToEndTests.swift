import Foundation
import Testing

/// Plausibility rules: warnings a reviewer would raise, never verdicts.
@Suite struct PlausibilityEndToEndTests {
    /// Blower B-2 uses more electricity per unit of air than under the reference control: the
    /// project as a whole still saves (and, with a smaller subsidy, stays within the reference
    /// cost-effectiveness), so it passes, with a warning that names B-2.
    @Test func aWarningChangesNoExitCodeUnlessWarningsAreErrors() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory) { text in
            guard let b2 = text.range(of: "  - id: B-2") else { return text }
            let edited = text.replacingCharacters(in: b2.lowerBound..<text.endIndex,
                                                  with: text[b2.lowerBound...].replacingOccurrences(of: "      EC_PJ: 736 MWh", with: "      EC_PJ: 1,650 MWh"))
            return JCMProcess.lumpSum(edited).replacingOccurrences(of: "subsidy_requested: 30,000,000 JPY", with: "subsidy_requested: 10,000,000 JPY")
        }
        let result = try JCMProcess.run(["check", project])
        #expect(result.status == 0, "\(result.stdout.suffix(600))")
        #expect(result.stdout.contains("Plausibility warnings (1): figures to look at again; they change no verdict"))
        #expect(result.stdout.contains("WARNING         W2"))
        #expect(result.stdout.contains("equipment[B-2]: SEC_RE (1.852 kWh/kNm3) >= EC_PJ / V_PJ"))
        let strict = try JCMProcess.run(["check", project, "--warnings-as-errors"])
        #expect(strict.status == 1)
        let json = try JCMProcess.run(["check", project, "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let warnings = document?["warnings"] as? [[String: Any]]
        #expect(warnings?.map { $0["id"] as? String } == ["W2"])
        #expect(warnings?.first?["verdict"] as? String == "warning")

        // The eligibility report lists the warning for the reviewer, in every language.
        let out = directory.appendingPathComponent("documents").path
        let render = try JCMProcess.run(["render", project, "--out", out, "--language", "en,ja"])
        #expect(render.status == 0, "\(render.stderr)")
        let report = try String(contentsOfFile: out + "/eligibility-report.md", encoding: .utf8)
        #expect(report.contains("## Plausibility warnings"))
        #expect(report.contains("| W2 | Each blower's reference specific electricity consumption is above its project specific consumption"))
        let japanese = try String(contentsOfFile: out + ".ja/eligibility-report.md", encoding: .utf8)
        #expect(japanese.contains("## 妥当性の警告") && japanese.contains("| W2 | 各ブロワのリファレンス原単位"))
    }

    /// Energy typed a thousand times too large (kWh written as MWh), or equipment no better than
    /// its reference: every shipped methodology's rules warn, each triggered here once.
    @Test(arguments: [
        ("haiphong-blower-inverter", "      EC_PJ: 736 MWh", "      EC_PJ: 736,000 MWh", "W1"),
        ("haiphong-rooftop-pv", "EG_PJ: 1,150 MWh", "EG_PJ: 1,150,000 MWh", "W1"),
        ("haiphong-rooftop-pv", "EG_PJ: 1,150 MWh", "EG_PJ: 1.15 MWh", "W1"),
        ("haiphong-cement-waste-heat-recovery", "      EG_PJ: 60,000 MWh", "      EG_PJ: 60,000,000 MWh", "W1"),
        ("haiphong-foundry-regenerative-furnace", "      eta_PJ: 45 %\n      eta_RE: 30 %", "      eta_PJ: 25 %\n      eta_RE: 30 %", "W1"),
        ("haiphong-inverter-air-conditioning", "      COP_PJ: 4.0 kW/kW", "      COP_PJ: 2.0 kW/kW", "W1"),
        ("haiphong-inverter-air-conditioning", "      EC_PJ: 400 MWh", "      EC_PJ: 400,000 MWh", "W2"),
    ])
    func aValueAThousandTimesOffIsWarned(example: String, original: String, slip: String, warning: String) throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample(example, in: directory) { $0.replacingOccurrences(of: original, with: slip) }
        let result = try JCMProcess.run(["check", project, "--format", "sarif"])
        let log = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let warned = results.filter { ($0["ruleId"] as? String)?.hasSuffix("/\(warning)") == true }
        #expect(warned.count == 1, "\(results.map { $0["ruleId"] ?? "" })")
        #expect(warned.first?["level"] as? String == "warning")
    }
}
