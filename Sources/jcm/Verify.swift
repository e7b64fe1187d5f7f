import ArgumentParser
import JCMDiagnostics
import JCMKit
import JCMReports

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a monitoring report's figures against those recomputed from the meter data.",
        discussion: """
            The claimed figures (YAML or CSV, docs/meter-data.md) are compared with the period \
            recomputed as jcm monitor does, meter by meter and result by result. A figure that is \
            wrong, missing or unsupported by the data is a corrective action request (CAR), one \
            that agrees only to the digits it is written to a clarification request (CL); each \
            data-quality problem that changed a total is a forward action request (FAR). The \
            methodology's materiality threshold says which differences are material. Exit 0 \
            verified (FARs allowed), 1 with any CAR or CL, 3 when the data cannot recompute a \
            figure, 2 on bad input.

            Examples:
              jcm verify project.yaml --period MP1 --data meters.csv --claimed mr.yaml
              jcm verify project.yaml --period MP1 --data meters.csv \\
                --claimed mr.csv --format json
            """
    )

    @OptionGroup var input: MeterDataOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var language: LanguageOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The figures the project reported: YAML (jcm-claimed/1) or CSV (item,value,unit).", valueName: "file"))
    var claimed: String

    func run() throws {
        try reporting(json: output.isJSON) {
            // Bad input of any of the three is reported with its place by `reporting`.
            let figures = try ClaimedFiguresReader.read(claimed)
            let wording = try language.wording()
            let monitoring = try input.monitoring()
            let verification = try Verification.check(monitoring, claimed: figures)
            Console.out(
                output.isJSON
                    ? VerificationReport.json(verification, wording: wording)
                    : VerificationReport.text(verification, wording: wording))
            return switch verification.outcome {
            case .verified: .eligible
            case .discrepancies: .notEligible
            case .undetermined: .undetermined
            }
        }
    }
}
