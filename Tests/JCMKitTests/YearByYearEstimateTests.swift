import Foundation
import JCMRules
import JCMUnits
import Testing

@testable import JCMKit

@Suite struct YearByYearEstimateTests {
    private func estimate(_ edit: ((String) -> String)? = nil) throws -> YearByYearEstimate? {
        YearByYearEstimate(try Assessment.assess(try Fixture.load(Fixture.blower, edit)))
    }

    private func quantity(_ text: String) throws -> Quantity { try Quantity(parsing: text) }

    @Test func theBlowerRunsFromOctober2026OverNineYearsInTenCalendarYears() throws {
        let estimate = try #require(try estimate())
        #expect(estimate.years.map(\.year) == Array(2026...2035))
        #expect(estimate.years.map(\.months) == [3] + Array(repeating: 12, count: 8) + [9])
        #expect(estimate.reasons.isEmpty)
    }

    @Test func eachYearIsTheAnnualFigurePerMonthAndTheYearsAddUpToTheTotals() throws {
        let assessment = try Assessment.assess(try Fixture.load(Fixture.blower))
        let estimate = try #require(YearByYearEstimate(assessment))
        let annual = try #require(assessment.calculation.emissionReductions?.value)
        guard case .quantity(let perYear) = annual else { Issue.record("no annual reductions"); return }
        let first = try #require(estimate.years.first?.emissionReductions)
        #expect(first.isExact)
        #expect(first.value == perYear.value * 3 / 12)
        #expect(estimate.years[1].emissionReductions?.value == perYear.value)
        let totals: [(KeyPath<YearByYearEstimate.Year, Quantity?>, Quantity?)] = [
            (\.referenceEmissions, estimate.totalReferenceEmissions),
            (\.projectEmissions, estimate.totalProjectEmissions),
            (\.emissionReductions, estimate.totalEmissionReductions),
        ]
        for (figure, total) in totals {
            let sum = try estimate.years.reduce(Quantity(0, perYear.unit)) { try $0 + #require($1[keyPath: figure]) }
            #expect(sum.value == total?.value)
        }
        let reductions = try #require(estimate.years.first).emissionReductions
        let reference = try #require(estimate.years.first).referenceEmissions
        let project = try #require(estimate.years.first).projectEmissions
        // The methodology rounds the reductions down (1,139 tCO2 a year), never the emissions.
        let difference = try #require(reference) - #require(project)
        #expect(try Quantity.compare(#require(reductions), difference) == .orderedAscending)
    }

    @Test func theTotalReductionsAreTheTracesFigureOverTheLegalDurableYears() throws {
        let assessment = try Assessment.assess(try Fixture.load(Fixture.blower))
        let estimate = try #require(YearByYearEstimate(assessment))
        let lifetime = try #require(assessment.calculation.step("lifetime_emission_reductions")?.value)
        #expect(estimate.totalEmissionReductions.map(Value.quantity) == lifetime)
        #expect(estimate.totalEmissionReductions?.unit.description == "tCO2")
    }

    /// VN001: 328 tCO2/yr from August over 65 months; rounded down to whole tonnes each year,
    /// 136 + 5 × 328 = 1,776 t. The estimate keeps the exact figures; rounding is the document's.
    @Test func vn001SpreadOver65MonthsGives1776WholeTonnes() throws {
        let start = try #require(CalendarDate(year: 2015, month: 8, day: 1))
        let estimate = YearByYearEstimate(start: start, months: 65, estimationPeriod: try quantity("1 yr"),
                                          figures: [.referenceEmissions: .quantity(try quantity("328 tCO2")),
                                                    .projectEmissions: .quantity(try quantity("0 tCO2")),
                                                    .emissionReductions: .quantity(try quantity("328 tCO2"))])
        #expect(estimate.years.map(\.months) == [5, 12, 12, 12, 12, 12])
        let first = try #require(estimate.years.first?.emissionReductions)
        #expect(!first.isExact, "328 × 5 / 12 does not terminate")
        let whole = try estimate.years.map {
            try #require($0.emissionReductions).rounded(toMultipleOf: quantity("1 tCO2"), .down).value
        }
        #expect(whole == [136, 328, 328, 328, 328, 328])
        #expect(whole.reduce(0, +) == 1_776)
        let total = try #require(estimate.totalEmissionReductions)
        #expect(try total.rounded(toMultipleOf: quantity("1 tCO2"), .down).value == 1_776)
    }

    @Test func aFigureTheProjectCannotGiveIsNilWithTheMissingFields() throws {
        let estimate = try #require(try estimate { $0.replacingOccurrences(of: "      EC_PJ: 736 MWh\n", with: "") })
        #expect(estimate.years.allSatisfy { $0.projectEmissions == nil && $0.emissionReductions == nil })
        #expect(estimate.years.allSatisfy { $0.referenceEmissions != nil })
        #expect(estimate.totalEmissionReductions == nil)
        let reason = try #require(estimate.reasons[.emissionReductions])
        #expect(reason.missing.map(\.description).contains { $0.contains("EC_PJ") })
        #expect(estimate.reasons[.referenceEmissions] == nil)
    }

    @Test func legalDurableYearsOfNoWholeNumberOfMonthsGiveNoEstimate() throws {
        func durable(_ years: String) throws -> YearByYearEstimate? {
            try estimate { $0.replacingOccurrences(of: "durable_years: 9 yr", with: "durable_years: " + years) }
        }
        #expect(try durable("9.01 yr") == nil)
        let halfYears = try #require(try durable("1.5 yr"))
        #expect(halfYears.years.map(\.months) == [3, 12, 3])
    }

    @Test func aTwoYearEstimationPeriodIsSpreadPerYear() throws {
        let start = try #require(CalendarDate(year: 2030, month: 1, day: 1))
        let estimate = YearByYearEstimate(start: start, months: 24, estimationPeriod: try quantity("2 yr"),
                                          figures: [.emissionReductions: .quantity(try quantity("100 tCO2"))])
        #expect(estimate.years.map { $0.emissionReductions?.value } == [50, 50])
        #expect(estimate.reasons[.referenceEmissions] == nil, "a figure not given at all has no reason to show")
    }
}
