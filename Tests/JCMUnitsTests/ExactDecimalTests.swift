import Foundation
import Testing

@testable import JCMUnits

/// The digit count that decides whether a product can be trusted, read from the mantissa, must
/// agree with the digits the value prints: a wrong count would let a rounded product through.
@Suite struct ExactDecimalTests {
    @Test(arguments: [
        ("0", 0), ("1", 1), ("1.50", 2), ("-0.00120", 2), ("100", 1), ("1000000", 1), ("0.6592", 4),
        ("1600.128", 7), ("99999999999999999999999999999999999999", 38), ("12345678901234567890123456789012345678", 38),
        ("0.00000000000000000000000000000000000001", 1), ("10000000000000000000000000000000000000", 1),
    ])
    func countsTheSignificantDigits(text: String, expected: Int) throws {
        let value = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(ExactDecimal.significantDigitCount(value) == expected)
        #expect(ExactDecimal.significantDigitCount(value) == ExactDecimal.significand(value).count)
    }

    @Test func agreesWithThePrintedDigitsOnComputedValues() throws {
        var value = Decimal(1)
        for step in 1...60 {
            value = value * Decimal(string: step % 2 == 0 ? "1.7" : "3.1")!
            if step % 7 == 0 { value = value / 3 }
            #expect(ExactDecimal.significantDigitCount(value) == ExactDecimal.significand(value).count, "step \(step): \(value)")
        }
    }

    @Test func aProductTooLongForDecimalIsAnErrorNotARounding() throws {
        let long = try #require(Decimal(string: "1234567890123456789012345"))
        #expect(throws: UnitError.precisionLoss) { try ExactDecimal.product(long, long) }
        #expect(try ExactDecimal.product(Decimal(string: "0.6592")!, 1000) == 659.2)
    }

    /// Mantissas of up to 19 digits are accepted without counting; one digit more must be counted.
    @Test func theShortMantissaBoundaryKeepsProductsExact() throws {
        let nineteen = try #require(Decimal(string: "9999999999999999999"))
        let twenty = try #require(Decimal(string: "-99999999999999999999"))
        let square = try ExactDecimal.product(nineteen, nineteen)
        #expect(square.description == "99999999999999999980000000000000000001")
        #expect(throws: UnitError.precisionLoss) { try ExactDecimal.product(twenty, nineteen) }
        #expect(throws: UnitError.precisionLoss) { try ExactDecimal.product(nineteen, twenty) }
    }
}
