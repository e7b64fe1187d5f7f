/// Text a document or a terminal will show must not hide anything: control characters (other
/// than line breaks and tabs) and the bidirectional overrides that reorder what a reader sees
/// are refused where they are written, never silently replaced.
enum TextSafety {
    static func problem(in text: String) -> String? {
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let isBidi = (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            let isControl = scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t" && scalar != "\r"
            guard isBidi || isControl else { continue }
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            let kind = isBidi ? "a bidirectional override (\(code)), which makes text read in another order than it is written"
                : "the control character \(code)"
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
