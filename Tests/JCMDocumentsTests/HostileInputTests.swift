import JCMReports
import Testing

@testable import JCMDocuments

@Suite struct ControlCharacterTests {
    @Test func controlCharactersNeverReachMarkdown() {
        #expect(MarkdownEscaping.escape("Hai\u{07}Phong\u{1B}[31m") == "Hai\u{FFFD}Phong\u{FFFD}\\[31m")
        #expect(MarkdownEscaping.escape("a\tb") == "a b")
    }
}

@Suite struct SourceDateEpochRangeTests {
    @Test func epochsOutsideYearsOneTo9999AreRejected() throws {
        #expect(throws: (any Error).self) { try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "9223372036854775807"]) }
        #expect(throws: (any Error).self) { try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "-9223372036854775808"]) }
        #expect(try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "1795305600"])?.description == "2026-11-22")
        #expect(try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "-62135596800"])?.description == "0001-01-01")
        #expect(try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "-1"])?.description == "1969-12-31")
        #expect(try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "253402300799"])?.description == "9999-12-31")
    }
}
