import JCMDiagnostics
import JCMUnits

/// Recursive-descent parser for the rule language.
///
/// Precedence, loosest first: `or`, `and`, `not`, comparisons and `in`, `+ -`, `* /`,
/// unary minus, member access. `if … then … else …` and aggregates are primaries.
public struct Parser {
    private var tokens: [Token]
    private var position = 0
    private var depth = 0
    private var operators = 0
    /// Deeper nesting, or longer chains of operators, than any rule needs would only exhaust the
    /// stack of the checker and evaluator (a chain of n operators nests n deep).
    static let maximumDepth = 64
    static let maximumOperators = 256

    private init(tokens: [Token]) { self.tokens = tokens }

    public static func parse(_ text: String) throws(RuleSyntaxError) -> Expression {
        var parser = Parser(tokens: try Lexer.tokenize(text))
        let expression = try parser.parseOr()
        guard parser.current.kind == .end else {
            throw RuleSyntaxError(message: "unexpected \(parser.current.kind.display) after a complete expression", offset: parser.current.offset)
        }
        return expression
    }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }
    private func isKeyword(_ word: String) -> Bool { current.kind == .keyword(word) }

    private mutating func expect(symbol: String, _ context: String) throws(RuleSyntaxError) {
        guard isSymbol(symbol) else {
            throw RuleSyntaxError(message: "expected '\(symbol)' \(context), found \(current.kind.display)", offset: current.offset)
        }
        _ = advance()
    }

    private mutating func expect(keyword: String, _ context: String) throws(RuleSyntaxError) {
        guard isKeyword(keyword) else {
            throw RuleSyntaxError(message: "expected '\(keyword)' \(context), found \(current.kind.display)", offset: current.offset)
        }
        _ = advance()
    }

    private mutating func nest() throws(RuleSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw RuleSyntaxError(message: "the expression nests more than \(Self.maximumDepth) levels deep", offset: current.offset)
        }
    }

    private mutating func countOperator() throws(RuleSyntaxError) {
        operators += 1
        if operators > Self.maximumOperators {
            throw RuleSyntaxError(message: "the expression has more than \(Self.maximumOperators) operators; split it into equations", offset: current.offset)
        }
    }

    private mutating func parseOr() throws(RuleSyntaxError) -> Expression {
        try nest()
        defer { depth -= 1 }
        var lhs = try parseAnd()
        while isKeyword("or") {
            try countOperator()
            let offset = advance().offset
            lhs = .binary(.or, lhs, try parseAnd(), offset: offset)
        }
        return lhs
    }

    private mutating func parseAnd() throws(RuleSyntaxError) -> Expression {
        var lhs = try parseNot()
        while isKeyword("and") {
            try countOperator()
            let offset = advance().offset
            lhs = .binary(.and, lhs, try parseNot(), offset: offset)
        }
        return lhs
    }

    private mutating func parseNot() throws(RuleSyntaxError) -> Expression {
        if isKeyword("not") {
            let offset = advance().offset
            try nest()
            defer { depth -= 1 }
            return .unary(.not, try parseNot(), offset: offset)
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(RuleSyntaxError) -> Expression {
        let lhs = try parseAdditive()
        if case .symbol(let symbol) = current.kind, let op = Expression.BinaryOperator(rawValue: symbol), op.isComparison {
            let offset = advance().offset
            return .binary(op, lhs, try parseAdditive(), offset: offset)
        }
        if isKeyword("in") {
            let offset = advance().offset
            return .binary(.in, lhs, try parseAdditive(), offset: offset)
        }
        return lhs
    }

    private mutating func parseAdditive() throws(RuleSyntaxError) -> Expression {
        var lhs = try parseMultiplicative()
        while isSymbol("+") || isSymbol("-") {
            try countOperator()
            let token = advance()
            let op: Expression.BinaryOperator = token.kind == .symbol("+") ? .add : .subtract
            lhs = .binary(op, lhs, try parseMultiplicative(), offset: token.offset)
        }
        return lhs
    }

    private mutating func parseMultiplicative() throws(RuleSyntaxError) -> Expression {
        var lhs = try parseUnary()
        while isSymbol("*") || isSymbol("/") {
            try countOperator()
            let token = advance()
            let op: Expression.BinaryOperator = token.kind == .symbol("*") ? .multiply : .divide
            lhs = .binary(op, lhs, try parseUnary(), offset: token.offset)
        }
        return lhs
    }

    private mutating func parseUnary() throws(RuleSyntaxError) -> Expression {
        if isSymbol("-") {
            let offset = advance().offset
            try nest()
            defer { depth -= 1 }
            return .unary(.negate, try parseUnary(), offset: offset)
        }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws(RuleSyntaxError) -> Expression {
        var expression = try parsePrimary()
        while isSymbol(".") {
            try countOperator()
            let offset = advance().offset
            guard case .identifier(let name) = current.kind else {
                throw RuleSyntaxError(message: "expected a field name after '.', found \(current.kind.display)", offset: current.offset)
            }
            _ = advance()
            expression = .member(expression, name, offset: offset)
        }
        return expression
    }

    private mutating func parsePrimary() throws(RuleSyntaxError) -> Expression {
        let token = current
        switch token.kind {
        case .number(let quantity):
            _ = advance()
            return .literal(.quantity(quantity), offset: token.offset)
        case .text(let text):
            _ = advance()
            return .literal(.text(text), offset: token.offset)
        case .keyword("true"), .keyword("false"):
            _ = advance()
            return .literal(.boolean(token.kind == .keyword("true")), offset: token.offset)
        case .keyword("if"):
            _ = advance()
            let condition = try parseOr()
            try expect(keyword: "then", "after the condition of 'if'")
            let yes = try parseOr()
            try expect(keyword: "else", "after the 'then' branch")
            return .conditional(condition, then: yes, else: try parseOr(), offset: token.offset)
        case .symbol("("):
            _ = advance()
            let inner = try parseOr()
            try expect(symbol: ")", "to close '('")
            return inner
        case .symbol("["):
            _ = advance()
            var items: [Expression] = []
            if !isSymbol("]") {
                repeat {
                    if isSymbol(",") { _ = advance() }
                    items.append(try parseOr())
                } while isSymbol(",")
            }
            try expect(symbol: "]", "to close the list")
            return .list(items, offset: token.offset)
        case .identifier(let name):
            _ = advance()
            guard isSymbol("(") else { return .identifier(name, offset: token.offset) }
            return try parseCall(name, offset: token.offset)
        default:
            throw RuleSyntaxError(message: "expected a value, a name or '(', found \(token.kind.display)", offset: token.offset)
        }
    }

    private mutating func parseCall(_ name: String, offset: Int) throws(RuleSyntaxError) -> Expression {
        try expect(symbol: "(", "after '\(name)'")
        if let aggregate = Expression.Aggregate(rawValue: name), case .identifier(let variable) = current.kind,
            tokens[position + 1].kind == .keyword("in")
        {
            _ = advance()
            _ = advance()
            let collection = try parseAdditive()
            try expect(symbol: ":", "between the list and the body of '\(name)'")
            let body = try parseOr()
            try expect(symbol: ")", "to close '\(name)('")
            return .aggregate(aggregate, variable: variable, collection: collection, body: body, offset: offset)
        }
        var arguments: [Expression] = []
        if !isSymbol(")") {
            arguments.append(try parseOr())
            while isSymbol(",") {
                _ = advance()
                arguments.append(try parseOr())
            }
        }
        try expect(symbol: ")", "to close '\(name)('")
        if name == "count", arguments.count == 1 {
            return .aggregate(.count, variable: "_", collection: arguments[0], body: .literal(.boolean(true), offset: offset), offset: offset)
        }
        guard let function = Expression.Function(rawValue: name) else {
            let known = Expression.Function.allCases.map(\.rawValue) + Expression.Aggregate.allCases.map(\.rawValue)
            throw RuleSyntaxError(message: "unknown function '\(name)'" + hint(name, known), offset: offset)
        }
        let arity: ClosedRange<Int> = switch function {
        case .min, .max: 2...Int.max
        case .has, .date: 1...1
        case .rounddown, .roundup, .round, .addYears, .lookup: 2...2
        }
        guard arity.contains(arguments.count) else {
            throw RuleSyntaxError(message: "'\(name)' takes \(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "at least \(arity.lowerBound)") argument(s), got \(arguments.count)", offset: offset)
        }
        return .call(function, arguments, offset: offset)
    }

    private func hint(_ word: String, _ candidates: [String]) -> String {
        Suggestion.hint(for: word, in: candidates)
    }
}
