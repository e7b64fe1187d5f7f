import JCMRules
import JCMUnits

/// One input value used by an equation, with where it came from.
public struct TraceInput: Sendable {
    public var name: String
    public var value: Value
    public var origin: Origin?
}

/// One item's share of a sum (or min, max) over equipment.
public struct TraceTerm: Sendable {
    public var label: String
    public var substituted: String
    public var value: Value
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
    /// The formula as the methodology writes it, or the expression in canonical form.
    public var formula: String
    public var expressionText: String
    /// The expression with every name replaced by its value.
    public var substituted: String
    public var terms: [TraceTerm]
    public var inputs: [TraceInput]
    /// The value straight from the arithmetic, in whatever unit it produced, before conversion.
    public var computed: Quantity?
    public var rounding: RoundingStep?
    /// The result in the declared unit, after rounding when the methodology rounds it.
    public var value: Value
    /// Inputs (direct or through other equations) not verified against an official text.
    public var unverifiedInputs: [String]

    public var dependsOnUnverified: Bool { !unverifiedInputs.isEmpty }

    /// The result in the declared unit before rounding.
    public var unrounded: Value { rounding.map { .quantity($0.before) } ?? value }
}
