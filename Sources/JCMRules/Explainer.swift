import JCMUnits

/// Says in words why a condition came out true, false or unknown, naming the values that decided it.
public struct Explainer {
    private let evaluator: Evaluator
    private var hidden: Set<String> = []

    public init(evaluator: Evaluator) { self.evaluator = evaluator }

    /// The decisive facts, one sentence each.
    public func reasons(for expression: Expression) throws(RuleError) -> [String] {
        let value = try evaluator.evaluate(expression)
        switch expression {
        case .binary(let op, let lhs, let rhs, _) where op == .and || op == .or:
            let sides = [lhs, rhs]
            let values = try sides.map { (side) throws(RuleError) in try evaluator.evaluate(side) }
            var result: [String] = []
            for index in Self.decisive(values, result: value, decisive: .boolean(op == .or)) {
                result += try reasons(for: sides[index])
            }
            return result
        case .unary(.not, let operand, _):
            return try reasons(for: operand).map { "not (\($0))" }
        case .conditional(let condition, let yes, let no, _):
            let test = try evaluator.evaluate(condition)
            if test.isUnknown { return try reasons(for: condition) }
            let branch = test == .boolean(true) ? yes : no
            return try reasons(for: condition) + reasons(for: branch)
        case .aggregate(let aggregate, let variable, let collection, let body, let offset) where aggregate == .all || aggregate == .any:
            guard let elements = try evaluator.elements(of: collection, offset: offset) else {
                return ["\(printer.render(collection)) is not given"]
            }
            if elements.isEmpty { return ["\(printer.render(collection)) is empty"] }
            var inner = self
            inner.hidden.insert(variable)
            var values: [Value] = []
            for element in elements {
                values.append(try evaluator.with(variable, bound: element) { () throws(RuleError) in try evaluator.evaluate(body) })
            }
            var result: [String] = []
            for index in Self.decisive(values, result: value, decisive: .boolean(aggregate == .any)) {
                let element = elements[index]
                let label = element.origin?.detail ?? element.value.description
                let sentences = try evaluator.with(variable, bound: element) { () throws(RuleError) in try inner.reasons(for: body) }
                result += sentences.map { "\(label): \($0)" }
            }
            return result
        default:
            return [try sentence(for: expression, value: value)]
        }
    }

    /// Which parts decided `result`: the unknown ones when it is unknown, the parts equal to
    /// the deciding value when that value won (false for `and`/`all`), otherwise all of them.
    private static func decisive(_ values: [Value], result: Value, decisive: Value) -> [Int] {
        if result.isUnknown { return values.indices.filter { values[$0].isUnknown } }
        if result == decisive { return values.indices.filter { values[$0] == decisive } }
        return Array(values.indices)
    }

    private var printer: ExpressionPrinter { ExpressionPrinter(hiddenVariables: hidden) }

    private func sentence(for expression: Expression, value: Value) throws(RuleError) -> String {
        if value.isUnknown {
            return "\(printer.render(expression)) cannot be decided: \(value.missing.joined(separator: ", ")) not given"
        }
        let verdict = value == .boolean(true) ? "holds" : value == .boolean(false) ? "does not hold" : "is \(value)"
        if case .binary(let op, let lhs, let rhs, _) = expression, op.isComparison || op == .in {
            return "\(try side(lhs)) \(op.rawValue) \(try side(rhs)): \(verdict)"
        }
        if case .call(.has, _, _) = expression { return "\(printer.render(expression)): \(verdict)" }
        return "\(printer.render(expression)) is \(value)"
    }

    /// `rated_flow (180,000 Nm3/h)`, `90 % × rated_flow (= 162,000 Nm3/h)`, or just the literal.
    private func side(_ expression: Expression) throws(RuleError) -> String {
        let text = printer.render(expression)
        if case .literal = expression { return text }
        if case .list = expression { return text }
        let value = try evaluator.evaluate(expression)
        // A long list such as the 29 partner countries says nothing a reader needs in a reason.
        let shown = if case .list(let items) = value, items.count > 6 { "a list of \(items.count)" } else { value.description }
        switch expression {
        case .identifier, .member: return "\(text) (\(shown))"
        default: return "\(text) (= \(shown))"
        }
    }
}
