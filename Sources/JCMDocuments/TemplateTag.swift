import Foundation

/// One `{{…}}` tag of a template and where it starts (1-based line and column).
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case variable
        case section
        case invertedSection
        case sectionEnd
        case comment
        case pragma
        /// Partials, inheritance and delimiter changes, which jcm templates do not use.
        case unsupported(Character)
    }

    var kind: Kind
    /// The tag's content without its sigil and surrounding spaces: `project.name`, `first()`.
    var name: String
    var line: Int
    var column: Int

    /// Finds every tag in a template that the Mustache parser has already accepted.
    static func scan(_ text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var line = 1, column = 1
        var index = text.startIndex
        func advance(to end: String.Index) {
            for character in text[index..<end] {
                if character.isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            index = end
        }
        while index < text.endIndex {
            guard text[index...].hasPrefix("{{") else {
                advance(to: text.index(after: index))
                continue
            }
            let triple = text[index...].hasPrefix("{{{")
            let contentStart = text.index(index, offsetBy: triple ? 3 : 2)
            guard let close = text.range(of: triple ? "}}}" : "}}", range: contentStart..<text.endIndex) else { break }
            var tag = TemplateTag(content: text[contentStart..<close.lowerBound], line: line, column: column)
            if triple { tag.kind = .variable }
            tags.append(tag)
            advance(to: close.upperBound)
        }
        return tags
    }

    private init(content: Substring, line: Int, column: Int) {
        let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
        let sigil = trimmed.first
        let kinds: [Character: Kind] = ["#": .section, "^": .invertedSection, "/": .sectionEnd, "!": .comment, "%": .pragma, "&": .variable]
        if let sigil, let kind = kinds[sigil] {
            self.kind = kind
        } else if let sigil, ">=<$".contains(sigil) {
            self.kind = .unsupported(sigil)
        } else {
            self.kind = .variable
        }
        let body = kind == .variable && sigil != "&" ? trimmed : String(trimmed.dropFirst())
        self.name = body.trimmingCharacters(in: .whitespacesAndNewlines)
        self.line = line
        self.column = column
    }
}
