import Foundation
import JCMUnits

/// Lines such as `format: jcm-project/1` or `id: VN_AM007` of a YAML file, found without parsing
/// it, so that folders of many files can be sorted by kind cheaply; the value however YAML
/// writes it (quoted, with a comment, spaces or a Windows line end, after a byte order mark).
/// A file written otherwise (a flow mapping) has no such line and is parsed.
enum KeyLine {
    /// The value of every `key:` line of `text`, up to `limit` of them; only those at the start
    /// of a line when `topLevel`, which are the document's own key in block style.
    static func values(of key: String, in text: String, topLevel: Bool, limit: Int = .max) -> [String] {
        var text = text
        let key = Array("\(key):".utf8)
        return text.withUTF8 { bytes in
            // Lines are sought as bytes; only a line that starts with the key becomes text again.
            var values: [String] = []
            var start = 0
            while start < bytes.count, values.count < limit {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                var body = start
                if end - body >= 3, bytes[body] == 0xEF, bytes[body + 1] == 0xBB, bytes[body + 2] == 0xBF { body += 3 }
                if !topLevel { while body < end, bytes[body] == 0x20 || bytes[body] == 0x09 { body += 1 } }
                if end - body >= key.count, key.indices.allSatisfy({ bytes[body + $0] == key[$0] }) {
                    let value = UnsafeBufferPointer(rebasing: bytes[(body + key.count)..<end])
                    values.append(cleaned(String(decoding: value, as: UTF8.self)))
                }
                start = end + 1
            }
            return values
        }
    }

    /// The first such value, for keys a file gives once.
    static func first(of key: String, in text: String) -> String? {
        values(of: key, in: text, topLevel: true, limit: 1).first
    }

    /// The value without its comment, outer spaces or quotes. The spaces are those trimmed around
    /// a quantity (Foundation's `.whitespaces`, without bridging to `NSString`, which was most of
    /// sorting a folder's files).
    private static func cleaned(_ written: String) -> String {
        var value = Substring(written)
        if let comment = value.firstRange(of: " #") { value = value[..<comment.lowerBound] }
        value = Quantity.trimmingSpaces(String(value))
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            value = value.dropFirst().dropLast()
        }
        return String(value)
    }
}
