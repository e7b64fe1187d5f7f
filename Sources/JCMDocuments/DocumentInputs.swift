import JCMDiagnostics
import JCMKit
import JCMRules

/// What a document set is made from: the checked project, its results, the date to print and
/// the fingerprints of every input file.
struct DocumentInputs {
    var loaded: LoadedProject
    var methodology: Methodology?
    var eligibility: EligibilityReport
    var calculation: Calculation
    var date: CalendarDate?
    var fingerprints: InputFingerprints

    /// Checks and calculates once, with one scope, so that every document shows the same figures.
    init(_ loaded: LoadedProject, templates: TemplateSet, date: CalendarDate?) throws(DiagnosticError) {
        let scope = ProjectScope(loaded)
        self.loaded = loaded
        methodology = loaded.methodology
        eligibility = try EligibilityChecker.check(loaded, scope: scope)
        calculation = try Calculation.run(loaded, scope: scope)
        self.date = date
        fingerprints = InputFingerprints(
            project: FileFingerprint(path: loaded.project.file.path, text: loaded.project.file.text),
            methodology: loaded.methodology.map { FileFingerprint(path: $0.file.path, text: $0.file.text) },
            programme: loaded.programme.map { FileFingerprint(path: $0.file.path, text: $0.file.text) },
            templates: templates.templates.map(\.fingerprint),
            schema: templates.schema?.fingerprint)
    }
}

/// SHA-256 of each input file, from the exact text that was read.
struct InputFingerprints {
    var project: FileFingerprint
    var methodology: FileFingerprint?
    var programme: FileFingerprint?
    var templates: [FileFingerprint]
    var schema: FileFingerprint?
}
