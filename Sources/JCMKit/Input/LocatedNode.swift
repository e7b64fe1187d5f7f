import JCMDiagnostics
import JCMRules

/// A YAML node with its address in the document and its place in the file.
struct LocatedNode: Sendable {
    let node: YAMLNode
    let file: YAMLFile
    /// The address such as `equipment[B-1].motor`, empty for the root.
    let path: FieldPath

    var location: SourceLocation {
        SourceLocation(file: file.path, line: node.line, column: node.column)
    }

    func child(_ key: String, _ node: YAMLNode) -> LocatedNode {
        LocatedNode(node: node, file: file, path: path.appending(key))
    }

    func element(_ label: String, _ node: YAMLNode) -> LocatedNode {
        LocatedNode(node: node, file: file, path: path.item(label))
    }

    var isNull: Bool {
        guard case .scalar(let text, .plain) = node.content else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The scalar's text exactly as written (numbers keep every digit), or nil for collections.
    var scalarText: String? { node.text }

    /// Whether the scalar was quoted, which makes `"true"` text rather than a flag.
    var isQuoted: Bool {
        node.style == .singleQuoted || node.style == .doubleQuoted
    }

    var displayName: String { path.isEmpty ? "the document" : "'\(path)'" }

    func entries(_ log: DiagnosticLog) -> [(key: String, keyLocation: SourceLocation, value: LocatedNode)]? {
        guard let mapping = node.mapping else {
            log.error(.P3, "\(displayName) must be a mapping of keys to values", at: location)
            return nil
        }
        var result: [(String, SourceLocation, LocatedNode)] = []
        for (key, value) in mapping {
            guard let name = key.text else {
                log.error(.P3, "keys of \(displayName) must be plain text", at: location)
                continue
            }
            let keyLocation = SourceLocation(file: file.path, line: key.line, column: key.column)
            result.append((name, keyLocation, child(name, value)))
        }
        return result
    }

    func items(_ log: DiagnosticLog) -> [LocatedNode]? {
        guard let sequence = node.sequence else {
            log.error(.P3, "\(displayName) must be a list", at: location)
            return nil
        }
        return sequence.enumerated().map { element(String($0.offset), $0.element) }
    }

    func localizedText(_ log: DiagnosticLog) -> LocalizedText? {
        guard node.mapping != nil else { return text(log).map { LocalizedText($0) } }
        guard let entries = entries(log) else { return nil }
        var translations: [String: String] = [:]
        for entry in entries {
            guard LocalizedText.isLanguageCode(entry.key) else {
                log.error(.P1, "'\(entry.key)' in \(displayName) is not a language code such as en, vi or ja", at: entry.keyLocation)
                continue
            }
            if let text = entry.value.text(log) { translations[entry.key] = text }
        }
        guard let english = translations.removeValue(forKey: LocalizedText.sourceLanguage) else {
            log.error(.P2, "\(displayName) needs its English text under 'en'; other languages are translations of it", at: location)
            return nil
        }
        return LocalizedText(english, translations: translations)
    }

    func text(_ log: DiagnosticLog) -> String? {
        guard let text = scalarText, !isNull else {
            log.error(.P3, "\(displayName) must be text", at: location)
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            log.error(.P3, "\(displayName) is empty; give a value or leave the key out", at: location)
            return nil
        }
        if let problem = TextSafety.problem(in: text) {
            log.error(.P3, "\(displayName) \(problem)", at: location)
            return nil
        }
        return text
    }
}

/// Reads a mapping whose keys are known in advance, reporting unknown keys with a suggestion
/// and missing required ones.
struct MappingReader {
    let node: LocatedNode
    private let values: [String: LocatedNode]
    private let log: DiagnosticLog

    init?(_ node: LocatedNode, allowed: [String], log: DiagnosticLog, what: String) {
        guard let entries = node.entries(log) else { return nil }
        self.node = node
        self.log = log
        var values: [String: LocatedNode] = [:]
        for entry in entries {
            if allowed.contains(entry.key) {
                values[entry.key] = entry.value
            } else {
                let hint = Suggestion.hint(for: entry.key, in: allowed)
                log.error(.P1, "unknown key '\(entry.key)' in \(what)\(hint); expected one of: \(allowed.joined(separator: ", "))", at: entry.keyLocation)
            }
        }
        self.values = values
    }

    func optional(_ key: String) -> LocatedNode? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    func required(_ key: String) -> LocatedNode? {
        guard let value = optional(key) else {
            let place = node.path.isEmpty ? "" : " in '\(node.path)'"
            log.error(.P2, "missing required key '\(key)'\(place)", at: node.location)
            return nil
        }
        return value
    }

    func text(_ key: String, required: Bool = true) -> String? {
        (required ? self.required(key) : optional(key))?.text(log)
    }

    /// A text people read: a plain string (English) or a map of language codes to texts, `en` required.
    func localized(_ key: String, required: Bool = true) -> LocalizedText? {
        guard let node = required ? self.required(key) : optional(key) else { return nil }
        return node.localizedText(log)
    }
}
