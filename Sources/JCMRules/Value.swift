import JCMUnits

/// What an expression evaluates to. `unknown` is the third truth value: the data needed
/// to decide is not in the project, and `missing` names the fields that would decide it.
public indirect enum Value: Sendable, Equatable {
    case quantity(Quantity)
    case text(String)
    case boolean(Bool)
    case date(CalendarDate)
    case list([Value])
    case record(DataNode)
    /// A step table or a curve, read by `lookup`.
    case table(LookupTable)
    case unknown(missing: [FieldPath])
    /// A figure that does not exist for this project, such as a cost per tonne when nothing is
    /// reduced: arithmetic carries it along and no comparison with it holds.
    case undefined(reason: UndefinedCause)

    public var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }

    public var missing: [FieldPath] {
        if case .unknown(let missing) = self { return missing }
        return []
    }

    /// `unknown` carrying every field that any of `values` lacks, or nil when all are known.
    static func unknown(among values: [Value]) -> Value? {
        guard values.contains(where: \.isUnknown) else { return nil }
        return .unknown(missing: Array(Set(values.flatMap(\.missing))).sorted())
    }

    /// The first undefined value among `values`, when no value is unknown (missing data decides first).
    static func undefined(among values: [Value]) -> Value? {
        values.first { if case .undefined = $0 { true } else { false } }
    }

    public var kindName: String {
        switch self {
        case .quantity(let quantity): return quantity.unit.isOne ? "a number" : "a quantity in \(quantity.unit)"
        case .text: return "text"
        case .boolean: return "true/false"
        case .date: return "a date"
        case .list: return "a list"
        case .record: return "a record"
        case .table: return "a table"
        case .unknown: return "an unknown value"
        case .undefined: return "an undefined value"
        }
    }
}

extension Value: CustomStringConvertible {
    /// As the rule language prints it (English digits, quoted text).
    public var description: String { ValueStyle.canonical.value(self) }
}

extension UndefinedCause: CustomStringConvertible {
    public var description: String { ValueStyle.canonical.cause(self) }
}
