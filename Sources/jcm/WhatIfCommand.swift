import ArgumentParser
import JCMDiagnostics
import JCMKit
import JCMReports

struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "what-if",
        abstract: "Find how far each input can move before a verdict changes or a figure appears or vanishes.",
        discussion: """
            Each quantity the project or the rules give (a rating, a flow, the subsidy requested, the grid \
            emission factor) is moved down and up, and the whole assessment re-run, until a criterion's or \
            requirement's verdict, the overall verdict, or the existence of a figure changes; the change is \
            then narrowed down, the methodology's rounding included. A threshold is exact where the change \
            happens at a value (a subsidy of at most 30,000,000 JPY), and otherwise given to --digits \
            significant digits with the two values tried on either side. Declared bounds are never crossed. \
            For each input the emission reductions at -10 % and +10 % of it follow. Exit 0 when the analysis \
            ran, 2 on bad input (such as --vary naming no input).

            Examples:
              jcm what-if Examples/haiphong-blower-inverter/project.yaml
              jcm what-if project.yaml --vary EF_elec
              jcm what-if project.yaml --vary "equipment[B-1].expected_average_flow" --format json
            """
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var language: LanguageOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only this input, as the report names it (EF_elec, finance.subsidy_requested).",
            valueName: "name"))
    var vary: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Significant digits of a threshold that is not exact (3 to 15).", valueName: "n"))
    var digits = WhatIf.defaultDigits

    func validate() throws {
        guard (3...15).contains(digits) else { throw ValidationError("--digits must be from 3 to 15, got \(digits)") }
    }

    func run() throws {
        try reporting(json: output.isJSON) {
            let loaded = try project.load()
            let analysis = try WhatIfAnalysis.analysing(loaded, vary: vary, digits: digits)
            let wording = try language.wording()
            Console.out(
                output.isJSON
                    ? WhatIfReport.json(analysis, wording: wording) : WhatIfReport.text(analysis, wording: wording))
            return .eligible
        }
    }
}

extension WhatIfAnalysis {
    /// The analysis of every input, its problems reported as input errors.
    static func analysing(_ loaded: LoadedProject, vary: String? = nil, digits: Int = WhatIf.defaultDigits) throws -> WhatIfAnalysis {
        do throws(DiagnosticError) { return try WhatIf.analyse(loaded, vary: vary, digits: digits) } catch {
            throw Failure.report(error.diagnostics)
        }
    }
}
