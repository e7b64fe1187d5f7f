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
            $0.replacingOccurrences(of: "initial_investment: 60,000,000 JPY", with: "initial_investment: 6０,000,000 JPY")
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
}
