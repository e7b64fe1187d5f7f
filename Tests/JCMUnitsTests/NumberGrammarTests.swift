import Foundation
import Testing
@testable import JCMUnits

/// One strict grammar for every number a user types: what it accepts is exactly what was meant,
/// and everything else is refused with the way to write it.
@Suite struct NumberGrammarTests {
    @Test(arguments: [
        ("1736", "1736"), ("1,736", "1736"), ("1,736.0", "1736"), ("-0.5", "-0.5"), ("+5", "5"),
        ("60,000,000", "60000000"), ("0.6592", "0.6592"), ("0", "0"), ("007", "7"),
    ])
    func acceptsWhatItsGrammarSays(text: String, value: String) {
        #expect(NumberGrammar.value(text) == Decimal(string: value))
    }

    @Test(arguments: [
        ("6０,000,000", "not one of the digits 0-9"), ("7３6", "not one of the digits 0-9"), ("٣", "not one of the digits 0-9"),
        ("1.736,0", "write 1,736.0 or 1736.0"), ("736.12,345", "mixes separators after the decimal point"),
        ("0,736", "for a decimal write 0.736"), ("1,5", "for a decimal write 1.5"), ("1,7360", "for a decimal write"),
        (".5", "write 0.5"), ("5.", "write 5"), ("−5", "hyphen-minus"), ("", "expected a number"), ("1,,736", "not a number"),
        ("12,34,567", "not a number jcm reads: use digits"),
    ])
    func refusesEverythingElseWithAHint(text: String, hint: String) {
        #expect(NumberGrammar.value(text) == nil, "\(text) was read as \(String(describing: NumberGrammar.value(text)))")
        #expect(NumberGrammar.problem(text).contains(hint), "\(text): \(NumberGrammar.problem(text))")
    }

    /// The grammar and the number's end are read as bytes; 20,000 texts of digits, separators,
    /// other scripts' digits and joining marks give what the character-by-character reading gave.
    @Test func bytesDecideAsCharactersDid() {
        func reference(_ text: String) -> Bool {
            var scalars = Substring(text)
            if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
            let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let integer = parts.first, !integer.isEmpty else { return false }
            if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(NumberGrammar.isASCIIDigit) { return false }
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(NumberGrammar.isASCIIDigit) }) else { return false }
            guard groups.count > 1 else { return true }
            return groups[0].count <= 3 && groups[0].first != "0" && groups.dropFirst().allSatisfy { $0.count == 3 }
        }
        let pieces = ["0", "1", "5", "9", "00", "123", ",", ",", ".", "-", "+", " ", "a", "k", "\r\n", "٣", "５", "\u{301}", "\u{2212}"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            let text = (0..<(1 + next(9))).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(NumberGrammar.isWellFormed(text) == reference(text), "\(text.debugDescription)")
            let written = Substring(text)
            let characterEnd = written.firstIndex { !($0.isNumber || ".,-+\u{2212}".contains($0)) } ?? written.endIndex
            #expect(written[..<Quantity.numberEnd(in: written)] == written[..<characterEnd], "\(text.debugDescription)")
        }
    }

    @Test func severalCommasAreNotOfferedAsADecimal() {
        #expect(!NumberGrammar.problem("0,000,736").contains("0.000.736"))
    }

    @Test func lettersGluedToDigitsAreAnUnreadableNumberNotAnUnknownUnit() {
        for text in ["6O,000,000 JPY", "0x10 MWh", "0o17", "1_4"] {
            do {
                _ = try Quantity(parsing: text)
                Issue.record("\(text) was read")
            } catch {
                #expect(error.isNumber, "\(text): \(error.description)")
            }
        }
    }

    /// A 38-digit approximation rounded at a place its digits do not reach is no exact result.
    @Test func roundingAnApproximationBeyondItsDigitsStaysApproximate() throws {
        let huge = try Quantity(parsing: "1,000,000,000,000,000,000,000,000,000,000,000,000,000 JPY") / Quantity(Decimal(10_251), try Unit(parsing: "tCO2"))
        #expect(!huge.isExact)
        let rounded = try huge.rounded(toMultipleOf: Quantity(Decimal(string: "0.01")!, try Unit(parsing: "JPY/tCO2")), .nearest)
        #expect(!rounded.isExact)
        #expect(rounded.description.hasPrefix("≈ "))
        let small = try Quantity(parsing: "30,000,000 JPY") / Quantity(Decimal(10_251), try Unit(parsing: "tCO2"))
        #expect(try small.rounded(toMultipleOf: Quantity(Decimal(string: "0.01")!, try Unit(parsing: "JPY/tCO2")), .nearest).isExact)
    }

    @Test func quantitiesRefuseDigitsGroupedWithSpacesApostrophesOrUnderscores() {
        for text in ["1 736 MWh", "1'736 MWh", "1_736 MWh", "1\u{00A0}736 MWh"] {
            #expect(throws: UnitSyntaxError.self, "\(text)") { try Quantity(parsing: text) }
        }
        #expect((try? Quantity(parsing: "12 MWh"))?.value == 12)
    }

    /// Any text the grammar accepts means what its digits say: the same value as its digits with
    /// the commas taken out, and printing it grouped then reading it again gives it back.
    @Test func everyAcceptedTextMeansItsDigits() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789.,-+ ０٣'_e")
        var accepted = 0
        for _ in 0..<20_000 {
            let text = String((0..<Int.random(in: 1...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            guard let value = NumberGrammar.value(text) else { continue }
            accepted += 1
            #expect(text.allSatisfy { "0123456789.,-+".contains($0) }, "\(text)")
            #expect(value == Decimal(string: text.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")), "\(text)")
            #expect(NumberGrammar.value(DecimalText.grouped(value)) == value, "\(text)")
        }
        #expect(accepted > 100)
    }
}
