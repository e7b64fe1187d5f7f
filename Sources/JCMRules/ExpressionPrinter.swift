import JCMUnits

/// Writes an expression back as text, in canonical form, for traces and reasons.
public struct ExpressionPrinter {
    /// Aggregate variables whose name is left out of member chains (`b.rated_flow` → `rated_flow`).
    public var hiddenVariables: Set<String> = []
    /// Replaces a leaf (name or member chain) with other text, e.g. its value.
    public var substitute: ((Expression) -> String?)?
    /// How literal quantities print: digits and units as the reader's language writes them.
    public var style: ValueStyle

    public init(hiddenVariables: Set<String> = [], style: ValueStyle = .canonical, substitute: ((Expression) -> String?)? = nil) {
        self.hiddenVariables = hiddenVariables
        self.style = style
        self.substitute = substitute
    }

    public func render(_ expression: Expression) -> String { render(expression, parentPrecedence: 0) }

    private func precedence(_ op: Expression.BinaryOperator) -> Int {
        switch op {
        case .or: return 1
        case .and: return 2
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual, .in: return 4
        case .add, .subtract: return 5
        case .multiply, .divide: return 6
        }
    }

    private func render(_ expression: Expression, parentPrecedence: Int) -> String {
        if let substitute, let text = substitute(expression) { return text }
        switch expression {
        case .literal(let literal, _):
            switch literal {
            case .quantity(let quantity): return style.quantity(quantity)
            case .text(let text): return "\"\(text)\""
            case .boolean(let flag): return flag ? "true" : "false"
            }
        case .identifier(let name, _):
            return name
        case .member(let base, let field, _):
            if case .identifier(let name, _) = base, hiddenVariables.contains(name) { return field }
            return render(base, parentPrecedence: 9) + "." + field
        case .list(let items, _):
            return "[" + items.map { render($0, parentPrecedence: 0) }.joined(separator: ", ") + "]"
        case .unary(let op, let operand, _):
            let text = op == .not ? "not " + render(operand, parentPrecedence: 3) : "-" + render(operand, parentPrecedence: 7)
            return wrap(text, op == .not ? 3 : 7, parentPrecedence)
        case .binary(let op, let lhs, let rhs, _):
            let own = precedence(op)
            let symbol = op == .multiply ? "×" : op.rawValue
            let text = render(lhs, parentPrecedence: own) + " \(symbol) " + render(rhs, parentPrecedence: own + 1)
            return wrap(text, own, parentPrecedence)
        case .conditional(let condition, let yes, let no, _):
            let text = "if \(render(condition)) then \(render(yes)) else \(render(no))"
            return wrap(text, 0, parentPrecedence)
        case .aggregate(let aggregate, let variable, let collection, let body, _):
            if aggregate == .count, variable == "_" { return "count(\(render(collection)))" }
            var inner = self
            inner.hiddenVariables.remove(variable)
            return "\(aggregate.rawValue)(\(variable) in \(render(collection)): \(inner.render(body)))"
        case .call(let function, let arguments, _):
            return "\(function.rawValue)(" + arguments.map { render($0) }.joined(separator: ", ") + ")"
        }
    }

    /// Offers `visit` the nodes that `render` offers to `substitute`, in the same order, without
    /// writing any text (for a printer that hides no variables). `visit` returns true for a node it
    /// replaces, whose parts are then not offered.
    public static func walk(_ expression: Expression, _ visit: (Expression) -> Bool) {
        if visit(expression) { return }
        switch expression {
        case .literal, .identifier: return
        case .member(let base, _, _): walk(base, visit)
        case .list(let items, _), .call(_, let items, _): for item in items { walk(item, visit) }
        case .unary(_, let operand, _): walk(operand, visit)
        case .binary(_, let lhs, let rhs, _):
            walk(lhs, visit)
            walk(rhs, visit)
        case .conditional(let condition, let yes, let no, _):
            for part in [condition, yes, no] { walk(part, visit) }
        case .aggregate(let aggregate, let variable, let collection, let body, _):
            walk(collection, visit)
            if aggregate != .count || variable != "_" { walk(body, visit) }
        }
    }

    private func wrap(_ text: String, _ own: Int, _ parent: Int) -> String {
        own < parent ? "(\(text))" : text
    }
}
