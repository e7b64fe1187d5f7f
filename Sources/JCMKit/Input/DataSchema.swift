import JCMRules

/// The expected shape of project data: records of named fields, lists, typed leaves,
/// or free-form data that rules may still read.
public indirect enum DataSchema: Sendable {
    case leaf(FieldSpec)
    case record(RecordSpec)
    case list(DataSchema)
    case free

    var staticType: StaticType {
        switch self {
        case .leaf(let spec): return spec.staticType
        case .record(let spec): return .record(RecordSchema(name: spec.name, fields: spec.fields.mapValues(\.staticType)))
        case .list(let element): return .list(element.staticType)
        case .free: return .any
        }
    }
}

/// A record's fields in declaration order, so messages list them the way the docs do.
public struct RecordSpec: Sendable {
    public var name: String
    public private(set) var order: [String] = []
    public private(set) var fields: [String: DataSchema] = [:]
    /// Keys whose absence is an input error rather than missing evidence.
    public var required: Set<String> = []

    public init(name: String) { self.name = name }

    public mutating func set(_ key: String, _ schema: DataSchema, required: Bool = false) {
        if fields[key] == nil { order.append(key) }
        fields[key] = schema
        if required { self.required.insert(key) }
    }

    /// Declares `motor.rated_power` by creating the `motor` record on the way. `required` applies
    /// to the last key only: `finance.exchange_rate.date` must be given when `exchange_rate` is.
    public mutating func set(path: String, _ schema: DataSchema, required: Bool = false) {
        let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            set(path, schema, required: required)
            return
        }
        var inner: RecordSpec
        if case .record(let existing) = fields[parts[0]] { inner = existing } else { inner = RecordSpec(name: parts[0]) }
        inner.set(path: parts[1], schema, required: required)
        set(parts[0], .record(inner))
    }
}
