import Foundation
import JCMDiagnostics
import JCMUnits

/// Evaluates expressions in three-valued logic and records every input value it reads.
public final class Evaluator {
    /// A value read while evaluating, with its origin, in reading order.
    public struct Read: Sendable {
        public var name: String
        public var value: Value
        public var origin: Origin?

        public init(name: String, value: Value, origin: Origin?) {
            self.name = name
            self.value = value
            self.origin = origin
        }
    }

    private let scope: any Scope
    private var locals: [String: Binding] = [:]
    public private(set) var reads: [Read] = []
    /// Evaluation steps taken; rules nest aggregates at most `Linter`'s depth, so a project that
    /// needs more steps than this is a list far beyond any real one.
    private var steps = 0
    public static let maximumSteps = 20_000_000

    public init(scope: any Scope) { self.scope = scope }

    /// Evaluates with `variable` bound to `binding`, as inside an aggregate's body.
    public func with<T, Failure: Error>(_ variable: String, bound binding: Binding, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        let saved = locals[variable]
        locals[variable] = binding
        defer { locals[variable] = saved }
        return try body()
    }

    public func evaluate(_ expression: Expression) throws(RuleError) -> Value {
        steps += 1
        if steps > Self.maximumSteps {
            throw RuleError("evaluating this rule for the project takes more than \(Self.maximumSteps) steps; its lists are too long", offset: expression.offset)
        }
        switch expression {
        case .literal(let literal, _):
            switch literal {
            case .quantity(let quantity): return .quantity(quantity)
            case .text(let text): return .text(text)
            case .boolean(let flag): return .boolean(flag)
            }
        case .identifier(let name, let offset):
            let binding = try resolve(name, offset: offset)
            if locals[name] == nil { record(name, binding.value, binding.origin) }
            return binding.value
        case .member(let base, let field, let offset):
            return try member(try evaluate(base), field, offset: offset)
        case .list(let items, _):
            return .list(try items.map { (item) throws(RuleError) in try evaluate(item) })
        case .unary(let op, let operand, let offset):
            return try unary(op, try evaluate(operand), offset: offset)
        case .binary(let op, let lhs, let rhs, let offset):
            return try binary(op, lhs, rhs, offset: offset)
        case .conditional(let condition, let yes, let no, let offset):
            switch try evaluate(condition) {
            case .boolean(true): return try evaluate(yes)
            case .boolean(false): return try evaluate(no)
            case .unknown(let missing): return .unknown(missing: missing)
            case .undefined(let reason): return .undefined(reason: reason)
            case let other: throw RuleError("'if' needs true/false, got \(other.kindName)", offset: offset)
            }
        case .aggregate(let aggregate, let variable, let collection, let body, let offset):
            return try self.aggregate(aggregate, variable, collection, body, offset: offset)
        case .call(let function, let arguments, let offset):
            return try call(function, arguments, offset: offset)
        }
    }

    /// The elements of a list expression with their bindings, for aggregates and explanations.
    public func elements(of collection: Expression, offset: Int) throws(RuleError) -> [Binding]? {
        let value = try evaluate(collection)
        switch value {
        case .unknown: return nil
        case .list(let items):
            return items.map { item in
                if case .record(let node) = item {
                    return Binding(value: item, origin: .project(node.path, location: node.location))
                }
                return Binding(value: item, origin: nil)
            }
        default:
            throw RuleError("expected a list to go through, got \(value.kindName)", offset: offset)
        }
    }

    private func resolve(_ name: String, offset: Int) throws(RuleError) -> Binding {
        if let local = locals[name] { return local }
        if let binding = scope.binding(for: name) { return binding }
        let candidates = scope.names + Array(locals.keys)
        throw RuleError("'\(name)' is not defined" + Suggestion.hint(for: name, in: candidates), offset: offset, kind: .undefinedName)
    }

    /// Records a value read; the name is only worded for values that are recorded, since most
    /// reads of a list's items pass through records.
    private func record(_ name: @autoclosure () -> String, _ value: Value, _ origin: @autoclosure () -> Origin?) {
        switch value {
        case .record, .list, .table: return
        default: reads.append(Read(name: name(), value: value, origin: origin()))
        }
    }

    private func member(_ base: Value, _ field: String, offset: Int) throws(RuleError) -> Value {
        switch base {
        case .unknown(let missing):
            // Name the field to add (`finance.tariff`), not just the absent record (`finance`).
            return .unknown(missing: missing.count == 1 ? [missing[0].appending(field)] : missing)
        case .record(let node):
            guard let child = node.field(field) else { return .unknown(missing: [node.path.appending(field)]) }
            let value = child.value
            record(child.path.description, value, child.origin ?? .project(child.path, location: child.location))
            return value
        default:
            throw RuleError("'.\(field)' needs a record, got \(base.kindName)", offset: offset)
        }
    }

    private func unary(_ op: Expression.UnaryOperator, _ operand: Value, offset: Int) throws(RuleError) -> Value {
        switch (op, operand) {
        case (_, .unknown), (_, .undefined): return operand
        case (.negate, .quantity(let quantity)): return .quantity(-quantity)
        case (.not, .boolean(let flag)): return .boolean(!flag)
        default: throw RuleError("'\(op.rawValue)' cannot apply to \(operand.kindName)", offset: offset)
        }
    }

    private func binary(_ op: Expression.BinaryOperator, _ lhsExpression: Expression, _ rhsExpression: Expression, offset: Int) throws(RuleError) -> Value {
        let lhs = try evaluate(lhsExpression)
        let rhs = try evaluate(rhsExpression)
        if op == .and || op == .or { return try logical(op, lhs, rhs, offset: offset) }
        if let unknown = Value.unknown(among: [lhs, rhs]) { return unknown }
        // Nothing can be said of a figure that does not exist: comparisons with it are undefined
        // too, and a criterion that comes out undefined fails.
        if let undefined = Value.undefined(among: [lhs, rhs]) { return undefined }
        if op == .in {
            guard case .list(let items) = rhs else { throw RuleError("'in' needs a list on its right, got \(rhs.kindName)", offset: offset) }
            var result = false
            for item in items where try equal(lhs, item, offset: offset) { result = true }
            return .boolean(result)
        }
        if op.isComparison { return .boolean(try compare(op, lhs, rhs, offset: offset)) }
        guard case .quantity(let left) = lhs, case .quantity(let right) = rhs else {
            throw RuleError("'\(op.rawValue)' needs numbers or quantities, got \(lhs.kindName) and \(rhs.kindName)", offset: offset)
        }
        if op == .divide, right.value.isZero {
            return .undefined(reason: .divisionByZero(divisor: rhsExpression, value: .quantity(right)))
        }
        do {
            switch op {
            case .add: return .quantity(try left + right)
            case .subtract: return .quantity(try left - right)
            case .multiply: return .quantity(try left * right)
            default: return .quantity(try left / right)
            }
        } catch {
            throw RuleError(error.description, offset: offset)
        }
    }

    /// Kleene's logic: false decides `and`, true decides `or`, whatever the other side; otherwise
    /// missing data leaves the result unknown, and an undefined side leaves it undefined.
    func logical(_ op: Expression.BinaryOperator, _ lhs: Value, _ rhs: Value, offset: Int) throws(RuleError) -> Value {
        let decisive = op == .or
        for side in [lhs, rhs] {
            switch side {
            case .boolean(let flag) where flag == decisive: return .boolean(decisive)
            case .boolean, .unknown, .undefined: continue
            default: throw RuleError("'\(op.rawValue)' needs true/false on both sides, got \(side.kindName)", offset: offset)
            }
        }
        return Value.unknown(among: [lhs, rhs]) ?? Value.undefined(among: [lhs, rhs]) ?? .boolean(!decisive)
    }

    private func equal(_ lhs: Value, _ rhs: Value, offset: Int) throws(RuleError) -> Bool {
        switch (lhs, rhs) {
        case (.quantity, .quantity), (.date, .date): return try compare(.equal, lhs, rhs, offset: offset)
        case (.text(let a), .text(let b)): return a == b
        case (.boolean(let a), .boolean(let b)): return a == b
        default: throw RuleError("cannot compare \(lhs.kindName) with \(rhs.kindName)", offset: offset)
        }
    }

    private func compare(_ op: Expression.BinaryOperator, _ lhs: Value, _ rhs: Value, offset: Int) throws(RuleError) -> Bool {
        let order: ComparisonResult
        switch (lhs, rhs) {
        case (.quantity(let a), .quantity(let b)):
            do { order = try Quantity.compare(a, b) } catch { throw RuleError(error.description, offset: offset) }
        case (.date(let a), .date(let b)):
            order = a < b ? .orderedAscending : a == b ? .orderedSame : .orderedDescending
        default:
            guard op == .equal || op == .notEqual else {
                throw RuleError("'\(op.rawValue)' cannot order \(lhs.kindName) and \(rhs.kindName)", offset: offset)
            }
            let same = try equal(lhs, rhs, offset: offset)
            return op == .equal ? same : !same
        }
        switch op {
        case .less: return order == .orderedAscending
        case .lessOrEqual: return order != .orderedDescending
        case .greater: return order == .orderedDescending
        case .greaterOrEqual: return order != .orderedAscending
        case .equal: return order == .orderedSame
        default: return order != .orderedSame
        }
    }

    private func aggregate(_ aggregate: Expression.Aggregate, _ variable: String, _ collection: Expression, _ body: Expression, offset: Int) throws(RuleError) -> Value {
        guard let elements = try elements(of: collection, offset: offset) else { return try evaluate(collection) }
        var results: [Value] = []
        for element in elements {
            results.append(try with(variable, bound: element) { () throws(RuleError) in try evaluate(body) })
        }
        return try combine(aggregate, results, offset: offset)
    }

    /// An aggregate's value from the values of its body, one per element.
    func combine(_ aggregate: Expression.Aggregate, _ results: [Value], offset: Int) throws(RuleError) -> Value {
        switch aggregate {
        case .all, .any, .count:
            var flags: [Bool] = []
            for result in results {
                guard case .boolean(let flag) = result else {
                    if result.isUnknown || Value.undefined(among: [result]) != nil { continue }
                    throw RuleError("'\(aggregate.rawValue)' needs a true/false body, got \(result.kindName)", offset: offset)
                }
                flags.append(flag)
            }
            let unknown = Value.unknown(among: results) ?? Value.undefined(among: results)
            switch aggregate {
            case .all: return flags.contains(false) ? .boolean(false) : unknown ?? .boolean(true)
            case .any: return flags.contains(true) ? .boolean(true) : unknown ?? .boolean(false)
            default: return unknown ?? .quantity(Quantity(Decimal(flags.filter { $0 }.count)))
            }
        case .sum, .min, .max:
            if let unknown = Value.unknown(among: results) { return unknown }
            if let undefined = Value.undefined(among: results) { return undefined }
            guard !results.isEmpty else { throw RuleError("'\(aggregate.rawValue)' over an empty list has no value", offset: offset) }
            if aggregate == .sum {
                var total = results[0]
                for next in results.dropFirst() { total = try add(total, next, offset: offset) }
                return total
            }
            return try extreme(aggregate == .min, results, offset: offset)
        }
    }

    private func add(_ lhs: Value, _ rhs: Value, offset: Int) throws(RuleError) -> Value {
        guard case .quantity(let a) = lhs, case .quantity(let b) = rhs else {
            throw RuleError("'sum' needs quantities, got \(lhs.kindName) and \(rhs.kindName)", offset: offset)
        }
        do { return .quantity(try a + b) } catch { throw RuleError(error.description, offset: offset) }
    }

    private func extreme(_ smallest: Bool, _ values: [Value], offset: Int) throws(RuleError) -> Value {
        var best = values[0]
        for candidate in values.dropFirst() {
            let better = try compare(smallest ? .less : .greater, candidate, best, offset: offset)
            if better { best = candidate }
        }
        return best
    }

    private func call(_ function: Expression.Function, _ arguments: [Expression], offset: Int) throws(RuleError) -> Value {
        if function == .has {
            return .boolean(!(try evaluate(arguments[0])).isUnknown)
        }
        if function == .lookup { return try lookup(arguments, offset: offset) }
        let values = try arguments.map { (argument) throws(RuleError) in try evaluate(argument) }
        if let unknown = Value.unknown(among: values) { return unknown }
        if let undefined = Value.undefined(among: values) { return undefined }
        switch function {
        case .min, .max:
            return try extreme(function == .min, values, offset: offset)
        case .date:
            guard case .text(let text) = values[0], let date = CalendarDate(iso: text) else {
                throw RuleError("'date' needs text in the form YYYY-MM-DD", offset: offset)
            }
            return .date(date)
        case .addYears:
            return .date(try addYears(values[0], values[1], offset: offset))
        default:
            guard case .quantity(let value) = values[0], case .quantity(let increment) = values[1] else {
                throw RuleError("'\(function.rawValue)' needs a quantity and an increment", offset: offset)
            }
            return .quantity(try round(value, to: increment, function, offset: offset))
        }
    }

    /// A table's value at the input, recorded as a read whose origin names the row or points used;
    /// an input outside the table is undefined (a curve is not extended beyond its points).
    private func lookup(_ arguments: [Expression], offset: Int) throws(RuleError) -> Value {
        let tableValue = try evaluate(arguments[0])
        let input = try evaluate(arguments[1])
        if let unknown = Value.unknown(among: [tableValue, input]) { return unknown }
        if let undefined = Value.undefined(among: [tableValue, input]) { return undefined }
        guard case .table(let table) = tableValue else {
            throw RuleError("'lookup' needs a table first, got \(tableValue.kindName)", offset: offset)
        }
        guard case .quantity(let given) = input, let quantity = try? given.converted(to: table.inputUnit) else {
            throw RuleError("'lookup' in \(table.name) needs an input in \(table.inputUnit), got \(input.kindName)", offset: offset)
        }
        guard let found = table.lookUp(quantity) else {
            let range = table.range
            return .undefined(reason: .outsideTable(table: table.name, input: quantity, first: range.first, last: range.last))
        }
        reads.append(Read(name: table.name, value: .quantity(found.result), origin: .table(found, source: table.origin)))
        return .quantity(found.result)
    }

    private func addYears(_ start: Value, _ span: Value, offset: Int) throws(RuleError) -> CalendarDate {
        guard case .date(let date) = start, case .quantity(let quantity) = span,
            let years = try? quantity.converted(to: Unit(parsing: "yr")).value, years == years.rounded(places: 0)
        else {
            throw RuleError("'add_years' needs a date and a whole number of years (like 9 yr)", offset: offset)
        }
        // Calendar dates run from year 1 to 9999: anything further is an error, not an overflow.
        let bound = Decimal(CalendarDate.latestYear)
        guard years.magnitude <= bound, let moved = date.adding(years: NSDecimalNumber(decimal: years).intValue) else {
            throw RuleError("'add_years' of \(quantity) from \(date) leaves the calendar (years 1 to \(CalendarDate.latestYear))", offset: offset)
        }
        return moved
    }

    private func round(_ value: Quantity, to increment: Quantity, _ function: Expression.Function, offset: Int) throws(RuleError) -> Quantity {
        let rounding: Quantity.Rounding = function == .rounddown ? .down : function == .roundup ? .up : .nearest
        do {
            return try value.rounded(toMultipleOf: increment, rounding)
        } catch {
            throw RuleError("cannot round \(value) to \(increment): \(error.description)", offset: offset)
        }
    }
}
