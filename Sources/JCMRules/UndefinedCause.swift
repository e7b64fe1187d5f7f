import JCMUnits

/// Why a figure does not exist for a project.
public enum UndefinedCause: Sendable, Equatable {
    /// A division whose divisor is zero, such as a cost per tonne when nothing is reduced.
    case divisionByZero(divisor: Expression, value: Value)
    /// A condition the figure needs does not hold, such as tonnes reduced for a cost per tonne.
    case notDefined(condition: Expression, reason: LocalizedText)
    /// A monitored value that a meter's data cannot determine: time without usable readings and
    /// no methodology rule for it, say. `why` is one of `UnmeasuredReason`'s.
    case unmeasured(meter: String, why: UnmeasuredReason)
    /// The input lies outside the rows of a table: a curve is not extended beyond the points measured.
    case outsideTable(table: String, input: Quantity, first: Quantity, last: Quantity?)
}

/// Why meter data leaves a monitored value undetermined.
public enum UnmeasuredReason: Sendable, Equatable {
    /// Time without usable readings, and the methodology states no gap rule for the parameter.
    case noGapRule(hours: String)
    /// The gap rule fills at the equipment's bound, which the project does not give.
    case noBound(field: String, hours: String)
    /// Readings outside every calibration, and no methodology rule for them.
    case noLapseRule(hours: String)
    /// The lapse rule applies the accuracy class, which no calibration record of the meter gives.
    case noAccuracyClass(hours: String)
    /// The sum has more digits than jcm keeps exactly.
    case tooManyDigits

    /// The key of its wording (`value.unmeasured.<key>`).
    public var key: String {
        switch self {
        case .noGapRule: "no_gap_rule"
        case .noBound: "no_bound"
        case .noLapseRule: "no_lapse_rule"
        case .noAccuracyClass: "no_accuracy_class"
        case .tooManyDigits: "too_many_digits"
        }
    }

    /// The values its wording fills in.
    public var values: [String: String] {
        switch self {
        case .noGapRule(let hours), .noLapseRule(let hours), .noAccuracyClass(let hours): ["hours": hours]
        case .noBound(let field, let hours): ["field": field, "hours": hours]
        case .tooManyDigits: [:]
        }
    }
}
