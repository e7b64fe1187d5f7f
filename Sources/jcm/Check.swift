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
              jcm check project.yaml --language vi
            """
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reporting(json: output.isJSON) {
            let reporter = try language.reporter(output)
            let assessment = try Assessment.assess(try project.load())
            Console.out(reporter.eligibility(assessment))
            return ExitStatus(assessment.eligibility.verdict)
        }
    }
}
