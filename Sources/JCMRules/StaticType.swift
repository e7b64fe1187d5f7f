import JCMUnits

/// The type of an expression before any project is run, so `jcm lint` can prove
/// every equation has its declared dimension.
public indirect enum StaticType: Sendable, Equatable, CustomStringConvertible {
    case quantity(Dimension)
    case text
    case boolean
    case date
    case list(StaticType)
    case record(RecordSchema)
    /// A step table or curve from `input` to `output`.
    case table(input: Dimension, output: Dimension)
    /// Shape not declared (free-form data): checks stop here.
    case any

    public var description: String {
        switch self {
        case .quantity(let dimension): return dimension.isDimensionless ? "a number" : "a quantity of \(dimension)"
        case .text: return "text"
        case .boolean: return "true/false"
        case .date: return "a date"
        case .list(let element): return "a list of \(element)"
        case .record(let schema): return "a \(schema.name) record"
        case .table(let input, let output): return "a table from \(input) to \(output)"
        case .any: return "any value"
        }
    }
}

/// The declared fields of a record, such as one equipment item.
public struct RecordSchema: Sendable, Equatable {
    public var name: String
    public var fields: [String: StaticType]

    public init(name: String, fields: [String: StaticType]) {
        self.name = name
        self.fields = fields
    }
}

/// Declares the types of the names that rules may use.
public protocol TypeEnvironment {
    func type(of name: String) -> StaticType?
    var names: [String] { get }
}
