import ArgumentParser
import JCMKit
import JCMReports

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check projects against their methodology's criteria and the programme's requirements.",
        discussion: """
            Each criterion gets a verdict: pass, fail, or needs evidence (the data to decide is not in \
            the project; the missing fields are named). One file: exit 0 eligible, 1 not eligible, \
            2 bad input, 3 undetermined. Several files, folders (every jcm-project/1 file below them) \
            or globs are assessed in one run on every core, in a stable order; a bad file is reported \
            and the others are still checked. The run exits 2 if any file was bad, else 1 if any \
            project fails, else 3 if any is undetermined, else 0. For pipelines: --format json, \
            jsonl (one line a project), junit (a suite a project, a case a criterion) or sarif \
            (SARIF 2.1.0, a result at the deciding line of the project file). Plausibility rules of \
            the methodology that do not hold are warnings and change no exit code, unless \
            --warnings-as-errors.

            Examples:
              jcm check Examples/haiphong-blower-inverter/project.yaml
              jcm check project.yaml --programme FY2024 --format json
              jcm check project.yaml --language vi
              jcm check Examples/ --format junit > check.xml
              jcm check 'projects/*/project.yaml' --format sarif > check.sarif
            """
    )

    @OptionGroup var projects: BatchProjectOptions
    @OptionGroup var output: ReportFormatOptions
    @OptionGroup var language: LanguageOptions

    @Flag(name: .long, help: "Exit 1 when a plausibility rule warns, as if a criterion failed.")
    var warningsAsErrors = false

    func run() throws {
        try reporting(json: output.isJSON) {
            guard let single = projects.single, output.hasSingleProjectForm else {
                let reporter = try language.reporter(output)
                return try projects.runBatch(.check, reporter: reporter, warningsAsErrors: warningsAsErrors)
            }
            let (reporter, loaded) = try single.loadWithReporter(language, output)
            // A check shows verdicts, not the calculation's per-item lines.
            let assessment = try Assessment.assess(loaded, tracingItems: false)
            Console.out(reporter.eligibility(assessment))
            let status = ExitStatus(assessment.eligibility.verdict)
            return warningsAsErrors && !assessment.eligibility.warnings.isEmpty && status != .badInput ? .notEligible : status
        }
    }
}
