import JCMDiagnostics

/// Gathers every problem found while reading a file so the user sees them all at once. The
/// readers shared by every kind of file report project codes; a log for a methodology,
/// programme or test case file gives those problems the rules files' own codes.
final class DiagnosticLog {
    enum FileKind { case project, rules }

    private(set) var diagnostics: [Diagnostic] = []
    let kind: FileKind

    init(for kind: FileKind = .project) { self.kind = kind }

    func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
        diagnostics.append(.error(kind == .rules ? code.inRulesFile : code, message, at: location))
    }

    /// A problem that stops nothing, such as a call named on the command line whose window does
    /// not hold the application date.
    func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, code: kind == .rules ? code.inRulesFile : code, message, at: location))
    }

    /// Problems another log gathered, such as one that read a run of a list's items on another core.
    func append(_ problems: [Diagnostic]) { diagnostics += problems }

    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Throws everything gathered, if anything is an error.
    func check() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(diagnostics) }
    }
}
