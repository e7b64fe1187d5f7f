/// A position in a user's file, 1-based, as compilers print it.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

extension SourceLocation: CustomStringConvertible {
    public var description: String { "\(file):\(line):\(column)" }
}

public enum Severity: String, Sendable, Codable {
    case error, warning, note
}

/// A finding about user input or rules, with a stable code (e.g. `P3`) so that
/// scripts and documentation can refer to it.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation?

    /// Messages quote what the user wrote; a quote longer than this is cut, so that a 1 MB key is
    /// not echoed whole.
    public static let longestMessage = 1_000

    public init(_ severity: Severity, code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message.count > Self.longestMessage ? String(message.prefix(Self.longestMessage)) + "… (cut)" : message
        self.location = location
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, code: code, message, at: location)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `file:line:col: error: [C3] message`, the form editors and CI logs understand.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): [\(code.rawValue)] \(message)"
    }
}

/// One or more diagnostics thrown together, so a user sees every problem of a file at once.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
