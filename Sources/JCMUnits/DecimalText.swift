import Foundation

/// Decimal ⇄ text without locale surprises.
public enum DecimalText {
    /// Plain digits with a point: `1054.8043776`, `-3`, `0.5`.
    public static func plain(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }

    /// Digits grouped by thousands: `2,109.6087552`.
    public static func grouped(_ value: Decimal) -> String {
        let text = plain(value)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = parts[0]
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(integer, at: 0)
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groups.joined(separator: ",") + fraction
    }

    /// Rounds half away from zero to `places` decimals, for money shown to people.
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var copy = value
        var result = Decimal()
        NSDecimalRound(&result, &copy, places, .plain)
        return result
    }

    /// Digits between the first and the last non-zero digit.
    static func significantDigitCount(_ number: String) -> Int {
        let digits = number.filter(\.isNumber)
        guard let first = digits.firstIndex(where: { $0 != "0" }), let last = digits.lastIndex(where: { $0 != "0" }) else { return 0 }
        return digits.distance(from: first, to: last) + 1
    }

    /// Foundation's Decimal holds 38 significant digits; a longer number would silently lose some.
    public static let significantDigits = 38

    /// Reads `1,600.128` or `-0.5`: a point for decimals, commas only between groups of three;
    /// nil for anything else, including more than `significantDigits` significant digits.
    public static func parse(_ text: String) -> Decimal? {
        var digits = text
        if digits.contains(",") {
            let sign = digits.hasPrefix("-") || digits.hasPrefix("+") ? String(digits.removeFirst()) : ""
            let integerPart = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
            guard groups[0].count >= 1, groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            digits = sign + digits.replacingOccurrences(of: ",", with: "")
        }
        guard digits.range(of: #"^[+-]?(\d+(\.\d*)?|\.\d+)$"#, options: .regularExpression) != nil else { return nil }
        guard significantDigitCount(digits) <= significantDigits else { return nil }
        return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }
}

extension Decimal {
    /// Rounded half away from zero to `places` decimals.
    public func rounded(places: Int) -> Decimal { DecimalText.rounded(self, places: places) }
}
