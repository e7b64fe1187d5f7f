/// Escaping for XML element content and attribute values.
public enum XMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and replaces characters that XML 1.0
    /// does not allow at all (most C0 controls, U+FFFE, U+FFFF) with U+FFFD.
    public static func escape(_ text: String) -> String {
        // Most values are plain: handed back as they are rather than rebuilt scalar by scalar.
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": escaped.append(contentsOf: "&quot;".unicodeScalars)
            case "'": escaped.append(contentsOf: "&apos;".unicodeScalars)
            default: escaped.append(isAllowedInXML10(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return String(escaped)
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: !isAllowedInXML10(scalar)
        }
    }

    /// XML 1.0 `Char`; a Swift string cannot hold surrogates, so those need no check.
    private static func isAllowedInXML10(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
