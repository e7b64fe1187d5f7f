import Foundation

/// An exact running sum of meter numbers. Held as a 128-bit count of 10^-scale units: ten billion
/// readings of 18 digits each fit, and an overflow is reported, never wrapped.
struct ExactSum: Sendable {
    private(set) var units: Int128 = 0
    private(set) var scale = 0
    /// Set once the sum has left 128 bits; the value is then no longer meaningful.
    private(set) var overflowed = false

    /// 10^exponent for 0...36, without the lazy initialisation a static table would cost each row.
    @inline(__always)
    static func power(_ exponent: Int) -> Int128 {
        let small: Int64 =
            switch exponent % 18 {
            case 0: 1
            case 1: 10
            case 2: 100
            case 3: 1_000
            case 4: 10_000
            case 5: 100_000
            case 6: 1_000_000
            case 7: 10_000_000
            case 8: 100_000_000
            case 9: 1_000_000_000
            case 10: 10_000_000_000
            case 11: 100_000_000_000
            case 12: 1_000_000_000_000
            case 13: 10_000_000_000_000
            case 14: 100_000_000_000_000
            case 15: 1_000_000_000_000_000
            case 16: 10_000_000_000_000_000
            default: 100_000_000_000_000_000
            }
        return exponent < 18 ? Int128(small) : Int128(small) * 1_000_000_000_000_000_000
    }

    @inline(__always)
    mutating func add(_ number: MeterNumber) {
        add(Int128(number.mantissa), scale: number.scale)
    }

    mutating func add(_ other: ExactSum) {
        if other.overflowed { overflowed = true }
        add(other.units, scale: other.scale)
    }

    @inline(__always)
    mutating func add(_ value: Int128, scale valueScale: Int) {
        var value = value
        if valueScale > scale {
            let (raised, overflow) = units.multipliedReportingOverflow(by: Self.power(valueScale - scale))
            if overflow { overflowed = true }
            units = raised
            scale = valueScale
        } else if valueScale < scale {
            let (raised, overflow) = value.multipliedReportingOverflow(by: Self.power(scale - valueScale))
            if overflow { overflowed = true }
            value = raised
        }
        let (sum, overflow) = units.addingReportingOverflow(value)
        if overflow { overflowed = true }
        units = sum
    }

    /// The sum as a Decimal; nil when it does not fit Decimal's 38 digits or has overflowed.
    var decimal: Decimal? {
        guard !overflowed, let magnitude = Decimal(string: String(units.magnitude)) else { return nil }
        let result = Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: magnitude)
        // Decimal keeps 38 digits: more would have been cut.
        return String(units.magnitude).count <= 38 ? result : nil
    }
}
