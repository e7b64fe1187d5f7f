import Foundation
import JCMDiagnostics
import JCMRules
import Yams

/// A YAML file read from disk, with its text kept for hashing and for locating rule text.
public struct YAMLFile {
    public let path: String
    public let text: String
    public let root: Node

    /// Reads and parses; a syntax error becomes `file:line:col: error: [Y1] …`.
    public static func load(_ path: String) throws(DiagnosticError) -> YAMLFile {
        // FileHandle also reads pipes such as /dev/stdin, which FileManager.contents(atPath:) does not.
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
            throw DiagnosticError(.error(.F1, "cannot read file '\(path)'"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(.error(.F2, "'\(path)' is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws(DiagnosticError) -> YAMLFile {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw DiagnosticError(.error(.Y2, "the file is empty", at: SourceLocation(file: path, line: 1, column: 1)))
            }
            return YAMLFile(path: path, text: text, root: root)
        } catch let error as DiagnosticError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, path: path))
        } catch {
            throw DiagnosticError(.error(.Y1, "cannot parse YAML: \(error)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return .error(.Y1, "YAML syntax error: \(prefix)\(problem)", at: SourceLocation(file: path, line: mark.line, column: mark.column))
        case .reader(let problem, _, _, _):
            return .error(.Y1, "YAML cannot be read: \(problem)", at: SourceLocation(file: path, line: 1, column: 1))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let mark = context.mark
            return .error(.Y1, "duplicate key(s) \(duplicates.joined(separator: ", ")) in one mapping", at: SourceLocation(file: path, line: mark.line, column: mark.column))
        default:
            return .error(.Y1, "YAML error: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    var rootNode: LocatedNode { LocatedNode(node: root, file: self, path: FieldPath()) }

    /// The line `number` (1-based) of the file, for placing errors inside block scalars.
    func line(_ number: Int) -> Substring? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }
}
