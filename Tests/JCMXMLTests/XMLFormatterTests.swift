import JCMDiagnostics
import JCMXML
import Testing

struct XMLFormatterTests {
    @Test func indentsCompactXML() throws {
        let output = try XMLFormatter.indent(
            #"<report note="a &amp; b"><company>1 &lt; 2</company><p>Hi <b>there</b> you</p><empty/></report>"#,
            documentName: "compact.xml")
        #expect(output == """
            <?xml version="1.0" encoding="UTF-8"?>
            <report note="a &amp; b">
              <company>1 &lt; 2</company>
              <p>Hi <b>there</b> you</p>
              <empty/>
            </report>

            """)
    }

    @Test func reindentsBadlyIndentedXML() throws {
        let messy = "<report>\n<company>A</company>\n        <city>B</city>\n   </report>"
        let output = try XMLFormatter.indent(messy, documentName: "messy.xml")
        #expect(output.hasSuffix("<report>\n  <company>A</company>\n  <city>B</city>\n</report>\n"))
    }

    @Test func indentingTwiceChangesNothing() throws {
        let once = try XMLFormatter.indent(Fixtures.validReport, documentName: "report.xml")
        let twice = try XMLFormatter.indent(once, documentName: "report.xml")
        #expect(once == twice)
        #expect(once.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
    }

    @Test func indentedOutputStillValidates() throws {
        let schema = try Fixtures.reportSchema()
        let output = try XMLFormatter.indent(Fixtures.validReport, documentName: "report.xml")
        #expect(schema.validate(xml: output, documentName: "report.xml") == [])
    }

    /// The one parse that indents also validates; its verdict must be the one the indented text gets, blanks
    /// inside a value and blanks between elements included.
    @Test(arguments: [
        Fixtures.validReport, Fixtures.reportWithoutEmissions, Fixtures.reportWithoutCity,
        Fixtures.report(emissions: "abc"), Fixtures.report(company: "   "), Fixtures.report(emissions: " 12 "),
        "<report><company>A</company>\n\n   <city>B</city> <emissions>1</emissions></report>",
        "<report><company>A</company>text<city>B</city><emissions>1</emissions></report>",
    ])
    func validatingWhileIndentingAgreesWithValidatingTheIndentedText(_ xml: String) throws {
        let schema = try Fixtures.reportSchema()
        let indented = try XMLFormatter.indent(xml, documentName: "report.xml", checkingAgainst: schema)
        #expect(indented.text == (try XMLFormatter.indent(xml, documentName: "report.xml")))
        #expect(indented.isValid == schema.validate(xml: indented.text, documentName: "report.xml").isEmpty)
        #expect(try !XMLFormatter.indent(xml, documentName: "report.xml", checkingAgainst: nil).isValid)
    }

    @Test func utf8TextSurvivesIndentUnchanged() throws {
        let compact = "<report><company>\(Fixtures.vietnameseCompany)</company>"
            + "<city>\(Fixtures.japaneseCity)</city><emissions>1</emissions></report>"
        let output = try XMLFormatter.indent(compact, documentName: "utf8.xml")
        #expect(output.contains("<company>\(Fixtures.vietnameseCompany)</company>"))
        #expect(output.contains("<city>\(Fixtures.japaneseCity)</city>"))
        #expect(!output.contains("&#"))
    }

    @Test func declaredLegacyEncodingIsReplacedByUTF8() throws {
        let xml = #"<?xml version="1.0" encoding="ISO-8859-1"?><city>"# + Fixtures.japaneseCity + "</city>"
        let output = try XMLFormatter.indent(xml, documentName: "latin1.xml")
        #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<city>\(Fixtures.japaneseCity)</city>\n")
    }

    @Test func notWellFormedThrowsX1WithLine() throws {
        let failure = try #require(throws: XMLValidationFailure.self) {
            try XMLFormatter.indent(Fixtures.malformedReport, documentName: "broken.xml")
        }
        #expect(!failure.diagnostics.isEmpty)
        #expect(failure.diagnostics.allSatisfy { $0.code == .X1 && $0.severity == .error })
        #expect(failure.diagnostics.first?.location?.file == "broken.xml")
        #expect(failure.diagnostics.first?.location?.line == 4)
    }

    @Test func emptyInputThrowsX1() throws {
        let failure = try #require(throws: XMLValidationFailure.self) {
            try XMLFormatter.indent("", documentName: "empty.xml")
        }
        #expect(failure.diagnostics.map(\.code) == [.X1])
    }
}
