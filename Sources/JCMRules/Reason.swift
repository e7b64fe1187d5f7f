/// One fact that decided a condition, as data: a reporter puts it into words in its language.
public indirect enum Reason: Sendable, Equatable {
    /// `lhs op rhs` with the value of each side; `result` is true, false or undefined.
    case comparison(ReasonTerm, Expression.BinaryOperator, ReasonTerm, result: Value)
    /// `has(field)`: whether the project gives the field.
    case presence(ReasonExpression, result: Value)
    /// Any other test, with the value it gave (`inverter.installed is true`).
    case statement(ReasonExpression, value: Value)
    /// The project lacks the fields that would decide `expression`.
    case undecided(ReasonExpression, missing: [FieldPath])
    /// An `all`/`any` over a list the project does not give.
    case collectionNotGiven(ReasonExpression)
    /// An `all`/`any` over an empty list.
    case collectionEmpty(ReasonExpression)
    /// A reason that holds for one item of a list (`equipment[B-1]: …`).
    case item(label: String, Reason)
    /// The items of a list beyond those explained one by one (`Explainer.itemsExplained`), each of
    /// which gave `result` as the ones above did.
    case otherItems(count: Int, collection: ReasonExpression, result: Value)
    /// `not (…)`
    case negation(Reason)
}

/// An expression as a reason shows it, with the aggregate variables whose name is left out
/// (`rated_flow` rather than `b.rated_flow`).
public struct ReasonExpression: Sendable, Equatable {
    public var expression: Expression
    public var hiddenVariables: Set<String>

    public init(_ expression: Expression, hiddenVariables: Set<String> = []) {
        self.expression = expression
        self.hiddenVariables = hiddenVariables
    }
}

/// One side of a comparison: its expression, and its value unless it is a literal.
public struct ReasonTerm: Sendable, Equatable {
    public enum Shown: Sendable, Equatable {
        /// A literal or a list written out: the text says it all.
        case literal
        /// A name or a field: `rated_flow (180,000 Nm3/h)`.
        case named(Value)
        /// Anything computed: `90 % × rated_flow (= 162,000 Nm3/h)`.
        case computed(Value)
    }

    public var expression: ReasonExpression
    public var shown: Shown

    public init(_ expression: ReasonExpression, shown: Shown) {
        self.expression = expression
        self.shown = shown
    }
}
