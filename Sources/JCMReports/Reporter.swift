import JCMDiagnostics
import JCMKit

/// Renders assessments in one output format. A reporter only reads what the assessment holds.
public protocol Reporter: Sendable {
    /// The `--format` name, such as `text` or `json`.
    static var name: String { get }
    init(wording: Wording)
    /// The verdicts of `jcm check`.
    func eligibility(_ assessment: Assessment) -> String
    /// The figures and trace of `jcm calc`.
    func calculation(_ assessment: Assessment) -> String
    /// Input problems, for formats that carry them on standard output (nil: standard error only).
    func diagnostics(_ diagnostics: [Diagnostic]) -> String?
    /// Many projects in one report (`jcm check Examples/`): every assessed project and every file
    /// that could not be assessed, in the order given.
    func batch(_ entries: [BatchEntry], command: BatchCommand) -> String
}

extension Reporter {
    /// Each assessed project's report in turn; a format with a document of its own for many
    /// projects (JUnit, SARIF) replaces this.
    public func batch(_ entries: [BatchEntry], command: BatchCommand) -> String {
        entries.compactMap(\.assessment).map { command == .check ? eligibility($0) : calculation($0) }.joined()
    }
}

/// The output formats, chosen in one place: a new format is one reporter file and one line here.
public struct Reporters: Sendable {
    public var all: [any Reporter.Type]

    public init(_ all: [any Reporter.Type]) { self.all = all }

    public static let standard = Reporters([
        TextReporter.self,
        JSONReporter.self,
        JSONLinesReporter.self,
        JUnitReporter.self,
        SARIFReporter.self,
    ])

    public var names: [String] { all.map { $0.name } }

    public func reporter(named name: String, wording: Wording) -> (any Reporter)? {
        all.first { $0.name == name }.map { $0.init(wording: wording) }
    }
}
