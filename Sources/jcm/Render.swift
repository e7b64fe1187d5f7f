import ArgumentParser
import Foundation
import JCMDiagnostics
import JCMDocuments
import JCMKit

/// Where document templates and the application schema come from.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of document templates and the application schema.", valueName: "dir"))
    var templates: String?

    func directory() throws -> String {
        guard let directory = ResourceLocator.find("Templates", explicit: templates, environmentVariable: "JCM_TEMPLATES") else {
            throw Failure.report([.error("F1", "no Templates/ folder found; pass --templates DIR or set JCM_TEMPLATES")])
        }
        return directory
    }

    func templateSet() throws -> TemplateSet {
        let directory = try directory()
        do { return try TemplateSet.load(from: directory) } catch { throw Failure.report(error.diagnostics) }
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft the application documents: five Markdown documents, the application XML and a manifest.",
        discussion: """
            Renders every template in the templates folder from the checked project, its eligibility \
            verdicts and its calculation trace: proposal summary, PDD draft, monitoring plan, \
            calculation sheet, eligibility report and the application XML, which is validated against \
            the application schema before anything is written. manifest.json records the tool version, \
            the methodology and the SHA-256 of every input, template and document. The output folder \
            is replaced as a whole, or not at all, and never over a document edited since jcm wrote it \
            (unless --replace-edits). Without --date or SOURCE_DATE_EPOCH the documents \
            carry no date, so the same inputs give the same bytes. Exit 0 when the documents are \
            written, 2 on bad input or a broken template.

            Examples:
              jcm render Examples/haiphong-blower-inverter/project.yaml
              jcm render project.yaml --out drafts/blower --date 2026-12-01
              jcm render project.yaml --templates my-templates --format json
            """
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var templateOptions: TemplateOptions

    @Option(name: .long, help: ArgumentHelp("Output folder (default: Output/<project id>).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Date the documents carry (default: SOURCE_DATE_EPOCH, else none).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Flag(name: .long, help: "Replace documents edited since jcm wrote them (otherwise such a folder is refused).")
    var replaceEdits = false

    @OptionGroup var output: FormatOptions

    func run() throws {
        try reporting(output.format) {
            let templates = try templateOptions.templateSet()
            let loaded = try project.load()
            let documents = try DocumentSet.render(loaded, templates: templates,
                                                   date: DocumentDate.resolve(explicit: date, environment: ProcessInfo.processInfo.environment))
            let target = out ?? "Output/\(loaded.project.id)"
            try InterruptDeferral.run { () throws(DiagnosticError) in try DocumentSetWriter.write(documents, to: target, replacingEdits: replaceEdits) }
            if output.format == .json {
                Console.out(documents.manifest.json)
            } else {
                Console.out(TextReport.headline(documents.eligibility, documents.calculation, loaded: loaded))
                Console.out(documents.files.map { "wrote \(target)/\($0.name)\n" }.joined())
            }
            return .eligible
        }
    }
}

/// Holds SIGINT, SIGTERM and SIGHUP while documents are moved into place and delivers them
/// afterwards, so that an interrupted render leaves the previous set or the new one, never a mix.
enum InterruptDeferral {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    nonisolated(unsafe) private static var pending: Int32 = 0

    static func run(_ body: () throws(DiagnosticError) -> Void) throws(DiagnosticError) {
        for signal in signals { _ = Foundation.signal(signal) { InterruptDeferral.pending = $0 } }
        defer {
            for signal in signals { _ = Foundation.signal(signal, SIG_DFL) }
            if pending != 0 { raise(pending) }
        }
        try body()
    }
}
