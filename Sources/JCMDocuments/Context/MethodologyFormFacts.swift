import JCMKit
import JCMReports
import JCMRules

/// The Proposed Methodology Form: sections B, D and F to I, and the Monitoring Spreadsheet's
/// MPS(input) and MPS(calc_process), from the methodology alone. Sections A, C and E are the
/// methodology's identity, summary and emission sources (`MethodologyFacts`).
struct MethodologyFormFacts: TemplateRecord {
    /// The methodology's own list of parts not checked against an official text is not empty.
    var hasUnverifiedParts = false
    /// B. Terms and definitions.
    var terms: [DefinitionFacts] = []
    var hasTerms = false
    /// D. Eligibility criteria.
    var criteria: [FormCriterionFacts] = []
    /// F. The equations the reference emissions read, themselves included.
    var referenceEquations: [FormEquationFacts] = []
    /// G. The equations the project emissions read that F does not hold.
    var projectEquations: [FormEquationFacts] = []
    /// H. Every other equation: the emission reductions and the figures beside them.
    var reductionEquations: [FormEquationFacts] = []
    /// The rounding step's source, marked when no official text was read.
    var roundingSource: DocumentText?
    /// I. Data and parameters fixed ex ante, by the methodology or by each project.
    var fixedExAnte: [FormParameterFacts] = []
    /// MPS(input): every parameter, monitored ones first.
    var inputs: [FormParameterFacts] = []
    /// MPS(calc_process): every equation in the order jcm computes them.
    var calculationProcess: [FormEquationFacts] = []
}

struct DefinitionFacts: TemplateRecord {
    var term = DocumentText()
    var definition = DocumentText()
}

struct FormCriterionFacts: TemplateRecord {
    var id = DocumentText()
    var text = DocumentText()
    var evidence = DocumentText()
    /// Where the criterion comes from, marked when no official text was read.
    var source: DocumentText?
}

/// A parameter as the form lists it; `parameter` holds its description, unit and measurement.
struct FormParameterFacts: TemplateRecord {
    var parameter = ParameterFacts()
    /// The methodology's value, marked when its source was not verified.
    var value: DocumentText?
    /// The measuring instrument of a monitored parameter, or the source of a default.
    var source: DocumentText?
}

struct FormEquationFacts: TemplateRecord {
    /// Its place in the calculation process, from 1.
    var number = DocumentText()
    var symbol = DocumentText()
    var name = DocumentText()
    var unit = DocumentText()
    var formula = DocumentText()
    /// The rule the calculation evaluates, in jcm's rule language.
    var expression = DocumentText()
    /// The parameters and equations it reads directly.
    var reads: [SymbolFacts] = []
}

struct SymbolFacts: TemplateRecord {
    var display = DocumentText()
    var description = DocumentText()
    var unit = DocumentText()
}

extension MethodologyFormFacts {
    init(_ methodology: Methodology, _ assessment: Assessment, _ facts: FactsBuilder) {
        hasUnverifiedParts = !methodology.source.unverified.isEmpty
        terms = methodology.terms.map {
            DefinitionFacts(term: facts.localized($0.term), definition: facts.localized($0.definition))
        }
        hasTerms = !terms.isEmpty
        criteria = methodology.rules.criteria.map { criterion in
            FormCriterionFacts(id: facts.text(criterion.id), text: facts.localized(criterion.text),
                               evidence: facts.localized(criterion.evidence),
                               source: criterion.provenance.map { Self.source($0, facts) })
        }
        roundingSource = methodology.rounding.map { Self.source($0.provenance, facts) }
        let parameters = methodology.rules.parameters.map { FormParameterFacts($0, project: assessment.project, facts) }
        let kinds = methodology.rules.parameters.map(\.kind)
        inputs = zip(kinds, parameters).filter { $0.0 == .monitoredExPost }.map(\.1)
            + zip(kinds, parameters).filter { $0.0 != .monitoredExPost }.map(\.1)
        fixedExAnte = zip(kinds, parameters).filter { [.fixedExAnte, .projectSpecificExAnte].contains($0.0) }.map(\.1)
        let steps = assessment.calculation.methodologySteps
        calculationProcess = steps.enumerated().map { FormEquationFacts($1, number: $0 + 1, methodology, facts) }
        let reach = Reach(assessment.loaded)
        func needed(by result: String) -> Set<String> { reach.names(equation: result).union([result]) }
        let reference = needed(by: methodology.results.referenceEmissions)
        let project = needed(by: methodology.results.projectEmissions).subtracting(reference)
        func section(_ holds: (String) -> Bool) -> [FormEquationFacts] {
            zip(steps, calculationProcess).filter { holds($0.0.equation.symbol) }.map(\.1)
        }
        referenceEquations = section(reference.contains)
        projectEquations = section(project.contains)
        reductionEquations = section { !reference.contains($0) && !project.contains($0) }
    }

    /// `source: … [UNVERIFIED]` in the document's language.
    static func source(_ provenance: Provenance, _ facts: FactsBuilder) -> DocumentText {
        facts.text(provenance.verified ? .textSource : .textSourceUnverified, ["source": provenance.source])
    }
}

extension FormParameterFacts {
    init(_ parameter: Parameter, project: Project, _ facts: FactsBuilder) {
        self.parameter = ParameterFacts(parameter, project: project, facts)
        if let given = parameter.defaultValue {
            let amount = facts.style.quantity(given.value)
            value = given.provenance.verified ? facts.text(amount) : facts.text(.originUnverified, ["origin": amount])
            source = facts.text(facts.wording.detail(given.provenance, vintage: given.vintage))
        } else {
            source = parameter.monitoring.map { facts.localized($0.source) }
        }
    }
}

extension FormEquationFacts {
    init(_ step: EquationOutcome, number: Int, _ methodology: Methodology, _ facts: FactsBuilder) {
        let equation = step.equation
        self.number = facts.text(String(number))
        symbol = facts.text(equation.symbol)
        name = facts.localized(equation.name)
        unit = facts.text(AmountFacts.unitName(equation.unit))
        formula = StepFacts.formula(step, facts)
        expression = facts.text(step.expressionText)
        let mentioned = equation.expression.expression.mentions
        let parameters = methodology.rules.parameters.filter { mentioned.contains($0.symbol) }.map {
            SymbolFacts(display: facts.text($0.display), description: facts.localized($0.description),
                        unit: facts.text(AmountFacts.unitName($0.unit)))
        }
        let equations = methodology.rules.equations.filter { mentioned.contains($0.symbol) }.map {
            SymbolFacts(display: facts.text($0.symbol), description: facts.localized($0.name),
                        unit: facts.text(AmountFacts.unitName($0.unit)))
        }
        reads = parameters + equations
    }
}
