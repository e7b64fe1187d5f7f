import ArgumentParser
import Foundation
import JCMDiagnostics
import JCMDocuments
import JCMKit
import JCMReports

struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Screen a pipeline of projects: verdicts, methodologies or the path to one, figures, ranking and a chart.",
        discussion: """
            Assesses every project named (files, folders, quoted globs, as for jcm check) and writes \
            portfolio.md, portfolio.json, portfolio-chart.svg and a manifest for each language: per \
            project the verdict and its reason, the methodology applied or, without one, the closest \
            approved JCM methodology family (Methodologies/families.yaml) or "a proposed methodology \
            is needed" with the approval path; the annual emission reductions, the subsidy requested \
            and the cost-effectiveness; a ranking by cost-effectiveness; totals; and the chart of \
            reductions against cost-effectiveness. Exit 0 when written (even when projects fail: the \
            report says so), 2 when a file is bad (the others are still screened and written).

            Examples:
              jcm portfolio Examples/haiphong-pilots
              jcm portfolio Examples/ --language en,vi,ja --out drafts/portfolio
            """
    )

    @OptionGroup var projects: BatchProjectOptions
    @OptionGroup var templateOptions: TemplateOptions

    @Option(name: .long, help: ArgumentHelp("Output folder (default: Output/portfolio).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Languages of the report, comma-separated: en, vi, ja.", valueName: "codes"))
    var language = "en"

    @Flag(name: .long, help: "Replace reports edited since jcm wrote them.")
    var replaceEdits = false

    func run() throws {
        try reporting(json: false) {
            let languages = language.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !languages.isEmpty else { throw Failure.report([.error(.D2, "--language needs at least one language code")]) }
            let directory = try templateOptions.directory()
            var wordings: [Wording] = []
            for code in languages {
                do throws(DiagnosticError) { wordings.append(try Wording.load(in: directory, language: code)) } catch {
                    throw Failure.report(error.diagnostics)
                }
            }
            let (parts, catalog) = try projects.assessAll { BatchPart($0, command: .check, body: $0) }
            let entries = parts.map(\.body)
            let portfolio = Portfolio.screen(entries, families: catalog.families)
            let sets = wordings.map { PortfolioSet.render(portfolio, wording: $0) }
            let base = out ?? "Output/portfolio"
            let targets = sets.map { out != nil && sets.count == 1 ? base : RenderTarget.folder(base: base, language: $0.language) }
            for target in targets { try DocumentSetWriter.checkWritable(target, replacingEdits: replaceEdits) }
            for (set, target) in zip(sets, targets) {
                try InterruptDeferral.run { () throws(DiagnosticError) in
                    try DocumentSetWriter.write(files: set.files, to: target, replacingEdits: replaceEdits)
                }
                Console.out(set.files.map { "wrote \(target)/\($0.name)\n" }.joined())
            }
            return entries.contains { !$0.problems.isEmpty } ? .badInput : .eligible
        }
    }
}
