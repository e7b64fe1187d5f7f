import Foundation
import Testing

/// Each kind of bad input gives exit 2, a compiler-style message naming file, line and key, and no output on stdout.
@Suite struct BadInputEndToEndTests {
    let methodologies = JCMProcess.root.appendingPathComponent("Methodologies").path

    func check(_ edit: @escaping (String) -> String) throws -> (JCMProcess.Result, String) {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory, edit)
        return (try JCMProcess.run(["check", path, "--methodologies", methodologies]), path)
    }

    @Test func yamlSyntaxErrorHasLineAndColumn() throws {
        let (result, path) = try check { $0.replacingOccurrences(of: "host_country: Viet Nam", with: "host_country: [Viet Nam") }
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(path):10:5: error: [Y1] YAML syntax error"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownKeySuggestsTheRightOne() throws {
        let (result, path) = try check { $0.replacingOccurrences(of: "\ncity: Hai Phong", with: "\ncitty: Hai Phong") }
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):10:1: error: [P1] unknown key 'citty' in the project (did you mean 'city'?)"))
    }

    @Test func unknownEquipmentKeyIsCaughtToo() throws {
        let (result, _) = try check { $0.replacingOccurrences(of: "    rated_flow: 180,000", with: "    rated_flw: 180,000") }
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown key 'rated_flw' in 'equipment[B-1]' (did you mean 'rated_flow'?)"))
    }

    @Test func wrongDimensionNamesParameterExpectedAndGiven() throws {
        let (result, path) = try check { $0.replacingOccurrences(of: "      EC_PJ: 736 MWh", with: "      EC_PJ: 736 tCO2") }
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):82:14: error: [P4] 'equipment[B-1].parameters.EC_PJ' expects a quantity of energy (like '1 MWh'), got 'tCO2' (CO2)"))
    }

    @Test func missingRequiredFieldIsNamed() throws {
        let (result, _) = try check { $0.replacingOccurrences(of: "technology: Variable frequency drives (inverters) on two 250 kW industrial blowers, with IE3 motors\n", with: "") }
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: [P2] missing required key 'technology'"))
    }

    @Test func impossibleValuesAreRejected() throws {
        let (result, path) = try check {
            $0.replacingOccurrences(of: "      EC_PJ: 736 MWh", with: "      EC_PJ: -736 MWh")
                .replacingOccurrences(of: "    rated_flow: 180,000 Nm3/h", with: "    rated_flow: 90,000,000 Nm3/h")
        }
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):82:14: error: [P5] impossible value for 'equipment[B-1].parameters.EC_PJ': -736 MWh is below the minimum 0 MWh"))
        #expect(result.stderr.contains("[P5] impossible value for 'equipment[B-1].rated_flow': 90,000,000 Nm3/h is above the maximum 5,000,000 Nm3/h"))
    }

    @Test func europeanDecimalCommaIsRejected() throws {
        let (result, _) = try check { $0.replacingOccurrences(of: "SEC_RE: 1.852 kWh/kNm3", with: "SEC_RE: 1,85 kWh/kNm3") }
        #expect(result.status == 2)
        #expect(result.stderr.contains("[P6]"))
    }

    @Test func missingFileAndUsageErrorsExitWith2() throws {
        #expect(try JCMProcess.run(["check", "no-such-file.yaml"]).status == 2)
        #expect(try JCMProcess.run(["check"]).status == 2)
        #expect(try JCMProcess.run(["no-such-command"]).status == 2)
    }

    @Test func unknownMethodologyIsNamed() throws {
        let (result, _) = try check { $0.replacingOccurrences(of: "  version: Ver0.1", with: "  version: Ver9.9") }
        #expect(result.status == 2)
        #expect(result.stderr.contains("[P7] methodology VN_PM_DRAFT_BLOWER Ver9.9 is not in"))
    }
}

@Suite struct LintEndToEndTests {
    let original = JCMProcess.root.appendingPathComponent("Methodologies/VN_PM_DRAFT_BLOWER/Ver0.1.yaml")

    /// The 1-based line of the shipped methodology that contains `text`, so that the expected
    /// positions follow the file as it grows.
    func line(containing text: String) throws -> Int {
        let lines = try String(contentsOf: original, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    func lint(_ edit: (String) -> String) throws -> (JCMProcess.Result, String) {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("methodology.yaml").path
        try edit(try String(contentsOf: original, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        return (try JCMProcess.run(["lint", path]), path)
    }

    @Test func shippedMethodologiesLintClean() throws {
        let result = try JCMProcess.run(["lint"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("lint clean"))
    }

    @Test func undefinedSymbolIsReportedAtItsColumn() throws {
        let (result, path) = try lint { $0.replacingOccurrences(of: "i.EC_PJ * EF_elec)\"", with: "i.EC_PJ * EF_elc)\"") }
        #expect(result.status == 2)
        let equation = try line(containing: "i.EC_PJ * EF_elec)")
        #expect(result.stderr.contains("\(path):\(equation):48: error: [R3] in PE_p: 'EF_elc' is not defined (did you mean 'EF_elec'?)"))
    }

    @Test func dimensionMismatchInsideAnEquationIsReported() throws {
        let (result, path) = try lint { $0.replacingOccurrences(of: "i.EC_PJ * EF_elec)\"", with: "i.EC_PJ + EF_elec)\"") }
        #expect(result.status == 2)
        let equation = try line(containing: "i.EC_PJ * EF_elec)")
        #expect(result.stderr.contains("\(path):\(equation):46: error: [R4] in PE_p: the terms of '+' do not match: a quantity of energy versus a quantity of CO2/energy"))
    }

    @Test func resultOfTheWrongDimensionIsReported() throws {
        let (result, path) = try lint { $0.replacingOccurrences(of: "i.EC_PJ * EF_elec)\"", with: "i.EC_PJ)\"") }
        #expect(result.status == 2)
        let equation = try line(containing: "i.EC_PJ * EF_elec)")
        #expect(result.stderr.contains("\(path):\(equation):18: error: [R4] PE_p gives energy but is declared in tCO2 (CO2)"))
    }

    @Test func syntaxErrorInABlockScalarPointsIntoTheBlock() throws {
        let (result, path) = try lint { $0.replacingOccurrences(of: "< 90 % * b.rated_flow", with: "< 90 % * * b.rated_flow") }
        #expect(result.status == 2)
        let condition = try line(containing: "< 90 % * b.rated_flow")
        #expect(result.stderr.contains("\(path):\(condition):60: error: [R1] syntax error in 'criteria[5].condition': expected a value, a name or '(', found '*'"))
    }
}

@Suite struct InputChannelEndToEndTests {
    @Test func aProjectCanBePipedThroughStandardInput() throws {
        let process = Process()
        process.executableURL = JCMProcess.executable
        process.arguments = ["check", "/dev/stdin", "--format", "json"]
        process.currentDirectoryURL = JCMProcess.root
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        input.fileHandleForWriting.write(try Data(contentsOf: JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml")))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).contains("\"verdict\" : \"pass\""))
    }

    @Test func validateRejectsXMLThatIsNotUTF8() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var bytes = try Data(contentsOf: JCMProcess.root.appendingPathComponent("Output/VN-HP-BLOWER-01/application.xml"))
        bytes.insert(0xFF, at: bytes.index(bytes.startIndex, offsetBy: 200))
        let path = directory.appendingPathComponent("bad.xml")
        try bytes.write(to: path)
        let result = try JCMProcess.run(["validate", path.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[X1]"))
    }
}
