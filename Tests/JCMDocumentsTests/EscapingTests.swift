import JCMReports
import Foundation
import FoundationXML
import Testing
@testable import JCMDocuments
@testable import JCMReports

@Suite struct MarkdownEscapingTests {
    /// Text with no scalar worth a look is passed on as it is: that shortcut must never skip a
    /// scalar that walking the characters would change, whatever comes before or after it.
    @Test func theShortcutSkipsOnlyScalarsThatNothingChanges() {
        var missed: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !MarkdownEscaping.needsLook(scalar) else { continue }
            for text in ["a\(scalar)b", "\n\(scalar)"] {
                let scalars = String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\n" })
                let tail = String(scalars)
                if MarkdownEscaping.escapingEachCharacter(text) != (text.hasPrefix("\n") ? "<br>" + tail : text) {
                    missed.append(value)
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.prefix(10).map { String($0, radix: 16) })")
        #expect(MarkdownEscaping.escape("Hải Phòng 1,234.5 kWh") == "Hải Phòng 1,234.5 kWh")
        #expect(MarkdownEscaping.escape("x\u{85}y\u{2028}#z") == "x<br>y<br>\\#z")
    }

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
