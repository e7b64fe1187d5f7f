import Foundation
import Testing

/// Careless and hostile input through the built binary: a wrong number is never accepted, no
/// schema reaches the network, and every refusal names its place.
@Suite struct HardeningEndToEndTests {
    let blower = "haiphong-blower-inverter"

    func calc(_ value: String) throws -> JCMProcess.Result {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample(blower, in: directory) {
            $0.replacingOccurrences(of: "      EC_PJ: 736 MWh\n  - id: B-2", with: "      EC_PJ: \"\(value)\"\n  - id: B-2")
        }
        return try JCMProcess.run(["calc", project])
    }

    @Test(arguments: [
        ("7３6 MWh", "not one of the digits 0-9"), ("1.736,0 MWh", "write 1,736.0 or 1736.0"), ("0,736 MWh", "write 0.736"),
        ("736.12,345 MWh", "mixes separators"), ("1 736 MWh", "write 1,736 or 1736"), ("1'736 MWh", "write 1,736 or 1736"),
        ("0x10 MWh", "'0x10' is not a number jcm reads"), ("7O6 MWh", "'7O6' is not a number jcm reads"),
    ])
    func aNumberWrittenAnotherWayIsRefusedWithItsPlace(value: String, hint: String) throws {
        let result = try calc(value)
        #expect(result.status == 2, "\(value) was accepted: \(result.stdout.prefix(300))")
        #expect(result.stderr.contains("project.yaml:82:14: error: [P6] 'equipment[B-1].parameters.EC_PJ': cannot read the number"), "\(result.stderr)")
        #expect(result.stderr.contains(hint), "\(result.stderr)")
    }

    @Test func fullWidthDigitsInAnAmountAreRefusedNotCutShort() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample(blower, in: directory) {
            $0.replacingOccurrences(of: "initial_investment: 66,950,000 JPY", with: "initial_investment: 6６,950,000 JPY")
        }
        let result = try JCMProcess.run(["check", project])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[P6] 'finance.initial_investment'"))
    }

    /// A listener on loopback records whether jcm connects while compiling a schema that imports
    /// from it.
    @Test func aSchemaThatImportsFromTheNetworkIsNotFetched() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        listener.arguments = ["python3", "-c", """
            import socket, sys
            s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(5); s.settimeout(6)
            print(s.getsockname()[1], flush=True)
            try:
                s.accept(); print("CONNECTED", flush=True)
            except socket.timeout:
                print("NOTHING", flush=True)
            """]
        let output = Pipe()
        listener.standardOutput = output
        try listener.run()
        let portLine = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let port = try #require(Int(portLine))
        let schema = directory.appendingPathComponent("evil.xsd")
        try """
            <?xml version="1.0"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:include schemaLocation="http://127.0.0.1:\(port)/inc.xsd"/>
              <xs:element name="report" type="xs:string"/>
            </xs:schema>
            """.write(to: schema, atomically: true, encoding: .utf8)
        let xml = directory.appendingPathComponent("r.xml")
        try "<report>x</report>".write(to: xml, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["validate", xml.path, "--schema", schema.path])
        listener.waitUntilExit()
        let verdict = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(verdict.contains("NOTHING"), "jcm connected to the network while compiling a schema")
        #expect(result.status == 2)
        #expect(result.stderr.contains("[X3] the schema refers to 'http://127.0.0.1:\(port)/inc.xsd', which jcm does not fetch"))
    }

    @Test func aDocumentWithAParameterEntityIsNotValid() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = JCMProcess.root.appendingPathComponent("Output/VN-HP-BLOWER-01/application.xml")
        let xml = try String(contentsOf: output, encoding: .utf8)
            .replacingOccurrences(of: "?>\n", with: "?>\n<!DOCTYPE application [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>\n")
        let file = directory.appendingPathComponent("application.xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["validate", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("application.xml:2:1: error: [X1] the document declares a DTD"))
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let result = try JCMProcess.run(["check", "/tmp/\u{1B}[2Jnothing.yaml"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("\\u{1B}[2J"))
    }

    func methodologiesCopy(in directory: URL, _ file: String, _ edit: (String) -> String) throws -> String {
        let copy = directory.appendingPathComponent("Methodologies")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Methodologies"), to: copy)
        let target = copy.appendingPathComponent(file)
        let text = try String(contentsOf: target, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text, "the edit of \(file) matched nothing")
        try edited.write(to: target, atomically: true, encoding: .utf8)
        return copy.path
    }

    @Test func hugeAndEndlessInputsFailFast() throws {
        let zero = try JCMProcess.run(["check", "/dev/zero"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("[F1] '/dev/zero' is larger than 8 MiB"))
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var bomb = "format: jcm-project/1\na0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 { bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let file = directory.appendingPathComponent("bomb.yaml")
        try bomb.write(to: file, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["check", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[Y1] the file's YAML aliases (*name) expand to far more data than the file holds"))
    }

    @Test func addYearsBeyondTheCalendarIsAnErrorNotACrash() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let methodologies = try methodologiesCopy(in: directory, "programme/JCM-MP-FY2024.yaml") {
            $0.replacingOccurrences(of: "default: {value: 3 yr,", with: "default: {value: 9223372036854775807 yr,")
        }
        let result = try JCMProcess.run(["check", "Examples/haiphong-blower-inverter/project.yaml", "--programme", "FY2024",
                                         "--methodologies", methodologies])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("leaves the calendar (years 1 to 9999)"))
    }

    @Test func rulesWhoseWorkHasNoBoundFailLint() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let nested = String(repeating: "all(b in equipment: ", count: 40) + "true" + String(repeating: ")", count: 40)
        let methodologies = try methodologiesCopy(in: directory, "VN_PM_DRAFT_BLOWER/Ver0.1.yaml") {
            $0.replacingOccurrences(of: "      all(b in equipment: b.reference_control in [\"outlet damper\", \"inlet guide vanes\", \"on/off\"])",
                                    with: "      \(nested)")
        }
        let result = try JCMProcess.run(["lint", "--methodologies", methodologies])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[R6] C2 nests aggregates 40 deep; at most 3"))
        let long = try methodologiesCopy(in: directory.appendingPathComponent("long"), "VN_PM_DRAFT_BLOWER/Ver0.1.yaml") {
            $0.replacingOccurrences(of: "b.reference_control in", with: "b.\(String(repeating: "x", count: 1_000_000)) in")
        }
        let tooLong = try JCMProcess.run(["lint", "--methodologies", long])
        #expect(tooLong.status == 2)
        #expect(tooLong.stderr.contains("longer than the 256 jcm reads"))
        #expect(tooLong.stderr.count < 20_000, "the name is not echoed whole")
    }

    @Test func anUndefinedFigureIsNoSuccess() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample(blower, in: directory) {
            $0.replacingOccurrences(of: "tariff: 11 JPY/kWh", with: "tariff: 0 JPY/kWh")
        }
        let result = try JCMProcess.run(["calc", project])
        #expect(result.status == 3, "\(result.stdout.suffix(500))")
        #expect(result.stdout.contains("Simple payback without the subsidy: undefined (An investment that saves nothing never pays back"))
        #expect(result.stderr.contains("note: undefined for this project (the reasons are in the trace): simple_payback, simple_payback_with_subsidy"))
    }

    @Test(arguments: [
        ("initial_investment: 66,950,000 JPY", "initial_investment: 0 JPY", "0 JPY is below the minimum 1 JPY"),
        ("subsidy_requested: 30,000,000 JPY", "subsidy_requested: 1,000,000,000,000,000,000,000,000,000,000,000,000,000 JPY", "above the maximum"),
        ("estimation_period: 1 yr", "estimation_period: 100,000,000,000,000,000,000,000,000,000,000,000,000 yr", "above the maximum 60 yr"),
    ])
    func figuresNoRealProjectHasAreRefused(replace: String, with: String, message: String) throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample(blower, in: directory) { $0.replacingOccurrences(of: replace, with: with) }
        let result = try JCMProcess.run(["check", project])
        #expect(result.status == 2, "\(result.stdout.suffix(300))")
        #expect(result.stderr.contains("[P5]") && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test(arguments: [
        ("credits_share_to_government_of_japan: 50 %", "credits_share_to_government_of_japan: 1", "[P4] 'commitments.credits_share_to_government_of_japan' is a share: write it with its % sign"),
        ("grant_decision: 2026-03-01", "grant_decision: 9999-12-31", "[P5] impossible date for 'schedule.grant_decision': 9999-12-31 is outside the years 1900 to 2999"),
    ])
    func ambiguousOrImpossibleProjectValuesAreRefusedWhereWritten(replace: String, with: String, message: String) throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample(blower, in: directory) { $0.replacingOccurrences(of: replace, with: with) }
        let result = try JCMProcess.run(["check", project])
        #expect(result.status == 2)
        #expect(result.stderr.contains("project.yaml:") && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aRawControlByteIsReportedOnItsLine() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("esc.yaml")
        try "format: jcm-project/1\nid: X\n\nname: ab\u{1B}c\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["check", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("esc.yaml:4:9: error: [Y1]"), "\(result.stderr)")
    }

    @Test func textsThatHideWhatTheySayAreRefusedWithTheirPlace() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample(blower, in: directory) {
            $0.replacingOccurrences(of: "name: Energy saving by", with: "name: \"\\u202Eexe.gnp Energy saving by")
                .replacingOccurrences(of: "Hai Phong factory\n", with: "Hai Phong factory\"\n", options: [], range: nil)
        }
        let result = try JCMProcess.run(["check", project])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("[P3] 'name' holds a bidirectional override (U+202E)"))
        let other = directory.appendingPathComponent("zw")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let hidden = try JCMProcess.editedExample(blower, in: other) {
            $0.replacingOccurrences(of: "name: Energy saving by", with: "name: Energy\u{200B} saving by")
        }
        #expect(try JCMProcess.run(["check", hidden]).stderr.contains("holds the invisible character U+200B"))
    }

    @Test func testCaseEditsThatGrowTheProjectStopBeforeTheyGrow() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml").path
        let edits = Array(repeating: "  - {replace: \"a\", with: \"aa\"}", count: 40).joined(separator: "\n")
        let testCase = directory.appendingPathComponent("grow.yaml")
        try "format: jcm-test/1\nproject: \(project)\nedits:\n\(edits)\nexpect: {verdict: pass}\n".write(to: testCase, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["test", testCase.path])
        #expect(result.status == 2, "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("[M5] test case grow: the edits make"))
        #expect(result.stderr.contains("more than four times its size"))
    }

    @Test func aLanguageThatIsAPathReadsNothingOutsideTheTemplates() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = directory.appendingPathComponent("T")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Templates"), to: templates)
        let evil = directory.appendingPathComponent("evil")
        try FileManager.default.createDirectory(at: evil, withIntermediateDirectories: true)
        try "{{#unclosed}}".write(to: evil.appendingPathComponent("proposal-summary.md.mustache"), atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--templates", templates.path,
                                         "--language", "../evil", "--out", directory.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[L2] no wording for language '../evil'"))
        #expect(!result.stderr.contains("[T2]"), "the folder outside the templates was read")
        let wording = templates.appendingPathComponent("vi/wording.yaml")
        try (try String(contentsOf: wording, encoding: .utf8)).replacingOccurrences(of: "language: vi\n", with: "language: ja\n")
            .write(to: wording, atomically: true, encoding: .utf8)
        let mismatch = try JCMProcess.run(["check", "Examples/haiphong-blower-inverter/project.yaml", "--templates", templates.path, "--language", "vi"])
        #expect(mismatch.status == 2)
        #expect(mismatch.stderr.contains("[L1] the wording in the folder of language 'vi' says it is 'language: ja'"))
    }

    @Test func messagesPointWhereTheProblemIs() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var bytes = Array("format: jcm-project/1\nid: X\n\nname: \"caf".utf8)
        bytes += [0xFF] + Array("\"\n".utf8)
        let invalid = directory.appendingPathComponent("invalid.yaml")
        try Data(bytes).write(to: invalid)
        #expect(try JCMProcess.run(["check", invalid.path]).stderr.contains("invalid.yaml:4:11: error: [F2]"))
        let duplicate = directory.appendingPathComponent("duplicate.yaml")
        try "format: jcm-project/1\nid: A\nname: x\nid: B\n".write(to: duplicate, atomically: true, encoding: .utf8)
        #expect(try JCMProcess.run(["check", duplicate.path]).stderr.contains("duplicate.yaml:4:1: error: [Y1] duplicate key(s) id"))
        let project = try JCMProcess.editedExample(blower, in: directory) {
            $0.replacingOccurrences(of: "grant_decision: 2026-03-01", with: "grant_decision: 2026-02-30")
        }
        #expect(try JCMProcess.run(["check", project]).stderr.contains("'schedule.grant_decision' is written YYYY-MM-DD, but 2026-02-30 is not a day of the calendar"))
    }
}
