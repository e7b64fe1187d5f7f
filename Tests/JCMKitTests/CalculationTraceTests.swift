import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits
import Testing

@testable import JCMKit

@Suite struct CalculationTraceTests {
    /// A check leaves out the per-item lines and nothing else: the same figures, verdicts and
    /// reasons as an assessment that traces every item.
    @Test func anAssessmentWithoutItemLinesDiffersInThemAlone() throws {
        let loaded = try Fixture.load(Fixture.blower)
        let traced = try Assessment.assess(loaded)
        let untraced = try Assessment.assess(loaded, tracingItems: false)
        #expect(traced.calculation.steps.contains { !$0.itemTerms.isEmpty })
        #expect(untraced.calculation.steps.allSatisfy { $0.itemTerms.isEmpty })
        #expect(untraced.calculation.steps.map(\.value) == traced.calculation.steps.map(\.value))
        #expect(untraced.calculation.unverifiedInputs == traced.calculation.unverifiedInputs)
        #expect(untraced.eligibility.verdict == traced.eligibility.verdict)
        let reasons = { (assessment: Assessment) in assessment.eligibility.groups.flatMap { $0.results.map(\.reasons) } }
        #expect(reasons(untraced) == reasons(traced))
    }

    @Test func blowerFiguresAreExact() throws {
        let calculation = try Calculation.run(try Fixture.load(Fixture.blower))
        #expect(calculation.referenceEmissions?.value == .quantity(try Quantity(parsing: "2109.6087552 tCO2")))
        #expect(calculation.projectEmissions?.value == .quantity(try Quantity(parsing: "970.3424 tCO2")))
        #expect(calculation.emissionReductions?.value == .quantity(try Quantity(parsing: "1139 tCO2")))
    }

    @Test func roundingHappensOnlyAtTheDeclaredStep() throws {
        let calculation = try Calculation.run(try Fixture.load(Fixture.blower))
        let er = try #require(calculation.emissionReductions)
        #expect(er.unrounded == .quantity(try Quantity(parsing: "1139.2663552 tCO2")))
        #expect(er.rounding?.after == (try Quantity(parsing: "1139 tCO2")))
        #expect(calculation.referenceEmissions?.rounding == nil)
    }

    @Test func traceListsEachItemAndEachInputWithItsOrigin() throws {
        let re = try #require(try Calculation.run(try Fixture.load(Fixture.blower)).referenceEmissions)
        #expect(re.terms.map(\.label) == ["equipment[B-1]", "equipment[B-2]"])
        #expect(re.terms[0].substituted.render() == "864,000 kNm3 × 1.852 kWh/kNm3 × 0.6592 tCO2/MWh")
        let ef = try #require(re.inputs.first { $0.name == "EF_elec" })
        guard case .methodologyDefault("EF_elec", let provenance, "2023")? = ef.origin else {
            Issue.record("EF_elec should be the methodology default of vintage 2023, is \(String(describing: ef.origin))")
            return
        }
        #expect(provenance.verified)
        let volume = try #require(re.inputs.first { $0.name == "equipment[B-1].parameters.V_PJ" })
        #expect(volume.origin?.location?.line == 80)
    }

    @Test func unverifiedRoundingRuleIsCarriedToDependentResults() throws {
        let calculation = try Calculation.run(try Fixture.load(Fixture.blower))
        #expect(calculation.referenceEmissions?.dependsOnUnverified == false)
        #expect(calculation.emissionReductions?.dependsOnUnverified == true)
        #expect(calculation.step("cost_effectiveness")?.unverifiedInputs.contains { $0.subject == .roundingRule(equation: "ER_p", provenance: $0.provenance!) } == true)
    }

    @Test func missingMonitoredValueLeavesTheResultUnknownNamingIt() throws {
        let loaded = try Fixture.load(Fixture.blower) { $0.replacingOccurrences(of: "      EC_PJ: 736 MWh\n  - id: B-2", with: "  - id: B-2") }
        let calculation = try Calculation.run(loaded)
        #expect(calculation.projectEmissions?.value == .unknown(missing: ["equipment[B-1].EC_PJ"]))
        #expect(calculation.emissionReductions?.value.isUnknown == true)
    }

    @Test func projectCannotOverrideAFixedExAnteDefault() throws {
        #expect(throws: (any Error).self) {
            try Fixture.load(Fixture.blower) { $0 + "parameters:\n  EF_elec: 0.9 tCO2/MWh\n" }
        }
    }
}

@Suite struct ShippedDataTests {
    @Test func everyShippedFileLintsClean() {
        #expect(Fixture.catalog.methodologies.flatMap(Linter.lint).isEmpty)
        #expect(Fixture.catalog.programmes.flatMap(Linter.lint).isEmpty)
    }

    @Test func everyUnverifiedDefaultSaysWhereItComesFrom() {
        let parameters = Fixture.catalog.methodologies.flatMap(\.rules.parameters) + Fixture.catalog.programmes.flatMap(\.rules.parameters)
        for parameter in parameters {
            if let fallback = parameter.defaultValue { #expect(!fallback.provenance.source.isEmpty, "\(parameter.symbol)") }
        }
        #expect(parameters.contains { $0.symbol == "EF_elec" && $0.defaultValue?.provenance.verified == true })
        #expect(parameters.contains { $0.symbol == "EF_grid" && $0.defaultValue?.provenance.verified == false })
    }

    @Test func theNewestProgrammeIsTheDefault() {
        #expect(Fixture.catalog.programme(fiscalYear: nil)?.fiscalYear == "FY2025")
        #expect(Fixture.catalog.programme(fiscalYear: "fy2024")?.id == "JCM-MP-FY2024")
    }
}

@Suite struct ProjectJSONSchemaTests {
    /// The committed schemas under docs/schemas are regenerated with `jcm schema`; this fails when they are stale.
    @Test func committedSchemasAreCurrent() throws {
        let folder = Fixture.root.appendingPathComponent("docs/schemas")
        let programme = Fixture.catalog.programme(fiscalYear: nil)
        var expected = ["project-no-methodology.schema.json": ProjectJSONSchema.generate(methodology: nil, programme: programme)]
        for methodology in Fixture.catalog.methodologies {
            expected["project-\(methodology.id)-\(methodology.version).schema.json"] = ProjectJSONSchema.generate(methodology: methodology, programme: programme)
        }
        for (name, text) in expected {
            let committed = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(committed == text, "docs/schemas/\(name) is stale: regenerate it with jcm schema")
        }
    }

    @Test func schemaDeclaresUnitsAndClosedRecords() throws {
        let methodology = try Fixture.catalog.methodology(id: "VN_PM_DRAFT_BLOWER", version: nil)
        let text = ProjectJSONSchema.generate(methodology: methodology, programme: Fixture.catalog.programme(fiscalYear: nil))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect(object["additionalProperties"] as? Bool == false)
        let properties = object["properties"] as! [String: Any]
        let equipment = (properties["equipment"] as! [String: Any])["items"] as! [String: Any]
        let fields = equipment["properties"] as! [String: Any]
        #expect((fields["rated_flow"] as? [String: Any])?["x-jcm-unit"] as? String == "Nm3/h")
        #expect((object["required"] as? [String])?.contains("technology") == true)
    }
}

@Suite struct ProjectValueFormTests {
    @Test func valueUnitPairsAndOtherUnitsOfTheSameDimensionAreAccepted() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "      EC_PJ: 736 MWh\n  - id: B-2", with: "      EC_PJ: {value: 736000, unit: kWh}\n  - id: B-2")
        }
        let calculation = try Calculation.run(loaded)
        #expect(calculation.projectEmissions?.value.description == "970.3424 tCO2")
        #expect(calculation.projectEmissions?.terms[0].substituted.render() == "736,000 kWh × 0.6592 tCO2/MWh")
    }

    @Test func everyProblemOfAFileIsReportedAtOnce() throws {
        do {
            _ = try Fixture.load(Fixture.blower) {
                $0.replacingOccurrences(of: "\ncity: Hai Phong", with: "\ncitty: Hai Phong")
                    .replacingOccurrences(of: "efficiency_class: IE3}", with: "efficiency_class: IE7}")
            }
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(\.code) == [.P1, .P3, .P3])
            #expect(error.diagnostics[1].message.contains("'equipment[B-1].motor.efficiency_class' is 'IE7', expected one of 'IE1', 'IE2', 'IE3', 'IE4', 'IE5'"))
        }
    }
}

@Suite struct MonitoringPeriodTests {
    @Test func periodCalculationUsesTheMonitoredValues() throws {
        let loaded = try Fixture.load(Fixture.blower).monitored(period: "MP1")
        let calculation = try Calculation.run(loaded)
        #expect(calculation.referenceEmissions?.value.description == "2,099.060711424 tCO2")
        #expect(calculation.projectEmissions?.value.description == "971.3667968 tCO2")
        #expect(calculation.emissionReductions?.value.description == "1,127 tCO2")
        #expect(calculation.programmeSteps.isEmpty)
        #expect(loaded.period?.days == 365)
        let volume = try #require(calculation.referenceEmissions?.inputs.first { $0.name.hasSuffix("V_PJ") })
        #expect(volume.name == "monitoring_periods[MP1].monitored[B-1].V_PJ")
    }

    @Test func exAnteEstimatesAreNeverUsedForAMissingReading() throws {
        let loaded = try Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "      - {equipment: B-2, EC_PJ: 742.106 MWh, V_PJ: \"861,120 kNm3\"}\n", with: "")
        }.monitored(period: "MP1")
        let calculation = try Calculation.run(loaded)
        #expect(calculation.projectEmissions?.value == .unknown(missing: ["monitoring_periods[MP1].monitored[B-2].EC_PJ"]))
    }

    @Test func unknownPeriodAndUnknownEquipmentAreInputErrors() throws {
        do {
            _ = try Fixture.load(Fixture.blower).monitored(period: "MP2")
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.message == "no monitoring period 'MP2' (did you mean 'MP1'?); the project has: MP1")
        }
        do {
            _ = try Fixture.load(Fixture.blower) { $0.replacingOccurrences(of: "{equipment: B-2,", with: "{equipment: B-3,") }.monitored(period: "MP1")
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.code == .P9)
            #expect(error.diagnostics.first?.message.contains("equipment 'B-3', which the project does not have (did you mean") == true)
        }
    }

    @Test func dayCountsAcrossLeapYears() {
        let start = CalendarDate(iso: "2027-10-01")!, end = CalendarDate(iso: "2028-09-30")!
        #expect(MonitoringPeriod(id: "P", start: start, end: end).days == 366)
        #expect(CalendarDate(iso: "2024-02-29")!.adding(years: 1) == CalendarDate(iso: "2025-02-28")!)
    }
}

@Suite struct RuleTestCaseTests {
    @Test func everyShippedTestCasePasses() throws {
        let cases = try RuleTestCase.discover(in: Fixture.catalog.directory)
        #expect(cases.count >= 10)
        for testCase in cases {
            let outcome = try testCase.run(catalog: Fixture.catalog)
            #expect(outcome.passed, "\(testCase.name): \(outcome.failures)")
        }
    }

    @Test func theLowerManufacturerCurveMustBeUsed() throws {
        let testCase = try RuleTestCase.load(Fixture.root.appendingPathComponent("Methodologies/VN_PM_DRAFT_BLOWER/tests/manufacturer-curve-lower.yaml").path)
        var stricter = testCase
        stricter.criteria = [("C3", .pass)]
        let outcome = try stricter.run(catalog: Fixture.catalog)
        #expect(outcome.failures == ["C3: expected pass, got fail"])
        let reasons = Fixture.sentences(outcome.results.first { $0.criterion.id == "C3" }?.reasons) ?? []
        #expect(reasons.contains { $0.contains("SEC_RE (1.852 kWh/kNm3) == min(reference_sec.measured, reference_sec.manufacturer_curve) (= 1.8 kWh/kNm3): does not hold") })
    }
}
