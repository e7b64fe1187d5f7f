import Foundation
import JCMXML
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

    @Test func externalEntityIsNotExpanded() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.txt")
        try Self.marker.write(to: secret, atomically: true, encoding: .utf8)
        let xml = Self.documentReferencing(secret)

        let indented = try XMLFormatter.indent(xml, documentName: "xxe.xml")
        #expect(indented.contains("<company>&e;</company>"))
        #expect(!indented.contains(Self.marker))

        let diagnostics = try Fixtures.reportSchema().validate(xml: xml, documentName: "xxe.xml")
        #expect(!diagnostics.isEmpty)
        #expect(!diagnostics.contains { $0.message.contains(Self.marker) })
    }

    @Test func etcPasswdEntityIsNotExpanded() throws {
        let xml = Self.documentReferencing(URL(fileURLWithPath: "/etc/passwd"))
        let indented = try XMLFormatter.indent(xml, documentName: "passwd.xml")
        #expect(indented.contains("&e;"))
        #expect(!indented.contains("root:"))
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
}
