import JCMServer
import Testing

@Suite("HTML escaped by type")
struct HTMLTests {
    @Test("text interpolated into markup is escaped; markup interpolated stays markup")
    func escaping() {
        let name = "<b onclick='x'>A & \"B\"</b>"
        let bold: HTML = "<b>\(name)</b>"
        #expect(bold.markup == "<b>&lt;b onclick=&#39;x&#39;&gt;A &amp; &quot;B&quot;&lt;/b&gt;</b>")
        let wrapped: HTML = "<p>\(bold)</p>"
        #expect(wrapped.markup == "<p>" + bold.markup + "</p>")
        #expect(HTML.escape("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test("a token is 64 hex digits, new each run, and matches only itself")
    func token() {
        let first = ServeToken.random()
        let second = ServeToken.random()
        #expect(first.value.count == 64 && first.value.allSatisfy { $0.isHexDigit })
        #expect(first != second)
        #expect(first.matches(first.value[...]))
        #expect(!first.matches(second.value[...]))
        #expect(!first.matches(first.value.dropLast()))
        #expect(!first.matches(nil))
    }
}
