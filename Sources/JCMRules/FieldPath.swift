/// The address of a field in a project, such as `equipment[B-1].meters.electricity.calibration`:
/// keys, and list items named by their id (or their position when they have none).
public struct FieldPath: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public enum Segment: Sendable, Hashable {
        case key(String)
        /// An item of a list, by its `id` or, lacking one, its index.
        case item(String)
    }

    public var segments: [Segment]

    public init(_ segments: [Segment] = []) { self.segments = segments }

    /// Reads the printed form back; for literals in tests and rule texts, never for data paths,
    /// which are built segment by segment.
    public init(stringLiteral text: String) {
        var segments: [Segment] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: true) {
            var rest = Substring(part)
            if let open = rest.firstIndex(of: "[") {
                if open > rest.startIndex { segments.append(.key(String(rest[..<open]))) }
                rest = rest[open...]
                while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                    segments.append(.item(String(rest[rest.index(after: rest.startIndex)..<close])))
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                segments.append(.key(String(rest)))
            }
        }
        self.segments = segments
    }

    public func appending(_ key: String) -> FieldPath { FieldPath(segments + [.key(key)]) }
    public func item(_ id: String) -> FieldPath { FieldPath(segments + [.item(id)]) }
    public func appending(_ other: FieldPath) -> FieldPath { FieldPath(segments + other.segments) }

    public var isEmpty: Bool { segments.isEmpty }

    /// The last key, such as `calibration`.
    public var lastKey: String? {
        for segment in segments.reversed() { if case .key(let key) = segment { return key } }
        return nil
    }

    /// Appended piece by piece: a value read is named by its path, and interpolating each
    /// segment was a twentieth of checking a project of many items.
    public var description: String {
        var text = ""
        for segment in segments {
            switch segment {
            case .key(let key):
                if !text.isEmpty { text.append(".") }
                text.append(key)
            case .item(let id):
                text.append("[")
                text.append(id)
                text.append("]")
            }
        }
        return text
    }

    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool { lhs.description < rhs.description }
}
