import JCMUnits

/// Finds the facts that made a condition true, false or unknown, naming the values that decided
/// it. The facts are data (`Reason`); reporters word them.
public struct Explainer {
    /// The items of an `all` or `any` explained one by one; the others that decided it the same
    /// way are counted in one reason. A project of 10,000 items then has a report a person can
    /// read, and checking it does not spend most of its time wording reasons nobody reads.
    public static let itemsExplained = 20

    private let evaluator: Evaluator
    private var hidden: Set<String> = []

    public init(evaluator: Evaluator) { self.evaluator = evaluator }

    /// The decisive facts, one each.
    public func reasons(for expression: Expression) throws(RuleError) -> [Reason] {
        try reasons(for: expression, value: try evaluator.evaluate(expression))
    }

    /// The value of a condition with its decisive facts, each list item's body evaluated once:
    /// `and`, `or`, `all` and `any` combine the values their parts were explained with, as the
    /// evaluator combines them, instead of evaluating the condition first and again to explain it.
    public func explained(_ expression: Expression) throws(RuleError) -> (value: Value, reasons: [Reason]) {
        switch expression {
        case .binary(let op, let lhs, let rhs, let offset) where op == .and || op == .or:
            let sides = [try explained(lhs), try explained(rhs)]
            let value = try evaluator.logical(op, sides[0].value, sides[1].value, offset: offset)
            let deciding = Self.decisive(sides.map(\.value), result: value, decisive: .boolean(op == .or))
            return (value, deciding.flatMap { sides[$0].reasons })
        case .aggregate(let aggregate, let variable, let collection, let body, let offset)
        where aggregate == .all || aggregate == .any:
            guard let elements = try evaluator.elements(of: collection, offset: offset) else {
                return (try evaluator.evaluate(collection), [.collectionNotGiven(shown(collection))])
            }
            let values = try bodyValues(variable, elements, body)
            let value = try evaluator.combine(aggregate, values, offset: offset)
            return (value, try itemReasons(aggregate, variable, collection, body, elements, values, value))
        default:
            let value = try evaluator.evaluate(expression)
            return (value, try reasons(for: expression, value: value))
        }
    }

    /// The decisive facts of an expression whose value is known already: each part is evaluated
    /// once here, never again for the parts inside it.
    public func reasons(for expression: Expression, value: Value) throws(RuleError) -> [Reason] {
        switch expression {
        case .binary(let op, let lhs, let rhs, _) where op == .and || op == .or:
            let sides = [lhs, rhs]
            let values = try sides.map { (side) throws(RuleError) in try evaluator.evaluate(side) }
            var result: [Reason] = []
            for index in Self.decisive(values, result: value, decisive: .boolean(op == .or)) {
                result += try reasons(for: sides[index], value: values[index])
            }
            return result
        case .unary(.not, let operand, _):
            return try reasons(for: operand).map { .negation($0) }
        case .conditional(let condition, let yes, let no, _):
            let test = try evaluator.evaluate(condition)
            if test.isUnknown { return try reasons(for: condition, value: test) }
            let branch = test == .boolean(true) ? yes : no
            return try reasons(for: condition, value: test) + reasons(for: branch)
        case .aggregate(let aggregate, let variable, let collection, let body, let offset)
        where aggregate == .all || aggregate == .any:
            guard let elements = try evaluator.elements(of: collection, offset: offset) else {
                return [.collectionNotGiven(shown(collection))]
            }
            let values = try bodyValues(variable, elements, body)
            return try itemReasons(aggregate, variable, collection, body, elements, values, value)
        default:
            return [try reason(for: expression, value: value)]
        }
    }

    private func bodyValues(_ variable: String, _ elements: [Binding], _ body: Expression)
        throws(RuleError) -> [Value]
    {
        var values: [Value] = []
        for element in elements {
            let value = try evaluator.with(variable, bound: element) { () throws(RuleError) in
                try evaluator.evaluate(body)
            }
            values.append(value)
        }
        return values
    }

    /// The items of an `all` or `any` that decided its `value`, the first `itemsExplained` of
    /// them one by one.
    private func itemReasons(
        _ aggregate: Expression.Aggregate, _ variable: String, _ collection: Expression, _ body: Expression,
        _ elements: [Binding], _ values: [Value], _ value: Value
    ) throws(RuleError) -> [Reason] {
        if elements.isEmpty { return [.collectionEmpty(shown(collection))] }
        var inner = self
        inner.hidden.insert(variable)
        var result: [Reason] = []
        let deciding = Self.decisive(values, result: value, decisive: .boolean(aggregate == .any))
        for index in deciding.prefix(Self.itemsExplained) {
            let element = elements[index]
            let label = element.origin?.projectPath?.description ?? element.value.description
            let found = try evaluator.with(variable, bound: element) { () throws(RuleError) in
                try inner.reasons(for: body, value: values[index])
            }
            result += found.map { .item(label: label, $0) }
        }
        if deciding.count > Self.itemsExplained {
            let first = values[deciding[Self.itemsExplained]]
            result.append(
                .otherItems(count: deciding.count - Self.itemsExplained, collection: shown(collection), result: first))
        }
        return result
    }

    /// Which parts decided `result`: the unknown ones when it is unknown, the parts equal to
    /// the deciding value when that value won (false for `and`/`all`), otherwise all of them.
    private static func decisive(_ values: [Value], result: Value, decisive: Value) -> [Int] {
        if result.isUnknown { return values.indices.filter { values[$0].isUnknown } }
        if result == decisive { return values.indices.filter { values[$0] == decisive } }
        return Array(values.indices)
    }

    private func shown(_ expression: Expression) -> ReasonExpression {
        ReasonExpression(expression, hiddenVariables: hidden)
    }

    private func reason(for expression: Expression, value: Value) throws(RuleError) -> Reason {
        if case .unknown(let missing) = value { return .undecided(shown(expression), missing: missing) }
        if case .binary(let op, let lhs, let rhs, _) = expression, op.isComparison || op == .in {
            return .comparison(try term(lhs), op, try term(rhs), result: value)
        }
        if case .call(.has, _, _) = expression { return .presence(shown(expression), result: value) }
        return .statement(shown(expression), value: value)
    }

    private func term(_ expression: Expression) throws(RuleError) -> ReasonTerm {
        switch expression {
        case .literal, .list: return ReasonTerm(shown(expression), shown: .literal)
        case .identifier, .member:
            return ReasonTerm(shown(expression), shown: .named(try evaluator.evaluate(expression)))
        default: return ReasonTerm(shown(expression), shown: .computed(try evaluator.evaluate(expression)))
        }
    }
}
