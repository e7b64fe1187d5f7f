import Foundation
import JCMKit
import JCMReports
import JCMRules
import JCMUnits
import Testing

@testable import JCMDocuments

/// The programme's documents (application form summary, cost breakdown and funding plan) quote the
/// trace's figures, and their tables add up: read back from the rendered Markdown, not from the
/// facts that filled it.
@Suite struct ProgrammeDocumentFigureTests {
    let assessment: Assessment
    let set: DocumentSet

    init() throws {
        assessment = try Fixtures.assess()
        set = try DocumentSet.render(assessment, templates: Fixtures.templates(), date: nil)
    }

    /// The cells of the table rows under the heading that starts with `heading`, up to the next heading.
    func rows(_ document: String, under heading: String) -> [[String]] {
        let lines = Fixtures.file(set, document).split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("#") && $0.contains(heading) }) else { return [] }
        let section = lines[(start + 1)...].prefix { !$0.hasPrefix("#") }
        return section.filter { $0.hasPrefix("| ") && !$0.hasPrefix("|---") }.dropFirst().map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "") }
        }
    }

    /// `7,500,000` or `30,000,000 JPY` as an exact decimal.
    func number(_ cell: String) -> Decimal? {
        let digits = cell.replacingOccurrences(of: " JPY", with: "").replacingOccurrences(of: ",", with: "")
        return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }

    func stated(_ path: String) throws -> Decimal {
        let node = try #require(assessment.project.data.descendant(path))
        guard case .quantity(let quantity) = node.value else { throw Mismatch(path) }
        return quantity.value
    }

    func traced(_ symbol: String) throws -> String {
        let step = try #require(assessment.calculation.step(symbol))
        return MarkdownEscaping.escape(step.value.description)
    }

    struct Mismatch: Error {
        var what: String
        init(_ what: String) { self.what = what }
    }

    @Test func theFormSummaryAndTheCostBreakdownQuoteTheTrace() throws {
        for (document, heading) in [("application-form.md", "4. Amounts"), ("cost-breakdown.md", "3. Eligible cost")] {
            let table = Dictionary(rows(document, under: heading).map { ($0[0], $0[1]) }) { first, _ in first }
            #expect(table["Eligible cost"] == (try traced("eligible_cost")), "\(document)")
            #expect(table["Maximum subsidy"] == (try traced("maximum_subsidy")), "\(document)")
            #expect(table["Support rate of the tier"] == (try traced("support_rate")), "\(document)")
            #expect(table["Cost-effectiveness of the subsidy"] == (try traced("cost_effectiveness")), "\(document)")
            #expect(table["Subsidy requested"].flatMap(number) == (try stated("finance.subsidy_requested")))
        }
        let form = Dictionary(rows("application-form.md", under: "4. Amounts").map { ($0[0], $0[1]) }) { a, _ in a }
        #expect(form["Annual emission reductions"] == "1,139 tCO2/yr")
        #expect(
            form["Emission reductions over the legal durable years"] == (try traced("lifetime_emission_reductions")))
    }

    @Test func theCostItemsAddUpToTheCategoriesTheInvestmentAndTheEligibleCost() throws {
        let items = rows("cost-breakdown.md", under: "1. Cost items")
        #expect(items.count == 6)
        let categories = rows("cost-breakdown.md", under: "2. Totals by category")
        let total = try #require(categories.last)
        #expect(total[0] == "Total")
        for column in 0..<3 {
            let itemSum = items.compactMap { number($0[4 + column]) }.reduce(0, +)
            let categorySum = categories.dropLast().compactMap { number($0[2 + column]) }.reduce(0, +)
            #expect(itemSum == number(total[2 + column]), "column \(column)")
            #expect(categorySum == number(total[2 + column]), "column \(column)")
        }
        // Per category, its items' amounts.
        for category in categories.dropLast() {
            let own = items.filter { $0[0] == category[0] }.compactMap { number($0[4]) }.reduce(0, +)
            #expect(own == number(category[2]), "\(category[0])")
        }
        let (amount, tax, profit) = (number(total[2])!, number(total[3])!, number(total[4])!)
        #expect(amount + tax == (try stated("finance.initial_investment")))
        let eligible = try #require(assessment.calculation.step("eligible_cost"))
        guard case .quantity(let eligibleCost) = eligible.value else { throw Mismatch("eligible_cost") }
        #expect(eligibleCost.value == amount - profit, "eligible cost = amounts excluding tax − own-supply profit")
    }

    @Test func theSubsidyByFiscalYearAndTheFundingPlanAddUp() throws {
        let requested = try stated("finance.subsidy_requested")
        let tables = [("cost-breakdown.md", "4. Subsidy requested"), ("application-form.md", "Subsidy requested by")]
        for (document, heading) in tables {
            let years = rows(document, under: heading)
            #expect(years.map { $0[0] } == ["FY2025", "FY2026", "Total"], "\(document)")
            #expect(years.dropLast().compactMap { number($0[1]) }.reduce(0, +) == requested, "\(document)")
            #expect(years.last.flatMap { number($0[1]) } == requested, "\(document)")
        }
        let funding = rows("cost-breakdown.md", under: "5. Funding plan")
        #expect(funding.first.flatMap { number($0[1]) } == requested, "the subsidy is the first source")
        let investment = try stated("finance.initial_investment")
        #expect(funding.dropLast().compactMap { number($0[1]) }.reduce(0, +) == investment)
        #expect(funding.last.flatMap { number($0[1]) } == investment)
    }

    @Test func theYearByYearTableAddsUpToTheTracesFiguresOverTheLegalDurableYears() throws {
        let table = rows("ghg-calculation.md", under: "3. Per calendar year")
        let total = try #require(table.last)
        #expect(total[0] == "Total")
        let years = table.dropLast()
        #expect(years.map { $0[0] } == (2026...2035).map(String.init))
        #expect(years.compactMap { Int($0[1]) }.reduce(0, +) == 108, "9 yr of months")
        #expect(Int(total[1]) == 108)
        for column in 2...4 {
            #expect(years.compactMap { number($0[column]) }.reduce(0, +) == number(total[column]), "column \(column)")
        }
        let lifetime = try #require(assessment.calculation.step("lifetime_emission_reductions"))
        guard case .quantity(let reductions) = lifetime.value else { throw Mismatch("lifetime_emission_reductions") }
        #expect(number(total[4]) == reductions.value)
        let reference = try #require(assessment.calculation.referenceEmissions)
        guard case .quantity(let perYear) = reference.value else { throw Mismatch("RE_p") }
        #expect(number(total[2]) == perYear.value * 9, "the reference emissions of 9 estimation periods")
        let figures = Dictionary(rows("ghg-calculation.md", under: "4. Emission reductions").map { ($0[0], $0[1]) }) {
            a, _ in a
        }
        #expect(
            figures["Emission reductions over the legal durable years"] == (try traced("lifetime_emission_reductions")))
        #expect(figures["of which to the host country"] == (try traced("credits_to_host_country")))
    }

    @Test func aYearWhoseFigureIsADivisionThatDoesNotEndIsMarkedAndSaidSo() throws {
        let foundry = Fixtures.examples.first { $0.contains("foundry") }!
        let text = Fixtures.file(try Fixtures.render(foundry), "ghg-calculation.md")
        #expect(text.contains("| 2026 | 1 | 309.51 | 211.28 | 98.166666666666666666666666666666666666 ≈ |"))
        #expect(text.contains("| **Total** | **108** | **33,427.08** | **22,818.24** | **10,602** |"))
        #expect(text.contains("Figures marked ≈ are divisions that do not end"))
        #expect(!Fixtures.file(set, "ghg-calculation.md").contains("Figures marked ≈"), "the blower's figures all end")
    }
}
