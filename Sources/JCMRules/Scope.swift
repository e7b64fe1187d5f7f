import JCMDiagnostics

public struct Binding: Sendable {
    public var value: Value
    public var origin: Origin?

    public init(value: Value, origin: Origin?) {
        self.value = value
        self.origin = origin
    }
}

/// Resolves the free names of an expression: parameters, equation results, project fields.
public protocol Scope {
    /// nil when the name is not defined at all (an error in the rules); a binding whose value
    /// is `unknown` when the name is defined but the project does not give it.
    func binding(for name: String) -> Binding?
    /// Every name the scope defines, for suggestions.
    var names: [String] { get }
}
