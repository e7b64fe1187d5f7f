/// A text of a methodology or programme file: English, with translations by language code.
/// A file writes it as a plain string (English) or as a map `{en: …, vi: …, ja: …}`.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public static let sourceLanguage = "en"

    public var english: String
    public var translations: [String: String]

    public init(_ english: String, translations: [String: String] = [:]) {
        self.english = english
        self.translations = translations
    }

    public init(stringLiteral english: String) { self.init(english) }

    /// The text in `language`, or nil when it has no translation there.
    public func translation(_ language: String) -> String? {
        language == Self.sourceLanguage ? english : translations[language]
    }

    /// English: the adopted text, and what every machine-readable output carries.
    public var description: String { english }
}

extension LocalizedText {
    /// `en`, `vi`, `ja`, `zh-Hant`: two or three lower-case letters, then an optional subtag of
    /// 2 to 8 letters or digits. Checked by hand: a regular expression per text key was a tenth
    /// of the time it takes to load the catalogue.
    public static func isLanguageCode(_ key: String) -> Bool {
        let parts = key.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        guard parts.count == 2 else { return true }
        let subtag = parts[1]
        return (2...8).contains(subtag.count)
            && subtag.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
