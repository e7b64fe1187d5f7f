import JCMDiagnostics
import JCMRules

/// A condition or equation as written in a methodology file, parsed, and able to point
/// a character offset back to its file, line and column.
public struct RuleText: Sendable {
    public let text: String
    public let expression: Expression
    /// Where each line of `text` starts in the file (line, column).
    let lineStarts: [SourceLocation]

    public func location(of offset: Int) -> SourceLocation {
        let characters = Array(text)
        let prefix = characters[..<min(offset, characters.count)]
        let lineIndex = min(prefix.filter { $0 == "\n" }.count, lineStarts.count - 1)
        let column = prefix.lastIndex(of: "\n").map { offset - $0 - 1 } ?? offset
        var location = lineStarts[lineIndex]
        location.column += column
        return location
    }

    public var location: SourceLocation { lineStarts[0] }

    /// Parses the scalar at `node`; a syntax error is logged with its exact place.
    static func read(_ node: LocatedNode, log: DiagnosticLog) -> RuleText? {
        guard let text = node.text(log) else { return nil }
        let starts = lineStarts(of: node, text: text)
        do {
            return RuleText(text: text, expression: try Parser.parse(text), lineStarts: starts)
        } catch {
            let placed = RuleText(text: text, expression: .literal(.boolean(true), offset: 0), lineStarts: starts)
            log.error(.R1, "syntax error in \(node.displayName): \(error.message)", at: placed.location(of: error.offset))
            return nil
        }
    }

    private static func lineStarts(of node: LocatedNode, text: String) -> [SourceLocation] {
        let start = node.location
        switch node.node.style {
        case .literal, .folded:
            // Content starts on the line after the `|` or `>` indicator, at the block's indent.
            let count = max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count)
            return (0..<count).map { index in
                let line = start.line + 1 + index
                let indent = node.file.line(line).map { $0.prefix { $0 == " " }.count } ?? 0
                return SourceLocation(file: start.file, line: line, column: indent + 1)
            }
        case .singleQuoted, .doubleQuoted:
            return [SourceLocation(file: start.file, line: start.line, column: start.column + 1)]
        default:
            return [start]
        }
    }
}
