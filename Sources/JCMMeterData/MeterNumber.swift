import Foundation

/// A value read from meter data, exactly: `mantissa × 10^-scale`. The grammar is the file's
/// (docs/meter-data.md): digits, an optional point, an optional leading minus; at most 18 digits,
/// at most 9 after the point, so the mantissa always fits in 64 bits.
public struct MeterNumber: Sendable, Hashable {
    public var mantissa: Int64
    public var scale: Int

    public init(mantissa: Int64, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
    }

    static let mostDigits = 18
    static let mostFractionDigits = 9

    /// Why a text is not a meter value, in words a user acts on.
    enum Refusal: Error {
        case empty, notANumber, tooManyDigits, tooManyFractionDigits
    }

    /// Reads `bytes[start..<end]`; the fast path of every data row.
    @inline(__always)
    static func parse(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Result<MeterNumber, Refusal> {
        var index = start
        guard index < end else { return .failure(.empty) }
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        var seenDigitBeforePoint = false
        var seenDigitAfterPoint = false
        while index < end {
            let byte = bytes[index]
            if byte &- 48 < 10 {
                digits &+= 1
                guard digits <= mostDigits else { return .failure(.tooManyDigits) }
                mantissa = mantissa &* 10 &+ Int64(byte &- 48)
                if seenPoint {
                    fraction &+= 1
                    seenDigitAfterPoint = true
                } else {
                    seenDigitBeforePoint = true
                }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return .failure(.notANumber)
            }
            index &+= 1
        }
        // `.5`, `5.` and `-` are slips, not numbers: the grammar wants digits on both sides.
        guard seenDigitBeforePoint, !seenPoint || seenDigitAfterPoint else { return .failure(.notANumber) }
        guard fraction <= mostFractionDigits else { return .failure(.tooManyFractionDigits) }
        return .success(MeterNumber(mantissa: negative ? -mantissa : mantissa, scale: fraction))
    }

    /// The same number from a text (a project's rollover or replacement reading).
    public init?(exactly value: Decimal) {
        var scaled = value
        var scale = 0
        while scaled != scaled.rounded(places: 0) {
            guard scale < MeterNumber.mostDigits else { return nil }
            scaled *= 10
            scale += 1
        }
        guard let whole = Int64(exactly: NSDecimalNumber(decimal: scaled).int64Value),
            Decimal(whole) == scaled
        else { return nil }
        self.init(mantissa: whole, scale: scale)
    }

    public var decimal: Decimal {
        Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(mantissa.magnitude))
    }

    var isNegative: Bool { mantissa < 0 }
}

extension Decimal {
    /// Rounded to whole units of 10^-places, towards nearest (used only to test for a fraction).
    func rounded(places: Int) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }
}
