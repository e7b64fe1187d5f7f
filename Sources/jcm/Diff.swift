import ArgumentParser
import JCMDiagnostics
import JCMKit
import JCMReports

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare a project's assessment under two methodology versions or two programme calls.",
        discussion: """
            Both assessments are made side by side. Every change in the rules (a criterion, parameter, \
            equation, table, list, field or rounding step added, removed or changed, and values that \
            lose or gain verification) is listed; then every verdict and every figure that moved, each \
            with the rule changes that reach it. Values the project gives that one version does not \
            declare are left out on that side and named. Exit 0 when the comparison ran, 2 on bad input \
            (such as a version that is not shipped).

            Examples:
              jcm diff Examples/haiphong-blower-inverter/project.yaml --methodology VN_PM_DRAFT_BLOWER@Ver0.1..Ver0.2
              jcm diff project.yaml --programme FY2024..FY2025 --format markdown > reform.md
            """
    )

    static let formats = ["text", "json", "markdown"]

    @Argument(help: ArgumentHelp("The project YAML file.", valueName: "project.yaml"))
    var project: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Two versions of a methodology, such as VN_PM_DRAFT_BLOWER@Ver0.1..Ver0.2.",
            valueName: "ID@A..B"))
    var methodology: String?

    @Option(name: .long, help: ArgumentHelp("Two programme calls, such as FY2024..FY2025.", valueName: "A..B"))
    var programme: String?

    @Option(name: .long, help: ArgumentHelp("Output format.", valueName: formats.joined(separator: "|")))
    var format = "text"

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        guard Self.formats.contains(format) else {
            throw ValidationError("unknown format '\(format)'; choose one of \(Self.formats.joined(separator: ", "))")
        }
        guard (methodology == nil) != (programme == nil) else {
            throw ValidationError("give either --methodology ID@A..B or --programme A..B")
        }
        _ = try versions()
    }

    func versions() throws -> VersionDiff.Versions {
        if let methodology {
            let parts = methodology.split(separator: "@", maxSplits: 1).map(String.init)
            guard parts.count == 2, let (before, after) = Self.pair(parts[1]), !parts[0].isEmpty else {
                throw ValidationError(
                    "--methodology takes ID@A..B, such as VN_PM_DRAFT_BLOWER@Ver0.1..Ver0.2; got '\(Console.printable(methodology))'"
                )
            }
            return .methodology(id: parts[0], before: before, after: after)
        }
        guard let programme, let (before, after) = Self.pair(programme) else {
            throw ValidationError(
                "--programme takes A..B, such as FY2024..FY2025; got '\(Console.printable(programme ?? ""))'")
        }
        return .programme(before: before, after: after)
    }

    private static func pair(_ text: String) -> (String, String)? {
        let sides = text.components(separatedBy: "..")
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else { return nil }
        return (sides[0], sides[1])
    }

    func run() throws {
        try reporting(json: format == "json") {
            let catalog = try data.catalog(near: project)
            let versions = try versions()
            let diff: VersionDiff
            do throws(DiagnosticError) {
                diff = try VersionDiff.compare(project: project, catalog: catalog, versions: versions)
            } catch {
                throw Failure.report(error.diagnostics)
            }
            let wording = try language.wording()
            switch format {
            case "json": Console.out(VersionDiffReport.json(diff, wording: wording))
            case "markdown": Console.out(VersionDiffReport.markdown(diff, wording: wording))
            default: Console.out(VersionDiffReport.text(diff, wording: wording))
            }
            return .eligible
        }
    }
}
