import JCMKit
import JCMReports
import JCMRules
import JCMUnits

/// The calculation trace for documents: every equation of the methodology and then of the
/// programme call, with the headline results picked out. Nothing here is computed again.
struct CalculationFacts: TemplateRecord {
    var estimationPeriod = AmountFacts()
    var steps: [StepFacts] = []
    var methodologySteps: [StepFacts] = []
    var programmeSteps: [StepFacts] = []
    var hasProgrammeSteps = false
    var referenceEmissions: ResultFacts?
    var projectEmissions: ResultFacts?
    var emissionReductions: ResultFacts?
    /// The headline results, then every programme result (financial figures, credits).
    var results: [ResultFacts] = []
    /// Values not verified against an official text that change a result or a verdict.
    var unverifiedInputs: [DocumentText] = []
    var hasUnverifiedInputs = false
    /// Some result could not be computed because the project lacks data.
    var isIncomplete = false
    /// The estimate per calendar year of the crediting period; absent without a methodology.
    var yearByYear: YearByYearFacts?
    /// The emission reductions a year: `1,139 tCO2/yr`.
    var annualEmissionReductions: ValueFacts?
    /// `0.1 tCO2`: what headline tables round emission figures down to.
    var headlinePrecision = AmountFacts()
}

/// One result with the equation that gives it.
struct ResultFacts: TemplateRecord {
    var symbol = DocumentText()
    var name = DocumentText()
    var value = ValueFacts()
    /// Values not verified against an official text that change this result.
    var unverifiedInputs: [DocumentText] = []
    var dependsOnUnverified = false
}

/// An equation's trace: what an auditor needs to redo it by hand.
struct StepFacts: TemplateRecord {
    var symbol = DocumentText()
    var name = DocumentText()
    var unit = DocumentText()
    /// `methodology` or `programme`
    var owner = DocumentText()
    var formula = DocumentText()
    var expression = DocumentText()
    var substituted = DocumentText()
    /// One term per equipment item, for sums, minima and maxima over items.
    var terms: [TermFacts] = []
    var hasTerms = false
    var inputs: [InputFacts] = []
    /// The arithmetic's own result when its unit differs from the declared one (kWh for MWh).
    var computed: AmountFacts?
    var unrounded = ValueFacts()
    var rounding: RoundingFacts?
    var value = ValueFacts()
    var unverifiedInputs: [DocumentText] = []
    var dependsOnUnverified = false
}

struct TermFacts: TemplateRecord {
    var label = DocumentText()
    var substituted = DocumentText()
    var value = ValueFacts()
}

struct InputFacts: TemplateRecord {
    var name = DocumentText()
    var value = ValueFacts()
    /// `project`, `methodology default`, `programme` or `equation`
    var originKind = DocumentText()
    /// Where the value comes from, as people read it: `project.yaml:63:13`, a default's source.
    var origin = DocumentText()
    var verified = true
    /// `yes` or `NO` for values from official texts; `project data` for the project's own values.
    var verification = DocumentText()
}

/// The rounding step as applied to one result.
struct RoundingFacts: TemplateRecord {
    var mode = DocumentText()
    var increment = AmountFacts()
    var before = AmountFacts()
    var after = AmountFacts()
    var rule = DocumentText()
    var source = DocumentText()
    var verified = true
}

extension CalculationFacts {
    /// Lists the unverified values that eligibility verdicts rest on with the calculation's own,
    /// so that a document names every unverified value it depends on.
    init(_ assessment: Assessment, _ facts: FactsBuilder) {
        let calculation = assessment.calculation
        estimationPeriod = AmountFacts(assessment.project.estimationPeriod, facts)
        methodologySteps = calculation.methodologySteps.map { StepFacts($0, facts) }
        programmeSteps = calculation.programmeSteps.map { StepFacts($0, facts) }
        steps = methodologySteps + programmeSteps
        hasProgrammeSteps = !programmeSteps.isEmpty
        referenceEmissions = calculation.referenceEmissions.map { ResultFacts($0, facts) }
        projectEmissions = calculation.projectEmissions.map { ResultFacts($0, facts) }
        emissionReductions = calculation.emissionReductions.map { ResultFacts($0, facts) }
        results = [referenceEmissions, projectEmissions, emissionReductions].compactMap { $0 }
            + calculation.programmeSteps.map { ResultFacts($0, facts) }
        unverifiedInputs = assessment.unverifiedInputs.map { facts.text(facts.wording.unverified($0)) }
        hasUnverifiedInputs = !unverifiedInputs.isEmpty
        isIncomplete = assessment.isIncomplete
        yearByYear = YearByYearEstimate(assessment).map { YearByYearFacts($0, calculation: calculation, facts) }
        annualEmissionReductions = calculation.emissionReductions.map { step in
            let period = assessment.project.estimationPeriod
            guard case .quantity(let reductions) = step.value, let rate = try? reductions / period else {
                return ValueFacts(step.value, facts)
            }
            return ValueFacts(.quantity(rate), facts)
        }
        headlinePrecision = AmountFacts(HeadlinePrecision.increment, facts)
    }
}

extension ResultFacts {
    init(_ step: EquationOutcome, _ facts: FactsBuilder) {
        symbol = facts.text(step.equation.symbol)
        name = facts.localized(step.equation.name)
        value = ValueFacts(step.value, facts)
        unverifiedInputs = step.unverifiedInputs.map { facts.text(facts.wording.unverified($0)) }
        dependsOnUnverified = step.dependsOnUnverified
    }
}

extension StepFacts {
    init(_ step: EquationOutcome, _ facts: FactsBuilder) {
        let style = facts.ruleStyle
        symbol = facts.text(step.equation.symbol)
        name = facts.localized(step.equation.name)
        unit = facts.text(AmountFacts.unitName(step.equation.unit))
        owner = facts.text(step.owner.rawValue)
        formula = Self.formula(step, facts)
        expression = facts.text(step.expressionText)
        substituted = facts.text(step.substituted.render(style))
        terms = facts.map(step.terms) { term, facts in
            TermFacts(label: facts.text(term.label), substituted: facts.text(term.substituted.render(style)),
                      value: ValueFacts(term.value, facts))
        }
        hasTerms = !terms.isEmpty
        inputs = facts.map(step.inputs) { InputFacts($0, $1) }
        computed = step.computed.flatMap { $0.unit == step.equation.unit ? nil : AmountFacts($0, facts) }
        unrounded = ValueFacts(step.unrounded, facts)
        rounding = step.rounding.map { rounding in
            RoundingFacts(mode: facts.label(canonical: rounding.rule.mode.rawValue, worded: facts.wording.roundingMode(rounding.rule.mode)),
                          increment: AmountFacts(rounding.rule.increment, facts),
                          before: AmountFacts(rounding.before, facts), after: AmountFacts(rounding.after, facts),
                          rule: facts.localized(rounding.rule.text), source: facts.text(rounding.rule.provenance.source),
                          verified: rounding.rule.provenance.verified)
        }
        value = ValueFacts(step.value, facts)
        unverifiedInputs = step.unverifiedInputs.map { facts.text(facts.wording.unverified($0)) }
        dependsOnUnverified = step.dependsOnUnverified
    }
}

extension StepFacts {
    /// The formula as the methodology writes it, translated when its display holds words.
    static func formula(_ step: EquationOutcome, _ facts: FactsBuilder) -> DocumentText {
        Wording.translatableFormula(step).map(facts.localized) ?? facts.text(step.formula)
    }
}

extension InputFacts {
    init(_ input: TraceInput, _ facts: FactsBuilder) {
        name = facts.text(input.name)
        value = ValueFacts(input.value, facts)
        originKind = facts.text(Self.kindName(input.origin))
        origin = facts.text(facts.wording.documentOrigin(input.origin))
        verified = input.origin?.verified ?? true
        // Meter data summed under a rule nobody verified is not plain project data.
        let key: WordingKey = input.origin?.isProjectInput == true && verified ? .documentVerificationProjectData
            : verified ? .documentVerificationYes : .documentVerificationNo
        verification = facts.text(key)
    }

    /// The schema's names for where a value comes from.
    static func kindName(_ origin: Origin?) -> String {
        switch origin {
        case .project, .formatDefault: "project"
        case .methodologyDefault, .methodology: "methodology default"
        case .programmeValue: "programme"
        case .equation: "equation"
        case .meterData: "meter data"
        case .table(_, let source): kindName(source)
        case nil: "not given"
        }
    }
}
