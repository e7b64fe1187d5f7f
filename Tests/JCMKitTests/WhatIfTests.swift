import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits
import Testing

@testable import JCMKit

/// The thresholds what-if finds on the blower, each re-checked with the whole assessment (not
/// what-if's own evaluation) just above and just below it.
@Suite struct WhatIfTests {
    static let analysis: WhatIfAnalysis = {
        do { return try WhatIf.analyse(try Fixture.load(Fixture.blower)) } catch {
            fatalError("what-if on the blower fails: \(error)")
        }
    }()

    func flip(_ input: String, _ subject: WhatIfSubject) throws -> (VariedInput, Flip) {
        let analysed = try #require(Self.analysis.inputs.first { $0.input.name == input }, "no input \(input)")
        let flip = try #require(analysed.flips.first { $0.subject == subject }, "\(input) moves no \(subject)")
        return (analysed.input, flip)
    }

    /// The verdict of `subject` by a full assessment with `input` at `value`.
    func verdict(_ input: VariedInput, _ value: String, _ subject: WhatIfSubject) throws -> Verdict? {
        let loaded = input.applying(
            try Quantity(parsing: value).converted(to: input.value.unit).value, to: try Fixture.load(Fixture.blower))
        let eligibility = try Assessment.assess(loaded).eligibility
        switch subject {
        case .verdict: return eligibility.verdict
        case .criterion(let owner, let id):
            return eligibility.group(owner)?.results.first { $0.criterion.id == id }?.verdict
        case .figure: return nil
        }
    }

    @Test func theGridFactorThresholdIncludesTheRoundingDown() throws {
        let (input, flip) = try flip("EF_elec", .criterion(owner: .programme, id: "PR8"))
        // The rounded-down reductions must reach 834 tCO2: 834 / 1,728.256 = 0.48256739…, not 0.48218.
        #expect(flip.threshold == (try Quantity(parsing: "0.4825674 tCO2/MWh")))
        #expect(flip.boundary == .between)
        #expect(flip.direction == .down)
        #expect(try verdict(input, "0.4825675 tCO2/MWh", .criterion(owner: .programme, id: "PR8")) == .pass)
        #expect(try verdict(input, "0.4825673 tCO2/MWh", .criterion(owner: .programme, id: "PR8")) == .fail)
        #expect(try verdict(input, "0.4825673 tCO2/MWh", .verdict) == .fail)
        let overall = try self.flip("EF_elec", .verdict).1
        #expect(overall.threshold == flip.threshold)
    }

    @Test func theLargestSubsidyThatPassesIsExact() throws {
        let (input, flip) = try flip("finance.subsidy_requested", .criterion(owner: .programme, id: "PR7"))
        #expect(flip.threshold == (try Quantity(parsing: "30,000,000 JPY")))
        #expect(flip.boundary == .lastUnchanged)
        #expect(try verdict(input, "30,000,000 JPY", .criterion(owner: .programme, id: "PR7")) == .pass)
        #expect(try verdict(input, "30,000,000.01 JPY", .criterion(owner: .programme, id: "PR7")) == .fail)
    }

    @Test func partLoadFailsFromNinetyPercentOfTheRatedFlow() throws {
        let (input, flip) = try flip("equipment[B-1].expected_average_flow", .criterion(owner: .methodology, id: "C6"))
        #expect(flip.threshold == (try Quantity(parsing: "162,000 Nm3/h")))
        #expect(flip.boundary == .firstChanged)
        #expect(flip.direction == .up)
        #expect(try verdict(input, "161,999.99 Nm3/h", .criterion(owner: .methodology, id: "C6")) == .pass)
        #expect(try verdict(input, "162,000 Nm3/h", .criterion(owner: .methodology, id: "C6")) == .fail)
    }

    @Test func countsMoveByWholeNumbers() throws {
        let (input, flip) = try flip(
            "finance.similar_projects_selected_in_country", .criterion(owner: .programme, id: "PR7"))
        #expect(flip.threshold == Quantity(1))
        #expect(try verdict(input, "1", .criterion(owner: .programme, id: "PR7")) == .fail)
        let days = try self.flip(
            "equipment[B-1].reference_sec.measurement_days", .criterion(owner: .methodology, id: "C3"))
        #expect(days.1.threshold == Quantity(6))
        #expect(try verdict(days.0, "6", .criterion(owner: .methodology, id: "C3")) == .fail)
        #expect(try verdict(days.0, "7", .criterion(owner: .methodology, id: "C3")) == .pass)
    }

    @Test func reductionsAtZeroMakeTheCostPerTonneUndefined() throws {
        let (_, flip) = try flip("EF_elec", .figure(symbol: "cost_effectiveness"))
        #expect(flip.from == .defined)
        #expect(flip.to == .undefined)
        // One tonne after rounding down: 1 / 1,728.256 = 0.000578618…
        #expect(flip.threshold == (try Quantity(parsing: "0.000578618 tCO2/MWh")))
    }

    @Test func theSensitivityTableMovesEachInputByTenPercent() throws {
        let analysed = try #require(Self.analysis.inputs.first { $0.input.name == "EF_elec" })
        let sensitivity = try #require(analysed.sensitivity)
        #expect(sensitivity.base.description == "1,139 tCO2")
        guard case .reductions(let lower) = sensitivity.lower.outcome,
            case .reductions(let upper) = sensitivity.upper.outcome
        else {
            Issue.record("no reductions at ±10 %")
            return
        }
        // 1,728.256 MWh × 0.59328 = 1,025.3…; × 0.72512 = 1,253.2…, both rounded down.
        #expect(lower.description == "1,025 tCO2")
        #expect(upper.description == "1,253 tCO2")
        let share = try #require(
            Self.analysis.inputs.first { $0.input.name == "commitments.credits_share_to_government_of_japan" })
        #expect(share.input.maximum != nil)
    }

    @Test func anInputNamedWrongIsACommandLineErrorWithAHint() throws {
        do {
            _ = try WhatIf.analyse(try Fixture.load(Fixture.blower), vary: "EF_elc")
            Issue.record("an input that does not exist was analysed")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.code == .D2)
            #expect(error.diagnostics.first?.message.contains("did you mean 'EF_elec'?") == true)
        }
    }
}

@Suite struct ThresholdSearchTests {
    @Test func theRoundestNumberBetweenTwoValuesIsTriedFirst() {
        #expect(ThresholdSearch.roundest(between: 29_000_001, 30_500_000, integer: false) == 30_000_000)
        #expect(ThresholdSearch.roundest(between: 0.48, 0.49, integer: false) == Decimal(string: "0.485"))
        #expect(ThresholdSearch.roundest(between: 3, 4, integer: true) == nil)
        #expect(ThresholdSearch.roundest(between: 3, 5, integer: true) == 4)
        #expect(DecimalText.significant(Decimal(string: "0.482567398")!, digits: 7) == Decimal(string: "0.4825674"))
    }
}
