import Foundation
import Testing

/// `jcm what-if` through the binary: the grid factor threshold of the blower in JSON and in
/// Japanese, and the bad arguments a user types.
@Suite struct WhatIfEndToEndTests {
    static let blower = "Examples/haiphong-blower-inverter/project.yaml"

    @Test func theGridFactorThresholdIsInTheJSONReport() throws {
        let result = try JCMProcess.run(["what-if", Self.blower, "--vary", "EF_elec", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let inputs = try #require(document["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["name"] as? String } == ["EF_elec"])
        let thresholds = try #require(inputs.first?["thresholds"] as? [[String: Any]])
        let pr8 = try #require(thresholds.first { $0["subject"] as? String == "PR8" })
        #expect((pr8["threshold"] as? [String: Any])?["value"] as? String == "0.4825674")
        #expect(pr8["kind"] as? String == "requirement")
        #expect(pr8["from"] as? String == "pass")
        #expect(pr8["to"] as? String == "fail")
        #expect(pr8["boundary"] as? String == "between")
        #expect(document["verdict"] as? String == "pass")
    }

    @Test func theTextReportSpeaksTheLanguageAsked() throws {
        let result = try JCMProcess.run([
            "what-if", Self.blower, "--vary", "finance.subsidy_requested", "--language", "ja",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("PR7：ちょうど30,000,000 JPYまで上げても適合、それを超えると不適合"), "\(result.stdout)")
    }

    @Test(arguments: [
        (["--vary", "EF_elc"], "did you mean 'EF_elec'?"),
        (["--digits", "2"], "--digits must be from 3 to 15"),
    ])
    func aBadArgumentIsExitTwoWithItsReason(arguments: [String], message: String) throws {
        let result = try JCMProcess.run(["what-if", Self.blower] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func theEligibilityReportCarriesTheAnalysisWhenAsked() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower").path
        let result = try JCMProcess.run(["render", Self.blower, "--what-if", "--language", "en,vi", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let english = try String(contentsOfFile: out + "/eligibility-report.md", encoding: .utf8)
        #expect(english.contains("## How far from a change (what-if)"))
        #expect(english.contains("- PR8: PASS → FAIL below 0.4825674 tCO2/MWh"))
        let vietnamese = try String(contentsOfFile: out + ".vi/eligibility-report.md", encoding: .utf8)
        #expect(vietnamese.contains("0,4825674 tCO2/MWh"), "the analysis is written the Vietnamese way")
        let plain = try JCMProcess.run(["render", Self.blower, "--out", directory.appendingPathComponent("plain").path])
        #expect(plain.status == 0)
        let without = try String(contentsOfFile: directory.appendingPathComponent("plain/eligibility-report.md").path, encoding: .utf8)
        #expect(!without.contains("what-if"))
    }
}
