import ArgumentParser
import Foundation
import JCMDiagnostics
import JCMKit
import JCMReports

/// Where methodology and programme data come from.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of methodology and programme YAML files.", valueName: "dir"))
    var methodologies: String?

    /// `near`: a file whose folder (or a parent) may hold the Methodologies/ folder, searched
    /// before the current directory.
    func catalog(near file: String? = nil) throws -> Catalog {
        let directory = try directory(near: file)
        do { return try Catalog.load(from: directory) } catch { throw Failure.report(error.diagnostics) }
    }

    /// The methodology folder, or an F1 error saying how to name one.
    func directory(near file: String? = nil) throws -> String {
        let start = file.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        let found = start.flatMap { ResourceLocator.find("Methodologies", explicit: methodologies, environmentVariable: "JCM_METHODOLOGIES", currentDirectory: $0) }
        guard let directory = found ?? ResourceLocator.find("Methodologies", explicit: methodologies, environmentVariable: "JCM_METHODOLOGIES") else {
            throw Failure.report([.error(.F1, "no Methodologies/ folder found; pass --methodologies DIR or set JCM_METHODOLOGIES")])
        }
        return directory
    }
}

/// The output of `check` and `calc`: any reporter's format.
struct ReportFormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: text for people; json, jsonl, junit or sarif for pipelines.",
                                            valueName: Reporters.standard.names.joined(separator: "|")))
    var format: String = TextReporter.name

    var isJSON: Bool { format == JSONReporter.name }

    /// Text and JSON report one project as an object of its own; the CI formats always give
    /// their run document, whatever the number of projects.
    var hasSingleProjectForm: Bool { format == TextReporter.name || format == JSONReporter.name }

    func validate() throws {
        guard Reporters.standard.names.contains(format) else {
            throw ValidationError("unknown format '\(format)'; choose one of \(Reporters.standard.names.joined(separator: ", "))")
        }
    }
}

/// The output of the other commands: text for people, json for pipelines.
struct FormatOptions: ParsableArguments {
    static let names = [TextReporter.name, JSONReporter.name]

    @Option(name: .long, help: ArgumentHelp("Output format: text for people, json for pipelines.", valueName: names.joined(separator: "|")))
    var format: String = TextReporter.name

    var isJSON: Bool { format == JSONReporter.name }

    func validate() throws {
        guard Self.names.contains(format) else {
            throw ValidationError("unknown format '\(format)'; choose one of \(Self.names.joined(separator: ", "))")
        }
    }
}

/// The language of reports and documents, worded by `Templates/<language>/wording.yaml`.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language of the report: en, vi or ja (any language with a wording in the templates folder).", valueName: "code"))
    var language: String = "en"

    @OptionGroup var templateOptions: TemplateOptions

    func wording() throws -> Wording {
        let directory = try templateOptions.directory()
        do { return try Wording.load(in: directory, language: language) } catch { throw Failure.report(error.diagnostics) }
    }

    func reporter(_ output: ReportFormatOptions) throws -> any Reporter {
        // FormatOptions.validate() has accepted the name already.
        guard let reporter = Reporters.standard.reporter(named: output.format, wording: try wording()) else {
            throw ValidationError("unknown format '\(output.format)'")
        }
        return reporter
    }
}

/// `--programme`, shared by the single-project and batch options.
let programmeHelp = ArgumentHelp(
    "Programme call, e.g. FY2024 (default: the call open on the project's application_date, else the call of its grant decision's fiscal year).",
    valueName: "fiscal-year")

/// The project file and the programme call it is checked against.
struct ProjectOptions: ParsableArguments {
    init() {}

    @Argument(help: ArgumentHelp("The project YAML file.", valueName: "project.yaml"))
    var project: String

    @Option(name: .long, help: programmeHelp)
    var programme: String?

    @OptionGroup var data: DataOptions

    func load() throws -> LoadedProject {
        let loaded = try read()
        warn(about: loaded)
        return loaded
    }

    /// The project loaded, its warnings not yet shown.
    func read() throws -> LoadedProject {
        let directory = try data.directory(near: project)
        do { return try ProjectLoader.load(project, catalogIn: directory, programmeYear: programme) } catch {
            throw Failure.report(error.diagnostics)
        }
    }

    func warn(about loaded: LoadedProject) {
        if !loaded.warnings.isEmpty { Console.error(loaded.warnings.map(\.description).joined(separator: "\n") + "\n") }
    }

    /// The reporter and the loaded project, read at once since neither needs the other; the
    /// reporter's error comes first, as when they were read one after the other.
    func loadWithReporter(_ language: LanguageOptions, _ output: ReportFormatOptions) throws
        -> (reporter: any Reporter, loaded: LoadedProject)
    {
        let (reporter, loaded) = Concurrently.both({ try language.reporter(output) }, { try read() })
        let result = (try reporter.get(), try loaded.get())
        warn(about: result.1)
        return result
    }
}

/// The projects of `check` and `calc`: files, folders and globs, checked against one programme call.
struct BatchProjectOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Project files, folders (every jcm-project/1 file below them) or quoted globs.", valueName: "project"))
    var projects: [String]

    @Option(name: .long, help: programmeHelp)
    var programme: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        if projects.isEmpty { throw ValidationError("name at least one project file, folder or glob") }
    }

    /// One plain file: the single-project reports of old (and its exit code).
    var single: ProjectOptions? {
        guard projects.count == 1, !ProjectDiscovery.isCollection(projects[0]) else { return nil }
        var options = ProjectOptions()
        options.project = projects[0]
        options.programme = programme
        options.data = data
        return options
    }

    /// Assesses every project named, reports them in one document and returns the run's exit
    /// code: 2 if any file was bad, else 1 if any project fails, else 3 if any is undetermined.
    func runBatch(
        _ command: BatchCommand, reporter: some Reporter, period: String? = nil, warningsAsErrors: Bool = false
    ) throws -> ExitStatus {
        let (parts, _) = try assessAll(period: period, tracingItems: command == .calc) {
            reporter.part($0, command: command)
        }
        for piece in reporter.batch(parts, command: command) { Console.out(piece) }
        let status = ExitStatus(rawValue: BatchCommand.exitCode(parts.map(\.exitCode))) ?? .badInput
        return warningsAsErrors && parts.contains(where: \.warned) && status != .badInput ? .notEligible : status
    }

    /// Every project named, assessed and kept as `keeping` reduces it, on the core that assessed
    /// it; an argument that names nothing readable is an entry with its problem, so that every
    /// report and the exit code count it. The problems go to standard error as they would for
    /// one file.
    func assessAll<Body: Sendable>(
        period: String? = nil, tracingItems: Bool = true, keeping: @escaping @Sendable (BatchEntry) -> BatchPart<Body>
    ) throws -> (parts: [BatchPart<Body>], catalog: Catalog) {
        let (files, problems) = ProjectDiscovery.expand(projects)
        let catalog = try data.catalog(near: files.first)
        if let programme, catalog.programme(fiscalYear: programme) == nil {
            let known = catalog.programmes.map(\.fiscalYear)
            throw Failure.report([.error(.P7, "no programme call for '\(programme)'; shipped calls: \(known.joined(separator: ", "))")])
        }
        let progress = ProgressLine(total: files.count)
        let assessed = Batch.assess(files, catalog: catalog, programmeYear: programme, period: period,
                                    tracingItems: tracingItems, progress: progress.update, keeping: keeping)
        progress.finish()
        let unread = problems.map { BatchEntry(file: $0.argument, outcome: .failure(DiagnosticError($0.problem))) }
        let parts = unread.map(keeping) + assessed
        let bad = parts.flatMap(\.diagnostics)
        if !bad.isEmpty { Console.error(bad.map(\.description).joined(separator: "\n") + "\n") }
        return (parts, catalog)
    }
}

/// Input problems end the command with exit code 2 after the diagnostics are printed.
enum Failure: Error {
    case report([Diagnostic])

    static func exit(_ diagnostics: [Diagnostic], json: Bool) -> ExitCode {
        if json { Console.out(JSONReport.diagnostics(diagnostics)) }
        Console.error(diagnostics.map(\.description).joined(separator: "\n") + "\n")
        return ExitCode(ExitStatus.badInput.rawValue)
    }
}

/// The terminal: every write goes through `printable`, so text from a user's file can never
/// move the cursor, change colours or retitle a window.
enum Console {
    static func out(_ text: String) { write(text, to: .standardOutput) }
    static func error(_ text: String) { write(text, to: .standardError) }

    /// A reader that stops early (`jcm check DIR | head -1`) ends the run quietly, with the
    /// status of a process stopped by SIGPIPE.
    private static func write(_ text: String, to handle: FileHandle) {
        do { try handle.write(contentsOf: Data(printable(text).utf8)) } catch { Foundation.exit(141) }
    }

    static func printable(_ text: String) -> String { TerminalText.printable(text) }
}

extension ParsableCommand {
    /// Runs `body`, turning reported input problems into printed diagnostics and exit code 2.
    func reporting(json: Bool, _ body: () throws -> ExitStatus) throws {
        let status: ExitStatus
        do {
            status = try body()
        } catch Failure.report(let diagnostics) {
            throw Failure.exit(diagnostics, json: json)
        } catch let error as DiagnosticError {
            throw Failure.exit(error.diagnostics, json: json)
        }
        if status != .eligible { throw ExitCode(status.rawValue) }
    }
}
