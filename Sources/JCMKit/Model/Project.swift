import JCMDiagnostics
import JCMRules
import JCMUnits

/// A project as read from its file: a typed data tree that rules read, plus what documents need.
public struct Project: Sendable {
    public var data: DataNode
    public var file: SourceFile

    public func text(_ path: String) -> String? {
        if case .leaf(.text(let text)) = data.descendant(path)?.content { return text }
        return nil
    }

    public func quantity(_ path: String) -> Quantity? {
        if case .leaf(.quantity(let quantity)) = data.descendant(path)?.content { return quantity }
        return nil
    }

    public func date(_ path: String) -> CalendarDate? {
        if case .leaf(.date(let date)) = data.descendant(path)?.content { return date }
        return nil
    }

    public func records(_ path: String) -> [DataNode] { data.descendant(path)?.items ?? [] }

    public var id: String { text("id") ?? "" }
    /// Ids name output folders (`Output/<id>.vi`), whose names most file systems cap at 255 bytes.
    public static let longestID = 100

    /// Whether `id` is safe as a folder name: an ASCII letter or digit, then letters, digits, '.',
    /// '_' and '-', with no "..".
    static func isSafeID(_ id: String) -> Bool {
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        guard let first = id.utf8.first, isAlphanumeric(first), !id.contains("..") else { return false }
        let marks: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-")]
        return id.utf8.allSatisfy { isAlphanumeric($0) || marks.contains($0) }
    }
    public var name: String { text("name") ?? "" }
    public var equipment: [DataNode] { records("equipment") }

    /// The length of the period the ex-ante parameter values cover (one year unless stated), in
    /// years: annual figures divide by it, and `365 d` or `8,760 h` then give exact results.
    public var estimationPeriod: Quantity {
        let year = ProjectSchema.yearUnit
        return quantity("estimation_period").flatMap { try? $0.converted(to: year) } ?? Quantity(1, year)
    }
}
