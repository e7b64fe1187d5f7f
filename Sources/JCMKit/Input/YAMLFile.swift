import Foundation
import JCMDiagnostics
import JCMRules

/// A YAML file read from disk, with its text kept for hashing and for locating rule text. A class:
/// every node read from the file refers to it, and copying one reference is cheaper than copying four.
public final class YAMLFile: Sendable {
    public let path: String
    public let text: String
    public let root: YAMLNode
    /// Where each line of `text` starts, found once: rule texts look up their lines, and splitting
    /// the whole file for each of them made loading the catalogue quadratic in its size. Byte
    /// offsets, found in the contiguous UTF-8: stepping string indices was a tenth of reading a call.
    private let lineStarts: [Int]

    init(path: String, text: String, root: YAMLNode) {
        self.path = path
        self.text = text
        self.root = root
        var text = text
        lineStarts = text.withUTF8 { bytes in
            var starts = [0]
            for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
            return starts
        }
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

    /// Parses text that is already read; an empty file is a Y2 error.
    public static func parse(_ text: String, path: String) throws(DiagnosticError) -> YAMLFile {
        guard let root = try YAMLComposer.compose(text, path: path) else {
            throw DiagnosticError(.error(.Y2, "the file is empty", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return YAMLFile(path: path, text: text, root: root)
    }

    var rootNode: LocatedNode { LocatedNode(node: root, file: self, path: FieldPath()) }

    /// The line `number` (1-based) of the file without its line end, for placing errors inside
    /// block scalars.
    func line(_ number: Int) -> Substring? {
        guard number >= 1 && number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        let end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        let line = text[start..<end]
        return line.utf8.last == 0x0D ? line.dropLast() : line
    }
}
