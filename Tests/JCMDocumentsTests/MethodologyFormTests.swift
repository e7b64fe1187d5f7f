import Foundation
import JCMKit
import JCMRules
import Testing
@testable import JCMDocuments

/// The Proposed Methodology Form holds the methodology's own content, section by section.
@Suite struct MethodologyFormTests {
    static let formName = "proposed-methodology-form.md"

    func form(language: String = "en", edit: (inout Methodology) -> Void = { _ in })
        throws -> (form: MethodologyFormFacts, methodology: Methodology)
    {
        let assessment = try Fixtures.assess()
        var methodology = try #require(assessment.methodology)
        edit(&methodology)
        let facts = FactsBuilder(wording: try Fixtures.templates(language: language).wording, format: .markdown)
        return (MethodologyFormFacts(methodology, assessment, facts), methodology)
    }

    func markdown(_ text: String) -> String { DocumentText(text, .markdown).escaped }

    @Test func everyParameterIsInTheInputTableWithItsUnitAndTheExAnteOnesInSectionI() throws {
        let (form, methodology) = try form()
        #expect(methodology.reference == "VN_PM_DRAFT_BLOWER Ver0.1")
        #expect(form.inputs.count == methodology.rules.parameters.count)
        for parameter in methodology.rules.parameters {
            let row = form.inputs.first { $0.parameter.display.escaped == markdown(parameter.display) }
            #expect(row?.parameter.unit.escaped == markdown(parameter.unit.description), "\(parameter.symbol)")
            let description = markdown(parameter.description.english)
            #expect(row?.parameter.description.escaped == description, "\(parameter.symbol)")
            let exAnte = form.fixedExAnte.contains { $0.parameter.display.escaped == markdown(parameter.display) }
            #expect(exAnte == (parameter.kind != .monitoredExPost), "\(parameter.symbol) in section I")
        }
        let monitored = try #require(form.inputs.first)
        #expect(monitored.parameter.measurement?.option.escaped == "C")
        #expect(monitored.source?.escaped == "Electricity meter at the inverter input of each blower")
        let grid = try #require(form.fixedExAnte.first { $0.parameter.display.escaped == markdown("EF_elec") })
        #expect(grid.value?.escaped == "0.6592 tCO2/MWh", "a verified default is not marked")
        #expect(grid.source?.escaped.contains("Department of Climate Change") == true)
    }

    @Test func everyEquationIsInExactlyOneOfSectionsFGAndHAndInTheCalculationProcessInOrder() throws {
        let (form, methodology) = try form()
        let symbols = methodology.rules.equations.map { markdown($0.symbol) }
        #expect(form.calculationProcess.map(\.symbol.escaped) == symbols)
        #expect(form.calculationProcess.map(\.number.escaped) == ["1", "2", "3", "4"])
        #expect(form.referenceEquations.map(\.symbol.escaped) == [markdown("RE_p")])
        #expect(form.projectEquations.map(\.symbol.escaped) == [markdown("PE_p")])
        #expect(form.reductionEquations.map(\.symbol.escaped) == [markdown("ES_p"), markdown("ER_p")])
        let reference = try #require(form.referenceEquations.first)
        #expect(reference.formula.escaped == markdown("RE_p = Σ_i (V_PJ,i,p × SEC_RE,i × EF_elec)"))
        #expect(reference.expression.escaped == markdown("sum(i in equipment: i.V_PJ × i.SEC_RE × EF_elec)"))
        #expect(reference.unit.escaped == "tCO2")
        #expect(reference.reads.map(\.display.escaped) == ["V_PJ,i,p", "SEC_RE,i", "EF_elec"].map(markdown))
        let reductions = try #require(form.reductionEquations.last)
        #expect(reductions.reads.map(\.display.escaped) == [markdown("RE_p"), markdown("PE_p")])
    }

    @Test func theTermsAreTheMethodologysOwnInTheDocumentsLanguage() throws {
        let (english, methodology) = try form()
        #expect(methodology.terms.count == 5)
        #expect(english.hasTerms)
        #expect(english.terms.map(\.term.escaped) == methodology.terms.map { markdown($0.term.english) })
        let definition = english.terms.first?.definition.escaped ?? ""
        #expect(definition.hasPrefix("An industrial blower driven by an electric motor"))
        let (japanese, _) = try form(language: "ja")
        #expect(japanese.terms.first?.term.escaped == "ブロワ")
    }

    @Test func whatRestsOnUnverifiedDataIsMarked() throws {
        let (form, methodology) = try form()
        #expect(form.hasUnverifiedParts)
        #expect(form.criteria.map(\.id.escaped) == methodology.rules.criteria.map(\.id))
        for criterion in form.criteria {
            #expect(criterion.source?.escaped.hasSuffix(#"\[UNVERIFIED\]"#) == true, "\(criterion.id.escaped)")
        }
        #expect(form.roundingSource?.escaped.hasSuffix(#"\[UNVERIFIED\]"#) == true)
        let (edited, _) = try self.form(language: "vi") { methodology in
            let index = methodology.rules.parameters.firstIndex { $0.symbol == "EF_elec" } ?? 0
            methodology.rules.parameters[index].defaultValue?.provenance.verified = false
        }
        let grid = try #require(edited.fixedExAnte.first { $0.parameter.display.escaped == markdown("EF_elec") })
        #expect(grid.value?.escaped == #"0,6592 tCO2/MWh \[CHƯA ĐỐI CHIẾU\]"#)
    }

    @Test func theFormIsRenderedForTheDraftBlowerAndListedInItsManifestButNotForAnApprovedMethodology() throws {
        let blower = try Fixtures.render()
        let template = Self.formName + ".mustache"
        #expect(blower.manifest.documents.contains { $0.file == Self.formName && $0.template == template })
        #expect(blower.manifest.templates.contains { $0.file == template })
        let text = Fixtures.file(blower, Self.formName)
        for heading in ["## A.", "## B.", "## C.", "## D.", "## E.", "## F.", "## G.", "## H.", "## I.", "MPS(input)"] {
            #expect(text.contains(heading), "\(heading)")
        }
        let rooftopPV = Fixtures.root.appendingPathComponent("Examples/haiphong-rooftop-pv/project.yaml").path
        let rooftop = try Fixtures.render(rooftopPV)
        #expect(!rooftop.files.contains { $0.name == Self.formName })
        #expect(!rooftop.manifest.templates.contains { $0.file == template })
    }
}
