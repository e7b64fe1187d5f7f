import Foundation

/// Lines such as `format: jcm-project/1` or `id: VN_AM007` of a YAML file, found without parsing
/// it, so that folders of many files can be sorted by kind cheaply; the value however YAML
/// writes it (quoted, with a comment, spaces or a Windows line end, after a byte order mark).
/// A file written otherwise (a flow mapping) has no such line and is parsed.
enum KeyLine {
    /// The value of every `key:` line of `text`; only those at the start of a line when
    /// `topLevel`, which are the document's own key in block style.
    static func values(of key: String, in text: String, topLevel: Bool) -> [String] {
        // Lines are sought as bytes; only a line that starts with the key becomes text again.
        let key = Array("\(key):".utf8), mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var values: [String] = []
        for line in text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            var body = line[...]
            if body.starts(with: mark) { body = body.dropFirst(mark.count) }
            if !topLevel { body = body.drop { $0 == 0x20 || $0 == 0x09 } }
            guard body.starts(with: key) else { continue }
            var value = String(Substring(body.dropFirst(key.count)))
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
            value = value.trimmingCharacters(in: .whitespaces)
            for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
                value = String(value.dropFirst().dropLast())
            }
            values.append(value)
        }
        return values
    }
}
