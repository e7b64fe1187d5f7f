import JCMDiagnostics
import JCMRules
import JCMUnits

/// One eligibility criterion or programme requirement: the text, its machine check, its evidence.
public struct Criterion: Sendable {
    public var id: String
    public var text: LocalizedText
    public var condition: RuleText
    public var evidence: LocalizedText
    /// The PDD's explanation (B.2) that a project meets it, when the methodology gives one.
    public var prose: CriterionProse?
    /// For programme requirements: where the requirement is stated.
    public var provenance: Provenance?
    public var group: String?
}

public enum ParameterKind: String, Sendable, CaseIterable {
    case monitoredExPost = "monitored_ex_post"
    case fixedExAnte = "fixed_ex_ante"
    case projectSpecificExAnte = "project_specific_ex_ante"
    case programmeValue = "programme_value"

    public var label: String {
        switch self {
        case .monitoredExPost: return "monitored ex post"
        case .fixedExAnte: return "fixed ex ante"
        case .projectSpecificExAnte: return "project-specific ex ante"
        case .programmeValue: return "programme value"
        }
    }
}

/// How a monitored parameter is measured (Monitoring Plan Sheet columns).
public struct MonitoringSpec: Sendable {
    public var option: String
    public var source: LocalizedText
    public var method: LocalizedText
    public var frequency: LocalizedText
}

/// A default value with its source, vintage and verification status.
public struct DefaultValue: Sendable {
    public var value: Quantity
    public var vintage: String?
    public var provenance: Provenance
}

public struct Parameter: Sendable {
    public enum Scope: String, Sendable { case project, equipment }

    public var symbol: String
    public var display: String
    public var description: LocalizedText
    public var unit: Unit
    public var scope: Scope
    public var kind: ParameterKind
    public var monitoring: MonitoringSpec?
    public var defaultValue: DefaultValue?
    /// Which direction of error is conservative ("lower" or "higher"), as declared.
    public var conservative: String?
    public var minimum: Quantity?
    public var maximum: Quantity?
    /// How meter data of this parameter is checked and aggregated (`jcm monitor`).
    public var meterData: MeterDataRules?
    public var location: SourceLocation

    /// Whether a project supplies this value. Fixed ex-ante defaults and programme values are
    /// set by the rules; a project file that tries to change them is rejected.
    public var isProjectInput: Bool {
        !(kind == .programmeValue || (kind == .fixedExAnte && defaultValue != nil))
    }

    var fieldSpec: FieldSpec {
        FieldSpec(.quantity(unit), description: description, minimum: minimum, maximum: maximum)
    }
}

public struct Equation: Sendable {
    public var symbol: String
    public var name: LocalizedText
    /// The formula as the methodology writes it, which may hold words: `min(eligible part, …)`.
    public var display: LocalizedText?
    public var expression: RuleText
    public var unit: Unit
    /// The conditions under which the figure means something: a cost per tonne needs tonnes
    /// reduced. When one does not hold, the figure is undefined with that condition's reason.
    public var definedWhen: [DefinedWhen] = []
    public var location: SourceLocation
}

/// One condition of an equation's `defined_when`, with the reason the figure has no meaning
/// without it.
public struct DefinedWhen: Sendable {
    public var condition: RuleText
    public var reason: LocalizedText
}

/// The methodology's rounding step, applied to one equation's result and shown in the trace.
public struct RoundingRule: Sendable {
    public var equation: String
    public var mode: Quantity.Rounding
    public var increment: Quantity
    public var text: LocalizedText
    public var provenance: Provenance
}

/// Criteria, parameters and equations: what methodologies and programme calls have in common.
public struct RuleSet: Sendable {
    public var criteria: [Criterion] = []
    /// Plausibility rules: a condition any real project meets (an energy no larger than the rated
    /// power could deliver). One that does not hold is a warning, never a verdict.
    public var plausibility: [Criterion] = []
    public var parameters: [Parameter] = []
    public var equations: [Equation] = []
    /// Step tables and curves the equations read with `lookup`.
    public var tables: [TableDeclaration] = []
    /// Project fields these rules read, beyond the core project format.
    public var projectFields: [(path: String, spec: FieldSpec)] = []

    public func parameter(_ symbol: String) -> Parameter? { parameters.first { $0.symbol == symbol } }
    public func equation(_ symbol: String) -> Equation? { equations.first { $0.symbol == symbol } }
    public func table(_ symbol: String) -> TableDeclaration? { tables.first { $0.table.name == symbol } }
}
