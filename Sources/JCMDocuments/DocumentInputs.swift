import JCMDiagnostics
import JCMKit
import JCMReports
import JCMRules

/// What a document set is made from: one assessment, the language's wording, the date to print
/// and the fingerprints of every input file.
struct DocumentInputs {
    var assessment: Assessment
    var wording: Wording
    var date: CalendarDate?
    var fingerprints: InputFingerprints
    var whatIf: WhatIfAnalysis?
    /// PDD C.2's drawing, made once: the PDD names it and the set writes it.
    var monitoringDiagram: MonitoringDiagram?

    init(_ assessment: Assessment, templates: TemplateSet, date: CalendarDate?, whatIf: WhatIfAnalysis? = nil) {
        let loaded = assessment.loaded
        self.assessment = assessment
        wording = templates.wording
        self.date = date
        self.whatIf = whatIf
        monitoringDiagram = MonitoringDiagram(assessment.project, methodology: assessment.methodology)
        fingerprints = InputFingerprints(
            project: FileFingerprint(loaded.project.file),
            methodology: loaded.methodology.map { FileFingerprint($0.file) },
            programme: loaded.programme.map { FileFingerprint($0.file) },
            templates: templates.templates.filter { $0.condition.holds(for: assessment) }.map(\.fingerprint),
            schema: templates.schema?.fingerprint,
            wording: FileFingerprint(templates.wording.file))
    }
}

/// SHA-256 of each input file, from the exact text that was read.
struct InputFingerprints {
    var project: FileFingerprint
    var methodology: FileFingerprint?
    var programme: FileFingerprint?
    var templates: [FileFingerprint]
    var schema: FileFingerprint?
    var wording: FileFingerprint
    /// The meter data files of a monitoring report.
    var meterData: [FileFingerprint] = []
}
