import JCMDiagnostics

/// Where a value used in a calculation came from, for the audit trace.
public struct Origin: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case projectInput = "project"
        case methodologyDefault = "methodology default"
        case programmeValue = "programme"
        case equation = "equation"
    }

    public var kind: Kind
    /// Path in the project, the default's source, or the equation's symbol.
    public var detail: String
    public var location: SourceLocation?
    /// False when the value was not read in an official text.
    public var verified: Bool

    public init(_ kind: Kind, detail: String, location: SourceLocation? = nil, verified: Bool = true) {
        self.kind = kind
        self.detail = detail
        self.location = location
        self.verified = verified
    }
}

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
