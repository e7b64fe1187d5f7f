import JCMRules

/// A value or rule not verified against an official text that a result or a verdict rests on.
public struct UnverifiedInput: Sendable, Equatable, Identifiable {
    public enum Subject: Sendable, Equatable {
        /// A default, a programme value or a list, with where it comes from.
        case value(name: String, value: Value, origin: Origin)
        /// The methodology's rounding step of one equation.
        case roundingRule(equation: String, provenance: Provenance)
    }

    public var subject: Subject

    public init(_ subject: Subject) { self.subject = subject }

    /// Stable across runs: the name and value, or the rounded equation.
    public var id: String {
        switch subject {
        case .value(let name, let value, _): "value:\(name)=\(value)"
        case .roundingRule(let equation, _): "rounding:\(equation)"
        }
    }

    /// The name a reader searches for: the parameter or list, or the rounded equation.
    public var name: String {
        switch subject {
        case .value(let name, _, _): name
        case .roundingRule(let equation, _): equation
        }
    }

    public var provenance: Provenance? {
        switch subject {
        case .value(_, _, .methodologyDefault(_, let provenance, _)), .value(_, _, .programmeValue(_, let provenance, _)): provenance
        case .roundingRule(_, let provenance): provenance
        case .value: nil
        }
    }
}

extension Array where Element == UnverifiedInput {
    /// Each input once, in the order first met.
    func uniqued() -> [UnverifiedInput] {
        var seen: Set<String> = []
        return filter { seen.insert($0.id).inserted }
    }
}
