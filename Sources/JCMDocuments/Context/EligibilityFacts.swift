import JCMKit
import JCMReports

/// Every criterion and requirement with its verdict, the facts that decided it and the evidence
/// that proves it.
struct EligibilityFacts: TemplateRecord {
    var verdict = VerdictFacts()
    var groups: [CriterionGroupFacts] = []
    /// The methodology's criteria, for the PDD's table B.2.
    var methodologyCriteria: [CriterionFacts] = []
    /// The programme call's requirements; empty without a programme call.
    var programmeRequirements: [CriterionFacts] = []
    /// Plausibility rules that do not hold: figures to look at again, outside every verdict.
    var warnings: [CriterionFacts] = []
    var hasWarnings = false
    /// For a project that fails or is undetermined: the notice every document opens with.
    var banner: BannerFacts?
}

/// "Not eligible: draft for internal review", with the criteria and requirements that decide it,
/// so that a draft of a failing project is never mistaken for one ready to submit.
struct BannerFacts: TemplateRecord {
    var title = DocumentText()
    /// What the items are: those that fail, or those whose evidence is missing.
    var itemsLabel = DocumentText()
    var items: [CriterionFacts] = []
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
    /// PDD B.2: the methodology's explanation filled with the project's values, one sentence a subject.
    var explanation: [DocumentText] = []
    var hasExplanation = false
    /// The documents the project gives as evidence for this criterion.
    var citedEvidence: [DocumentText] = []
    var hasCitedEvidence = false
    /// Where in the project file to look: `project.yaml:12:3`.
    var location: DocumentText?
    /// Where a programme requirement is stated.
    var source: DocumentText?
    var unverified = false
    /// Values not verified against an official text that the verdict rests on.
    var unverifiedInputs: [DocumentText] = []
}

extension EligibilityFacts {
    init(_ assessment: Assessment, _ facts: FactsBuilder) {
        let report = assessment.eligibility
        verdict = VerdictFacts(report.verdict, facts)
        groups = report.groups.map { group in
            CriterionGroupFacts(title: facts.text(facts.wording.groupTitle(group.owner, assessment)), verdict: VerdictFacts(group.verdict, facts),
                                criteria: group.results.map { CriterionFacts($0, facts) })
        }
        methodologyCriteria = report.group(.methodology)?.results.map { result in
            var criterion = CriterionFacts(result, facts)
            criterion.explain(result.criterion, in: assessment.project, facts)
            return criterion
        } ?? []
        programmeRequirements = report.group(.programme)?.results.map { CriterionFacts($0, facts) } ?? []
        warnings = report.warnings.map { CriterionFacts($0, facts) }
        hasWarnings = !warnings.isEmpty
        banner = BannerFacts(report, facts)
    }
}

extension BannerFacts {
    init?(_ report: EligibilityReport, _ facts: FactsBuilder) {
        guard let banner = facts.wording.banner(report.verdict) else { return nil }
        title = facts.text(banner.title)
        itemsLabel = facts.text(banner.itemsLabel)
        items = report.deciding.map { CriterionFacts($0, facts) }
    }
}

extension VerdictFacts {
    init(_ verdict: Verdict, _ facts: FactsBuilder) {
        value = facts.text(verdict.rawValue)
        label = facts.text(facts.wording.label(verdict))
        pass = verdict == .pass
        fail = verdict == .fail
        needsEvidence = verdict == .needsEvidence
    }
}

extension CriterionFacts {
    init(_ result: CriterionResult, _ facts: FactsBuilder) {
        let reasons = result.reasons.map(facts.wording.sentence)
        id = facts.text(result.criterion.id)
        text = facts.localized(result.criterion.text)
        verdict = VerdictFacts(result.verdict, facts)
        self.reasons = reasons.map(facts.text)
        reasonLines = facts.text(reasons.joined(separator: "\n"))
        missing = result.missing.map { facts.text($0.description) }
        evidence = facts.localized(result.criterion.evidence)
        location = result.location.map { facts.text($0.place) }
        source = result.criterion.provenance.map { facts.text($0.source) }
        unverified = result.criterion.provenance.map { !$0.verified } ?? false
        unverifiedInputs = result.unverifiedInputs.map { facts.text(facts.wording.unverified($0)) }
    }
}
