import ArgumentParser
import Foundation
import JCMDiagnostics
import JCMDocuments
import JCMKit
import JCMReports

/// The options `monitor` and `verify` share: the project, its period and the meter data.
struct MeterDataOptions: ParsableArguments {
    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("The monitoring period to compute, by its id.", valueName: "id"))
    var period: String

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Meter data files, long or wide CSV (docs/meter-data.md), read in the order given.", valueName: "file"))
    var data: [String]

    func monitoring() throws -> PeriodMonitoring {
        let loaded = try project.load()
        do { return try PeriodMonitoring.run(loaded, period: period, files: data) } catch {
            throw Failure.report(error.diagnostics)
        }
    }
}

struct Monitor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "Compute a monitoring period from meter data, with every data-quality and calibration finding.",
        discussion: """
            Each meter's readings are checked (gaps, duplicates, order, negative increments, \
            rollovers, replacements, physical bounds, units, calibration coverage) and summed for \
            the period, start included and end excluded, in local time. Missing and uncalibrated \
            time are treated by the methodology's rules, shown in the trace. Exit 0 when every \
            figure is determined, 3 when the data leaves one undetermined, 2 on bad input.

            With --out, the Monitoring Report Sheet is written too, in Markdown and XML, with a \
            manifest of the SHA-256 of every input: one folder for each --language (English in \
            FOLDER, a translation in FOLDER.vi, FOLDER.ja), nothing written when any fails.

            Examples:
              jcm monitor project.yaml --period MP1 --data meters.csv
              jcm monitor project.yaml --period MP1 --data q1.csv q2.csv --format json
              jcm monitor project.yaml --period MP1 --data meters.csv \\
                --out reports/MP1 --language en,vi,ja
            """
    )

    @OptionGroup var input: MeterDataOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var templateOptions: TemplateOptions

    @Option(
        name: .long, help: ArgumentHelp("Also write the Monitoring Report Sheet into this folder.", valueName: "folder")
    )
    var out: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Languages, comma-separated: en, vi, ja (the report on screen is in the first).", valueName: "codes"))
    var language = "en"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Date the documents carry, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else none).", valueName: "date"))
    var date: String?

    var languages: [String] { LanguageList.codes(language) }

    func validate() throws {
        try LanguageList.validate(languages)
        if out?.isEmpty == true { throw ValidationError("--out needs a folder name") }
    }

    func run() throws {
        try reporting(json: output.isJSON) {
            // Every language is checked before the data is read; a template set carries its wording.
            let templateSets =
                try out == nil
                ? [] : languages.map { try templateOptions.templateSet(language: $0, documents: .monitoringReport) }
            let directory = try templateOptions.directory()
            let wordings =
                try out != nil
                ? templateSets.map(\.wording)
                : languages.map { code in
                    do { return try Wording.load(in: directory, language: code) } catch let error as DiagnosticError {
                        throw Failure.report(error.diagnostics)
                    }
                }
            let monitoring = try input.monitoring()
            if let out { try write(monitoring, templateSets, to: out) }
            let wording = wordings[0]
            Console.out(
                output.isJSON
                    ? MonitoringReport.json(monitoring, wording: wording)
                    : MonitoringReport.text(monitoring, wording: wording))
            let undefined = monitoring.assessment.calculation.undefinedSteps
            return monitoring.undetermined.isEmpty && undefined.isEmpty && !monitoring.assessment.isIncomplete
                ? .eligible : .undetermined
        }
    }

    /// Every language rendered and validated first, then each folder written by the staging writer.
    private func write(_ monitoring: PeriodMonitoring, _ templateSets: [TemplateSet], to base: String) throws {
        let date = try DocumentDate.resolve(explicit: date, environment: ProcessInfo.processInfo.environment)
        let fingerprints = try monitoring.files.map { file throws(DiagnosticError) in
            try FileFingerprint.streaming(file)
        }
        let sets = try templateSets.map { templates throws(DiagnosticError) in
            try DocumentSet.monitoringReport(monitoring, meterData: fingerprints, templates: templates, date: date)
        }
        try DocumentSetOutput.write(sets, to: sets.map { RenderTarget.folder(base: base, language: $0.language) }, replacingEdits: false)
    }
}
