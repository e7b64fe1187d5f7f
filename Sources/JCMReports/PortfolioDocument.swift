import Foundation
import JCMKit
import JCMRules
import JCMUnits

extension PortfolioReport {
    /// `portfolio.json`: each project with its verdict, path, figures and rank, and the totals.
    /// Amounts are strings, as in every JSON report of jcm.
    public var json: String { JSONReport.encode(PortfolioDocument(self)) }
}

struct PortfolioDocument: Encodable {
    struct Path: Encodable {
        var kind: String
        var methodology: String?
        var family: String?
        var approved: [String]?
        var text: String
    }
    struct Project: Encodable {
        var file: String
        var id: String?
        var name: String?
        var verdict: String?
        var rank: Int?
        var path: Path?
        var annual_emission_reductions: ValueEntry?
        var subsidy_requested: AmountEntry?
        var cost_effectiveness: ValueEntry?
        var needs: String?
        var illustrative_figures: Bool
        var diagnostics: [DiagnosticEntry]?
    }

    var tool: [String: String] = ["name": "jcm", "version": ToolVersion.current]
    var language: String
    var projects: [Project]
    var total_annual_emission_reductions: AmountEntry
    var projects_with_reductions: Int
    var total_subsidy_requested: AmountEntry

    init(_ report: PortfolioReport) {
        language = report.wording.language
        projects = report.ordered.map { entry in
            let assessment = entry.assessment
            let path: Path? = entry.path.map { path in
                switch path {
                case .methodology(let methodology):
                    Path(kind: "methodology", methodology: methodology.reference, text: report.path(entry))
                case .family(let family):
                    Path(kind: "approved_family", family: family.id, approved: family.approved, text: report.path(entry))
                case .proposedMethodologyNeeded(let family):
                    Path(kind: "proposed_methodology_needed", family: family?.id ?? entry.unknownFamily, text: report.path(entry))
                }
            }
            let needs: String? = if case .text(let text)? = assessment?.project.data.descendant("screening.needs")?.value { text } else { nil }
            return Project(file: entry.file, id: assessment?.project.id, name: assessment?.project.name,
                           verdict: assessment?.eligibility.verdict.rawValue, rank: entry.rank, path: path,
                           annual_emission_reductions: entry.annualReductions.map(ValueEntry.init), subsidy_requested: entry.subsidy.map(AmountEntry.init),
                           cost_effectiveness: entry.costEffectiveness.map(ValueEntry.init), needs: needs,
                           illustrative_figures: PortfolioReport.isIllustrative(entry),
                           diagnostics: entry.problems.isEmpty ? nil : entry.problems.map(DiagnosticEntry.init))
        }
        total_annual_emission_reductions = AmountEntry(report.portfolio.totalReductions)
        projects_with_reductions = report.portfolio.counted
        total_subsidy_requested = AmountEntry(report.portfolio.totalSubsidy)
    }
}
