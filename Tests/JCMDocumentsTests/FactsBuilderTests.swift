import JCMRules
import Testing
@testable import JCMDocuments

@Suite struct FactsBuilderTests {
    /// A long list is worded on every core; its texts, and the untranslated texts met on the way,
    /// must come out in the order one builder gives them, whichever run finishes first.
    @Test(arguments: [FactsBuilder.spreadFrom - 1, FactsBuilder.spreadFrom, 2_618])
    func aLongListIsWordedInItsOwnOrder(count: Int) throws {
        let vietnamese = try Fixtures.templates(language: "vi").wording
        // Every seventh item has a Vietnamese text; the others fall back to English, some more than once.
        let texts = (0..<count).map { index in
            index % 7 == 0 ? LocalizedText("item \(index)", translations: ["vi": "mục \(index)"])
                : LocalizedText("text \(index % 400 == 3 ? 3 : count - index)")
        }
        let one = FactsBuilder(wording: vietnamese, format: .markdown)
        let expected = texts.map { one.localized($0).renderText }
        let spread = FactsBuilder(wording: vietnamese, format: .markdown)
        let worded = spread.map(texts) { text, facts in facts.localized(text).renderText }
        #expect(worded == expected)
        #expect(spread.untranslated == one.untranslated)
        #expect(spread.untranslated.first == "text \(count - 1)")  // item 0 has its translation
        #expect(Set(spread.untranslated).count == spread.untranslated.count)
    }
}
