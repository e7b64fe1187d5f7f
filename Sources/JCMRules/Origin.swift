import JCMDiagnostics

/// Where a value used in a rule or a calculation came from, for the audit trace.
public indirect enum Origin: Sendable, Equatable {
    /// Given by the project file at this path.
    case project(FieldPath, location: SourceLocation?)
    /// Left out of the project file, so the project format's default applies.
    case formatDefault(FieldPath, value: Value)
    /// A methodology's default value (`symbol`), with its source and vintage.
    case methodologyDefault(symbol: String, provenance: Provenance, vintage: String?)
    /// A value set by the programme call: a parameter or a list such as the partner countries.
    case programmeValue(name: String, provenance: Provenance, vintage: String?)
    /// A fact about the methodology applied, such as its host country.
    case methodology(reference: String)
    /// The result of another equation; `verified` is false when that result rests on unverified values.
    case equation(symbol: String, verified: Bool)
    /// A monitored value summed from a meter's data (`jcm monitor`), the meter declared at
    /// `location`; `verified` is false when a methodology rule not read in an official text
    /// (a gap or calibration rule) changed it.
    case meterData(meter: String, location: SourceLocation?, verified: Bool)
    /// A value read from a table (`lookup(support_rate_tiers, …)`): the row or points used, and
    /// where the table comes from.
    case table(TableLookup, source: Origin)

    /// False when the value was not read in an official text.
    public var verified: Bool {
        switch self {
        case .project, .formatDefault, .methodology: true
        case .methodologyDefault(_, let provenance, _), .programmeValue(_, let provenance, _): provenance.verified
        case .equation(_, let verified), .meterData(_, _, let verified): verified
        case .table(_, let source): source.verified
        }
    }

    /// The place in the project file, for values the project gives.
    public var location: SourceLocation? {
        switch self {
        case .project(_, let location), .meterData(_, let location, _): location
        case .table(_, let source): source.location
        default: nil
        }
    }

    public var isProjectInput: Bool {
        switch self {
        case .project, .formatDefault, .meterData: true
        default: false
        }
    }

    /// The project path of a project value, used to label the items of a list.
    public var projectPath: FieldPath? {
        switch self {
        case .project(let path, _), .formatDefault(let path, _): path
        default: nil
        }
    }
}
