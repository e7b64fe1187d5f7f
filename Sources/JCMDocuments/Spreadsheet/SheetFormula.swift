import Foundation
import JCMUnits

/// A piece of an Excel formula and the unit of the number it yields, so that every sum and
/// comparison brings its operands to one unit with an explicit factor, as jcm's arithmetic does.
struct SheetFormula {
    enum Precedence: Int, Comparable {
        case comparison = 1, additive, multiplicative, unary, atom
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var text: String
    /// `nil` for text and truth values.
    var unit: JCMUnits.Unit?
    var precedence: Precedence
    /// Set when the formula's truth is known from the project alone (`has(finance.tariff)`).
    var constant: Bool?
    /// Reads a cell whose value the project lacks: the spreadsheet shows an error there, as jcm
    /// reports the result unknown, so any unit will do.
    var missing = false
    /// Yields text: compared with EXACT, which minds case as jcm does (Excel's `=` does not).
    var isText = false

    init(_ text: String, unit: JCMUnits.Unit?, precedence: Precedence = .atom, constant: Bool? = nil, missing: Bool = false) {
        self.text = text
        self.unit = unit
        self.precedence = precedence
        self.constant = constant
        self.missing = missing
    }

    static func number(_ value: Decimal, unit: JCMUnits.Unit) -> SheetFormula {
        let digits = DecimalText.plain(value)
        return SheetFormula(value < 0 ? "(\(digits))" : digits, unit: unit)
    }

    static func truth(_ value: Bool) -> SheetFormula { SheetFormula(value ? "TRUE" : "FALSE", unit: nil, constant: value) }

    /// The text, in parentheses when it binds less tightly than `context` needs.
    func operand(_ context: Precedence) -> String { precedence < context ? "(\(text))" : text }

    /// The same number expressed in `target`: multiplied by the units' ratio, or divided by the
    /// inverse ratio when only that one is a terminating decimal (J → kWh is ÷ 3,600,000).
    func converted(to target: JCMUnits.Unit) throws(FormulaCompiler.Unsupported) -> SheetFormula {
        if missing { return SheetFormula(text, unit: target, precedence: precedence, missing: true) }
        guard let unit else { throw .init("a text or truth value where a quantity in \(target) is needed") }
        if unit == target { return self }
        guard unit.dimension == target.dimension else { throw .init("a quantity in \(unit) where one in \(target) is needed") }
        if let (factor, exact) = try? unit.convert(1, to: target), exact {
            return factor == 1 ? SheetFormula(text, unit: target, precedence: precedence) : scaled("*", factor, target)
        }
        if let (inverse, exact) = try? target.convert(1, to: unit), exact {
            return scaled("/", inverse, target)
        }
        throw .init("a conversion from \(unit) to \(target) that no decimal factor expresses")
    }

    private func scaled(_ operation: String, _ factor: Decimal, _ target: JCMUnits.Unit) -> SheetFormula {
        SheetFormula("\(operand(.multiplicative))\(operation)\(DecimalText.plain(factor))", unit: target, precedence: .multiplicative)
    }
}
