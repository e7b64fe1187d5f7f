import JCMDiagnostics
import JCMKit

/// Renders assessments in one output format. A reporter only reads what the assessment holds.
public protocol Reporter: Sendable {
    /// What the format keeps of one project of a batch once its part is rendered (by default the
    /// project's report).
    associatedtype PartBody: Sendable = String

    /// The `--format` name, such as `text` or `json`.
    static var name: String { get }
    init(wording: Wording)
    /// The verdicts of `jcm check`.
    func eligibility(_ assessment: Assessment) -> String
    /// The figures and trace of `jcm calc`.
    func calculation(_ assessment: Assessment) -> String
    /// Input problems, for formats that carry them on standard output (nil: standard error only).
    func diagnostics(_ diagnostics: [Diagnostic]) -> String?
    /// One project's share of a batch report, made on the core that assessed it, so that the
    /// assessment can be let go at once: a batch keeps the report, not the projects.
    func partBody(_ entry: BatchEntry, command: BatchCommand) -> PartBody
    /// Many projects in one report (`jcm check Examples/`): every assessed project and every file
    /// that could not be assessed, in the order given, as pieces to write one after another.
    func batch(_ parts: [BatchPart<PartBody>], command: BatchCommand) -> [String]
}

extension Reporter {
    /// `entry` reduced to what the reporter and the run's exit code need.
    public func part(_ entry: BatchEntry, command: BatchCommand) -> BatchPart<PartBody> {
        BatchPart(entry, command: command, body: partBody(entry, command: command))
    }

    /// The whole batch report of `entries`, in one text.
    public func batch(_ entries: [BatchEntry], command: BatchCommand) -> String {
        batch(entries.map { part($0, command: command) }, command: command).joined()
    }
}

extension Reporter where PartBody == String {
    /// Each assessed project's report in turn; a format with a document of its own for many
    /// projects (JUnit, SARIF) replaces this.
    public func partBody(_ entry: BatchEntry, command: BatchCommand) -> String {
        guard let assessment = entry.assessment else { return "" }
        return command == .check ? eligibility(assessment) : calculation(assessment)
    }

    public func batch(_ parts: [BatchPart<String>], command: BatchCommand) -> [String] { parts.map(\.body) }
}

/// What a batch keeps of one project: its file, exit code and diagnostics, and the reporter's
/// part of the report.
public struct BatchPart<Body: Sendable>: Sendable {
    public var file: String
    public var exitCode: Int32
    /// The project has plausibility warnings (`--warnings-as-errors` counts them).
    public var warned: Bool
    /// The file's problems, or the warnings met while loading it, for standard error.
    public var diagnostics: [Diagnostic]
    public var body: Body

    public init(_ entry: BatchEntry, command: BatchCommand, body: Body) {
        file = entry.file
        exitCode = command.exitCode(entry)
        warned = !(entry.assessment?.eligibility.warnings.isEmpty ?? true)
        diagnostics = entry.problems + (entry.assessment?.loaded.warnings ?? [])
        self.body = body
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
