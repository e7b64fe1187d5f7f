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
