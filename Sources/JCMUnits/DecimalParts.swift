import Foundation

/// A Decimal's sign, exponent and 128-bit mantissa, read from its bytes so that its digits can be
/// written without Foundation dividing the mantissa by ten once per digit (that was a tenth of
/// rendering a large project).
///
/// Foundation does not publish its Decimal's fields, so their place is checked once against
/// values built through its public API; if a Foundation ever lays them out otherwise, `read`
/// gives nil and callers write the number through Foundation, as before.
struct DecimalParts: Equatable {
    var isNegative: Bool
    var exponent: Int
    var mantissa: UInt128

    /// nil for NaN, or when the layout is not the one checked.
    static func read(_ value: Decimal) -> DecimalParts? {
        guard layoutHolds else { return nil }
        return unchecked(value)
    }

    private static func unchecked(_ value: Decimal) -> DecimalParts? {
        withUnsafeBytes(of: value) { bytes -> DecimalParts? in
            guard bytes.count == 20 else { return nil }
            let flags = bytes[1]
            let length = Int(flags >> 4)
            let isNegative = flags & 0b1000 != 0
            if length == 0 { return isNegative ? nil : DecimalParts(isNegative: false, exponent: 0, mantissa: 0) }
            // Eight little-endian 16-bit words after the exponent, the flags and two spare bytes.
            var mantissa: UInt128 = 0
            for index in (0..<min(length, 8)).reversed() {
                let word = UInt16(bytes[4 + 2 * index]) | UInt16(bytes[5 + 2 * index]) << 8
                mantissa = mantissa << 16 | UInt128(word)
            }
            return DecimalParts(isNegative: isNegative, exponent: Int(Int8(bitPattern: bytes[0])), mantissa: mantissa)
        }
    }

    /// Values whose parts are known from how they are built, across one and eight mantissa words,
    /// both signs, both exponent signs, zero and NaN.
    private static let layoutHolds: Bool = {
        let third = Decimal(1) / Decimal(3)
        func parts(_ isNegative: Bool, _ exponent: Int, _ mantissa: UInt128) -> DecimalParts {
            DecimalParts(isNegative: isNegative, exponent: exponent, mantissa: mantissa)
        }
        let samples: [(Decimal, DecimalParts?)] = [
            (Decimal(sign: .minus, exponent: -5, significand: 12), parts(true, -5, 12)),
            (Decimal(sign: .plus, exponent: 7, significand: 65_537), parts(false, 7, 65_537)),
            (third, parts(false, -38, 33_333_333_333_333_333_333_333_333_333_333_333_333)),
            (Decimal(0), parts(false, 0, 0)),
            (Decimal.nan, nil),
        ]
        return samples.allSatisfy { value, expected in unchecked(value) == expected }
    }()

    /// Plain digits with a point, as Foundation writes them: no exponent, no grouping, the
    /// mantissa's digits as they are held (`1054.8043776`, `-0.00012`, `12000`, `0`).
    var plainText: String {
        if mantissa == 0 { return "0" }
        let digits = String(mantissa)
        let sign = isNegative ? "-" : ""
        if exponent >= 0 { return sign + digits + String(repeating: "0", count: exponent) }
        let decimals = -exponent
        if digits.utf8.count > decimals {
            let point = digits.index(digits.endIndex, offsetBy: -decimals)
            return sign + digits[..<point] + "." + digits[point...]
        }
        return sign + "0." + String(repeating: "0", count: decimals - digits.utf8.count) + digits
    }
}
