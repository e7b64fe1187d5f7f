import Foundation
import Testing
@testable import JCMUnits

/// Digits written from a Decimal's bytes must be Foundation's own, for every kind of value a
/// calculation makes: read from text, built from parts, and left uncompacted by arithmetic.
@Suite struct DecimalPartsTests {
    static func foundation(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, DecimalText.posix)
    }

    static func values() -> [Decimal] {
        var generator = SystemRandomNumberGenerator()
        var values: [Decimal] = [
            0, 1, -1, Decimal.nan, Decimal.greatestFiniteMagnitude, Decimal.leastNonzeroMagnitude,
            -Decimal.greatestFiniteMagnitude, Decimal(1) / Decimal(3), Decimal(-2) / Decimal(7),
            Decimal(string: "1.50")!, Decimal(string: "-0.000")!, Decimal(string: "1054.8043776")!,
            Decimal(sign: .minus, exponent: 3, significand: 0), Decimal(sign: .plus, exponent: -40, significand: 7),
        ]
        for _ in 0..<3_000 {
            let bits = UInt64.random(in: 0...UInt64.max, using: &generator)
                >> UInt64.random(in: 0...63, using: &generator)
            let mantissa = Decimal(bits)
            let value = Decimal(sign: Bool.random(using: &generator) ? .minus : .plus,
                                exponent: Int.random(in: -45...45, using: &generator), significand: mantissa)
            let other = Decimal(sign: .plus, exponent: Int.random(in: -8...8, using: &generator),
                                significand: Decimal(UInt32.random(in: 1...UInt32.max, using: &generator)))
            values += [value, value * other, value / other, value + other, value - other, value * 10, value * 1.50]
        }
        return values
    }

    @Test func theBytesAreReadOnThisPlatform() throws {
        let read = DecimalParts.read(Decimal(string: "-123.4500")!)
        let parts = try #require(read, "the fast path must be the one tested")
        #expect(parts.isNegative && parts.exponent == -2 && parts.mantissa == 12_345)
        #expect(DecimalParts.read(Decimal.nan) == nil)
    }

    @Test func plainDigitsAreFoundationsForEveryKindOfValue() {
        var differing: [String] = []
        for value in Self.values() where (DecimalParts.read(value)?.plainText ?? "NaN") != Self.foundation(value) {
            differing.append(Self.foundation(value))
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    @Test func significandDigitsAreThoseOfTheText() {
        for value in Self.values() where !value.isNaN {
            let text = Self.foundation(value).compactMap { $0.wholeNumberValue.map(UInt8.init) }
            let trimmed = Array(text.drop { $0 == 0 }.reversed().drop { $0 == 0 }.reversed())
            #expect(ExactDecimal.significand(value) == trimmed, "\(value)")
        }
    }
}

/// A short number read without Foundation's scanner must be held exactly as Foundation holds it
/// (same mantissa and exponent, so it is written the same), and a long one must not be taken.
@Suite struct ShortNumberTests {
    @Test func aShortNumberIsHeldAsFoundationHoldsIt() {
        var generator = SystemRandomNumberGenerator()
        var texts = [
            "0", "-0", "+7", "0.000", "1.50", "-0.5", "1,736.0", "100", "9,999,999,999,999,999,999",
            "0.000000000000000001", "1844674407370955161.5", "12345678901234567.89",
        ]
        for _ in 0..<5_000 {
            let digits = (0..<Int.random(in: 1...19, using: &generator)).map { _ in "0123456789".randomElement()! }
            var text = String(digits)
            if Bool.random(using: &generator), text.count > 1 {
                text.insert(".", at: text.index(text.startIndex, offsetBy: Int.random(in: 1..<text.count)))
            }
            if text.hasPrefix("0"), !text.hasPrefix("0."), text.count > 1 { text = "1" + text.dropFirst() }
            texts.append(Bool.random(using: &generator) ? "-" + text : text)
        }
        var differing: [String] = []
        for text in texts where NumberGrammar.isWellFormed(text) {
            let plain = text.replacingOccurrences(of: ",", with: "")
            guard let short = NumberGrammar.shortValue(text),
                let foundation = Decimal(string: plain, locale: DecimalText.posix),
                let mine = DecimalParts.read(short), let theirs = DecimalParts.read(foundation)
            else {
                if text.filter(\.isNumber).count <= 19 { differing.append(text) }
                continue
            }
            let same = mine.mantissa == theirs.mantissa && mine.exponent == theirs.exponent
            if !same || mine.isNegative != theirs.isNegative {
                differing.append(text)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(NumberGrammar.shortValue("12345678901234567890") == nil)
        #expect(NumberGrammar.value("12345678901234567890") == Decimal(string: "12345678901234567890"))
    }
}
