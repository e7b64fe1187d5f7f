import Foundation
import FoundationXML
import JCMKit
import JCMReports
import JCMRules
import JCMUnits
import Testing
@testable import JCMDocuments

/// Every figure in every document is the trace's own, compared as exact decimals for the XML and
/// as the trace's text for Markdown.
@Suite struct FigureTests {
    let assessment: Assessment
    let calculation: Calculation
    let set: DocumentSet

    init() throws {
        assessment = try Fixtures.assess()
        calculation = assessment.calculation
        set = try DocumentSet.render(assessment, templates: Fixtures.templates(), date: nil)
    }

    func xml() throws -> XMLDocument { try XMLDocument(data: Data(Fixtures.file(set, "application.xml").utf8)) }

    func quantity(_ value: Value) -> Quantity? {
        if case .quantity(let quantity) = value { return quantity }
        return nil
    }

    /// The `<amount>` children of elements found by `path`, as exact decimals with units.
    func amounts(_ path: String, in document: XMLDocument) throws -> [(Decimal, String)] {
        try document.nodes(forXPath: path).compactMap { node in
            guard let element = node as? XMLElement, let text = element.stringValue,
                let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
            else { return nil }
            return (value, element.attributes?.first { $0.name == "unit" }?.stringValue ?? "")
        }
    }

    func local(_ name: String) -> String { "*[local-name()='\(name)']" }

    @Test func everyStepResultInTheXMLIsTheTracesExactValue() throws {
        let document = try xml()
        #expect(calculation.steps.count > 4, "programme steps are rendered too")
        for step in calculation.steps {
            let found = try amounts("//\(local("step"))[@symbol='\(step.equation.symbol)']/\(local("result"))/\(local("amount"))", in: document)
            guard let expected = quantity(step.value) else {
                Issue.record("\(step.equation.symbol) has no amount in the trace")
                continue
            }
            #expect(found.count == 1, "\(step.equation.symbol)")
            #expect(found.first?.0 == expected.value, "\(step.equation.symbol)")
            #expect(found.first?.1 == (expected.unit.isOne ? "1" : expected.unit.description), "\(step.equation.symbol)")
        }
    }

    @Test func everyInputTermAndRoundingInTheXMLIsTheTraces() throws {
        let document = try xml()
        for step in calculation.steps {
            let stepPath = "//\(local("step"))[@symbol='\(step.equation.symbol)']"
            let inputs = try amounts("\(stepPath)/\(local("input"))/\(local("amount"))", in: document)
            #expect(inputs.map(\.0) == step.inputs.compactMap { quantity($0.value)?.value }, "\(step.equation.symbol)")
            let terms = try amounts("\(stepPath)/\(local("term"))/\(local("amount"))", in: document)
            #expect(terms.map(\.0) == step.terms.compactMap { quantity($0.value)?.value }, "\(step.equation.symbol)")
            if let rounding = step.rounding {
                #expect(try amounts("\(stepPath)/\(local("rounding"))/\(local("before"))", in: document).map(\.0) == [rounding.before.value])
                #expect(try amounts("\(stepPath)/\(local("rounding"))/\(local("after"))", in: document).map(\.0) == [rounding.after.value])
            }
        }
    }

    @Test func theHeadlineResultsInTheXMLAreTheTraces() throws {
        let document = try xml()
        let headline: [(String, EquationOutcome?)] = [("referenceEmissions", calculation.referenceEmissions),
                                                       ("projectEmissions", calculation.projectEmissions),
                                                       ("emissionReductions", calculation.emissionReductions)]
        for (role, step) in headline {
            let symbol = try document.nodes(forXPath: "//\(local("results"))/\(local(role))/@symbol").first?.stringValue
            #expect(symbol == step?.equation.symbol)
            let value = try amounts("//\(local("results"))/\(local("result"))[@symbol='\(symbol ?? "")']/\(local("amount"))", in: document)
            #expect(value.map(\.0) == [step.flatMap { quantity($0.value) }?.value].compactMap { $0 }, "\(role)")
        }
        #expect(try amounts("//\(local("results"))/\(local("result"))[@symbol='ER_p']/\(local("amount"))", in: document).map(\.0) == [Decimal(1139)])
    }

    @Test func everyStepValueAppearsInTheCalculationSheetAndTheSummary() throws {
        let summary = Fixtures.file(set, "proposal-summary.md")
        for step in calculation.steps {
            // The summary is a headline table: emission figures to 0.1 tCO2, rounded down.
            let shown = HeadlinePrecision.shown(step.value).description
            let row = "| \(MarkdownEscaping.escape(step.equation.name.english)) | "
                + "\(MarkdownEscaping.escape(step.equation.symbol)) | \(MarkdownEscaping.escape(shown)) |"
            #expect(summary.contains("\n\(row)\n"), "\(step.equation.symbol) in the summary")
        }
        let sheet = Fixtures.file(set, "calculation-sheet.md")
        for step in calculation.steps {
            #expect(sheet.contains("**\(MarkdownEscaping.escape(step.equation.symbol)) = \(MarkdownEscaping.escape(step.value.description))**"))
            for input in step.inputs {
                // A text input (the host country) is shown as written, without the rule language's quotes.
                let shown = if case .text(let text) = input.value { text } else { input.value.description }
                #expect(sheet.contains("| \(MarkdownEscaping.escape(input.name)) | \(MarkdownEscaping.escape(shown)) |"))
            }
            if let rounding = step.rounding {
                #expect(sheet.contains("\(rounding.before) → \(rounding.after)"))
            }
        }
        let english = try Fixtures.english
        for unverified in calculation.unverifiedInputs {
            #expect(sheet.contains("- \(MarkdownEscaping.escape(english.unverified(unverified)))\n"))
        }
    }

    @Test func referenceProjectAndReductionFiguresAgreeInEveryDocument() throws {
        let figures = [calculation.referenceEmissions, calculation.projectEmissions, calculation.emissionReductions].compactMap { $0 }
        #expect(figures.count == 3)
        // Headline tables show emission figures to 0.1 tCO2, rounded down; the others every digit.
        let headline = ["pdd-draft.md", "proposal-summary.md"]
        for document in ["calculation-sheet.md", "monitoring-plan.md"] + headline {
            let text = Fixtures.file(set, document)
            for step in figures {
                let value = headline.contains(document) ? HeadlinePrecision.shown(step.value) : step.value
                let row = "| \(MarkdownEscaping.escape(value.description)) |"
                #expect(text.contains(row), "\(step.equation.symbol) in \(document)")
            }
        }
        #expect(Fixtures.file(set, "proposal-summary.md").contains("| Estimated emission reductions | 1,139 tCO2/yr |"))
    }
}
