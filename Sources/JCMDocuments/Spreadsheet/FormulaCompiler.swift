import Foundation
import JCMKit
import JCMRules
import JCMUnits

/// Turns a rule expression into an Excel formula over named cells, using the values the trace
/// recorded for its names: a name the rules set or the project gives becomes an input cell, an
/// equation's result a reference to that equation's cell, an aggregate the sum of its item rows.
struct FormulaCompiler {
    /// A construct the sheet cannot compute; the row then holds jcm's value, saying why.
    struct Unsupported: Error {
        var construct: String
        init(_ construct: String) { self.construct = construct }
    }

    /// The aggregate variable bound to one item while its term is compiled.
    struct ItemBinding {
        var variable: String
        /// `equipment[B-1]`
        var label: String
        /// `B-1`
        var id: String
    }

    let book: SheetBook
    let outcome: EquationOutcome
    let leaves: [(node: JCMRules.Expression, value: Value?)]
    let item: ItemBinding?
    /// Writes the item rows of an aggregate and returns the formula that combines them.
    let aggregate: (JCMRules.Expression) throws(Unsupported) -> SheetFormula

    func compile(_ node: JCMRules.Expression) throws(Unsupported) -> SheetFormula {
        switch node {
        case .literal(let literal, _):
            switch literal {
            case .quantity(let quantity): return .number(quantity.value, unit: quantity.unit)
            case .text(let text):
                var literal = SheetFormula("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"", unit: nil)
                literal.isText = true
                return literal
            case .boolean(let flag): return .truth(flag)
            }
        case .identifier(let name, _):
            return try reference(name: name, node: node)
        case .member(let base, let field, _):
            return try member(base, field, node: node)
        case .aggregate:
            return try aggregate(node)
        case .unary(.negate, let operand, _):
            let inner = try compile(operand)
            return SheetFormula("-" + inner.operand(.unary), unit: inner.unit, precedence: .unary)
        case .unary(.not, let operand, _):
            let inner = try compile(operand)
            if let constant = inner.constant { return .truth(!constant) }
            return SheetFormula("NOT(\(inner.text))", unit: nil)
        case .binary(let op, let lhs, let rhs, _):
            return try binary(op, lhs, rhs)
        case .conditional(let condition, let yes, let no, _):
            let test = try compile(condition)
            if let constant = test.constant { return try compile(constant ? yes : no) }
            let then = try compile(yes)
            var otherwise = try compile(no)
            if let unit = then.unit { otherwise = try otherwise.converted(to: unit) }
            return SheetFormula("IF(\(test.text),\(then.text),\(otherwise.text))", unit: then.unit)
        case .call(let function, let arguments, _):
            return try call(function, arguments)
        case .list:
            throw Unsupported("a list")
        }
    }

    private func value(of node: JCMRules.Expression) -> Value? {
        leaves.first { $0.node == node }?.value
    }

    private func reference(name: String, node: JCMRules.Expression) throws(Unsupported) -> SheetFormula {
        if let item, item.variable == name { throw Unsupported("a whole item where one of its values is needed") }
        let origin = book.reads(of: outcome).byName[name]?.origin
        if case .equation(let symbol, _) = origin {
            guard let result = book.result(symbol) else { throw Unsupported("the result of \(symbol), which is not on the sheet") }
            return SheetFormula(result.name, unit: result.unit)
        }
        return try input(key: name, symbol: name, point: nil, value: value(of: node), origin: origin)
    }

    private func member(_ base: JCMRules.Expression, _ field: String, node: JCMRules.Expression) throws(Unsupported) -> SheetFormula {
        let value = value(of: node)
        if let item, case .identifier(let variable, _) = base, variable == item.variable {
            let read = book.reads(of: outcome).byItemField["\(item.label)|\(field)"]
            return try input(key: "\(item.label).\(field)", symbol: field, point: item.id, value: value,
                             origin: read?.origin, path: read?.name ?? "\(item.label).\(field)")
        }
        let path = ExpressionPrinter().render(node)
        let origin = book.reads(of: outcome).byName[path]?.origin
        return try input(key: path, symbol: path, point: nil, value: value, origin: origin)
    }

    private func input(key: String, symbol: String, point: String?, value: Value?, origin: Origin?,
                       path: String? = nil) throws(Unsupported) -> SheetFormula {
        let value = value ?? .unknown(missing: [])
        switch value {
        case .quantity, .text, .boolean, .unknown, .undefined: break
        case .date: throw Unsupported("a date")
        case .list, .record, .table: throw Unsupported("a list, record or table")
        }
        let cell = book.input(key: key, symbol: symbol, point: point, value: value, origin: origin, path: path ?? key)
        switch value {
        case .quantity(let quantity): return SheetFormula(cell, unit: quantity.unit)
        case .unknown, .undefined:
            // The cell says what is missing; any formula using it shows an error, never a number.
            return SheetFormula(cell, unit: book.declaredUnit(symbol), missing: true)
        case .text:
            var text = SheetFormula(cell, unit: nil)
            text.isText = true
            return text
        default: return SheetFormula(cell, unit: nil)
        }
    }

    private func binary(_ op: JCMRules.Expression.BinaryOperator, _ lhsNode: JCMRules.Expression, _ rhsNode: JCMRules.Expression) throws(Unsupported) -> SheetFormula {
        let lhs = try compile(lhsNode)
        var rhs = try compile(rhsNode)
        switch op {
        case .multiply, .divide:
            let missing = lhs.missing || rhs.missing
            guard let left = lhs.unit ?? (lhs.missing ? .one : nil), let right = rhs.unit ?? (rhs.missing ? .one : nil) else {
                throw Unsupported("arithmetic on text or truth values")
            }
            let symbol = op == .multiply ? "*" : "/"
            return SheetFormula("\(lhs.operand(.multiplicative))\(symbol)\(rhs.operand(.unary))",
                                unit: op == .multiply ? left * right : left / right, precedence: .multiplicative, missing: missing)
        case .add, .subtract:
            if lhs.missing, let right = rhs.unit {
                let text = "\(lhs.operand(.additive))\(op == .add ? "+" : "-")\(rhs.operand(op == .add ? .additive : .multiplicative))"
                return SheetFormula(text, unit: right, precedence: .additive, missing: true)
            }
            guard let left = lhs.unit else { throw Unsupported("arithmetic on text or truth values") }
            rhs = try rhs.converted(to: left)
            let right = op == .add ? rhs.operand(.additive) : rhs.operand(.multiplicative)
            return SheetFormula("\(lhs.operand(.additive))\(op == .add ? "+" : "-")\(right)", unit: left, precedence: .additive,
                                missing: lhs.missing || rhs.missing)
        case .equal where lhs.isText || rhs.isText, .notEqual where lhs.isText || rhs.isText:
            let exact = "EXACT(\(lhs.text),\(rhs.text))"
            return SheetFormula(op == .equal ? exact : "NOT(\(exact))", unit: nil)
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
            if let left = lhs.unit { rhs = try rhs.converted(to: left) }
            let symbol = switch op {
            case .less: "<"
            case .lessOrEqual: "<="
            case .greater: ">"
            case .greaterOrEqual: ">="
            case .equal: "="
            default: "<>"
            }
            return SheetFormula("\(lhs.operand(.additive))\(symbol)\(rhs.operand(.additive))", unit: nil, precedence: .comparison)
        case .and, .or:
            if let left = lhs.constant, let right = rhs.constant { return .truth(op == .and ? left && right : left || right) }
            return SheetFormula("\(op == .and ? "AND" : "OR")(\(lhs.text),\(rhs.text))", unit: nil)
        case .in:
            throw Unsupported("'in'")
        }
    }

    private func call(_ function: JCMRules.Expression.Function, _ arguments: [JCMRules.Expression]) throws(Unsupported) -> SheetFormula {
        switch function {
        case .has:
            guard arguments.count == 1 else { throw Unsupported("has() with \(arguments.count) arguments") }
            let known = value(of: arguments[0]).map { !$0.isUnknown } ?? false
            return .truth(known)
        case .min, .max:
            let compiled = try arguments.map { (argument) throws(Unsupported) in try compile(argument) }
            guard let unit = compiled.first?.unit else { throw Unsupported("\(function.rawValue)() of text") }
            let same = try compiled.map { (part) throws(Unsupported) in try part.converted(to: unit).text }
            return SheetFormula("\(function == .min ? "MIN" : "MAX")(\(same.joined(separator: ",")))", unit: unit)
        case .rounddown, .roundup, .round:
            guard arguments.count == 2, case .literal(.quantity(let increment), _) = arguments[1] else {
                throw Unsupported("\(function.rawValue)() without a written increment")
            }
            let mode: Quantity.Rounding = function == .rounddown ? .down : function == .roundup ? .up : .nearest
            return try Self.rounded(try compile(arguments[0]), mode: mode, increment: increment)
        case .lookup:
            // The value read from a declared table is an input cell whose origin names the row.
            guard case .identifier(let name, _) = arguments[0], let read = book.reads(of: outcome).byName[name] else {
                throw Unsupported("lookup() in a table the project gives")
            }
            return try input(key: name, symbol: name, point: nil, value: read.value, origin: read.origin)
        case .date, .addYears:
            throw Unsupported("\(function.rawValue)()")
        }
    }

    /// Rounds as jcm does: down towards minus infinity, up towards plus infinity, nearest with
    /// halves away from zero. Excel's ROUNDDOWN and ROUNDUP go towards and away from zero, so a
    /// negative value takes the mirrored function.
    static func rounded(_ value: SheetFormula, mode: Quantity.Rounding, increment: Quantity) throws(Unsupported) -> SheetFormula {
        guard increment.value > 0 else { throw Unsupported("rounding to a multiple of \(increment)") }
        let inUnit = try value.converted(to: increment.unit)
        let x: String
        let digits: String
        let scale: String
        if let places = powerOfTenPlaces(increment.value) {
            (x, digits, scale) = (inUnit.text, String(places), "")
        } else {
            let step = DecimalText.plain(increment.value)
            (x, digits, scale) = ("\(inUnit.operand(.multiplicative))/\(step)", "0", "*\(step)")
        }
        let text: String = switch mode {
        case .nearest: "ROUND(\(x),\(digits))\(scale)"
        case .down: "IF(\(x)>=0,ROUNDDOWN(\(x),\(digits)),-ROUNDUP(-(\(x)),\(digits)))\(scale)"
        case .up: "IF(\(x)>=0,ROUNDUP(\(x),\(digits)),-ROUNDDOWN(-(\(x)),\(digits)))\(scale)"
        }
        return SheetFormula(text, unit: increment.unit, precedence: scale.isEmpty ? .atom : .multiplicative)
    }

    /// 1 → 0, 0.01 → 2, 100 → −2; nil for increments such as 0.5 or 25.
    static func powerOfTenPlaces(_ increment: Decimal) -> Int? {
        var probe = increment
        var places = 0
        while probe < 1, places < 40 { probe *= 10; places += 1 }
        while probe >= 10, places > -40 { probe /= 10; places -= 1 }
        return probe == 1 ? places : nil
    }
}
