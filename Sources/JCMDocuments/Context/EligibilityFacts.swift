import JCMKit

/// Every criterion and requirement with its verdict, the facts that decided it and the evidence
/// that proves it.
struct EligibilityFacts: TemplateRecord {
    var verdict = VerdictFacts()
    var groups: [CriterionGroupFacts] = []
    /// The methodology's criteria, for the PDD's table B.2.
    var methodologyCriteria: [CriterionFacts] = []
    /// The programme call's requirements; empty without a programme call.
    var programmeRequirements: [CriterionFacts] = []
}

struct VerdictFacts: TemplateRecord {
    /// `pass`, `fail` or `needs evidence`
    var value = DocumentText()
    /// `PASS`, `FAIL` or `NEEDS EVIDENCE`
    var label = DocumentText()
    var pass = false
    var fail = false
    var needsEvidence = false
}

struct CriterionGroupFacts: TemplateRecord {
    var title = DocumentText()
    var verdict = VerdictFacts()
    var criteria: [CriterionFacts] = []
}

struct CriterionFacts: TemplateRecord {
    var id = DocumentText()
    var text = DocumentText()
    var verdict = VerdictFacts()
    var reasons: [DocumentText] = []
    /// The reasons one per line, for a table cell.
    var reasonLines = DocumentText()
    var missing: [DocumentText] = []
    var evidence = DocumentText()
    /// Where in the project file to look: `project.yaml:12:3`.
    var location: DocumentText?
    /// Where a programme requirement is stated.
    var source: DocumentText?
    var unverified = false
    /// Values not verified against an official text that the verdict rests on.
    var unverifiedInputs: [DocumentText] = []
}

extension EligibilityFacts {
    /// `report.groups` holds the methodology's criteria first, then the programme call's.
    init(_ report: EligibilityReport, hasMethodology: Bool, hasProgramme: Bool, _ format: DocumentFormat) {
        verdict = VerdictFacts(report.verdict, format)
        groups = report.groups.map { group in
            CriterionGroupFacts(title: DocumentText(group.title, format), verdict: VerdictFacts(group.verdict, format),
                                criteria: group.results.map { CriterionFacts($0, format) })
        }
        methodologyCriteria = hasMethodology ? groups.first?.criteria ?? [] : []
        programmeRequirements = hasProgramme ? groups.last?.criteria ?? [] : []
    }
}

extension VerdictFacts {
    init(_ verdict: Verdict, _ format: DocumentFormat) {
        value = DocumentText(verdict.rawValue, format)
        label = DocumentText(verdict.rawValue.uppercased(), format)
        pass = verdict == .pass
        fail = verdict == .fail
        needsEvidence = verdict == .needsEvidence
    }
}

extension CriterionFacts {
    init(_ result: CriterionResult, _ format: DocumentFormat) {
        id = DocumentText(result.criterion.id, format)
        text = DocumentText(result.criterion.text, format)
        verdict = VerdictFacts(result.verdict, format)
        reasons = result.reasons.map { DocumentText($0, format) }
        reasonLines = DocumentText(result.reasons.joined(separator: "\n"), format)
        missing = result.missing.map { DocumentText($0, format) }
        evidence = DocumentText(result.criterion.evidence, format)
        location = result.location.map { DocumentText($0.place, format) }
        source = result.criterion.provenance.map { DocumentText($0.source, format) }
        unverified = result.criterion.provenance.map { !$0.verified } ?? false
        unverifiedInputs = result.unverifiedInputs.map { DocumentText($0, format) }
    }
}
