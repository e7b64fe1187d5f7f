import Foundation
import JCMDiagnostics
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
        #expect(value(calculation, "simple_payback") == "3.52 yr")
        #expect(value(calculation, "simple_payback_with_subsidy") == "1.94 yr")
        #expect(value(calculation, "credits_to_government_of_japan") == "5,126 tCO2")
    }

    /// A 3 yr estimation period: 1,139 tCO2 per 3 yr over 9 yr is 3,417 tCO2 exactly, not ≈ 3,416.99….
    @Test func theFigureOverTheLegalDurableYearsStaysExactWhenItEnds() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "estimation_period: 1 yr", with: "estimation_period: 3 yr")
        }
        let calculation = try Calculation.run(loaded)
        #expect(value(calculation, "lifetime_emission_reductions") == "3,417 tCO2")
        #expect(value(calculation, "issued_credits") == "3,417 tCO2")
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
            Fixture.lumpSum($0).replacingOccurrences(of: "initial_investment: 60,000,000 JPY", with: "initial_investment: 6,000,000,000 JPY")
        }
        #expect(value(try Calculation.run(loaded), "maximum_subsidy") == "2,000,000,000 JPY")
    }

    @Test func maximumSubsidyIsRoundedDownToTheYen() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            Fixture.lumpSum($0).replacingOccurrences(of: "similar_projects_selected_in_country: 0", with: "similar_projects_selected_in_country: 1")
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
        #expect(Fixture.unverified(calculation.unverifiedInputs).contains { $0.hasPrefix("support_rate_tiers = 50 %") })
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
        let results = try verdicts(Fixture.blower) {
            Fixture.lumpSum($0).replacingOccurrences(of: "subsidy_requested: 30,000,000 JPY", with: "subsidy_requested: 31,000,000 JPY")
        }
        #expect(results["PR7"]?.verdict == .fail)
        #expect(Fixture.sentences(results["PR7"]?.reasons) == ["finance.subsidy_requested (31,000,000 JPY) <= maximum_subsidy (30,000,000 JPY): does not hold"])
    }

    @Test func subsidyAboveTheCeilingFailsWithBothNumbers() throws {
        let results = try verdicts(Fixture.blower) {
            Fixture.lumpSum($0).replacingOccurrences(of: "initial_investment: 60,000,000 JPY", with: "initial_investment: 6,000,000,000 JPY")
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

@Suite struct StepTableDataTests {
    /// Loads the shipped FY2024 call with `edit` applied to its text.
    func lintEdited(_ edit: (String) -> String) throws -> [Diagnostic] {
        let original = try String(contentsOf: Fixture.root.appendingPathComponent("Methodologies/programme/JCM-MP-FY2024.yaml"), encoding: .utf8)
        let text = edit(original)
        #expect(text != original)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-table-\(UUID().uuidString).yaml")
        try text.write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        do { return try Linter.lint(file: path.path) } catch { return error.diagnostics }
    }

    @Test func theShippedRateTiersAreAStepTable() throws {
        let step = try #require(try Calculation.run(try Fixture.load(Fixture.blower)).step("support_rate"))
        let read = try #require(step.inputs.first { $0.name == "support_rate_tiers" })
        guard case .table(let lookup, let source) = read.origin else { Issue.record("not read from a table"); return }
        #expect(lookup.used == .row(from: Quantity(0), below: Quantity(1)))
        #expect(!source.verified)
        #expect(Fixture.english.origin(read.origin).hasPrefix("table support_rate_tiers, row from 0 to below 1; programme:"))
    }

    @Test func aGapOrAMixedUnitInTheTableIsAnR7AtItsRow() throws {
        let gap = try lintEdited { $0.replacingOccurrences(of: "{from: 1, below: 4, value: 40 %}", with: "{from: 2, below: 4, value: 40 %}") }
        let found = try #require(gap.first)
        #expect(found.code == .R7)
        #expect(found.message.contains("row 2: a gap between 1 (the end of row 1) and 2"))
        #expect(found.location?.line == 353)
        let unit = try lintEdited { $0.replacingOccurrences(of: "{from: 4, value: 30 %}", with: "{from: 4, value: 30 JPY}") }
        #expect(unit.first?.code == .R7)
        #expect(unit.first?.message.contains("row 3: the value 30 JPY is not in %") == true)
    }
}
