import Foundation
import JCMKit
import Testing

func sha256Hex(of data: Data) -> String { SHA256.hex([UInt8](data)) }

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
        #expect(result.stdout.contains("project.yaml:80:13"), "the trace names the file and line of each input")
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
        let header = json["header"] as! [String: Any]
        #expect((header["tool"] as? [String: String])?["version"] != nil)
        let methodology = header["methodology"] as! [String: String]
        #expect(methodology["id"] == "VN_PM_DRAFT_BLOWER" && methodology["version"] == "Ver0.1")
        let projectHash = (header["project"] as! [String: String])["sha256"]
        let bytes = try Data(contentsOf: JCMProcess.root.appendingPathComponent(project))
        #expect(projectHash?.count == 64)
        #expect(projectHash == sha256Hex(of: bytes), "the report names the exact input it was computed from")
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

/// The three programme examples: exit codes 0, 1 and 3, in text and JSON.
@Suite struct ProgrammeExamplesEndToEndTests {
    func verdict(_ example: String) throws -> (Int32, Int32, String) {
        let path = "Examples/\(example)/project.yaml"
        let text = try JCMProcess.run(["check", path])
        let json = try JCMProcess.run(["check", path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        return (text.status, json.status, object["verdict"] as! String)
    }

    @Test func blowerIsEligible() throws {
        let (text, json, verdict) = try verdict("haiphong-blower-inverter")
        #expect(text == 0 && json == 0 && verdict == "pass")
    }

    @Test func compostingIsNotEligible() throws {
        let (text, json, verdict) = try verdict("haiphong-takakura-composting")
        #expect(text == 1 && json == 1 && verdict == "fail")
        let output = try JCMProcess.run(["check", "Examples/haiphong-takakura-composting/project.yaml"]).stdout
        #expect(output.contains("FAIL            PR3  The project reduces energy-origin CO2"))
    }

    @Test func lanHaBayIsUndetermined() throws {
        let (text, json, verdict) = try verdict("lan-ha-bay-floating-village-solar")
        #expect(text == 3 && json == 3 && verdict == "needs evidence")
    }

    @Test func blowerFinancialsInTextAndJSON() throws {
        let text = try JCMProcess.run(["calc", "Examples/haiphong-blower-inverter/project.yaml"]).stdout
        #expect(text.contains("Cost-effectiveness of the subsidy: 2,926.54 JPY/tCO2"))
        #expect(text.contains("Simple payback without the subsidy: 3.52 yr"))
        #expect(text.contains("Simple payback with the subsidy: 1.94 yr"))
        #expect(text.contains("[UNVERIFIED]"))
        let json = try JCMProcess.run(["calc", "Examples/haiphong-blower-inverter/project.yaml", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let results = object["results"] as! [String: [String: Any]]
        #expect(results["cost_effectiveness"]?["amount"] as? [String: String] == ["value": "2926.54", "unit": "JPY/tCO2"])
        #expect(results["simple_payback"]?["amount"] as? [String: String] == ["value": "3.52", "unit": "yr"])
    }

    @Test func lanHaBayPaybackIsLong() throws {
        let result = try JCMProcess.run(["calc", "Examples/lan-ha-bay-floating-village-solar/project.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Simple payback without the subsidy: 53.05 yr"))
    }

    @Test func compostingCalculationIsUndeterminedWithoutAMethodology() throws {
        let result = try JCMProcess.run(["calc", "Examples/haiphong-takakura-composting/project.yaml"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("unknown (missing methodology)"))
    }

    @Test func unknownProgrammeYearIsBadInput() throws {
        let result = try JCMProcess.run(["check", "Examples/haiphong-blower-inverter/project.yaml", "--programme", "FY2019"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[P7] no programme call for 'FY2019'; shipped calls: FY2024"))
    }
}

@Suite struct MonitoringPeriodEndToEndTests {
    @Test func auditorRedoesAMonitoringPeriod() throws {
        let result = try JCMProcess.run(["calc", "Examples/haiphong-blower-inverter/project.yaml", "--period", "MP1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Monitoring period MP1, 2026-10-01 to 2027-09-30 (365 days)"))
        #expect(result.stdout.contains("Emission reductions   ER_p   1,127 tCO2"))
        #expect(!result.stdout.contains("Financials"))
        let json = try JCMProcess.run(["calc", "Examples/haiphong-blower-inverter/project.yaml", "--period", "MP1", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect((object["monitoring_period"] as? [String: String])?["days"] == "365")
    }

    @Test func unknownPeriodIsBadInput() throws {
        let result = try JCMProcess.run(["calc", "Examples/haiphong-blower-inverter/project.yaml", "--period", "MP9"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[P9] no monitoring period 'MP9'"))
    }
}
