/// Text a document or a terminal will show must not hide anything: control characters (other
/// than line breaks and tabs) and the bidirectional overrides that reorder what a reader sees
/// are refused where they are written, never silently replaced.
public enum TextSafety {
    public static func problem(in text: String) -> String? {
        for (index, scalar) in text.unicodeScalars.enumerated() {
            // ASCII is decided without Unicode's tables, which were a tenth of loading the catalogue.
            if scalar.value < 0x80 {
                let isLineSpace = scalar == "\n" || scalar == "\t" || scalar == "\r"
                let isControl = scalar.value < 0x20 && !isLineSpace || scalar.value == 0x7F
                guard isControl else { continue }
            }
            // Overrides, isolates and marks reorder text; zero-width and tag characters hide it.
            let isBidi = (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
                || [0x200E, 0x200F, 0x061C].contains(scalar.value)
            let isInvisible = [0x200B, 0x2060, 0xFEFF].contains(scalar.value) || (0xE0000...0xE007F).contains(scalar.value)
            // Unicode's control characters (Cc) are fixed for good: U+0000–U+001F and U+007F–U+009F.
            let isCc = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            let isControl = isCc && scalar != "\n" && scalar != "\t" && scalar != "\r"
            guard isBidi || isControl || isInvisible else { continue }
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            let kind = isBidi ? "a bidirectional override (\(code)), which makes text read in another order than it is written"
                : isInvisible ? "the invisible character \(code)" : "the control character \(code)"
            return "holds \(kind) at character \(index + 1); remove it"
        }
        return nil
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
