import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits
import Testing

@testable import JCMKit

/// Problems found by a QA pass: each must be an input error with its code, or a sound verdict.
@Suite struct InputIntegrityTests {
    func codes(_ example: String = Fixture.blower, _ edit: @escaping (String) -> String) -> [String] {
        do {
            _ = try Fixture.load(example, edit)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics.map(\.code.rawValue)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func projectIdMustBeASafeFolderName() {
        #expect(codes { $0.replacingOccurrences(of: "id: VN-HP-BLOWER-01", with: "id: ../../evil") } == ["P3"])
        #expect(codes { $0.replacingOccurrences(of: "id: VN-HP-BLOWER-01", with: "id: /tmp/abs") } == ["P3"])
    }

    @Test func emptyTextIsRejected() {
        #expect(codes { $0.replacingOccurrences(of: "id: VN-HP-BLOWER-01", with: "id: \"\"") } == ["P3"])
        #expect(codes { $0.replacingOccurrences(of: "  - name: Kitakyushu Blower Engineering Co., Ltd.", with: "  - name: \" \"") } == ["P3"])
    }

    @Test func repeatedPeriodsAndStrayReadingsAreCaughtOnLoad() {
        let twice = codes { $0.replacingOccurrences(of: "monitoring_periods:\n", with: "monitoring_periods:\n  - {id: MP1, start: 2027-10-01, end: 2028-09-30}\n") }
        #expect(twice == ["P8"])
        #expect(codes { $0.replacingOccurrences(of: "{equipment: B-2,", with: "{equipment: B-9,") } == ["P9"])
        #expect(codes { $0.replacingOccurrences(of: "{equipment: B-2,", with: "{equipment: B-1,") } == ["P8"])
    }

    @Test func emptyListsAreProjectErrors() {
        #expect(codes { text in
            let start = text.range(of: "monitoring_periods:\n")!
            let end = text.range(of: "emission_reduction_type:")!
            return text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "monitoring_periods: []\n")
        } == ["P2"])
        // The period's readings then name equipment that no longer exists, too.
        #expect(codes { text in String(text[..<text.range(of: "equipment:\n  - id: B-1")!.lowerBound]) + "equipment: []\n" } == ["P9", "P9", "P2"])
    }

    @Test func aFixedDefaultSaysWhyItCannotBeSet() throws {
        do {
            _ = try Fixture.load(Fixture.blower) { $0 + "parameters:\n  EF_elec: 0.9 tCO2/MWh\n" }
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.message.hasPrefix("'parameters.EF_elec' cannot be set by a project: EF_elec is fixed ex ante, fixed by the rules (0.6592 tCO2/MWh") == true)
        }
    }

    @Test func aPeriodNeedsAMethodology() throws {
        #expect(throws: DiagnosticError.self) { try Fixture.load(Fixture.composting).monitored(period: "MP1") }
    }

    @Test func estimationPeriodInDaysGivesTheSameExactFigures() throws {
        for period in ["365 d", "8,760 h"] {
            let loaded = try Fixture.load(Fixture.blower) { $0.replacingOccurrences(of: "estimation_period: 1 yr", with: "estimation_period: \(period)") }
            let calculation = try Calculation.run(loaded)
            #expect(calculation.step("annual_emission_reductions")?.value.description == "1,139 tCO2/yr")
            #expect(calculation.step("annual_energy_cost_savings")?.value.description == "19,010,816 JPY/yr")
        }
    }

    @Test func aProjectThatIncreasesEmissionsIsNotEligible() throws {
        let loaded = try Fixture.load(Fixture.blower) { $0.replacingOccurrences(of: "EC_PJ: 736 MWh", with: "EC_PJ: 2000 MWh") }
        let report = try EligibilityChecker.check(loaded)
        #expect(report.verdict == .fail)
        #expect(report.groups.flatMap(\.results).first { $0.criterion.id == "PR10" }?.verdict == .fail)
    }

    /// Negative reductions are a fact to show; credits, shares owed, a cost per tonne or a payback
    /// computed from them would be nonsense, so those are undefined with their reasons.
    @Test func aProjectThatIncreasesEmissionsHasNoCreditsCostPerTonneOrPayback() throws {
        let loaded = try Fixture.load(Fixture.blower) { $0.replacingOccurrences(of: "EC_PJ: 736 MWh", with: "EC_PJ: 2000 MWh") }
        let calculation = try Calculation.run(loaded)
        #expect(calculation.emissionReductions?.value.description.hasPrefix("-") == true)
        for symbol in ["cost_effectiveness", "expected_credits", "credits_to_government_of_japan", "simple_payback", "simple_payback_with_subsidy"] {
            guard case .undefined(.notDefined(_, let reason))? = calculation.step(symbol)?.value else {
                Issue.record("\(symbol) is \(calculation.step(symbol)?.value.description ?? "absent"), not undefined with a reason")
                continue
            }
            #expect(!reason.english.isEmpty && reason.translations["vi"] != nil && reason.translations["ja"] != nil, "\(symbol)")
        }
        let negative = calculation.programmeSteps.filter { step in
            if case .quantity(let quantity) = step.value { quantity.value < 0 } else { false }
        }.map(\.equation.symbol)
        // Only the reductions themselves and the (negative) savings, which are facts, stay negative.
        #expect(negative == ["annual_emission_reductions", "lifetime_emission_reductions", "annual_energy_cost_savings"])
    }

    @Test func aSubsidyAboveTheInvestmentHasNoPaybackWithSubsidy() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            Fixture.lumpSum($0).replacingOccurrences(of: "subsidy_requested: 30,000,000 JPY", with: "subsidy_requested: 70,000,000 JPY")
        }
        let step = try Calculation.run(loaded).step("simple_payback_with_subsidy")
        #expect(step?.value.description == "undefined (A subsidy above the investment leaves nothing to pay back "
            + "(finance.subsidy_requested <= finance.initial_investment does not hold))")
    }

    @Test func costPerTonneOfNothingIsUndefinedAndFailsTheReference() throws {
        let loaded = try Fixture.load(Fixture.lanHa) { $0.replacingOccurrences(of: "EG_PJ: 10 MWh", with: "EG_PJ: 1.5 MWh") }
        let calculation = try Calculation.run(loaded)
        #expect(calculation.step("cost_effectiveness")?.value.description
            == "undefined (A subsidy per tonne reduced has no meaning for a project that reduces no emissions (lifetime_emission_reductions > 0 tCO2 does not hold))")
        let results = try EligibilityChecker.check(loaded).groups.flatMap(\.results)
        #expect(results.first { $0.criterion.id == "PR8" }?.verdict == .fail)
        #expect(results.first { $0.criterion.id == "PR10" }?.verdict == .fail)
    }
}

@Suite struct CatalogIntegrityTests {
    func catalog(_ edit: (URL) throws -> Void) throws -> [Diagnostic] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-catalog-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.root.appendingPathComponent("Methodologies"), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        try edit(directory)
        do {
            _ = try Catalog.load(from: directory.path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func twoFilesForOneMethodologyVersionAreRejected() throws {
        let problems = try catalog { folder in
            try FileManager.default.copyItem(at: folder.appendingPathComponent("VN_AM007/Ver1.0.yaml"), to: folder.appendingPathComponent("VN_AM007/copy.yaml"))
        }
        #expect(problems.map(\.code) == [.M6])
        #expect(problems.first?.message.hasPrefix("methodology VN_AM007 Ver1.0 is defined twice") == true)
    }

    @Test func aMethodologyThatFailsLintIsNeverLoaded() throws {
        let problems = try catalog { folder in
            let file = folder.appendingPathComponent("VN_PM_DRAFT_BLOWER/Ver0.1.yaml")
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "  equation: ER_p", with: "  equation: ER_x")
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(problems.map(\.code) == [.R3])
    }

    @Test func cyclesAndNonPositiveIncrementsFailLint() throws {
        let problems = try catalog { folder in
            let file = folder.appendingPathComponent("VN_PM_DRAFT_BLOWER/Ver0.1.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
                .replacingOccurrences(of: "expression: \"RE_p - PE_p\"", with: "expression: \"RE_p - ER_p\"")
                .replacingOccurrences(of: "increment: 1 tCO2", with: "increment: 0 tCO2")
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(Set(problems.map(\.code)) == [.R4, .R6])
    }

    @Test func aMethodologyFileProblemCarriesAMethodologyCode() throws {
        let problems = try catalog { folder in
            let file = folder.appendingPathComponent("VN_PM_DRAFT_BLOWER/Ver0.1.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            let edited = text.replacingOccurrences(of: "    evidence:", with: "    evidense:", options: [], range: text.range(of: "    evidence:"))
            #expect(edited != text)
            try edited.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(problems.map(\.code) == [.M7, .M8])
        #expect(problems.first?.message.contains("unknown key 'evidense' in a criterion (did you mean 'evidence'?)") == true)
    }

    @Test func aMissingFolderIsSaidToBeMissing() {
        do {
            _ = try Catalog.load(from: "/nonexistent/Methodologies")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.message.contains("does not exist") == true)
        }
    }
}

@Suite struct ScheduleAndPeriodTests {
    func codes(_ edit: @escaping (String) -> String) -> [String] {
        do {
            _ = try Fixture.load(Fixture.blower, edit)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics.map(\.code.rawValue)
        } catch {
            return ["unexpected"]
        }
    }

    @Test func overlappingPeriodsAndPeriodsBeforeOperationAreRejected() {
        #expect(codes { $0.replacingOccurrences(of: "monitoring_periods:\n", with: "monitoring_periods:\n  - {id: MP0, start: 2027-09-01, end: 2027-12-31}\n") } == ["P5"])
        #expect(codes { $0.replacingOccurrences(of: "monitoring_periods:\n", with: "monitoring_periods:\n  - {id: MP0, start: 2026-09-01, end: 2026-09-30}\n") } == ["P5"])
    }

    @Test func anEstimationPeriodMustBeAnExactNumberOfYears() {
        #expect(codes { $0.replacingOccurrences(of: "estimation_period: 1 yr", with: "estimation_period: 366 d") } == ["P5"])
        #expect(codes { $0.replacingOccurrences(of: "estimation_period: 1 yr", with: "estimation_period: 0 yr") } == ["P5"])
        #expect(codes { $0.replacingOccurrences(of: "estimation_period: 1 yr", with: "estimation_period: 730 d") } == [])
    }

    @Test func countsMustBeWholeNumbers() {
        #expect(codes { $0.replacingOccurrences(of: "similar_projects_selected_in_country: 0", with: "similar_projects_selected_in_country: 0.5") } == ["P3"])
    }

    @Test func anExchangeRateNeedsItsDateAndSource() throws {
        do {
            _ = try Fixture.load(Fixture.lanHa) { $0.replacingOccurrences(of: "    date: 2026-10-01\n", with: "") }
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(\.message) == ["missing required key 'date' in 'finance.exchange_rate'"])
        }
    }

    @Test func scheduleMustBeInOrder() throws {
        for (grant, completion) in [("2026-03-01", "2020-01-01"), ("2026-03-01", "2026-12-01")] {
            let loaded = try Fixture.load(Fixture.blower) {
                $0.replacingOccurrences(of: "grant_decision: 2026-03-01", with: "grant_decision: \(grant)")
                    .replacingOccurrences(of: "completion: 2026-09-30", with: "completion: \(completion)")
            }
            let results = try EligibilityChecker.check(loaded).groups.flatMap(\.results)
            #expect(results.first { $0.criterion.id == "PR5" }?.verdict == .fail, "\(grant) → \(completion)")
        }
    }

    @Test func eligibleCostCannotExceedTheInvestment() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            Fixture.lumpSum($0)
                .replacingOccurrences(of: "  subsidy_requested: 30,000,000 JPY", with: "  eligible_cost: 200,000,000 JPY\n  subsidy_requested: 80,000,000 JPY")
        }
        let results = try EligibilityChecker.check(loaded).groups.flatMap(\.results)
        #expect(results.first { $0.criterion.id == "PR7" }?.verdict == .fail)
        #expect(try Calculation.run(loaded).step("maximum_subsidy")?.value.description == "30,000,000 JPY")
    }

    @Test func negativeReductionsFailTheCostEffectivenessReference() throws {
        let loaded = try Fixture.load(Fixture.blower) { $0.replacingOccurrences(of: "EC_PJ: 736 MWh", with: "EC_PJ: 1,700 MWh") }
        let results = try EligibilityChecker.check(loaded).groups.flatMap(\.results)
        #expect(results.first { $0.criterion.id == "PR8" }?.verdict == .fail)
    }

    @Test func verdictsSayWhichUnverifiedValuesTheyRestOn() throws {
        let report = try EligibilityChecker.check(try Fixture.load(Fixture.blower))
        let pr8 = try #require(report.groups.flatMap(\.results).first { $0.criterion.id == "PR8" })
        #expect(Fixture.unverified(pr8.unverifiedInputs).contains { $0.hasPrefix("cost_effectiveness_reference = 4,000 JPY/tCO2") })
        #expect(report.unverifiedInputs.contains { $0.name == "cost_effectiveness_reference" })
    }
}

@Suite struct QAThirdPassTests {
    @Test func aMissingPeriodReadingIsNamedWhereItBelongs() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "{equipment: B-2, EC_PJ: 742.106 MWh, V_PJ: \"861,120 kNm3\"}", with: "{equipment: B-2, EC_PJ: 742.106 MWh}")
        }.monitored(period: "MP1")
        let calculation = try Calculation.run(loaded)
        #expect(calculation.referenceEmissions?.value == .unknown(missing: ["monitoring_periods[MP1].monitored[B-2].V_PJ"]))
    }

    @Test func aLongChainOfEquationsIsRefusedByLint() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-chain-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.root.appendingPathComponent("Methodologies"), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("VN_PM_DRAFT_BLOWER/Ver0.1.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let chain = (0..<100).map { "  - {symbol: Z\($0), name: link, expression: \"Z\($0 + 1) + 0 tCO2\", unit: tCO2}" }.joined(separator: "\n")
        text = text.replacingOccurrences(of: "equations:\n", with: "equations:\n\(chain)\n  - {symbol: Z100, name: end, expression: \"1 tCO2\", unit: tCO2}\n")
        try text.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try Catalog.load(from: directory.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.R6])
        }
    }

    @Test func aRequirementOnAnUndefinedFigureFailsEvenWhenNegated() throws {
        let loaded = try Fixture.load(Fixture.lanHa) { $0.replacingOccurrences(of: "EG_PJ: 10 MWh", with: "EG_PJ: 1.5 MWh") }
        let scope = ProjectScope(loaded)
        let evaluator = Evaluator(scope: scope)
        #expect(try evaluator.evaluate(Parser.parse("not (cost_effectiveness > cost_effectiveness_reference)")).description.hasPrefix("undefined"))
    }
}

@Suite struct LanguageCodeTests {
    @Test(arguments: ["en", "vi", "ja", "fil", "zh-Hant", "pt-BR", "es-419"])
    func codesOfLanguagesAreKeys(_ code: String) { #expect(LocalizedText.isLanguageCode(code)) }

    @Test(arguments: ["", "e", "english", "EN", "en-", "en-x", "en-toolongtag", "ja_JP", "é", "en-Ä1"])
    func otherKeysAreNot(_ code: String) { #expect(!LocalizedText.isLanguageCode(code)) }
}
