/// A fault in rules or data (an undefined name, a unit mismatch, a wrong type), found by the
/// type checker or while evaluating. Unlike missing data it is never a verdict: it must be fixed.
public struct RuleError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int

    public init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}
