import JCMDiagnostics
import Testing

@Suite struct TerminalTextTests {
    /// Every scalar of Unicode: escaped exactly when it is a control (category Cc) other than
    /// newline and tab, or one of the marks that reorder or hide text.
    @Test func escapesControlsAndReorderingMarksAndNothingElse() {
        let reordering: Set<UInt32> = [0x061C, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF]
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = (scalar.properties.generalCategory == .control && value != 0x0A && value != 0x09)
                || reordering.contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || (0xE0000...0xE007F).contains(value)
            let text = "a\(Character(scalar))b"
            if (TerminalText.printable(text) != text) != expected { wrong.append(value) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func anEscapeNamesTheScalarAndLeavesTheRest() {
        let hostile = "ok\n\tnăm 2026 \u{1B}[31mred\u{202E}x\u{85}"
        #expect(TerminalText.printable(hostile) == "ok\n\tnăm 2026 \\u{1B}[31mred\\u{202E}x\\u{85}")
        #expect(TerminalText.printable("Hải Phòng × 北九州 → ✓") == "Hải Phòng × 北九州 → ✓")
    }
}
