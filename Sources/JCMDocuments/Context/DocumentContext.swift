import JCMKit
import JCMReports
import JCMRules

/// Everything a template can read, escaped for one document format and worded in one language.
/// Built once per format from an assessment; nothing here evaluates a rule.
struct DocumentContext: TemplateRecord {
    /// The date the documents carry, only when `--date` or SOURCE_DATE_EPOCH gives one.
    var date: DocumentText?
    /// The file name of the document being rendered.
    var documentName = DocumentText()
    var language = LanguageFacts()
    var project = ProjectFacts()
    /// Absent for a project that names no methodology: its documents show the eligibility verdicts
    /// and the programme's figures only.
    var methodology: MethodologyFacts?
    var programme: ProgrammeFacts?
    var eligibility = EligibilityFacts()
    var monitoring = MonitoringFacts()
    var calculation = CalculationFacts()
    var provenance = ProvenanceFacts()
    /// Filled for a monitoring period's report only (`jcm monitor --out`); empty otherwise.
    var monitoringReport = MonitoringReportFacts()
    /// Filled only when the documents are rendered with the what-if analysis (`jcm render --what-if`).
    var whatIf: WhatIfFacts?
    /// The programme's documents and PDD A.6: its figures by name, the itemised investment when the project
    /// gives one, and the schedule when its dates are in order.
    var figures = ProgrammeFiguresFacts()
    var costBreakdown: CostBreakdownFacts?
    var schedule: ScheduleFacts?
    /// PDD C.2's drawing of the monitoring points, a file beside the documents; absent without equipment.
    var monitoringDiagram: DocumentText?
    /// Filled when the methodology applied is proposed or a draft.
    var methodologyForm: MethodologyFormFacts?
}

/// The document's language, and for a translation the notice that the English version is adopted.
struct LanguageFacts: TemplateRecord {
    /// `en`, `vi`, `ja`: XML's `xml:lang`.
    var code = DocumentText()
    var name = DocumentText()
    var isTranslation = false
    var notice = DocumentText()
}

extension DocumentContext {
    init(_ inputs: DocumentInputs, _ facts: FactsBuilder) {
        let assessment = inputs.assessment
        let wording = facts.wording
        date = inputs.date.map { facts.text(facts.style.date($0)) }
        language = LanguageFacts(code: facts.text(wording.language), name: facts.text(wording.name), isTranslation: wording.isTranslation,
                                 notice: facts.text(.documentNotice, ["status": wording.translationStatusText(assessment)]))
        project = ProjectFacts(assessment.project, methodology: assessment.methodology, programme: assessment.programme, facts)
        methodology = assessment.methodology.map { MethodologyFacts($0, facts) }
        programme = assessment.programme.map { ProgrammeFacts($0, choice: assessment.loaded.callChoice, facts) }
        eligibility = EligibilityFacts(assessment, facts)
        monitoring = assessment.methodology.map { MonitoringFacts($0, project: assessment.project, facts) } ?? MonitoringFacts()
        calculation = CalculationFacts(assessment, facts)
        whatIf = inputs.whatIf.map { WhatIfFacts($0, facts) }
        figures = ProgrammeFiguresFacts(assessment, facts)
        costBreakdown = assessment.loaded.costBreakdown.map { CostBreakdownFacts($0, facts) }
        schedule = ImplementationSchedule(assessment.project).map { ScheduleFacts($0, facts) }
        monitoringDiagram = inputs.monitoringDiagram.map { _ in facts.text(MonitoringDiagram.fileName) }
        if let methodology = assessment.methodology, RenderCondition.proposedMethodology.holds(for: assessment) {
            methodologyForm = MethodologyFormFacts(methodology, assessment, facts)
        }
        let fingerprints = inputs.fingerprints
        provenance = ProvenanceFacts(
            toolVersion: facts.text(ToolVersion.current),
            project: FingerprintFacts(fingerprints.project, facts), methodology: fingerprints.methodology.map { FingerprintFacts($0, facts) },
            programme: fingerprints.programme.map { FingerprintFacts($0, facts) },
            templates: fingerprints.templates.map { FingerprintFacts($0, facts) },
            schema: fingerprints.schema.map { FingerprintFacts($0, facts) })
    }

    /// The data of one document: `data`, prepared from the context of the template's format, with
    /// the document's name and its template's fingerprint added to `provenance`.
    static func naming(_ data: TemplateData, provenance: ProvenanceFacts, for template: DocumentTemplate)
        -> TemplateData
    {
        let fingerprint = template.fingerprint, format = template.format
        var provenance = provenance
        provenance.template = FingerprintFacts(
            file: DocumentText(fingerprint.file, format), sha256: DocumentText(fingerprint.sha256, format),
            shortSHA256: DocumentText(fingerprint.shortSHA256, format))
        return data.replacing("documentName", with: DocumentText(template.documentName, format))
            .replacing("provenance", with: provenance)
    }
}
