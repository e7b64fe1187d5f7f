import Foundation
import JCMDiagnostics
import JCMRules
import Yams

/// A YAML file read from disk, with its text kept for hashing and for locating rule text. A class:
/// every node read from the file refers to it, and copying one reference is cheaper than copying four.
public final class YAMLFile {
    public let path: String
    public let text: String
    public let root: Node
    /// Where each line of `text` starts, found once: rule texts look up their lines, and splitting
    /// the whole file for each of them made loading the catalogue quadratic in its size. Scanned
    /// as bytes: splitting into characters was a sixth of a `jcm check`.
    private let lineStarts: [String.Index]

    init(path: String, text: String, root: Node) {
        self.path = path
        self.text = text
        self.root = root
        var starts = [text.startIndex]
        var index = text.utf8.startIndex
        while let newline = text.utf8[index...].firstIndex(of: 0x0A) {
            index = text.utf8.index(after: newline)
            starts.append(index)
        }
        lineStarts = starts
    }

    /// The largest file jcm reads (8 MiB): a project of 10,000 equipment items is a few MiB.
    public static let maximumSize = 8 << 20

    /// Reads and parses; a syntax error becomes `file:line:col: error: [Y1] …`. At most
    /// `maximumSize` bytes are read, so `/dev/zero` or a huge file fails fast.
    public static func load(_ path: String) throws(DiagnosticError) -> YAMLFile {
        try parse(try readText(path), path: path)
    }

    /// The text of a file, at most `maximumSize` bytes of UTF-8.
    public static func readText(_ path: String) throws(DiagnosticError) -> String {
        // FileHandle also reads pipes such as /dev/stdin, which FileManager.contents(atPath:) does not.
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: maximumSize + 1) ?? Data() else {
            throw DiagnosticError(.error(.F1, "cannot read file '\(path)'"))
        }
        try? handle.close()
        guard data.count <= maximumSize else {
            throw DiagnosticError(.error(.F1, "'\(path)' is larger than \(maximumSize >> 20) MiB, more than jcm reads", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(.error(.F2, "'\(path)' is not UTF-8 text: the byte at this place is not UTF-8", at: invalidUTF8Location(data, path: path)))
        }
        return text
    }

    /// The line and column of the first byte that is not UTF-8.
    static func invalidUTF8Location(_ data: Data, path: String) -> SourceLocation {
        var line = 1, column = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= data.endIndex,
                String(data: data[index..<(index + length)], encoding: .utf8) != nil
            else { return SourceLocation(file: path, line: line, column: column) }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    public static func parse(_ text: String, path: String) throws(DiagnosticError) -> YAMLFile {
        do {
            // Every scalar stays text (the basic resolver): jcm reads numbers, flags and dates by its
            // own grammar, and resolving YAML 1.1 types by regular expression was a third of the load.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                throw DiagnosticError(.error(.Y2, "the file is empty", at: SourceLocation(file: path, line: 1, column: 1)))
            }
            // Aliases are copies: a few kilobytes of them can stand for gigabytes of data. A file
            // holds at most about one node per byte it has; more means aliases multiplied it.
            // Without a '*' there is no alias, and the nodes are counted without walking them.
            var budget = text.utf8.count + 64
            guard !text.utf8.contains(UInt8(ascii: "*")) || withinBudget(root, &budget) else {
                throw DiagnosticError(.error(.Y1, "the file's YAML aliases (*name) expand to far more data than the file holds; write the data out",
                                             at: SourceLocation(file: path, line: 1, column: 1)))
            }
            return YAMLFile(path: path, text: text, root: root)
        } catch let error as DiagnosticError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, path: path, text: text))
        } catch {
            throw DiagnosticError(.error(.Y1, "cannot parse YAML: \(error)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
    }

    /// Counts nodes until `budget` runs out; aliases are counted as the copies they are.
    private static func withinBudget(_ node: Node, _ budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias: return true
        case .mapping(let mapping):
            for (key, value) in mapping where !withinBudget(key, &budget) || !withinBudget(value, &budget) { return false }
            return true
        case .sequence(let sequence):
            for item in sequence where !withinBudget(item, &budget) { return false }
            return true
        }
    }

    /// Where a duplicated key is written the second time: the place to fix.
    private static func secondOccurrence(of key: String, after line: Int, in text: String, path: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = 0
        // The YAML reader counts line breaks that are not "\n" (a lone "\r"), so its line may lie
        // beyond these lines.
        for index in min(max(0, line - 1), lines.count)..<lines.count {
            let content = lines[index]
            let body = content.drop { $0 == " " || $0 == "-" }
            guard body.hasPrefix(key), body.dropFirst(key.count).first.map({ $0 == ":" || $0 == " " }) == true else { continue }
            seen += 1
            if seen == 2 { return SourceLocation(file: path, line: index + 1, column: content.count - body.count + 1) }
        }
        return nil
    }

    private static func diagnostic(for error: YamlError, path: String, text: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return .error(.Y1, "YAML syntax error: \(prefix)\(problem)", at: SourceLocation(file: path, line: mark.line, column: mark.column))
        case .reader(let problem, let offset, _, _):
            // The offset counts bytes from the start of the text.
            let before = text.utf8.prefix(max(0, offset ?? 0))
            let line = before.filter { $0 == 0x0A }.count + 1
            let column = before.reversed().prefix { $0 != 0x0A }.count + 1
            return .error(.Y1, "YAML cannot be read: \(problem)", at: SourceLocation(file: path, line: line, column: column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let place = secondOccurrence(of: duplicates.sorted().first ?? "", after: context.mark.line, in: text, path: path)
                ?? SourceLocation(file: path, line: context.mark.line, column: context.mark.column)
            return .error(.Y1, "duplicate key(s) \(duplicates.sorted().joined(separator: ", ")) in one mapping: keep one", at: place)
        default:
            return .error(.Y1, "YAML error: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    var rootNode: LocatedNode { LocatedNode(node: root, file: self, path: FieldPath()) }

    /// The line `number` (1-based) of the file without its line end, for placing errors inside
    /// block scalars.
    func line(_ number: Int) -> Substring? {
        guard number >= 1 && number <= lineStarts.count else { return nil }
        let end = number < lineStarts.count ? text.utf8.index(before: lineStarts[number]) : text.endIndex
        let line = text[lineStarts[number - 1]..<end]
        return line.utf8.last == 0x0D ? line.dropLast() : line
    }
}
