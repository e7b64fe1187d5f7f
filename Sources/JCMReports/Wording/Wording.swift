import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules
import JCMUnits

/// A language's sentences, labels, number style, date style and unit names, read from a
/// wording file (`Templates/<language>/wording.yaml`, format `jcm-wording/1`). Reporters word
/// everything through it; the engine holds no sentence.
public struct Wording: Sendable {
    public static let format = "jcm-wording/1"
    public static let fileName = "wording.yaml"

    /// `en`, `vi`, `ja`
    public var language: String
    /// The language's own name, such as `Tiếng Việt`.
    public var name: String
    /// nil for English, the adopted language; otherwise the translation's review status.
    public var translation: TranslationStatus?
    /// Digits, dates, units and truth values as the language writes them in prose.
    public var style: ValueStyle { didSet { ruleStyle = Self.ruleStyle(style, texts) } }
    var texts: [WordingKey: String] { didSet { ruleStyle = Self.ruleStyle(style, texts) } }
    public var file: SourceFile
    /// The style for reasons and traces: text quoted, truth values as the rule language's words.
    /// Kept, not made at each use: every reason of every project is worded with it.
    public private(set) var ruleStyle: ValueStyle

    public var isTranslation: Bool { translation != nil }

    /// The text of `key` with its placeholders filled.
    public func text(_ key: WordingKey, _ values: [String: String] = [:]) -> String {
        Self.text(key, values, in: texts)
    }

    private static func text(_ key: WordingKey, _ values: [String: String] = [:], in texts: [WordingKey: String])
        -> String
    {
        ValueStyle.fill(texts[key] ?? key.rawValue, values)
    }

    /// A data file's text in this language, or its English marked as not translated.
    public func localized(_ text: LocalizedText) -> (text: String, translated: Bool) {
        if let translated = text.translation(language) { return (translated, true) }
        return (self.text(.documentUntranslated, ["text": text.english]), false)
    }

    private static func ruleStyle(_ style: ValueStyle, _ texts: [WordingKey: String]) -> ValueStyle {
        var ruleStyle = style
        ruleStyle.quotesText = true
        ruleStyle.trueText = text(.valueTrue, in: texts)
        ruleStyle.falseText = text(.valueFalse, in: texts)
        return ruleStyle
    }
}

extension Wording {
    /// Reads and checks a wording file: every key present with exactly its placeholders, no
    /// unknown key, a number style whose marks differ. All problems are thrown together.
    public static func load(_ path: String) throws(DiagnosticError) -> Wording {
        let file = try YAMLFile.load(path)
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ node: YAMLNode?) {
            problems.append(.error(.L1, message, at: SourceLocation(file: path, line: node?.line ?? 1, column: node?.column ?? 1)))
        }
        let root = file.root
        guard let entries = root.mapping else { throw DiagnosticError(.error(.L1, "a wording file is a mapping of keys to values", at: SourceLocation(file: path, line: 1, column: 1))) }
        let allowed = ["format", "language", "name", "translation", "numbers", "dates", "units", "texts"]
        for (key, _) in entries where !allowed.contains(key.text ?? "") {
            problem("unknown key '\(key.text ?? "?")' in a wording file\(Suggestion.hint(for: key.text ?? "", in: allowed))", key)
        }
        func string(_ node: YAMLNode?, _ what: String) -> String? {
            guard let node else { problem("missing required key '\(what)'", file.root); return nil }
            guard let text = node.text, !text.isEmpty else { problem("'\(what)' must be text", node); return nil }
            return text
        }
        if let format = string(root["format"], "format"), format != Self.format {
            problem("format '\(format)' is not supported here; expected '\(Self.format)'", root["format"])
        }
        let language = string(root["language"], "language") ?? ""
        let name = string(root["name"], "name") ?? ""
        var translation: TranslationStatus?
        if language != LocalizedText.sourceLanguage {
            let statusText = string(root["translation"]?["status"], "translation.status") ?? ""
            if let review = TranslationStatus.Review(rawValue: statusText) {
                translation = TranslationStatus(review: review, reviewer: root["translation"]?["reviewer"]?.text)
            } else if !statusText.isEmpty {
                problem("translation status '\(statusText)' is not one of \(TranslationStatus.Review.allCases.map(\.rawValue).joined(separator: ", "))", root["translation"])
            }
        }
        var style = ValueStyle()
        if let numbers = root["numbers"], numbers.mapping != nil {
            style.decimalMark = string(numbers["decimal_mark"], "numbers.decimal_mark") ?? "."
            style.groupSeparator = string(numbers["group_separator"], "numbers.group_separator") ?? ","
            if style.decimalMark == style.groupSeparator { problem("the decimal mark and the group separator must differ", root["numbers"]) }
            // Any other mark would change what a figure reads as (a digit as a separator).
            if ![".", ","].contains(style.decimalMark) { problem("the decimal mark must be '.' or ','", root["numbers"]) }
            if ![",", ".", " ", "\u{00A0}", "\u{202F}", "'"].contains(style.groupSeparator) {
                problem("the group separator must be ',', '.', a space, a no-break space or an apostrophe", root["numbers"])
            }
        } else {
            problem("missing required key 'numbers' ({decimal_mark: …, group_separator: …})", file.root)
        }
        style.datePattern = string(root["dates"], "dates") ?? style.datePattern
        for (key, value) in root["units"]?.mapping ?? [] {
            guard let symbol = key.text, let shown = value.text else { continue }
            // A unit's name may not be another unit's symbol: `yr: MWh` would print years as energy.
            if let other = try? JCMUnits.Unit(parsing: shown), other.description != symbol {
                problem("unit name '\(shown)' for '\(symbol)' is the symbol of another unit", value)
            }
            style.unitNames[symbol] = shown
        }
        var texts: [WordingKey: String] = [:]
        for (key, value) in root["texts"]?.mapping ?? [] {
            guard let name = key.text, let wordingKey = WordingKey.named[name] else {
                problem("unknown text '\(key.text ?? "?")'\(Suggestion.hint(for: key.text ?? "", in: WordingKey.allCases.map(\.rawValue)))", key)
                continue
            }
            guard let text = value.text else { problem("text '\(name)' must be a string", value); continue }
            if let unsafe = TextSafety.problem(in: text) { problem("text '\(name)' \(unsafe)", value) }
            let used = placeholders(in: text)
            if used != wordingKey.placeholders {
                let expected = wordingKey.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                let uses = used.sorted().map { "{\($0)}" }.joined(separator: ", ")
                problem(expected.isEmpty ? "text '\(name)' takes no placeholder; it uses \(uses)"
                        : "text '\(name)' must use exactly the placeholders \(expected); it uses \(uses.isEmpty ? "none" : uses)", value)
            }
            texts[wordingKey] = text
        }
        for key in WordingKey.allCases where texts[key] == nil {
            problem("missing text '\(key.rawValue)'", root["texts"] ?? file.root)
        }
        style.quotesText = false
        style.trueText = texts[.valueYes] ?? "yes"
        style.falseText = texts[.valueNo] ?? "no"
        style.unknownPattern = texts[.valueUnknown] ?? style.unknownPattern
        style.undefinedPattern = texts[.valueUndefined] ?? style.undefinedPattern
        style.divisionByZeroPattern = texts[.valueDivisionByZero] ?? style.divisionByZeroPattern
        style.notDefinedPattern = texts[.valueNotDefined] ?? style.notDefinedPattern
        style.unmeasuredPattern = texts[.valueUnmeasured] ?? style.unmeasuredPattern
        style.outsideTablePattern = texts[.valueOutsideTable] ?? style.outsideTablePattern
        style.tableRangePattern = texts[.valueTableRange] ?? style.tableRangePattern
        style.openTableRangePattern = texts[.valueTableRangeOpen] ?? style.openTableRangePattern
        for (reason, key) in [("no_gap_rule", WordingKey.unmeasuredNoGapRule), ("no_bound", .unmeasuredNoBound),
                              ("no_lapse_rule", .unmeasuredNoLapseRule), ("no_accuracy_class", .unmeasuredNoAccuracyClass),
                              ("too_many_digits", .unmeasuredTooManyDigits)] {
            style.unmeasuredReasons[reason] = texts[key] ?? style.unmeasuredReasons[reason]
        }
        style.language = language
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return Wording(language: language, name: name, translation: translation, style: style, texts: texts,
                       file: SourceFile(path: path, text: file.text), ruleStyle: ruleStyle(style, texts))
    }

    /// The `{name}`s of a text.
    static func placeholders(in text: String) -> Set<String> {
        // Scanned as bytes: compiling a regular expression for each of the 300 texts was most of
        // loading a wording, and walking characters a fifth of it.
        var names: Set<String> = []
        let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        let bytes = text.utf8
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            index = bytes.index(after: open)
            let end = bytes[index...].firstIndex { !isLetter($0) } ?? bytes.endIndex
            if end > index, end < bytes.endIndex, bytes[end] == UInt8(ascii: "}") {
                names.insert(String(text[index..<end]))
            }
        }
        return names
    }
}

extension Wording {
    /// The same texts with the rule language's digits and dates, for machine-readable outputs.
    public func withCanonicalNumbers() -> Wording {
        var copy = self
        let canonical = ValueStyle.canonical
        copy.style.decimalMark = canonical.decimalMark
        copy.style.groupSeparator = canonical.groupSeparator
        copy.style.datePattern = canonical.datePattern
        copy.style.unitNames = [:]
        return copy
    }
}

extension Wording {
    /// The languages a templates folder holds: each subfolder with a wording file, sorted.
    public static func languages(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: file(in: directory, language: $0)) }.sorted()
    }

    /// `<directory>/<language>/wording.yaml`
    static func file(in directory: String, language: String) -> String {
        ((directory as NSString).appendingPathComponent(language) as NSString).appendingPathComponent(fileName)
    }

    /// Loads the wording of `language` from a templates folder; an unknown language is an L2
    /// error naming the languages there.
    public static func load(in directory: String, language: String) throws(DiagnosticError) -> Wording {
        let path = file(in: directory, language: language)
        guard LocalizedText.isLanguageCode(language),
            FileManager.default.fileExists(atPath: path)
        else {
            let known = languages(in: directory)
            throw DiagnosticError(.error(.L2, "no wording for language '\(language)' in '\(directory)'\(Suggestion.hint(for: language, in: known)); "
                                             + "languages there: \(known.isEmpty ? "none" : known.joined(separator: ", "))"))
        }
        let wording = try load(path)
        guard wording.language == language else {
            throw DiagnosticError(.error(.L1, "the wording in the folder of language '\(language)' says it is 'language: \(wording.language)'; "
                                             + "a language's folder and its wording name the same language", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return wording
    }
}
