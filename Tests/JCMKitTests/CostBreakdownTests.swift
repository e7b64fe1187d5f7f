import Testing

@testable import JCMKit

/// The blower's investment itemised in the call's cost categories: the sums documents show, and
/// the eligible cost the call's rule computes from the items.
@Suite struct CostBreakdownTests {
    private func amount(_ calculation: Calculation, _ symbol: String) -> String {
        calculation.step(symbol)?.value.description ?? "absent"
    }

    @Test func theBlowerItemsAddUpToItsInvestmentAndTheRuleExcludesTaxAndOwnSupplyProfit() throws {
        let loaded = try Fixture.load(Fixture.blower)
        let breakdown = try #require(loaded.costBreakdown)
        #expect(breakdown.items.count == 6)
        #expect(breakdown.amount.description == "61,000,000 JPY")
        #expect(breakdown.consumptionTax.description == "5,950,000 JPY")
        #expect(breakdown.ownSupplyProfit.description == "1,000,000 JPY")
        #expect(breakdown.total == loaded.project.quantity("finance.initial_investment"))
        #expect(breakdown.items.filter(\.isOwnSupply).map(\.category.id) == ["main_construction", "office_costs"])
        let totals = Dictionary(uniqueKeysWithValues: breakdown.categoryTotals.map { ($0.category.id, $0) })
        #expect(
            breakdown.categoryTotals.map(\.category.id) == [
                "main_construction", "ancillary_construction", "machinery_and_tools",
                "surveys_and_tests", "equipment", "office_costs",
            ])
        #expect(totals["equipment"]?.amount.description == "47,000,000 JPY")
        #expect(totals["equipment"]?.itemCount == 2)
        #expect(totals["machinery_and_tools"]?.itemCount == 0)
        let calculation = try Calculation.run(loaded)
        // 61,000,000 JPY of items less the 1,000,000 JPY own-supply profit; the 5,950,000 JPY tax is not eligible.
        #expect(amount(calculation, "eligible_cost") == "60,000,000 JPY")
        #expect(amount(calculation, "maximum_subsidy") == "30,000,000 JPY")
        #expect(breakdown.subsidyTotal == loaded.project.quantity("finance.subsidy_requested"))
        #expect(breakdown.instalments.map(\.label) == ["FY2025", "FY2026"])
        #expect(breakdown.fundingTotal.description == "36,950,000 JPY")
    }

    @Test func consumptionTaxIsShownButNeverEligible() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "consumption_tax: 3,800,000 JPY", with: "consumption_tax: 4,800,000 JPY")
                .replacingOccurrences(
                    of: "initial_investment: 66,950,000 JPY", with: "initial_investment: 67,950,000 JPY"
                )
                .replacingOccurrences(of: "amount: 26,950,000 JPY", with: "amount: 27,950,000 JPY")
        }
        let calculation = try Calculation.run(loaded)
        #expect(amount(calculation, "eligible_cost") == "60,000,000 JPY")
        #expect(amount(calculation, "simple_payback") == "3.57 yr")
    }

    @Test func theProfitOnAnOwnSupplyIsExcluded() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "own_supply_profit: 1,000,000 JPY", with: "own_supply_profit: 1,500,000 JPY")
        }
        let calculation = try Calculation.run(loaded)
        #expect(amount(calculation, "eligible_cost") == "59,500,000 JPY")
        #expect(amount(calculation, "maximum_subsidy") == "29,750,000 JPY")
        #expect(
            try EligibilityChecker.check(loaded).groups.flatMap(\.results).first { $0.criterion.id == "PR7" }?.verdict
                == .fail)
    }

    @Test func aLumpSumInvestmentIsEligibleWhole() throws {
        let loaded = try Fixture.load(Fixture.blower, Fixture.lumpSum)
        #expect(loaded.costBreakdown == nil)
        #expect(amount(try Calculation.run(loaded), "eligible_cost") == "60,000,000 JPY")
    }
}
