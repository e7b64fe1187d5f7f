/// A node of a YAML document as jcm reads it. Every scalar stays text, as written: jcm reads
/// numbers, flags and dates by its own grammar, and tags are not resolved to types. Aliases are
/// already replaced by the node they name.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    /// How a scalar was written, which decides whether `"true"` is text and where its lines start.
    public enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public let content: Content
    /// Where the node starts: 1-based line, and column in characters.
    public let line: Int
    public let column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// The scalar's text, nil for a mapping or a list.
    public var text: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var style: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value under the scalar key `key` of a mapping (keys are unique: the composer refuses duplicates).
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.text == key }?.value
    }
}
