import JCMKit
import JCMRules

/// The methodology applied: identity, status and which of its parts were checked against an
/// official text.
struct MethodologyFacts: TemplateRecord {
    var id = DocumentText()
    var version = DocumentText()
    /// `VN_AM007 Ver1.0`
    var reference = DocumentText()
    /// `approved`, `proposed` or `draft` in XML; the language's word in Markdown.
    var status = DocumentText()
    var isApproved = false
    var title = DocumentText()
    var hostCountry = DocumentText()
    var sectoralScope = DocumentText()
    var summary: DocumentText?
    var sourceURL = DocumentText()
    var verified: [DocumentText] = []
    var unverified: [DocumentText] = []
    var note: DocumentText?
    var rounding: RoundingRuleFacts?
    var referenceSources: [EmissionSourceFacts] = []
    var projectSources: [EmissionSourceFacts] = []
}

/// An emission source and its greenhouse gas, for the PDD's table C.1.
struct EmissionSourceFacts: TemplateRecord {
    var source = DocumentText()
    var gas = DocumentText()
}

/// The methodology's rounding step as a rule, before it is applied to any figure.
struct RoundingRuleFacts: TemplateRecord {
    var equation = DocumentText()
    var mode = DocumentText()
    var increment = AmountFacts()
    var text = DocumentText()
    var source = DocumentText()
    var verified = false
}

/// The fiscal-year call of the Model Project programme that the project is checked against.
struct ProgrammeFacts: TemplateRecord {
    var id = DocumentText()
    var fiscalYear = DocumentText()
    var title = DocumentText()
    var administrator = DocumentText()
    var source = DocumentText()
    var verified = false
    /// Why the project is checked against this call (the date that chose it).
    var choice = DocumentText()
}

extension MethodologyFacts {
    init(_ methodology: Methodology, _ facts: FactsBuilder) {
        id = facts.text(methodology.id)
        version = facts.text(methodology.version)
        reference = facts.text(methodology.reference)
        status = facts.label(canonical: methodology.status.rawValue, worded: facts.wording.status(methodology.status))
        isApproved = methodology.status == .approved
        title = facts.localized(methodology.title)
        hostCountry = facts.text(methodology.hostCountry)
        sectoralScope = facts.text(methodology.sectoralScope)
        summary = methodology.summary.map(facts.localized)
        sourceURL = facts.text(methodology.source.url)
        verified = methodology.source.verified.map(facts.text)
        unverified = methodology.source.unverified.map(facts.text)
        note = methodology.source.note.map(facts.localized)
        func sources(_ scenario: EmissionSource.Scenario) -> [EmissionSourceFacts] {
            methodology.emissionSources.filter { $0.scenario == scenario }
                .map { EmissionSourceFacts(source: facts.localized($0.source), gas: facts.text($0.gas)) }
        }
        referenceSources = sources(.reference)
        projectSources = sources(.project)
        rounding = methodology.rounding.map { rule in
            RoundingRuleFacts(equation: facts.text(rule.equation),
                              mode: facts.label(canonical: rule.mode.rawValue, worded: facts.wording.roundingMode(rule.mode)),
                              increment: AmountFacts(rule.increment, facts), text: facts.localized(rule.text),
                              source: facts.text(rule.provenance.source), verified: rule.provenance.verified)
        }
    }
}

extension ProgrammeFacts {
    init(_ programme: Programme, choice: CallChoice?, _ facts: FactsBuilder) {
        id = facts.text(programme.id)
        fiscalYear = facts.text(programme.fiscalYear)
        title = facts.localized(programme.title)
        administrator = facts.text(programme.administrator)
        source = facts.text(programme.source.source)
        verified = programme.source.verified
        self.choice = facts.text(facts.wording.callChoice(choice, programme))
    }
}
