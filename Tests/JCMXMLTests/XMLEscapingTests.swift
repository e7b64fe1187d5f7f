import JCMXML
import Testing

struct XMLEscapingTests {
    @Test func escapesMarkupCharacters() {
        #expect(XMLEscaping.escape(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
        #expect(XMLEscaping.escape("&amp;") == "&amp;amp;")
    }

    @Test func leavesOrdinaryTextAlone() {
        let text = "\(Fixtures.vietnameseCompany) \(Fixtures.japaneseCity) 😀 tab\tline\nreturn\r end"
        #expect(XMLEscaping.escape(text) == text)
        #expect(XMLEscaping.escape("") == "")
    }

    @Test(arguments: [0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF] as [UInt32])
    func replacesCharactersXMLForbids(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(XMLEscaping.escape("a\(Character(scalar))b") == "a\u{FFFD}b")
    }

    @Test func escapedTextParsesBackAsTheSameText() throws {
        let nasty = #"<tag attr="x"> & 'quoted' </tag> ]]> "# + Fixtures.japaneseCity
        let escaped = XMLEscaping.escape(nasty)
        let xml = #"<r a=""# + escaped + #"">"# + escaped + "</r>"
        let output = try XMLFormatter.indent(xml, documentName: "escaped.xml")
        // libxml2 writes attributes with &quot; and content with &lt; &gt; &amp; only.
        let content = nasty.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(output.contains(">\(content)</r>"))
    }

    @Test func controlCharactersCannotBreakTheDocument() throws {
        let escaped = XMLEscaping.escape("bell\u{7}null\u{0}")
        #expect(throws: Never.self) {
            try XMLFormatter.indent("<r>\(escaped)</r>", documentName: "controls.xml")
        }
        #expect(throws: XMLValidationFailure.self) {
            try XMLFormatter.indent("<r>bell\u{7}</r>", documentName: "controls.xml")
        }
    }
}
