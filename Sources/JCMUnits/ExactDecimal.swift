import Foundation

/// Products, sums and differences that are exact or an error. Foundation's Decimal keeps 38
/// significant digits and, on Linux, rounds a longer product without saying so; a credited tonne
/// must never depend on that.
enum ExactDecimal {
    static func product(_ lhs: Decimal, _ rhs: Decimal) throws(UnitError) -> Decimal {
        let result = lhs * rhs
        if result.isNaN { throw .outOfRange }
        let left = significand(lhs), right = significand(rhs)
        if left.count + right.count <= DecimalText.significantDigits { return result }
        if trimmed(multiply(left, right)).count > DecimalText.significantDigits { throw .precisionLoss }
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

    /// The significant digits of a value, most significant first (no sign, point or outer zeros).
    static func significand(_ value: Decimal) -> [UInt8] {
        trimmed(DecimalText.plain(value).compactMap { $0.wholeNumberValue.map(UInt8.init) })
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
