import ArgumentParser
import JCMKit

struct Calc: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Calculate reference emissions, project emissions and emission reductions, with the full trace.",
        discussion: """
            Every equation is shown with its formula, the values substituted (each with its origin: \
            project file and line, methodology default and source, or another equation), the result \
            before rounding and the methodology's rounding step. Values not verified against an \
            official text are flagged. Exit 0 when every result is computed, 3 when data is missing, \
            2 on bad input.

            Examples:
              jcm calc Examples/haiphong-blower-inverter/project.yaml
              jcm calc project.yaml --format json > trace.json
            """
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reporting(output.format) {
            let loaded = try project.load()
            let calculation = try Calculation.run(loaded)
            Console.out(output.format == .json ? JSONReport.calculation(calculation, loaded: loaded) : TextReport.calculation(calculation, loaded: loaded))
            return calculation.steps.contains { $0.value.isUnknown } ? .undetermined : .eligible
        }
    }
}
