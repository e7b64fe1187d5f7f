import JCMDiagnostics
import JCMUnits

/// Infers the static type of an expression, rejecting undefined names, unknown fields,
/// dimension mismatches and wrong operand types.
public struct TypeChecker {
    private let environment: any TypeEnvironment
    private var locals: [String: StaticType] = [:]

    public init(environment: any TypeEnvironment) { self.environment = environment }

    public func check(_ expression: Expression) throws(RuleError) -> StaticType {
        switch expression {
        case .literal(let literal, _):
            switch literal {
            case .quantity(let quantity): return .quantity(quantity.dimension)
            case .text: return .text
            case .boolean: return .boolean
            }
        case .identifier(let name, let offset):
            if let local = locals[name] ?? environment.type(of: name) { return local }
            throw RuleError("'\(name)' is not defined" + Suggestion.hint(for: name, in: environment.names + Array(locals.keys)), offset: offset, kind: .undefinedName)
        case .member(let base, let field, let offset):
            switch try check(base) {
            case .any: return .any
            case .record(let schema):
                if let type = schema.fields[field] { return type }
                let hint = Suggestion.hint(for: field, in: Array(schema.fields.keys))
                throw RuleError("a \(schema.name) record has no field '\(field)'\(hint)", offset: offset, kind: .undefinedName)
            case let other: throw RuleError("'.\(field)' needs a record, got \(other)", offset: offset)
            }
        case .list(let items, let offset):
            var element: StaticType = .any
            for item in items {
                element = try same(element, try check(item), "the items of a list", offset: offset)
            }
            return .list(element)
        case .unary(let op, let operand, let offset):
            let type = try check(operand)
            switch (op, type) {
            case (_, .any), (.negate, .quantity), (.not, .boolean): return type
            default: throw RuleError("'\(op.rawValue)' cannot apply to \(type)", offset: offset)
            }
        case .binary(let op, let lhs, let rhs, let offset):
            return try binary(op, try check(lhs), try check(rhs), offset: offset)
        case .conditional(let condition, let yes, let no, let offset):
            try expectBoolean(try check(condition), "'if'", offset: offset)
            return try same(try check(yes), try check(no), "the branches of 'if'", offset: offset)
        case .aggregate(let aggregate, let variable, let collection, let body, let offset):
            let element: StaticType
            switch try check(collection) {
            case .list(let type): element = type
            case .any: element = .any
            case let other: throw RuleError("'\(aggregate.rawValue)' needs a list, got \(other)", offset: offset)
            }
            var inner = self
            inner.locals[variable] = element
            let bodyType = try inner.check(body)
            switch aggregate {
            case .all, .any:
                try expectBoolean(bodyType, "'\(aggregate.rawValue)'", offset: offset)
                return .boolean
            case .count:
                try expectBoolean(bodyType, "'count'", offset: offset)
                return .quantity(.none)
            case .sum, .min, .max:
                if case .quantity = bodyType { return bodyType }
                if bodyType == .any || (aggregate != .sum && bodyType == .date) { return bodyType }
                throw RuleError("'\(aggregate.rawValue)' needs quantities, got \(bodyType)", offset: offset)
            }
        case .call(let function, let arguments, let offset):
            let types = try arguments.map { (argument) throws(RuleError) in try check(argument) }
            switch function {
            case .has: return .boolean
            case .date:
                guard types[0] == .text || types[0] == .any else { throw RuleError("'date' needs text like \"2026-04-01\"", offset: offset) }
                return .date
            case .min, .max:
                var result = types[0]
                for next in types.dropFirst() {
                    result = try same(result, next, "the arguments of '\(function.rawValue)'", offset: offset)
                }
                return result
            case .rounddown, .roundup, .round:
                _ = try same(types[0], types[1], "a value and its rounding increment", offset: offset)
                if let increment = Self.constant(arguments[1]), increment.value <= 0 {
                    throw RuleError("a rounding increment must be above zero, got \(increment)", offset: offset)
                }
                return types[1]
            case .lookup:
                guard case .table(let input, let output) = types[0] else {
                    if types[0] == .any { return .any }
                    throw RuleError("'lookup' needs a table first, got \(types[0])", offset: offset)
                }
                _ = try same(types[1], .quantity(input), "the input of 'lookup' and its table", offset: offset)
                return .quantity(output)
            case .addYears:
                _ = try same(types[0], .date, "the first argument of 'add_years'", offset: offset)
                _ = try same(types[1], .quantity(.time), "the second argument of 'add_years'", offset: offset)
                return .date
            }
        }
    }

    private func binary(_ op: Expression.BinaryOperator, _ lhs: StaticType, _ rhs: StaticType, offset: Int) throws(RuleError) -> StaticType {
        switch op {
        case .and, .or:
            try expectBoolean(lhs, "'\(op.rawValue)'", offset: offset)
            try expectBoolean(rhs, "'\(op.rawValue)'", offset: offset)
            return .boolean
        case .in:
            guard case .list = rhs else {
                if rhs == .any { return .boolean }
                throw RuleError("'in' needs a list on its right, got \(rhs)", offset: offset)
            }
            return .boolean
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
            _ = try same(lhs, rhs, "the two sides of '\(op.rawValue)'", offset: offset)
            return .boolean
        case .add, .subtract:
            return try same(lhs, rhs, op == .add ? "the terms of '+'" : "the terms of '-'", offset: offset, arithmetic: true)
        case .multiply, .divide:
            switch (lhs, rhs) {
            case (.quantity(let a), .quantity(let b)): return .quantity(op == .multiply ? a * b : a / b)
            case (.any, .quantity), (.quantity, .any), (.any, .any): return .any
            default: throw RuleError("'\(op == .multiply ? "×" : "/")' needs quantities, got \(lhs) and \(rhs)", offset: offset)
            }
        }
    }

    private func same(_ lhs: StaticType, _ rhs: StaticType, _ what: String, offset: Int, arithmetic: Bool = false) throws(RuleError) -> StaticType {
        if lhs == .any { return rhs }
        if rhs == .any { return lhs }
        if arithmetic, !(lhs.isQuantity && rhs.isQuantity) {
            throw RuleError("\(what) must be quantities, got \(lhs) and \(rhs)", offset: offset)
        }
        if case .list = lhs, case .list = rhs { return lhs }
        guard lhs == rhs else {
            throw RuleError("\(what) do not match: \(lhs) versus \(rhs)", offset: offset)
        }
        return lhs
    }

    private func expectBoolean(_ type: StaticType, _ what: String, offset: Int) throws(RuleError) {
        guard type == .boolean || type == .any else { throw RuleError("\(what) needs true/false, got \(type)", offset: offset) }
    }
}

extension TypeChecker {
    /// The value of a literal quantity, possibly negated (`-1 tCO2`).
    static func constant(_ expression: Expression) -> Quantity? {
        switch expression {
        case .literal(.quantity(let quantity), _): return quantity
        case .unary(.negate, let operand, _): return constant(operand).map { -$0 }
        default: return nil
        }
    }
}

extension StaticType {
    var isQuantity: Bool {
        if case .quantity = self { return true }
        return false
    }
}
