import ArgumentParser
import Foundation
import JCMDiagnostics
import JCMDocuments
import JCMKit
import JCMReports

/// Where document templates and the application schema come from.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of document templates and the application schema.", valueName: "dir"))
    var templates: String?

    func directory() throws -> String {
        guard let directory = ResourceLocator.find("Templates", explicit: templates, environmentVariable: "JCM_TEMPLATES") else {
            throw Failure.report([.error(.F1, "no Templates/ folder found; pass --templates DIR or set JCM_TEMPLATES")])
        }
        return directory
    }

    func templateSet(language: String, documents: TemplateSet.Documents = .application) throws -> TemplateSet {
        let directory = try directory()
        do { return try TemplateSet.load(from: directory, language: language, documents: documents) } catch {
            throw Failure.report(error.diagnostics)
        }
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draft the application documents: five Markdown documents, the application XML and a manifest.",
        discussion: """
            Renders every template in the templates folder from the checked project, its eligibility \
            verdicts and its calculation trace: proposal summary, PDD draft, monitoring plan, \
            calculation sheet, eligibility report and the application XML, which is validated against \
            the application schema before anything is written; the Monitoring Spreadsheet \
            (monitoring-spreadsheet.xlsx), whose results are live formulas over its input cells; and \
            with --docx a Word document of each Markdown document (needs pandoc). manifest.json records the tool version, \
            the methodology and the SHA-256 of every input, template and document. The output folder \
            is replaced as a whole, or not at all, and never over a document edited since jcm wrote it \
            (unless --replace-edits). Without --date or SOURCE_DATE_EPOCH the documents \
            carry no date, so the same inputs give the same bytes. A project that fails or is \
            undetermined is rendered too, every document opening with a banner ("Not eligible: \
            draft for internal review") that names the failing items. Exit 0 when the documents \
            of an eligible project are written; 1 (not eligible) or 3 (undetermined) after \
            writing; 2 on bad input or a broken template, with nothing written.

            Examples:
              jcm render Examples/haiphong-blower-inverter/project.yaml
              jcm render project.yaml --out drafts/blower --date 2026-12-01
              jcm render project.yaml --language en,vi,ja --docx
              jcm render project.yaml --what-if   # thresholds in the eligibility report
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

    @Flag(name: .long, help: "Also write a Word document (.docx) of each Markdown document, with pandoc.")
    var docx = false

    @Flag(name: .customLong("what-if"), help: "Add the what-if analysis (jcm what-if) to the eligibility report.")
    var whatIf = false

    @Option(name: .long, help: ArgumentHelp("Languages of the documents, comma-separated: en, vi, ja.", valueName: "codes"))
    var language = "en"

    @OptionGroup var output: FormatOptions

    var languages: [String] { LanguageList.codes(language) }

    func validate() throws { try LanguageList.validate(languages) }

    func run() throws {
        try reporting(json: output.isJSON) {
            let templateSets = try languages.map { try templateOptions.templateSet(language: $0) }
            let word = try docx ? WordConverter.locate(templates: try templateOptions.directory(), environment: ProcessInfo.processInfo.environment) : nil
            let loaded = try project.load()
            let assessment = try Assessment.assess(loaded)
            let analysis = try whatIf ? WhatIfAnalysis.analysing(loaded) : nil
            let date = try DocumentDate.resolve(explicit: date, environment: ProcessInfo.processInfo.environment)
            // Every language is rendered and validated before any folder is written.
            let sets = try templateSets.map { templates throws(DiagnosticError) in 
                try DocumentSet.render(assessment, templates: templates, date: date, word: word, whatIf: analysis)
            }
            let base = out ?? "Output/\(assessment.project.id)"
            let targets = sets.map { out != nil && sets.count == 1 ? base : RenderTarget.folder(base: base, language: $0.language) }
            try DocumentSetOutput.write(sets, to: targets, replacingEdits: replaceEdits)
            let written = zip(targets, sets)
            if output.isJSON {
                Console.out(sets.count == 1 ? sets[0].manifest.json : "[\n" + sets.map { $0.manifest.json.dropLast() }.joined(separator: ",\n") + "\n]\n")
            } else {
                Console.out(TextReporter(wording: templateSets[0].wording).headline(assessment))
                for (target, documents) in written { Console.out(documents.files.map { "wrote \(target)/\($0.name)\n" }.joined()) }
            }
            // Written either way, so that a draft can be reviewed; the code tells a pipeline it is not ready.
            return ExitStatus(assessment.eligibility.verdict)
        }
    }
}

/// Where a language's documents go: English in the base folder, a translation beside it with
/// the language as a suffix (`Output/VN-HP-BLOWER-01.vi`).
enum RenderTarget {
    static func folder(base: String, language: String) -> String {
        // `out/` and `out/.` name the folder `out`: the suffix goes on its name, not inside it.
        let folder = URL(fileURLWithPath: base).standardizedFileURL.path
        return language == "en" ? folder : "\(folder).\(language)"
    }
}

/// The codes of `--language en,vi`: each once, in the order given.
enum LanguageList {
    static func codes(_ text: String) -> [String] {
        var seen: Set<String> = []
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    static func validate(_ codes: [String]) throws {
        if codes.isEmpty { throw ValidationError("--language needs at least one language code, such as en, vi or ja") }
    }
}

/// Every folder checked before any is written, then each set moved into place with interrupts
/// held: the documents of `render` and `monitor` alike.
enum DocumentSetOutput {
    static func write(_ sets: [DocumentSet], to targets: [String], replacingEdits: Bool) throws(DiagnosticError) {
        for target in targets { try DocumentSetWriter.checkWritable(target, replacingEdits: replacingEdits) }
        for (documents, target) in zip(sets, targets) {
            try InterruptDeferral.run { () throws(DiagnosticError) in
                try DocumentSetWriter.write(documents, to: target, replacingEdits: replacingEdits)
            }
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
