import ArgumentParser
import JCMKit
import JCMReports

struct Calc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calc",
        abstract: "Calculate reference emissions, project emissions and emission reductions, with the full trace.",
        discussion: """
            By default the ex-ante estimate is calculated; --period takes the monitored ex-post values \
            of one monitoring period from the project file instead. Every equation is shown with its formula, the values substituted (each with its origin: \
            project file and line, methodology default and source, or another equation), the result \
            before rounding and the methodology's rounding step. Values not verified against an \
            official text are flagged. Exit 0 when every result is computed, 3 when data is missing \
            or a figure is undefined for the project (a cost per tonne without reductions, a payback \
            without savings: the figure is never shown as a number, its reason is), 2 on bad input. \
            Several files, folders or globs are calculated in one run, as for jcm check.

            Examples:
              jcm calc Examples/haiphong-blower-inverter/project.yaml
              jcm calc project.yaml --format json > trace.json
              jcm calc project.yaml --period MP1   # redo a monitoring period
              jcm calc Examples/ --format jsonl
            """
    )

    @OptionGroup var projects: BatchProjectOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup var language: LanguageOptions

    @Option(name: .long, help: ArgumentHelp("Calculate one monitoring period from its monitored values instead of the ex-ante estimate.", valueName: "id"))
    var period: String?

    func run() throws {
        try reporting(json: output.isJSON) {
            guard let project = projects.single, output.hasSingleProjectForm else {
                return try projects.runBatch(.calc, reporter: try language.reporter(output), period: period)
            }
            var (reporter, loaded) = try project.loadWithReporter(language, output)
            if let period { loaded = try loaded.monitored(period: period) }
            let assessment = try Assessment.assess(loaded)
            Console.out(reporter.calculation(assessment))
            // A figure that does not exist for this project (a payback without savings) is no
            // success: its reason is in the trace, and the figures are named here.
            let undefined = assessment.calculation.undefinedSteps
            if !undefined.isEmpty {
                Console.error("note: undefined for this project (the reasons are in the trace): "
                    + undefined.map(\.equation.symbol).joined(separator: ", ") + "\n")
                return .undetermined
            }
            return assessment.isIncomplete ? .undetermined : .eligible
        }
    }
}
