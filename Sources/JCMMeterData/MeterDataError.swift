import JCMDiagnostics

/// The file, line and column of a problem in a meter data file, 1-based as editors count them.
struct MeterDataPlace {
    var file: String
    var line: Int
    var column: Int

    func error(_ code: DiagnosticCode, _ message: String) -> DiagnosticError {
        DiagnosticError(.error(code, message, at: SourceLocation(file: file, line: line, column: column)))
    }
}
