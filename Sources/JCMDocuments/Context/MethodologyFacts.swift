import JCMKit

/// The methodology applied: identity, status and which of its parts were checked against an
/// official text.
struct MethodologyFacts: TemplateRecord {
    var id = DocumentText()
    var version = DocumentText()
    /// `VN_AM007 Ver1.0`
    var reference = DocumentText()
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
}

extension MethodologyFacts {
    init(_ methodology: Methodology, _ format: DocumentFormat) {
        id = DocumentText(methodology.id, format)
        version = DocumentText(methodology.version, format)
        reference = DocumentText(methodology.reference, format)
        status = DocumentText(methodology.status.rawValue, format)
        isApproved = methodology.status == .approved
        title = DocumentText(methodology.title, format)
        hostCountry = DocumentText(methodology.hostCountry, format)
        sectoralScope = DocumentText(methodology.sectoralScope, format)
        summary = methodology.summary.map { DocumentText($0, format) }
        sourceURL = DocumentText(methodology.source.url, format)
        verified = methodology.source.verified.map { DocumentText($0, format) }
        unverified = methodology.source.unverified.map { DocumentText($0, format) }
        note = methodology.source.note.map { DocumentText($0, format) }
        func sources(_ scenario: EmissionSource.Scenario) -> [EmissionSourceFacts] {
            methodology.emissionSources.filter { $0.scenario == scenario }
                .map { EmissionSourceFacts(source: DocumentText($0.source, format), gas: DocumentText($0.gas, format)) }
        }
        referenceSources = sources(.reference)
        projectSources = sources(.project)
        rounding = methodology.rounding.map { rule in
            RoundingRuleFacts(equation: DocumentText(rule.equation, format), mode: DocumentText(rule.mode.rawValue, format),
                              increment: AmountFacts(rule.increment, format), text: DocumentText(rule.text, format),
                              source: DocumentText(rule.provenance.source, format), verified: rule.provenance.verified)
        }
    }
}

extension ProgrammeFacts {
    init(_ programme: Programme, _ format: DocumentFormat) {
        id = DocumentText(programme.id, format)
        fiscalYear = DocumentText(programme.fiscalYear, format)
        title = DocumentText(programme.title, format)
        administrator = DocumentText(programme.administrator, format)
        source = DocumentText(programme.source.source, format)
        verified = programme.source.verified
    }
}
