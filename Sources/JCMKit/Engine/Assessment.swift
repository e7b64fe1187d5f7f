import JCMDiagnostics

/// Everything jcm knows about one project, computed once: the inputs with their fingerprints,
/// every verdict with its reasons, and the calculation trace. Reporters (text, JSON, documents)
/// render an assessment and never evaluate anything themselves.
public struct Assessment: Sendable {
    /// The project, the methodology and programme call applied, and the monitoring period when
    /// the figures are those of one period.
    public var loaded: LoadedProject
    public var inputs: [InputFile]
    public var eligibility: EligibilityReport
    public var calculation: Calculation

    public init(loaded: LoadedProject, eligibility: EligibilityReport, calculation: Calculation) {
        self.loaded = loaded
        self.eligibility = eligibility
        self.calculation = calculation
        inputs = [InputFile(.project, loaded.project.file)] + [loaded.methodology.map { InputFile(.methodology, $0.file) },
                                                                  loaded.programme.map { InputFile(.programme, $0.file) }].compactMap { $0 }
    }

    /// Checks and calculates with one scope, so that verdicts and figures agree; a rule that
    /// cannot run is thrown as a diagnostic. Without `tracingItems` the figures have no per-item
    /// lines, which only a calculation's reports show: working them out for every item was a
    /// seventh of checking a project of 10,000 items.
    public static func assess(_ loaded: LoadedProject, tracingItems: Bool = true)
        throws(DiagnosticError) -> Assessment
    {
        let scope = ProjectScope(loaded, tracingItems: tracingItems)
        let calculation = try Calculation.run(loaded, scope: scope)
        let eligibility = try EligibilityChecker.check(loaded, scope: scope)
        return Assessment(loaded: loaded, eligibility: eligibility, calculation: calculation)
    }

    public var project: Project { loaded.project }
    public var methodology: Methodology? { loaded.methodology }
    public var programme: Programme? { loaded.programme }
    public var period: MonitoringPeriod? { loaded.period }

    /// Every unverified value that a figure or a verdict rests on, once each: figures first.
    public var unverifiedInputs: [UnverifiedInput] { (calculation.unverifiedInputs + eligibility.unverifiedInputs).uniqued() }

    /// Some figure is unknown because the project lacks data.
    public var isIncomplete: Bool { calculation.steps.contains { $0.value.isUnknown } }
}

/// An input file of an assessment and the SHA-256 of its exact text.
public struct InputFile: Sendable, Equatable {
    public enum Role: String, Sendable { case project, methodology, programme }

    public var role: Role
    public var path: String
    public var sha256: String

    public init(_ role: Role, _ file: SourceFile) {
        self.role = role
        path = file.path
        sha256 = file.sha256
    }
}
