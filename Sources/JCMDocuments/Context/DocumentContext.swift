import JCMKit
import JCMRules

/// Everything a template can read, escaped for one document format. Built once per format from
/// the loaded project, the eligibility report and the calculation trace.
struct DocumentContext: TemplateRecord {
    /// The date the documents carry, only when `--date` or SOURCE_DATE_EPOCH gives one.
    var date: DocumentText?
    /// The file name of the document being rendered.
    var documentName = DocumentText()
    var project = ProjectFacts()
    /// Absent for a project that names no methodology: its documents show the eligibility verdicts
    /// and the programme's figures only.
    var methodology: MethodologyFacts?
    var programme: ProgrammeFacts?
    var eligibility = EligibilityFacts()
    var monitoring = MonitoringFacts()
    var calculation = CalculationFacts()
    var provenance = ProvenanceFacts()
}

extension DocumentContext {
    init(_ inputs: DocumentInputs, _ format: DocumentFormat) {
        let loaded = inputs.loaded
        date = inputs.date.map { DocumentText($0.description, format) }
        project = ProjectFacts(loaded.project, methodology: inputs.methodology, programme: loaded.programme, format)
        methodology = inputs.methodology.map { MethodologyFacts($0, format) }
        programme = loaded.programme.map { ProgrammeFacts($0, format) }
        eligibility = EligibilityFacts(inputs.eligibility, hasMethodology: methodology != nil, hasProgramme: programme != nil, format)
        monitoring = inputs.methodology.map { MonitoringFacts($0, project: loaded.project, format) } ?? MonitoringFacts()
        calculation = CalculationFacts(inputs.calculation, estimationPeriod: project.estimationPeriod,
                                       verdictInputs: inputs.eligibility.unverifiedInputs, format)
        let fingerprints = inputs.fingerprints
        provenance = ProvenanceFacts(
            toolVersion: DocumentText(ToolVersion.current, format),
            project: FingerprintFacts(fingerprints.project, format), methodology: fingerprints.methodology.map { FingerprintFacts($0, format) },
            programme: fingerprints.programme.map { FingerprintFacts($0, format) },
            templates: fingerprints.templates.map { FingerprintFacts($0, format) },
            schema: fingerprints.schema.map { FingerprintFacts($0, format) })
    }

    /// The same data, named for one document.
    func naming(_ template: DocumentTemplate) -> DocumentContext {
        var context = self
        context.documentName = DocumentText(template.documentName, template.format)
        context.provenance.template = FingerprintFacts(template.fingerprint, template.format)
        return context
    }
}
