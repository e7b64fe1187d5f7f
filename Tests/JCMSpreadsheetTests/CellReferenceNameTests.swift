import Foundation
import Testing
@testable import JCMSpreadsheet

/// Whether a name reads as a cell reference is decided letter by letter; the regular expressions
/// it replaced are kept here as the rule to meet.
@Suite struct CellReferenceNameTests {
    static func byExpression(_ name: String) -> Bool {
        let upper = name.uppercased()
        if upper.range(of: #"^R[0-9]*C?[0-9]*$"#, options: .regularExpression) != nil { return true }
        if upper.range(of: #"^C[0-9]*$"#, options: .regularExpression) != nil { return true }
        guard let match = upper.range(of: #"^[A-Z]{1,3}[0-9]+$"#, options: .regularExpression),
            match == upper.startIndex..<upper.endIndex
        else { return false }
        let letters = upper.prefix { $0.isLetter }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        let row = Int(upper.dropFirst(letters.count)) ?? Int.max
        return column <= 16_384 && row >= 1 && row <= 1_048_576
    }

    @Test func namesAreReadAsTheExpressionsReadThem() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("RCrcAXFDZxfd0123456789_.")
        var names = ["R", "C", "RC", "R1C1", "rc", "R1C", "RC3", "C0", "XFD1048576", "XFE1", "A0", "A1048577",
                     "ABCD1", "AA01", "R1C1X", "CR1", "R_1", "A1.B", "XFD1048577", "ZZZ1"]
        for _ in 0..<20_000 {
            names.append(String((0..<Int.random(in: 1...8, using: &generator)).map { _ in alphabet.randomElement()! }))
        }
        let differing = names.filter { SpreadsheetLimits.looksLikeReference($0) != Self.byExpression($0) }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(names.filter(SpreadsheetLimits.looksLikeReference).count > 100, "the sample holds references")
    }

    @Test func aTextWithAnEscapeLikeSequenceIsKeptLiteral() {
        #expect(SpreadsheetML.literal("a_x000D_b") == "a_x005F_x000D_b")
        #expect(SpreadsheetML.literal("Hải Phòng _x") == "Hải Phòng _x")
        #expect(SpreadsheetML.literal("no escape") == "no escape")
    }
}
