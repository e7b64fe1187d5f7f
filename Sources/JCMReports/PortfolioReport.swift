import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules
import JCMUnits

/// The portfolio report in one language: Markdown for people (with the chart beside it),
/// JSON for machines, and the chart itself as SVG. It reads the screened portfolio only.
public struct PortfolioReport: Sendable {
    public static let markdownName = "portfolio.md"
    public static let jsonName = "portfolio.json"
    public static let chartName = "portfolio-chart.svg"

    let portfolio: Portfolio
    let wording: Wording

    public init(_ portfolio: Portfolio, wording: Wording) {
        self.portfolio = portfolio
        self.wording = wording
    }

    public var markdown: String {
        let style = wording.style
        let programme = portfolio.entries.compactMap(\.assessment).first?.programme
        var lines = ["# " + wording.text(.portfolioTitle, ["count": String(portfolio.entries.count)]), ""]
        if let programme {
            lines += [wording.text(.portfolioIntro, ["programme": "\(wording.localized(programme.title).text) (\(programme.fiscalYear))"]), ""]
        }
        if portfolio.entries.contains(where: Self.isIllustrative) { lines += [wording.text(.portfolioIllustrative), ""] }
        let header: [WordingKey] = [.portfolioColumnRank, .portfolioColumnProject, .portfolioColumnVerdict, .portfolioColumnPath,
                                    .portfolioColumnReductions, .portfolioColumnSubsidy, .portfolioColumnCost]
        lines.append("| " + header.map { wording.text($0) }.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: "---|", count: header.count))
        for entry in ordered {
            guard let assessment = entry.assessment else {
                lines.append("| | " + cell(wording.text(.portfolioBadInput, ["file": entry.file])) + " | | | | | |")
                continue
            }
            let mark = Self.isIllustrative(entry) ? " \\*" : ""
            lines.append("| " + [entry.rank.map(String.init) ?? "", cell("\(assessment.project.id): \(assessment.project.name)"),
                                 cell(verdict(assessment)), cell(path(entry)),
                                 entry.annualReductions.map { cell(style.value($0)) + mark } ?? "",
                                 entry.subsidy.map { cell(style.quantity($0)) + mark } ?? "",
                                 entry.costEffectiveness.map { cell(style.value($0)) } ?? ""].joined(separator: " | ") + " |")
        }
        lines += ["", wording.text(.portfolioTotals, ["reductions": style.quantity(portfolio.totalReductions), "counted": String(portfolio.counted),
                                                       "subsidy": style.quantity(portfolio.totalSubsidy)]), ""]
        if let families = portfolio.families, portfolio.entries.contains(where: { if case .proposedMethodologyNeeded? = $0.path { true } else { false } }) {
            lines += [approvalSentence(families), ""]
        }
        let needs = ordered.compactMap { entry -> String? in
            guard let assessment = entry.assessment, case .text(let needs)? = assessment.project.data.descendant("screening.needs")?.value else { return nil }
            return "- **\(MarkdownEscaping.escape(assessment.project.id))**: \(MarkdownEscaping.escape(needs))"
        }
        if !needs.isEmpty { lines += ["## " + wording.text(.portfolioNeeds), ""] + needs + [""] }
        lines += ["## " + wording.text(.portfolioChart), "", "![\(wording.text(.portfolioChart))](\(Self.chartName))", ""]
        lines += ["---", "", "*jcm \(ToolVersion.current)*", ""]
        return lines.joined(separator: "\n")
    }

    /// Ranked projects first, in rank order, then the others in the order of their files.
    public var ordered: [Portfolio.Entry] {
        portfolio.entries.filter { $0.rank != nil }.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) } + portfolio.entries.filter { $0.rank == nil }
    }

    private func cell(_ text: String) -> String { MarkdownEscaping.escape(text) }

    public func verdict(_ assessment: Assessment) -> String {
        let report = assessment.eligibility
        let label = wording.label(report.verdict)
        let deciding = report.groups.flatMap(\.results).filter { $0.verdict == report.verdict && $0.verdict != .pass }
        guard !deciding.isEmpty else { return label }
        return label + ": " + deciding.prefix(3).map { result in
            "\(result.criterion.id) " + (result.reasons.first.map(wording.sentence) ?? "")
        }.joined(separator: "; ") + (deciding.count > 3 ? "; …" : "")
    }

    public func path(_ entry: Portfolio.Entry) -> String {
        if let unknown = entry.unknownFamily, entry.assessment?.methodology == nil {
            return wording.text(.portfolioPathUnknownFamily, ["family": unknown])
        }
        switch entry.path {
        case .methodology(let methodology)?:
            return wording.text(.portfolioPathMethodology, ["reference": methodology.reference, "status": wording.status(methodology.status)])
        case .family(let family)?:
            return wording.text(.portfolioPathFamily, ["family": wording.localized(family.name).text, "approved": family.approved.joined(separator: ", ")])
        case .proposedMethodologyNeeded(let family)?:
            return wording.text(.portfolioPathProposed, ["family": family.map { wording.localized($0.name).text } ?? wording.text(.portfolioPathNoFamily)])
        case nil:
            return ""
        }
    }

    private func approvalSentence(_ families: MethodologyFamilies) -> String {
        let steps = families.approvalPath.map { step in
            let name = wording.localized(step.name).text
            return step.upTo.map { wording.text(.portfolioStepExtendable, ["name": name, "days": String(step.days), "most": String($0)]) }
                ?? wording.text(.portfolioStep, ["name": name, "days": String(step.days)])
        }
        let days = families.approvalPath.reduce(0) { $0 + $1.days }
        var sentence = wording.text(.portfolioApproval, ["steps": steps.joined(separator: "; "), "days": String(days)])
        if !families.approvalProvenance.verified { sentence += " [\(families.approvalProvenance.source)]" }
        return sentence
    }

    static func isIllustrative(_ entry: Portfolio.Entry) -> Bool {
        entry.assessment?.project.data.descendant("screening.illustrative_figures")?.value == .boolean(true)
    }
}
