import Foundation
import JCMKit
import JCMReports
import JCMRules
import JCMUnits

/// The portfolio view: every project of the folder with its verdict and headline figures, in a
/// table that can be sorted and filtered, and the portfolio chart of `jcm portfolio`.
public struct PortfolioPage: Sendable {
    public let layout: PageLayout
    public let wording: Wording

    public init(layout: PageLayout, wording: Wording) {
        self.layout = layout
        self.wording = wording
    }

    public func page(_ portfolio: Portfolio, relative: [String: String], folderName: String, language: String) -> HTML {
        let report = PortfolioReport(portfolio, wording: wording)
        let style = wording.style
        let rows = HTML.joined(
            report.ordered.map { entry in
                row(
                    entry, report: report, file: relative[entry.file] ?? entry.file,
                    language: language)
            }, separator: "\n")
        let columns: [WordingKey] = [
            .portfolioColumnRank, .portfolioColumnProject, .portfolioColumnVerdict, .portfolioColumnPath,
            .portfolioColumnReductions, .portfolioColumnSubsidy, .portfolioColumnCost,
        ]
        let header = HTML.joined(
            columns.enumerated().map { index, key in
                """
                <th scope="col" aria-sort="none">\
                <button type="button" class="sort" data-column="\(index)">\(wording.text(key))</button></th>
                """
            }, separator: "")
        let totals = wording.text(
            .portfolioTotals,
            [
                "reductions": style.quantity(portfolio.totalReductions), "counted": String(portfolio.counted),
                "subsidy": style.quantity(portfolio.totalSubsidy),
            ])
        let body: HTML = """
            <h1>\(wording.text(.portfolioTitle, ["count": String(portfolio.entries.count)]))</h1>
            <p>Folder <code>\(folderName)</code>. Choose a project to edit it; sort by a column's heading.</p>
            <p class="filters"><label for="filter">Filter</label> <input id="filter" type="search" autocomplete="off">
            <label for="verdict-filter">Verdict</label> <select id="verdict-filter">
            <option value="">all</option><option value="pass">\(wording.label(.pass))</option>\
            <option value="fail">\(wording.label(.fail))</option>\
            <option value="needs evidence">\(wording.label(.needsEvidence))</option>\
            <option value="bad">bad input</option></select></p>
            <div class="table-frame">
            <table id="portfolio" class="portfolio">
            <thead><tr>\(header)</tr></thead>
            <tbody>
            \(rows)
            </tbody>
            </table>
            </div>
            <p id="totals">\(totals)</p>
            <figure class="chart">\(HTML(trusted: report.chart))</figure>
            """
        return layout.page(
            title: wording.text(.portfolioTitle, ["count": String(portfolio.entries.count)]), language: language,
            switching: { layout.links.portfolio(language: $0) }, body: body)
    }

    /// A project's row: each cell's `data-sort` is the value the table is sorted by.
    func row(_ entry: Portfolio.Entry, report: PortfolioReport, file: String, language: String) -> HTML {
        let style = wording.style
        let link: HTML = "<a href=\"\(layout.links.project(file, language: language))\">"
        guard let assessment = entry.assessment else {
            let cells =
                [
                    cell("", ""), cell(file, link + "\(file)</a>"),
                    cell("bad", "\(wording.text(.portfolioBadInput, ["file": file]))"),
                ]
                + Array(repeating: cell("", ""), count: 4)
            return "<tr data-verdict=\"bad\">\(HTML.joined(cells))</tr>"
        }
        let verdict = assessment.eligibility.verdict
        let rank = entry.rank.map(String.init) ?? ""
        let project = assessment.project
        let cells = [
            cell(rank, "\(rank)"),
            cell(project.id, link + "\(project.id)</a> \(project.name)"),
            cell(verdict.rawValue, "\(report.verdict(assessment))"),
            cell(report.path(entry), "\(report.path(entry))"),
            cell(
                number(entry.annualReductions), "\(entry.annualReductions.map { style.value($0) } ?? "")", numeric: true
            ),
            cell(
                entry.subsidy.map { "\($0.value)" } ?? "", "\(entry.subsidy.map { style.quantity($0) } ?? "")",
                numeric: true),
            cell(
                number(entry.costEffectiveness), "\(entry.costEffectiveness.map { style.value($0) } ?? "")",
                numeric: true),
        ]
        return "<tr data-verdict=\"\(verdict.rawValue)\">\(HTML.joined(cells))</tr>"
    }

    func cell(_ sort: String, _ content: HTML, numeric: Bool = false) -> HTML {
        let kind: HTML = numeric ? " class=\"number\"" : ""
        return "<td data-sort=\"\(sort)\"\(kind)>\(content)</td>"
    }

    /// A figure's plain number for sorting, empty when it is not a figure.
    func number(_ value: JCMRules.Value?) -> String {
        if case .quantity(let quantity)? = value { return "\(quantity.value)" }
        return ""
    }
}
