import JCMDiagnostics

/// Gathers every problem found while reading a file so the user sees them all at once.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ code: String, _ message: String, at location: SourceLocation?) {
        diagnostics.append(.error(code, message, at: location))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Throws everything gathered, if anything is an error.
    func check() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(diagnostics) }
    }
}
