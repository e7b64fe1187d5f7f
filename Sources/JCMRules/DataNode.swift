import JCMDiagnostics

/// Project data as a tree of typed leaves, each knowing where in the user's file it came from.
public struct DataNode: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var key: String
        public var node: DataNode
        public init(key: String, node: DataNode) {
            self.key = key
            self.node = node
        }
    }

    public indirect enum Content: Sendable, Equatable {
        case leaf(Value)
        case mapping([Field])
        case sequence([DataNode])
    }

    public var content: Content
    /// A readable address such as `equipment[B-1].motor.rated_power`.
    public var path: FieldPath
    public var location: SourceLocation?
    /// Where the value comes from when it is not the project file's own text (a sum of meter data).
    public var origin: Origin?

    public init(_ content: Content, path: FieldPath, location: SourceLocation?, origin: Origin? = nil) {
        self.content = content
        self.path = path
        self.location = location
        self.origin = origin
    }

    public func field(_ key: String) -> DataNode? {
        guard case .mapping(let fields) = content else { return nil }
        return fields.first { $0.key == key }?.node
    }

    /// The elements of a list node; none for anything else.
    public var items: [DataNode] {
        if case .sequence(let items) = content { return items }
        return []
    }

    /// Follows a dotted path such as `motor.rated_power`.
    public func descendant(_ dotted: String) -> DataNode? {
        dotted.split(separator: ".").reduce(Optional(self)) { node, key in node?.field(String(key)) }
    }

    public var value: Value {
        switch content {
        case .leaf(let value): return value
        case .mapping: return .record(self)
        case .sequence(let items): return .list(items.map(\.value))
        }
    }
}
