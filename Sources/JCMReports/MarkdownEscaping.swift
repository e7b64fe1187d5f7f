/// Escaping for text placed in Markdown (pandoc's and CommonMark's), inline or in a pipe-table cell.
public enum MarkdownEscaping {
    /// Characters that start emphasis, code, links, raw HTML, entities, tables, math, super- and
    /// subscripts, or escapes. A backslash before ASCII punctuation makes it literal in both dialects.
    static let special: Set<Character> = ["\\", "|", "*", "_", "`", "[", "]", "<", ">", "&", "$", "^", "~"]

    /// Backslash-escapes `special` characters and a `#` that would open a heading, and turns each
    /// line break into `<br>` so that a value never ends a table row or starts a block.
    public static func escape(_ text: String) -> String {
        text.unicodeScalars.contains(where: needsLook) ? escapingEachCharacter(text) : text
    }

    static func escapingEachCharacter(_ text: String) -> String {
        var escaped = ""
        var atLineStart = true
        for character in text {
            if character.isNewline {
                escaped += "<br>"
                atLineStart = true
                continue
            }
            if character == "\t" {
                escaped.append(" ")
                atLineStart = false
                continue
            }
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                // Control characters (BEL, ESC…) have no place in a document; show that one was there.
                escaped.append("\u{FFFD}")
                atLineStart = false
                continue
            }
            if special.contains(character) || (character == "#" && atLineStart) {
                escaped += "\\"
            }
            escaped.append(character)
            atLineStart = false
        }
        return escaped
    }

    /// Whether a scalar could be changed by `escape`: a special character or `#`, or a control,
    /// tab or line break (C0, DEL, C1 with U+0085, U+2028, U+2029), or U+1FEF, which is a backtick
    /// to Swift's canonical comparison of characters. Most values have none, and are passed on
    /// without walking their characters.
    static func needsLook(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x1FEF, 0x2028, 0x2029: true
        case 0x80...: false
        default: asciiNeedingLook[Int(scalar.value)]
        }
    }

    /// `special` and `#` as a table by ASCII code: a set lookup for every scalar of every value
    /// was slow.
    private static let asciiNeedingLook: [Bool] = (0..<0x80).map { code in
        code == 0x23 || special.contains(Character(Unicode.Scalar(UInt8(code))))
    }
}
