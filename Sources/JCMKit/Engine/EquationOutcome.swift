import JCMRules
import JCMUnits

/// One input value used by an equation, with where it came from.
public struct TraceInput: Sendable {
    public var name: String
    public var value: Value
    public var origin: Origin?
}

/// An expression with the value of each name in it, as the trace substitutes them; a reporter
/// prints it with its own number style.
public struct SubstitutedExpression: Sendable {
    public var expression: Expression
    /// The values the printer asked for, in the order it asks (nil where it prints the name).
    var leafValues: [Value?]

    /// Each name, member chain and aggregate of the expression that the trace substituted, with
    /// its value (nil where it could not be evaluated), in the order the printer reaches them.
    public var leaves: [(node: Expression, value: Value?)] {
        var next = leafValues.makeIterator()
        var found: [(node: Expression, value: Value?)] = []
        ExpressionPrinter.walk(expression) { node in
            guard Self.isSubstituted(node) else { return false }
            let value = next.next() ?? nil
            found.append((node, value))
            return value != nil
        }
        return found
    }

    /// `864,000 kNm3 × 1.852 kWh/kNm3 × 0.6592 tCO2/MWh`
    public func render(_ style: ValueStyle = .canonical) -> String {
        var next = leafValues.makeIterator()
        let printer = ExpressionPrinter(style: style, substitute: { node in
            guard Self.isSubstituted(node) else { return nil }
            return (next.next() ?? nil).map(style.value)
        })
        return printer.render(expression)
    }

    /// Names, fields and aggregates are shown by value; everything else as written.
    static func isSubstituted(_ node: Expression) -> Bool {
        switch node {
        case .identifier, .member, .aggregate: true
        default: false
        }
    }
}

/// One item's share of a sum (or min, max) over equipment.
public struct TraceTerm: Sendable {
    /// The item, such as `equipment[B-1]`.
    public var label: String
    public var substituted: SubstitutedExpression
    public var value: Value
}

/// The items of one aggregate (`sum(i in equipment: …)`) of an equation, each with its share.
public struct ItemTerms: Sendable {
    /// The aggregate node as it stands in the equation's expression.
    public var aggregate: Expression
    public var terms: [TraceTerm]
}

/// The methodology's rounding step as applied to one result.
public struct RoundingStep: Sendable {
    public var rule: RoundingRule
    public var before: Quantity
    public var after: Quantity
}

/// An equation's result with everything an auditor needs to reproduce it.
public struct EquationOutcome: Sendable {
    public var equation: Equation
    /// Which rules the equation belongs to.
    public var owner: RuleSetOwner
    public var substituted: SubstitutedExpression
    /// The per-item lines of every aggregate that is not inside another one.
    public var itemTerms: [ItemTerms]
    /// The equation's `defined_when` conditions with their values substituted, in order.
    public var conditions: [SubstitutedExpression] = []
    public var inputs: [TraceInput]
    /// The value straight from the arithmetic, in whatever unit it produced, before conversion.
    public var computed: Quantity?
    public var rounding: RoundingStep?
    /// The result in the declared unit, after rounding when the methodology rounds it.
    public var value: Value
    /// Inputs (direct or through other equations) not verified against an official text.
    public var unverifiedInputs: [UnverifiedInput]

    /// The per-item lines when the whole expression is one aggregate.
    public var terms: [TraceTerm] { itemTerms.first { $0.aggregate == equation.expression.expression }?.terms ?? [] }

    public var dependsOnUnverified: Bool { !unverifiedInputs.isEmpty }

    /// The result in the declared unit before rounding.
    public var unrounded: Value { rounding.map { .quantity($0.before) } ?? value }

    /// The formula as the methodology writes it (in English), or the expression in canonical form.
    public var formula: String { equation.display?.english ?? canonicalFormula }
    /// `symbol = expression`, for equations the methodology writes no other way.
    public var canonicalFormula: String { "\(equation.symbol) = \(expressionText)" }
    public var expressionText: String { ExpressionPrinter().render(equation.expression.expression) }
}
