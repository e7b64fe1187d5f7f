import Foundation
import Testing

@Suite struct BlowerExampleEndToEndTests {
    let project = "Examples/haiphong-blower-inverter/project.yaml"

    @Test func checkIsEligible() throws {
        let result = try JCMProcess.run(["check", project])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Verdict: eligible"))
        #expect(result.stdout.contains("PASS            C6"))
    }

    @Test func calcGivesTheExactFiguresWithTheTrace() throws {
        let result = try JCMProcess.run(["calc", project])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Reference emissions   RE_p   2,109.6087552 tCO2"))
        #expect(result.stdout.contains("Project emissions     PE_p   970.3424 tCO2"))
        #expect(result.stdout.contains("Emission reductions   ER_p   1,139 tCO2"))
        #expect(result.stdout.contains("equipment[B-1]: 864,000 kNm3 × 1.852 kWh/kNm3 × 0.6592 tCO2/MWh = 1,054.8043776 tCO2"))
        #expect(result.stdout.contains("rounded down to a multiple of 1 tCO2: 1,139.2663552 tCO2 → 1,139 tCO2"))
        #expect(result.stdout.contains("project.yaml:63:13"), "the trace names the file and line of each input")
    }

    @Test func calcJSONKeepsEveryDigit() throws {
        let result = try JCMProcess.run(["calc", project, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let results = json["results"] as! [String: [String: Any]]
        let re = results["reference_emissions"]!["amount"] as! [String: String]
        #expect(re == ["value": "2109.6087552", "unit": "tCO2"])
        let er = results["emission_reductions"]!["amount"] as! [String: String]
        #expect(er == ["value": "1139", "unit": "tCO2"])
    }

    @Test func raisingTheFlowTo95PercentFailsC6NamingTheValues() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory) {
            $0.replacingOccurrences(of: "expected_average_flow: 108,000 Nm3/h", with: "expected_average_flow: 171,000 Nm3/h")
        }
        let result = try JCMProcess.run(["check", path, "--methodologies", JCMProcess.root.appendingPathComponent("Methodologies").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL            C6"))
        #expect(result.stdout.contains("expected_average_flow (171,000 Nm3/h) < 90 % × rated_flow (= 162,000 Nm3/h): does not hold"))
    }

    @Test func removingCalibrationMakesC4NeedEvidenceNamingTheField() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory) {
            $0.replacingOccurrences(of: "        calibration: {certificate: \"VN-CAL-2026-0412\", valid_until: 2028-03-31}\n", with: "")
        }
        let result = try JCMProcess.run(["check", path, "--format", "json", "--methodologies", JCMProcess.root.appendingPathComponent("Methodologies").path])
        #expect(result.status == 3)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let groups = json["groups"] as! [[String: Any]]
        let criteria = groups.flatMap { $0["criteria"] as! [[String: Any]] }
        let c4 = criteria.first { $0["id"] as? String == "C4" }!
        #expect(c4["verdict"] as? String == "needs evidence")
        #expect(c4["missing"] as? [String] == ["equipment[B-1].meters.electricity.calibration.valid_until"])
    }
}

@Suite struct RooftopPVExampleEndToEndTests {
    let project = "Examples/haiphong-rooftop-pv/project.yaml"

    @Test func checkIsEligibleAndFlagsUnverifiedCriteria() throws {
        let result = try JCMProcess.run(["check", project])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Methodology: VN_AM007 Ver1.0 (approved)"))
        #expect(result.stdout.contains("not read in VN_AM007 [UNVERIFIED]"))
    }

    @Test func calcComputesAndSaysWhichValuesAreUnverified() throws {
        let result = try JCMProcess.run(["calc", project])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Reference emissions   RE_p   621.92 tCO2"))
        #expect(result.stdout.contains("Emission reductions   ER_p   621 tCO2"))
        #expect(result.stdout.contains("UNVERIFIED values change these results"))
        #expect(result.stdout.contains("EF_grid = 0.5408 tCO2/MWh"))
    }
}
