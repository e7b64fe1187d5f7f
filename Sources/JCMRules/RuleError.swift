/// A rule that cannot be checked or evaluated, at a character offset in its text.
public struct RuleError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A name or a record field that does not exist.
        case undefinedName
        /// Anything about types, dimensions and syntax.
        case invalid
    }

    public var message: String
    public var offset: Int
    public var kind: Kind

    public init(_ message: String, offset: Int, kind: Kind = .invalid) {
        self.message = message
        self.offset = offset
        self.kind = kind
    }
}
