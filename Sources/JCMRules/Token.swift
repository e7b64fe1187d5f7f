import JCMUnits

/// A lexical token of the rule language, with its offset in the expression text.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case number(Quantity)
        case text(String)
        case identifier(String)
        case keyword(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int
}

extension Token.Kind {
    var display: String {
        switch self {
        case .number(let quantity): return "'\(quantity)'"
        case .text(let text): return "\"\(text)\""
        case .identifier(let name): return "'\(name)'"
        case .keyword(let word): return "'\(word)'"
        case .symbol(let symbol): return "'\(symbol)'"
        case .end: return "the end of the expression"
        }
    }
}
