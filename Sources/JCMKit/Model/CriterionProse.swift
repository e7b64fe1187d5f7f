import JCMDiagnostics
import JCMRules

/// How PDD section B.2 explains that the project meets a criterion, in words a reviewer reads: a
/// sentence of the methodology's with `{field.path}` placeholders that the project's values fill,
/// said once from the project's root or once for each item of a collection (`each: equipment`).
/// The rule trace stays in the eligibility report.
public struct CriterionProse: Sendable {
    public enum Piece: Equatable, Sendable {
        case literal(String)
        /// A dotted path into the project (or into the item, with `each`).
        case field(String)
    }

    /// The one collection a sentence can be said for, item by item.
    public static let equipment = "equipment"

    public var text: LocalizedText
    /// Where the methodology file gives it, for messages about its placeholders.
    public var location: SourceLocation?
    /// The project's collection the sentence is said for, one item at a time; nil: said once.
    public var each: String?

    /// The sentence's words and placeholders; `{{` and `}}` stand for a brace. A placeholder is a
    /// dotted path of letters, digits and underscores.
    public static func pieces(_ text: String) throws(ProseError) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let first = rest.first {
            if rest.hasPrefix("{{") || rest.hasPrefix("}}") {
                literal.append(first)
                rest = rest.dropFirst(2)
            } else if first == "{" {
                guard let close = rest.firstIndex(of: "}") else { throw ProseError("a '{' is not closed by '}'") }
                let path = String(rest[rest.index(after: rest.startIndex)..<close])
                guard isDottedPath(path) else {
                    throw ProseError("'{\(path)}' is not a field path (letters, digits, '_' and '.')")
                }
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.field(path))
                rest = rest[rest.index(after: close)...]
            } else if first == "}" {
                throw ProseError("a '}' has no '{' before it; write '}}' for a brace")
            } else {
                literal.append(first)
                rest = rest.dropFirst()
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    private static func isDottedPath(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty
                && part.unicodeScalars.allSatisfy {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
                }
        }
    }

    public struct ProseError: Error, Sendable {
        public var message: String
        init(_ message: String) { self.message = message }
    }
}
