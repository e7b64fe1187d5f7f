import Foundation
import JCMRules
import JCMUnits
import Testing

@testable import JCMKit

private func value(_ calculation: Calculation, _ symbol: String) -> String {
    calculation.step(symbol)?.value.description ?? "absent"
}

@Suite struct ProgrammeFinancialsTests {
    @Test func blowerFinancialsMatchTheWorkedExample() throws {
        let calculation = try Calculation.run(try Fixture.load(Fixture.blower))
        #expect(value(calculation, "maximum_subsidy") == "30,000,000 JPY")
        #expect(value(calculation, "lifetime_emission_reductions") == "10,251 tCO2")
        #expect(value(calculation, "cost_effectiveness") == "2,926.54 JPY/tCO2")
        #expect(value(calculation, "annual_energy_cost_savings") == "19,010,816 JPY/yr")
        #expect(value(calculation, "simple_payback") == "3.16 yr")
        #expect(value(calculation, "simple_payback_with_subsidy") == "1.58 yr")
        #expect(value(calculation, "credits_to_government_of_japan") == "5,126 tCO2")
    }

    @Test func costEffectivenessIsRoundedToTheSenNotTruncated() throws {
        let step = try #require(try Calculation.run(try Fixture.load(Fixture.blower)).step("cost_effectiveness"))
        // 30,000,000 / 10,251 = 2,926.5437…: the trace keeps the formula, the value is rounded to 0.01.
        #expect(step.substituted.render() == "round(30,000,000 JPY / 10,251 tCO2, 0.01 JPY/tCO2)")
        #expect(step.value == .quantity(try Quantity(parsing: "2926.54 JPY/tCO2")))
    }

    @Test func supportRateFollowsTheTierOfSimilarProjects() throws {
        for (count, rate, maximum) in [("0", "50 %", "30,000,000 JPY"), ("3", "40 %", "24,000,000 JPY"), ("4", "30 %", "18,000,000 JPY")] {
            let loaded = try count == "0" ? Fixture.load(Fixture.blower) : Fixture.load(Fixture.blower) {
                $0.replacingOccurrences(of: "similar_projects_selected_in_country: 0", with: "similar_projects_selected_in_country: \(count)")
            }
            let calculation = try Calculation.run(loaded)
            #expect(value(calculation, "support_rate") == rate)
            #expect(value(calculation, "maximum_subsidy") == maximum)
        }
    }

    @Test func ceilingCapsTheMaximumSubsidy() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "initial_investment: 60,000,000 JPY", with: "initial_investment: 6,000,000,000 JPY")
        }
        #expect(value(try Calculation.run(loaded), "maximum_subsidy") == "2,000,000,000 JPY")
    }

    @Test func maximumSubsidyIsRoundedDownToTheYen() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "similar_projects_selected_in_country: 0", with: "similar_projects_selected_in_country: 1")
                .replacingOccurrences(of: "initial_investment: 60,000,000 JPY", with: "initial_investment: 60,000,001 JPY")
        }
        #expect(value(try Calculation.run(loaded), "maximum_subsidy") == "24,000,000 JPY")
    }

    @Test func localTariffIsConvertedWithTheDatedExchangeRate() throws {
        let calculation = try Calculation.run(try Fixture.load(Fixture.lanHa))
        #expect(value(calculation, "tariff") == "11.31 JPY/kWh")
        #expect(value(calculation, "annual_energy_cost_savings") == "113,100 JPY/yr")
        #expect(value(calculation, "simple_payback") == "53.05 yr")
        let tariff = try #require(calculation.step("tariff"))
        #expect(tariff.inputs.contains { $0.name == "finance.exchange_rate.rate" && $0.origin?.location != nil })
    }

    @Test func creditsOwedRoundUpToAtLeastHalf() throws {
        let calculation = try Calculation.run(try Fixture.load(Fixture.lanHa))
        #expect(value(calculation, "expected_credits") == "85 tCO2")
        #expect(value(calculation, "credits_to_government_of_japan") == "43 tCO2")
    }

    @Test func unverifiedProgrammeValuesAreListed() throws {
        let calculation = try Calculation.run(try Fixture.load(Fixture.blower))
        #expect(Fixture.unverified(calculation.unverifiedInputs).contains { $0.hasPrefix("support_rate_first = 50 %") })
        #expect(Fixture.unverified(calculation.unverifiedInputs).contains { $0.hasPrefix("subsidy_ceiling = 2,000,000,000 JPY") })
    }
}

@Suite struct ProgrammeRequirementTests {
    func verdicts(_ example: String, _ edit: ((String) -> String)? = nil) throws -> [String: CriterionResult] {
        let report = try EligibilityChecker.check(try Fixture.load(example, edit))
        return Dictionary(uniqueKeysWithValues: report.groups.flatMap(\.results).map { ($0.criterion.id, $0) })
    }

    @Test func blowerPassesEveryRequirement() throws {
        let results = try verdicts(Fixture.blower)
        for id in ["PR1", "PR2", "PR3", "PR4", "PR5", "PR6", "PR7", "PR8", "PR9"] { #expect(results[id]?.verdict == .pass, "\(id)") }
    }

    @Test func hostCountryOutsideThePartnerListFails() throws {
        let results = try verdicts(Fixture.blower) { $0.replacingOccurrences(of: "host_country: Viet Nam", with: "host_country: Brazil") }
        #expect(results["PR1"]?.verdict == .fail)
    }

    @Test func representativeMustBeJapaneseOfAnEligibleKind() throws {
        let results = try verdicts(Fixture.blower) {
            $0.replacingOccurrences(of: "    country: Japan\n    role: representative", with: "    country: Viet Nam\n    role: representative")
        }
        #expect(results["PR2"]?.verdict == .fail)
        #expect(Fixture.sentences(results["PR2"]?.reasons)?.contains("participants[0]: country (\"Viet Nam\") == \"Japan\": does not hold") == true)
    }

    @Test func compostingFailsTheEnergyOriginRequirement() throws {
        let results = try verdicts(Fixture.composting)
        #expect(results["PR3"]?.verdict == .fail)
        #expect(Fixture.sentences(results["PR3"]?.reasons) == ["emission_reduction_type (\"methane avoidance\") == \"energy-origin CO2\": does not hold"])
    }

    @Test func anotherJapaneseSubsidyFails() throws {
        let results = try verdicts(Fixture.blower) { $0.replacingOccurrences(of: "other_japanese_government_subsidy: false", with: "other_japanese_government_subsidy: true") }
        #expect(results["PR4"]?.verdict == .fail)
    }

    @Test func completionLaterThanThreeYearsFails() throws {
        let results = try verdicts(Fixture.blower) { $0.replacingOccurrences(of: "completion: 2026-09-30", with: "completion: 2029-03-02") }
        #expect(results["PR5"]?.verdict == .fail)
        #expect(Fixture.sentences(results["PR5"]?.reasons)?.first?.contains("(= 2029-03-01)") == true)
    }

    @Test func lessThanHalfTheCreditsFails() throws {
        let results = try verdicts(Fixture.blower) { $0.replacingOccurrences(of: "credits_share_to_government_of_japan: 50 %", with: "credits_share_to_government_of_japan: 40 %") }
        #expect(results["PR6"]?.verdict == .fail)
    }

    @Test func subsidyAboveTheTierMaximumFailsWithBothNumbers() throws {
        let results = try verdicts(Fixture.blower) { $0.replacingOccurrences(of: "subsidy_requested: 30,000,000 JPY", with: "subsidy_requested: 31,000,000 JPY") }
        #expect(results["PR7"]?.verdict == .fail)
        #expect(Fixture.sentences(results["PR7"]?.reasons) == ["finance.subsidy_requested (31,000,000 JPY) <= maximum_subsidy (30,000,000 JPY): does not hold"])
    }

    @Test func subsidyAboveTheCeilingFailsWithBothNumbers() throws {
        let results = try verdicts(Fixture.blower) {
            $0.replacingOccurrences(of: "initial_investment: 60,000,000 JPY", with: "initial_investment: 6,000,000,000 JPY")
                .replacingOccurrences(of: "subsidy_requested: 30,000,000 JPY", with: "subsidy_requested: 2,500,000,000 JPY")
        }
        #expect(Fixture.sentences(results["PR7"]?.reasons) == ["finance.subsidy_requested (2,500,000,000 JPY) <= maximum_subsidy (2,000,000,000 JPY): does not hold"])
    }

    @Test func poorCostEffectivenessFails() throws {
        let results = try verdicts(Fixture.blower) { $0.replacingOccurrences(of: "EC_PJ: 736 MWh", with: "EC_PJ: 1,500 MWh") }
        #expect(results["PR8"]?.verdict == .fail)
    }

    @Test func reusedModulesWithoutCertificatesNeedEvidence() throws {
        let results = try verdicts(Fixture.lanHa)
        #expect(results["C2"]?.verdict == .needsEvidence)
        #expect(results["C2"]?.missing.map(\.description) == ["equipment[FV-1].modules.design_certification", "equipment[FV-1].modules.safety_certification"])
    }

    @Test func unknownProgrammeYearIsAnInputError() throws {
        #expect(throws: (any Error).self) { try Fixture.load(Fixture.blower, programme: "FY2019") }
    }
}
