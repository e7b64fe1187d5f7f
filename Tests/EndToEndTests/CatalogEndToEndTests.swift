import Foundation
import Testing

@Suite struct CatalogEndToEndTests {
    @Test func listShowsEveryMethodologyWithItsStatus() throws {
        let result = try JCMProcess.run(["methodologies", "list"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("VN_AM007 Ver1.0"))
        #expect(result.stdout.contains("VN_PM_DRAFT_BLOWER Ver0.1"))
        #expect(result.stdout.contains("draft"))
        #expect(result.stdout.contains("FY2024"))
    }

    @Test func listAsJSON() throws {
        let result = try JCMProcess.run(["methodologies", "list", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let ids = (object["methodologies"] as! [[String: Any]]).map { "\($0["id"] as! String) \($0["version"] as! String)" }
        #expect(ids.sorted() == ["ID_AM001 Ver1.0", "ID_AM009 Ver1.0", "VN_AM006 Ver1.0", "VN_AM007 Ver1.0",
                                 "VN_PM_DRAFT_BLOWER Ver0.1", "VN_PM_DRAFT_BLOWER Ver0.2"])
    }

    @Test func showFlagsUnverifiedDefaults() throws {
        let result = try JCMProcess.run(["methodologies", "show", "VN_AM007"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("default 0.5408 tCO2/MWh"))
        #expect(result.stdout.contains("[UNVERIFIED]"))
        #expect(try JCMProcess.run(["methodologies", "show", "VN_AM999"]).status == 2)
    }

    @Test func dataFolderIsFoundFromAParentDirectory() throws {
        let result = try JCMProcess.run(["methodologies", "list"], in: JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("VN_AM007"))
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let result = try JCMProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("3  undetermined"))
        #expect(result.stdout.contains("Examples:"))
    }
}

@Suite struct RuleTestCasesEndToEndTests {
    @Test func shippedTestCasesPass() throws {
        let result = try JCMProcess.run(["test"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("PASS  worked-example"))
        #expect(result.stdout.contains(" 0 failed"))
    }

    @Test func aWrongExpectationFailsWithExpectedAndActual() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml").path
        let path = directory.appendingPathComponent("wrong.yaml").path
        try """
            format: jcm-test/1
            project: \(project)
            expect:
              criteria: {C6: fail}
              results: {ER_p: "1,140 tCO2"}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["test", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  wrong"))
        #expect(result.stdout.contains("C6: expected fail, got pass"))
        #expect(result.stdout.contains("ER_p: expected 1,140 tCO2, got 1,139 tCO2"))
    }

    @Test func anEditThatMatchesNothingIsBadInput() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml").path
        let path = directory.appendingPathComponent("stale.yaml").path
        try """
            format: jcm-test/1
            project: \(project)
            edits: [{replace: "no such text", with: "x"}]
            expect: {verdict: pass}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["test", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[M5] test case stale: the edit 'no such text' matches nothing"))
    }
}

@Suite struct RuleTestCaseInputEndToEndTests {
    @Test func aCaseThatExpectsNothingIsBadInput() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("empty.yaml").path
        let project = JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml").path
        try "format: jcm-test/1\nproject: \(project)\nexpect: {}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["test", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[M5] the test case expects nothing"))
    }
}

@Suite struct DefinedWhenLintTests {
    @Test(arguments: [
        ("condition: \"lifetime_emission_reductions > 0 tCO2\"", "condition: \"lifetime_emission_reductions + 1 tCO2\"",
         "error: [R4] defined_when of cost_effectiveness must be a true/false test"),
        ("condition: \"lifetime_emission_reductions > 0 tCO2\"", "condition: \"lifetime_emision_reductions > 0 tCO2\"",
         "error: [R3] in defined_when of cost_effectiveness: 'lifetime_emision_reductions' is not defined"),
    ])
    func aBrokenConditionIsReportedAtItsPlace(original: String, broken: String, message: String) throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = JCMProcess.root.appendingPathComponent("Methodologies/programme/JCM-MP-FY2024.yaml")
        let text = try String(contentsOf: source, encoding: .utf8)
        let edited = text.replacingOccurrences(of: original, with: broken)
        #expect(edited != text)
        let target = directory.appendingPathComponent("JCM-MP-FY2024.yaml")
        try edited.write(to: target, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["lint", target.path])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect((result.stdout + result.stderr).contains(message), "\(result.stdout)\(result.stderr)")
    }
}
