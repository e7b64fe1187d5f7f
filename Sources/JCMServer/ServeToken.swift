/// The secret of one `jcm serve` run: 32 random bytes as hex, carried in the page's URL and
/// required on every request, so that another local user or a web page cannot use the server.
public struct ServeToken: Sendable, Equatable {
    public let value: String

    public init(value: String) { self.value = value }

    public static func random() -> ServeToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return ServeToken(value: bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined())
    }

    /// Compares in time that does not depend on where the first difference is.
    public func matches(_ candidate: Substring?) -> Bool {
        guard let candidate else { return false }
        let given = Array(candidate.utf8)
        let expected = Array(value.utf8)
        guard given.count == expected.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(given, expected) { difference |= left ^ right }
        return difference == 0
    }
}
