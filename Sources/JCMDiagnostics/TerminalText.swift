/// Text for a terminal: text from a user's file can never move the cursor, change colours,
/// retitle a window or reorder what is shown.
public enum TerminalText {
    /// Control characters other than newline and tab shown as `\u{1B}`.
    public static func printable(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            // Printable ASCII passes without a look at Unicode's tables, which cost as much as the
            // rest of writing a long report.
            if (0x20..<0x7F).contains(scalar.value) || scalar == "\n" || scalar == "\t" {
                result.unicodeScalars.append(scalar)
                continue
            }
            // C0/C1 controls, and the bidirectional overrides and isolates that reorder what is shown.
            let isBidiControl =
                (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                || [0x200B, 0x200E, 0x200F, 0x061C, 0x2060, 0xFEFF].contains(scalar.value)
                || (0xE0000...0xE007F).contains(scalar.value)
            let isControl = scalar.properties.generalCategory == .control || isBidiControl
            if isControl, scalar != "\n", scalar != "\t" {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
