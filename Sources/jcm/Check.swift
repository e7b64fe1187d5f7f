import ArgumentParser
import JCMKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a project against its methodology's criteria and the programme's requirements.",
        discussion: """
            Each criterion gets a verdict: pass, fail, or needs evidence (the data to decide is not in \
            the project; the missing fields are named). Exit 0 eligible, 1 not eligible, 2 bad input, \
            3 undetermined.

            Examples:
              jcm check Examples/haiphong-blower-inverter/project.yaml
              jcm check project.yaml --programme FY2024 --format json
            """
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reporting(output.format) {
            let loaded = try project.load()
            let report = try EligibilityChecker.check(loaded)
            Console.out(output.format == .json ? JSONReport.eligibility(report, loaded: loaded) : TextReport.eligibility(report, loaded: loaded))
            return ExitStatus(report.verdict)
        }
    }
}
