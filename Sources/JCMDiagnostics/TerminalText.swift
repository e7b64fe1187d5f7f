/// Text for a terminal: text from a user's file can never move the cursor, change colours,
/// retitle a window or reorder what is shown.
public enum TerminalText {
    /// Control characters other than newline and tab shown as `\u{1B}`. Text with none is
    /// returned as it is, without a copy.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isEscaped(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The C0 and C1 controls (Unicode's category Cc is exactly U+0000–U+001F and U+007F–U+009F,
    /// so no table is looked up), and the bidirectional overrides, isolates and invisible marks
    /// that reorder or hide what is shown.
    static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0x0A, 0x09: false
        case 0..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF, 0xE0000...0xE007F: true
        default: false
        }
    }
}
