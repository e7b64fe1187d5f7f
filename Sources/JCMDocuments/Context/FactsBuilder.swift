import JCMKit
import JCMReports
import JCMRules
import JCMUnits

/// Turns an assessment's values into escaped document text in one language and one format.
/// XML keeps the canonical form of machine values (plain digits, enumeration names); Markdown
/// follows the language. Every data-file text missing in the language is shown in English,
/// marked, and remembered for the manifest. Only `untranslated` changes once a builder is made,
/// and only on the thread that words with it: a long list is worded by builders of its own.
final class FactsBuilder: @unchecked Sendable {
    let wording: Wording
    let format: DocumentFormat
    /// English texts shown because the language has no translation of them, in order met.
    private(set) var untranslated: [String] = []

    /// Values in prose: this language's digits, dates and yes/no.
    let style: ValueStyle
    /// Values inside rule texts and traces: quoted text, true/false.
    let ruleStyle: ValueStyle

    init(wording: Wording, format: DocumentFormat) {
        // Digits and dates in XML are those of the schema, whatever the language.
        self.wording = format == .xml ? wording.withCanonicalNumbers() : wording
        self.format = format
        // Kept rather than taken from the wording at each use: a style is a dozen strings to copy.
        style = self.wording.style
        ruleStyle = self.wording.ruleStyle
    }

    /// Lists of at least this many items are worded on every core, in runs of `runLength`.
    static let spreadFrom = 1_000
    static let runLength = 250

    /// A builder for one run of a long list: this one's language, format and styles, and no
    /// untranslated text yet.
    private init(sameAs other: FactsBuilder) {
        wording = other.wording
        format = other.format
        style = other.style
        ruleStyle = other.ruleStyle
    }

    /// `transform` of each item, in order. A list of `spreadFrom` items or more, such as the
    /// equipment of a large retrofit, is worded on every core, each run by a builder of its own;
    /// their untranslated texts are then taken in the items' order, as one builder meets them.
    func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item, FactsBuilder) -> Result
    ) -> [Result] {
        guard items.count >= Self.spreadFrom else { return items.map { transform($0, self) } }
        let worded = Concurrent.map(items, inRunsOf: Self.runLength) { run in
            let builder = FactsBuilder(sameAs: self)
            return (results: run.map { transform($0, builder) }, untranslated: builder.untranslated)
        }
        for run in worded {
            untranslated += run.untranslated.filter { !untranslated.contains($0) }
        }
        return worded.flatMap(\.results)
    }

    var isXML: Bool { format == .xml }

    func text(_ raw: String) -> DocumentText { DocumentText(raw, format) }

    func text(_ key: WordingKey, _ values: [String: String] = [:]) -> DocumentText { text(wording.text(key, values)) }

    /// A data file's text in the document's language.
    func localized(_ text: LocalizedText) -> DocumentText { self.text(localizedString(text)) }

    func localizedString(_ text: LocalizedText) -> String {
        guard !text.english.isEmpty else { return "" }
        let (shown, translated) = wording.localized(text)
        if !translated, !untranslated.contains(text.english) { untranslated.append(text.english) }
        return shown
    }

    /// An enumeration value: its name in XML, its label in the language in Markdown.
    func label(canonical: String, worded: String) -> DocumentText { text(isXML ? canonical : worded) }
}
