import JCMKit
import JCMRules

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
    /// `verdictInputs`: unverified values that eligibility verdicts rest on, listed with the
    /// calculation's own so that a document names every unverified value it depends on.
    init(_ calculation: Calculation, estimationPeriod period: AmountFacts, verdictInputs: [String], _ format: DocumentFormat) {
        estimationPeriod = period
        methodologySteps = calculation.methodologySteps.map { StepFacts($0, owner: "methodology", format) }
        programmeSteps = calculation.programmeSteps.map { StepFacts($0, owner: "programme", format) }
        steps = methodologySteps + programmeSteps
        hasProgrammeSteps = !programmeSteps.isEmpty
        referenceEmissions = calculation.referenceEmissions.map { ResultFacts($0, format) }
        projectEmissions = calculation.projectEmissions.map { ResultFacts($0, format) }
        emissionReductions = calculation.emissionReductions.map { ResultFacts($0, format) }
        results = [referenceEmissions, projectEmissions, emissionReductions].compactMap { $0 }
            + calculation.programmeSteps.map { ResultFacts($0, format) }
        var seen: Set<String> = []
        unverifiedInputs = (calculation.unverifiedInputs + verdictInputs).filter { seen.insert($0).inserted }.map { DocumentText($0, format) }
        hasUnverifiedInputs = !unverifiedInputs.isEmpty
        isIncomplete = calculation.steps.contains { $0.value.isUnknown }
    }
}

extension ResultFacts {
    init(_ step: EquationOutcome, _ format: DocumentFormat) {
        symbol = DocumentText(step.equation.symbol, format)
        name = DocumentText(step.equation.name, format)
        value = ValueFacts(step.value, format)
        unverifiedInputs = step.unverifiedInputs.map { DocumentText($0, format) }
        dependsOnUnverified = step.dependsOnUnverified
    }
}

extension StepFacts {
    init(_ step: EquationOutcome, owner: String, _ format: DocumentFormat) {
        symbol = DocumentText(step.equation.symbol, format)
        name = DocumentText(step.equation.name, format)
        unit = DocumentText(AmountFacts.unitName(step.equation.unit), format)
        self.owner = DocumentText(owner, format)
        formula = DocumentText(step.formula, format)
        expression = DocumentText(step.expressionText, format)
        substituted = DocumentText(step.substituted, format)
        terms = step.terms.map { TermFacts(label: DocumentText($0.label, format), substituted: DocumentText($0.substituted, format), value: ValueFacts($0.value, format)) }
        hasTerms = !terms.isEmpty
        inputs = step.inputs.map { InputFacts($0, format) }
        computed = step.computed.flatMap { $0.unit == step.equation.unit ? nil : AmountFacts($0, format) }
        unrounded = ValueFacts(step.unrounded, format)
        rounding = step.rounding.map { rounding in
            RoundingFacts(mode: DocumentText(rounding.rule.mode.rawValue, format), increment: AmountFacts(rounding.rule.increment, format),
                          before: AmountFacts(rounding.before, format), after: AmountFacts(rounding.after, format),
                          rule: DocumentText(rounding.rule.text, format), source: DocumentText(rounding.rule.provenance.source, format),
                          verified: rounding.rule.provenance.verified)
        }
        value = ValueFacts(step.value, format)
        unverifiedInputs = step.unverifiedInputs.map { DocumentText($0, format) }
        dependsOnUnverified = step.dependsOnUnverified
    }
}

extension InputFacts {
    init(_ input: TraceInput, _ format: DocumentFormat) {
        name = DocumentText(input.name, format)
        value = ValueFacts(input.value, format)
        originKind = DocumentText(input.origin?.kind.rawValue ?? "not given", format)
        origin = DocumentText(Self.originText(input.origin), format)
        verified = input.origin?.verified ?? true
        let text = input.origin?.kind == .projectInput ? "project data" : verified ? "yes" : "NO"
        verification = DocumentText(text, format)
    }

    static func originText(_ origin: Origin?) -> String {
        guard let origin else { return "not given" }
        switch origin.kind {
        case .projectInput: return origin.location?.place ?? "project: \(origin.detail)"
        case .methodologyDefault: return "methodology default: \(origin.detail)"
        case .programmeValue: return "programme: \(origin.detail)"
        case .equation: return "equation \(origin.detail)"
        }
    }
}
