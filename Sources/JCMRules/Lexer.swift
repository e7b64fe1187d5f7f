import Foundation
import JCMDiagnostics
import JCMUnits

/// Splits rule text into tokens. A number may carry a unit written right after it
/// (`30 kW`, `0.6592 tCO2/MWh`, `90 %`); the unit ends at the first space or bracket.
struct Lexer {
    static let keywords: Set<String> = ["and", "or", "not", "if", "then", "else", "in", "true", "false"]
    /// No name or number in a rule is longer; a longer one is a slip, and would be echoed whole.
    static let maximumTokenLength = 256

    /// Each symbol as characters, longest first, with the spelling the parser reads.
    private static let symbols: [([Character], String)] = [
        "<=", ">=", "==", "!=", "<", ">", "=", "+", "-", "*", "×", "/", "(", ")", "[", "]", ",", ".", ":",
    ].map { symbol in (Array(symbol), symbol == "×" ? "*" : symbol == "=" ? "==" : symbol) }

    let characters: [Character]
    var index = 0

    init(_ text: String) { characters = Array(text) }

    static func tokenize(_ text: String) throws(RuleSyntaxError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    mutating func next() throws(RuleSyntaxError) -> Token {
        while index < characters.count, Self.isSpace(characters[index]) { index += 1 }
        guard index < characters.count else { return Token(kind: .end, offset: index) }
        let start = index
        let character = characters[index]
        if Self.isDigit(character) || (character == "." && peek(1).map(Self.isDigit) == true) {
            return Token(kind: .number(try number()), offset: start)
        }
        if Self.isLetter(character) || character == "_" {
            while index < characters.count,
                Self.isLetter(characters[index]) || Self.isDigit(characters[index]) || characters[index] == "_"
            {
                index += 1
            }
            guard index - start <= Self.maximumTokenLength else {
                throw RuleSyntaxError(message: "a name of \(index - start) characters is longer than the \(Self.maximumTokenLength) jcm reads", offset: start)
            }
            let word = String(characters[start..<index])
            return Token(kind: Self.keywords.contains(word) ? .keyword(word) : .identifier(word), offset: start)
        }
        if character == "\"" || character == "'" {
            return Token(kind: .text(try quoted(character)), offset: start)
        }
        for (symbol, normalized) in Self.symbols where characters[index...].starts(with: symbol) {
            index += symbol.count
            return Token(kind: .symbol(normalized), offset: start)
        }
        throw RuleSyntaxError(message: "unexpected character '\(character)'", offset: start)
    }

    // Rule texts are mostly ASCII, which is classified without Unicode's tables (a quarter of
    // reading a programme call); any other character is asked as before.
    private static func isSpace(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isWhitespace }
        return ascii == 0x20 || (0x09...0x0D).contains(ascii)
    }

    private static func isDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isNumber }
        return (0x30...0x39).contains(ascii)
    }

    private static func isLetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isLetter }
        return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }

    private func peek(_ distance: Int) -> Character? {
        index + distance < characters.count ? characters[index + distance] : nil
    }

    private mutating func number() throws(RuleSyntaxError) -> Quantity {
        let start = index
        while index < characters.count, Self.isDigit(characters[index]) || characters[index] == "." { index += 1 }
        guard index - start <= Self.maximumTokenLength else {
            throw RuleSyntaxError(message: "a number of \(index - start) digits is longer than jcm reads", offset: start)
        }
        let digits = String(characters[start..<index])
        guard let value = DecimalText.parse(digits) else {
            throw RuleSyntaxError(message: "'\(digits)' is not a number", offset: start)
        }
        // A unit follows when the next word is a known unit (so `2 and x` stays a number).
        var probe = index
        while probe < characters.count, characters[probe] == " " { probe += 1 }
        var end = probe
        while end < characters.count, !Self.isSpace(characters[end]), !"(),[]:".contains(characters[end]) { end += 1 }
        guard end > probe else { return Quantity(value) }
        let word = String(characters[probe..<end])
        if Self.keywords.contains(word) { return Quantity(value) }
        let startsLikeUnit = Self.isLetter(characters[probe]) || characters[probe] == "%"
        guard startsLikeUnit else { return Quantity(value) }
        do {
            let unit = try Unit(parsing: word)
            index = end
            return Quantity(value, unit)
        } catch {
            // An identifier after a number is a syntax error the parser reports better;
            // a word that is almost a unit gets the unit's own message.
            if UnitCatalog.atom(named: word) == nil, word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
                Suggestion.closest(to: word, in: UnitCatalog.knownSymbols) == nil
            {
                return Quantity(value)
            }
            throw RuleSyntaxError(message: error.description, offset: probe)
        }
    }

    private mutating func quoted(_ quote: Character) throws(RuleSyntaxError) -> String {
        let start = index
        index += 1
        var text = ""
        while index < characters.count, characters[index] != quote {
            text.append(characters[index])
            index += 1
        }
        guard index < characters.count else { throw RuleSyntaxError(message: "unterminated text literal", offset: start) }
        index += 1
        return text
    }
}
