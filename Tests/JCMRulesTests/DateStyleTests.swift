import Foundation
import Testing

@testable import JCMRules

@Suite struct DateStyleTests {
    /// Dates were written with `String(format: "%04d")`; the padding that replaced it writes the same.
    @Test(arguments: [0, 5, -5, 7, 12, 99, 100, 2025, 12345, -12345])
    func zeroPaddingWritesWhatPrintfWrites(number: Int) {
        for width in 1...5 {
            #expect(ValueStyle.zeroPadded(number, width: width) == String(format: "%0\(width)d", number))
        }
    }

    @Test func aDateFollowsItsLanguagesPattern() throws {
        var style = ValueStyle()
        style.datePattern = "{dd}/{mm}/{yyyy} ({d}.{m}.)"
        let date = try #require(CalendarDate(iso: "2025-07-08"))
        #expect(style.date(date) == "08/07/2025 (8.7.)")
    }
}
