import JCMUnits

/// The parsed form of a condition or an equation, keeping each node's offset in the source text.
public indirect enum Expression: Sendable, Equatable {
    case literal(Literal, offset: Int)
    case identifier(String, offset: Int)
    case member(Expression, String, offset: Int)
    case list([Expression], offset: Int)
    case unary(UnaryOperator, Expression, offset: Int)
    case binary(BinaryOperator, Expression, Expression, offset: Int)
    case conditional(Expression, then: Expression, else: Expression, offset: Int)
    /// `sum(b in equipment: b.EC_PJ)`: `function` over each element of `collection`, bound to `variable`.
    case aggregate(Aggregate, variable: String, collection: Expression, body: Expression, offset: Int)
    case call(Function, [Expression], offset: Int)

    public enum Literal: Sendable, Equatable {
        case quantity(Quantity)
        case text(String)
        case boolean(Bool)
    }

    public enum UnaryOperator: String, Sendable { case negate = "-", not }

    public enum BinaryOperator: String, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
        case and, or, `in`

        var isComparison: Bool { [.less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual].contains(self) }
    }

    public enum Aggregate: String, Sendable, CaseIterable { case sum, min, max, all, any, count }

    public enum Function: String, Sendable, CaseIterable {
        case min, max, has, rounddown, roundup, round, date
        /// `add_years(start_of_operation, legal_durable_years)`: the same day n years later.
        case addYears = "add_years"
        /// `lookup(support_rate_tiers, finance.similar_projects_selected_in_country)`: a table's value at an input.
        case lookup
    }
}

extension Expression {
    /// The free names the expression reads (aggregate variables excluded), for dependency checks.
    public var names: Set<String> {
        switch self {
        case .literal: return []
        case .identifier(let name, _): return [name]
        case .member(let base, _, _): return base.names
        case .list(let items, _), .call(_, let items, _): return items.reduce(into: []) { $0.formUnion($1.names) }
        case .unary(_, let operand, _): return operand.names
        case .binary(_, let lhs, let rhs, _): return lhs.names.union(rhs.names)
        case .conditional(let condition, let yes, let no, _): return condition.names.union(yes.names).union(no.names)
        case .aggregate(_, let variable, let collection, let body, _): return collection.names.union(body.names.subtracting([variable]))
        }
    }
}

extension Expression {
    /// Where the node starts in its rule text.
    public var offset: Int {
        switch self {
        case .literal(_, let offset), .identifier(_, let offset), .member(_, _, let offset), .list(_, let offset),
            .unary(_, _, let offset), .binary(_, _, _, let offset), .conditional(_, _, _, let offset),
            .aggregate(_, _, _, _, let offset), .call(_, _, let offset):
            offset
        }
    }

    /// How deep aggregates (`sum`, `all`, …) nest: each level multiplies the work by a list's length.
    public var aggregateDepth: Int {
        switch self {
        case .literal, .identifier: 0
        case .member(let base, _, _): base.aggregateDepth
        case .list(let items, _), .call(_, let items, _): items.map(\.aggregateDepth).max() ?? 0
        case .unary(_, let operand, _): operand.aggregateDepth
        case .binary(_, let lhs, let rhs, _): max(lhs.aggregateDepth, rhs.aggregateDepth)
        case .conditional(let condition, let yes, let no, _): max(condition.aggregateDepth, yes.aggregateDepth, no.aggregateDepth)
        case .aggregate(_, _, let collection, let body, _): max(collection.aggregateDepth, 1 + body.aggregateDepth)
        }
    }
}
