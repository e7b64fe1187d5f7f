import JCMReports
import Foundation
import FoundationXML
import Testing
@testable import JCMDocuments

@Suite struct MarkdownEscapingTests {
    @Test func tableAndEmphasisCharactersAreEscaped() {
        #expect(MarkdownEscaping.escape("a | b") == #"a \| b"#)
        #expect(MarkdownEscaping.escape("*bold* and _it_") == #"\*bold\* and \_it\_"#)
        #expect(MarkdownEscaping.escape("`code` [link](x)") == #"\`code\` \[link\](x)"#)
        #expect(MarkdownEscaping.escape(#"back\slash"#) == #"back\\slash"#)
    }

    @Test func htmlAndEntitiesAreEscaped() {
        #expect(MarkdownEscaping.escape("<b> & &amp;") == #"\<b\> \& \&amp;"#)
    }

    @Test func pandocMathAndScriptsAreEscaped() {
        #expect(MarkdownEscaping.escape("$5 m^2 H~2~O") == #"\$5 m\^2 H\~2\~O"#)
    }

    @Test func newlinesBecomeBreaksSoATableRowStaysOneLine() {
        #expect(MarkdownEscaping.escape("one\ntwo\r\nthree") == "one<br>two<br>three")
    }

    @Test func hashOnlyWhereItWouldOpenAHeading() {
        #expect(MarkdownEscaping.escape("# not a heading") == ##"\# not a heading"##)
        #expect(MarkdownEscaping.escape("item #3") == "item #3")
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "2,109.6087552 tCO2 (Công ty TNHH Cơ khí Hải Phòng, 北九州市) 0.6592 tCO2/MWh"
        #expect(MarkdownEscaping.escape(text) == text)
    }
}

/// A participant whose name carries Markdown and XML meaning, through a whole render.
@Suite struct EscapingInDocumentsTests {
    static let awkward = "A | B *bold* _it_ <tag> & co"

    func render() throws -> DocumentSet {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Fixtures.editedProject(in: directory) {
            $0.replacingOccurrences(of: "  - name: 北九州市\n", with: "  - name: \"\(Self.awkward)\\nsecond line\"\n")
        }
        return try Fixtures.render(path)
    }

    @Test func aTableCellKeepsItsRowAndShowsTheTextLiterally() throws {
        let summary = Fixtures.file(try render(), "proposal-summary.md")
        let row = #"| A \| B \*bold\* \_it\_ \<tag\> \& co<br>second line | Japan | other | local government | City-to-city collaboration support |"#
        #expect(summary.contains("\n\(row)\n"))
    }

    @Test func theXMLHoldsTheExactTextAndIsValid() throws {
        let set = try render()
        let xml = Fixtures.file(set, "application.xml")
        #expect(xml.contains("<name>A | B *bold* _it_ &lt;tag&gt; &amp; co\nsecond line</name>"))
        let document = try XMLDocument(data: Data(xml.utf8))
        let names = try document.nodes(forXPath: "//*[local-name()='participant']/*[local-name()='name']").map { $0.stringValue ?? "" }
        #expect(names.contains("\(Self.awkward)\nsecond line"))
    }
}

@Suite struct UnicodeTests {
    @Test func vietnameseAndJapaneseNamesSurviveByteForByte() throws {
        let set = try Fixtures.render()
        let project = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.blower)))
        for name in ["Công ty TNHH Cơ khí Hải Phòng", "北九州市"] {
            let bytes = Array(name.utf8)
            #expect(project.firstRange(of: bytes) != nil, "the example spells \(name) with these bytes")
            for file in ["application.xml", "monitoring-plan.md", "pdd-draft.md", "proposal-summary.md"] {
                #expect(Array(Fixtures.file(set, file).utf8).firstRange(of: bytes) != nil, "\(name) in \(file)")
            }
        }
    }
}
