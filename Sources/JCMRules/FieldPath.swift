/// The address of a field in a project, such as `equipment[B-1].meters.electricity.calibration`:
/// keys, and list items named by their id (or their position when they have none).
public struct FieldPath: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public enum Segment: Sendable, Hashable {
        case key(String)
        /// An item of a list, by its `id` or, lacking one, its index.
        case item(String)
    }

    /// The last segment and the path before it, shared: the path of a child is its parent's and
    /// one link, so the 300,000 nodes of a 10,000-item project hold one small link each, not each
    /// a copy of every segment above it.
    private final class Link: Sendable {
        let parent: Link?
        let segment: Segment
        let count: Int

        init(_ parent: Link?, _ segment: Segment) {
            self.parent = parent
            self.segment = segment
            count = (parent?.count ?? 0) + 1
        }
    }

    private let last: Link?

    private init(last: Link?) { self.last = last }

    public init(_ segments: [Segment] = []) { last = segments.reduce(nil) { Link($0, $1) } }

    /// From the first segment to the last.
    public var segments: [Segment] {
        var result: [Segment] = []
        result.reserveCapacity(last?.count ?? 0)
        var link = last
        while let current = link {
            result.append(current.segment)
            link = current.parent
        }
        return result.reversed()
    }

    public var lastSegment: Segment? { last?.segment }

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
        self.init(segments)
    }

    public func appending(_ key: String) -> FieldPath { FieldPath(last: Link(last, .key(key))) }
    public func item(_ id: String) -> FieldPath { FieldPath(last: Link(last, .item(id))) }
    public func appending(_ other: FieldPath) -> FieldPath {
        FieldPath(last: other.segments.reduce(last) { Link($0, $1) })
    }

    public var isEmpty: Bool { last == nil }

    /// The last key, such as `calibration`.
    public var lastKey: String? {
        var link = last
        while let current = link {
            if case .key(let key) = current.segment { return key }
            link = current.parent
        }
        return nil
    }

    /// Appended piece by piece: a value read is named by its path, and interpolating each
    /// segment was a twentieth of checking a project of many items.
    public var description: String {
        var text = ""
        if let last { Self.write(last, to: &text) }
        return text
    }

    /// The links before `link` first, then its own segment.
    private static func write(_ link: Link, to text: inout String) {
        if let parent = link.parent { write(parent, to: &text) }
        switch link.segment {
        case .key(let key):
            if !text.isEmpty { text.append(".") }
            text.append(key)
        case .item(let id):
            text.append("[")
            text.append(id)
            text.append("]")
        }
    }

    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool { lhs.description < rhs.description }

    /// Segment by segment from the last, as paths that share their links end at once.
    public static func == (lhs: FieldPath, rhs: FieldPath) -> Bool {
        var left = lhs.last
        var right = rhs.last
        while let one = left, let other = right {
            if one === other { return true }
            guard one.count == other.count, one.segment == other.segment else { return false }
            left = one.parent
            right = other.parent
        }
        return left == nil && right == nil
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(last?.count ?? 0)
        var link = last
        while let current = link {
            hasher.combine(current.segment)
            link = current.parent
        }
    }
}
