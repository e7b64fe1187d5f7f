import Foundation

/// Decimal ⇄ text without locale surprises.
public enum DecimalText {
    /// Plain digits with a point: `1054.8043776`, `-3`, `0.5`.
    public static func plain(_ value: Decimal) -> String {
        if let parts = DecimalParts.read(value) { return parts.plainText }
        var copy = value
        return NSDecimalString(&copy, posix)
    }

    /// Digits and a point whatever the user's locale; made once, as a locale is costly to make.
    public static let posix = Locale(identifier: "en_US_POSIX")

    /// floor(log10(|x|)) for x ≠ 0: 2 for 824, -4 for 0.000578.
    public static func magnitude(_ x: Decimal) -> Int {
        Int(x.exponent) + "\(x.significand.magnitude)".count - 1
    }

    /// `x` rounded to its first `digits` significant digits, halves away from zero.
    public static func significant(_ x: Decimal, digits: Int) -> Decimal {
        guard !x.isZero else { return x }
        var copy = x
        var result = Decimal()
        NSDecimalRound(&result, &copy, digits - 1 - magnitude(x), .plain)
        return result
    }

    /// Digits grouped by thousands: `2,109.6087552`.
    public static func grouped(_ value: Decimal) -> String {
        let text = plain(value)
        let bytes = Array(text.utf8)
        let integerStart = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let integerEnd = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        let digits = integerEnd - integerStart
        guard digits > 3 else { return text }
        var result = Array(bytes[..<integerStart])
        result.reserveCapacity(bytes.count + digits / 3)
        for (offset, digit) in bytes[integerStart..<integerEnd].enumerated() {
            if offset > 0, (digits - offset) % 3 == 0 { result.append(UInt8(ascii: ",")) }
            result.append(digit)
        }
        result += bytes[integerEnd...]
        return String(decoding: result, as: UTF8.self)
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

    /// Reads `1,600.128` or `-0.5` under `NumberGrammar`; nil for anything else.
    public static func parse(_ text: String) -> Decimal? { NumberGrammar.value(text) }
}

extension Decimal {
    /// Rounded half away from zero to `places` decimals.
    public func rounded(places: Int) -> Decimal { DecimalText.rounded(self, places: places) }
}
