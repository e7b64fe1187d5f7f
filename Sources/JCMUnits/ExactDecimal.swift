import Foundation

/// Products, sums and differences that are exact or an error. Foundation's Decimal keeps 38
/// significant digits and, on Linux, rounds a longer product without saying so; a credited tonne
/// must never depend on that.
enum ExactDecimal {
    static func product(_ lhs: Decimal, _ rhs: Decimal) throws(UnitError) -> Decimal {
        let result = lhs * rhs
        if result.isNaN { throw .outOfRange }
        // Most products are short: mantissas below 10^19 hold at most 19 digits each, whatever
        // their zeros, and otherwise counting the digits of the mantissas decides without text.
        if lhs.significand < shortMantissa && rhs.significand < shortMantissa { return result }
        if significantDigitCount(lhs) + significantDigitCount(rhs) <= DecimalText.significantDigits { return result }
        let digits = trimmed(multiply(significand(lhs), significand(rhs))).count
        if digits > DecimalText.significantDigits { throw .precisionLoss }
        return result
    }

    static func sum(_ lhs: Decimal, _ rhs: Decimal) throws(UnitError) -> Decimal {
        var left = lhs, right = rhs, result = Decimal()
        try check(NSDecimalAdd(&result, &left, &right, .plain))
        return result
    }

    static func difference(_ lhs: Decimal, _ rhs: Decimal) throws(UnitError) -> Decimal {
        var left = lhs, right = rhs, result = Decimal()
        try check(NSDecimalSubtract(&result, &left, &right, .plain))
        return result
    }

    /// Whether `quotient` × `divisor` gives back `dividend` exactly, i.e. the division terminated.
    static func divides(_ quotient: Decimal, _ divisor: Decimal, into dividend: Decimal) -> Bool {
        guard let back = try? product(quotient, divisor) else { return false }
        return back == dividend
    }

    private static func check(_ error: NSDecimalNumber.CalculationError) throws(UnitError) {
        switch error {
        case .noError: return
        case .lossOfPrecision: throw .precisionLoss
        default: throw .outOfRange
        }
    }

    /// How many significant digits a value has (outer zeros not counted), found by comparing its
    /// compacted mantissa with powers of ten: printing it as text was most of a multiplication.
    static func significantDigitCount(_ value: Decimal) -> Int {
        var compact = value
        NSDecimalCompact(&compact)
        let mantissa = compact.magnitude.significand
        guard mantissa > 0 else { return 0 }
        var low = 0, high = powersOfTen.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if powersOfTen[middle] <= mantissa { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// 10^19: two mantissas below it make a product of at most 38 digits.
    private static let shortMantissa = pow(Decimal(10), DecimalText.significantDigits / 2)

    /// 10^0 … 10^38, exact.
    private static let powersOfTen: [Decimal] = (0...DecimalText.significantDigits).map { pow(Decimal(10), $0) }

    /// The significant digits of a value, most significant first (no sign, point or outer zeros).
    static func significand(_ value: Decimal) -> [UInt8] {
        if let parts = DecimalParts.read(value) {
            return trimmed(String(parts.mantissa).utf8.map { $0 - UInt8(ascii: "0") })
        }
        return trimmed(DecimalText.plain(value).compactMap { $0.wholeNumberValue.map(UInt8.init) })
    }

    private static func trimmed(_ digits: [UInt8]) -> [UInt8] {
        guard let first = digits.firstIndex(where: { $0 != 0 }), let last = digits.lastIndex(where: { $0 != 0 }) else { return [] }
        return Array(digits[first...last])
    }

    /// Schoolbook multiplication of two digit strings.
    private static func multiply(_ lhs: [UInt8], _ rhs: [UInt8]) -> [UInt8] {
        var result = [Int](repeating: 0, count: lhs.count + rhs.count)
        for (i, a) in lhs.reversed().enumerated() {
            var carry = 0
            for (j, b) in rhs.reversed().enumerated() {
                let total = result[i + j] + Int(a) * Int(b) + carry
                result[i + j] = total % 10
                carry = total / 10
            }
            result[i + rhs.count] += carry
        }
        return result.reversed().map { UInt8($0) }
    }
}
