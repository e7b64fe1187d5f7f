import Foundation
import JCMDiagnostics
import JCMXML
import Testing

struct XMLSchemaCompilationTests {
    @Test func unresolvedTypeIsX3WithLineInTheXSD() throws {
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="a" type="xs:nope"/>
            </xs:schema>
            """
        let failure = try #require(throws: XMLValidationFailure.self) {
            try XMLSchema(xsd: xsd, name: "bad.xsd")
        }
        try #require(failure.diagnostics.count == 1)
        #expect(failure.diagnostics[0].severity == .error)
        #expect(failure.diagnostics[0].code == .X3)
        #expect(failure.diagnostics[0].message.contains("nope"))
        #expect(failure.diagnostics[0].location == SourceLocation(file: "bad.xsd", line: 2, column: 1))
    }

    @Test func notWellFormedXSDIsX3() throws {
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="a" type="xs:string">
            </xs:schema>
            """
        let failure = try #require(throws: XMLValidationFailure.self) {
            try XMLSchema(xsd: xsd, name: "broken.xsd")
        }
        #expect(!failure.diagnostics.isEmpty)
        #expect(failure.diagnostics.allSatisfy { $0.code == .X3 && $0.location?.file == "broken.xsd" })
        #expect(failure.diagnostics.first?.location?.line == 3)
    }

    @Test func emptyXSDIsX3() {
        #expect(throws: XMLValidationFailure.self) { try XMLSchema(xsd: "", name: "empty.xsd") }
    }

    @Test func schemaFromFileResolvesIncludes() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try writeMainSchemaIncludingTypes(in: directory)
        try """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:simpleType name="Amount">
                <xs:restriction base="xs:decimal"><xs:minInclusive value="0"/></xs:restriction>
              </xs:simpleType>
            </xs:schema>
            """.write(to: directory.appendingPathComponent("types.xsd"), atomically: true, encoding: .utf8)

        let schema = try XMLSchema(contentsOf: directory.appendingPathComponent("main.xsd").path)
        #expect(schema.validate(xml: "<amount>12.5</amount>", documentName: "ok.xml") == [])
        let diagnostics = schema.validate(xml: "<amount>-1</amount>", documentName: "negative.xml")
        #expect(diagnostics.map(\.code) == [.X2])
        #expect(diagnostics.first?.message.contains("-1") == true)
    }

    @Test func errorInIncludedFileNamesThatFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try writeMainSchemaIncludingTypes(in: directory)
        let included = directory.appendingPathComponent("types.xsd").path
        try """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">

              <xs:simpleType name="Amount">
                <xs:restriction base="xs:nope"/>
              </xs:simpleType>
            </xs:schema>
            """.write(toFile: included, atomically: true, encoding: .utf8)

        let failure = try #require(throws: XMLValidationFailure.self) {
            try XMLSchema(contentsOf: directory.appendingPathComponent("main.xsd").path)
        }
        #expect(failure.diagnostics.map(\.code) == [.X3])
        #expect(failure.diagnostics.first?.location?.file == included)
        #expect(failure.diagnostics.first?.location?.line == 3)
    }

    @Test func missingSchemaFileIsX3NamingThePath() throws {
        let path = "/nonexistent-jcm-directory/schema.xsd"
        let failure = try #require(throws: XMLValidationFailure.self) { try XMLSchema(contentsOf: path) }
        #expect(!failure.diagnostics.isEmpty)
        #expect(failure.diagnostics.allSatisfy { $0.code == .X3 && $0.location?.file == path })
    }

    /// `main.xsd`, which declares an `amount` element of the type `Amount` from `types.xsd`.
    private func writeMainSchemaIncludingTypes(in directory: URL) throws {
        try """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:include schemaLocation="types.xsd"/>
              <xs:element name="amount" type="Amount"/>
            </xs:schema>
            """.write(to: directory.appendingPathComponent("main.xsd"), atomically: true, encoding: .utf8)
    }
}
