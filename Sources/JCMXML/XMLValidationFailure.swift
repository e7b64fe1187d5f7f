import JCMDiagnostics

/// A schema that did not compile (X3), or XML that is not well-formed (X1).
public struct XMLValidationFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
