/// A syntax error in rule text; `offset` counts characters from the start of the text.
public struct RuleSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int
}
