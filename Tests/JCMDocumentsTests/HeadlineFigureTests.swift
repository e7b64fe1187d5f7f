import Foundation
import JCMRules
import JCMUnits
import Testing
@testable import JCMDocuments

/// Headline tables show emission figures to 0.1 tCO2, rounded down, and rates as rates; the
/// calculation sheet keeps every digit.
@Suite struct HeadlineFigureTests {
    func shown(_ text: String) throws -> String {
        ValueStyle.canonical.value(HeadlinePrecision.shown(.quantity(try Quantity(parsing: text))))
    }

    @Test func emissionFiguresAreRoundedDownToATenthOfATonne() throws {
        #expect(try shown("2,109.6087552 tCO2") == "2,109.6 tCO2")
        #expect(try shown("970.3999 tCO2") == "970.3 tCO2")
        #expect(try shown("1,139.27 tCO2/yr") == "1,139.2 tCO2/yr")
        #expect(try shown("1,139 tCO2") == "1,139 tCO2")
    }

    @Test func otherFiguresAreShownAsTheyAre() throws {
        #expect(try shown("2,926.54 JPY/tCO2") == "2,926.54 JPY/tCO2")
        #expect(try shown("1,472.256 MWh") == "1,472.256 MWh")
    }

    @Test func theProposalSummaryGivesARateAndTheSheetEveryDigit() throws {
        for language in Fixtures.languages {
            let set = try Fixtures.render(language: language)
            for name in Fixtures.markdownDocuments {
                #expect(!Fixtures.file(set, name).contains("per 1 yr"), "\(language) \(name)")
            }
        }
        let set = try Fixtures.render()
        let summary = Fixtures.file(set, "proposal-summary.md")
        #expect(summary.contains("| Estimated emission reductions | 1,139 tCO2/yr |"))
        #expect(summary.contains("| RE\\_p | 2,109.6 tCO2 |"))
        #expect(summary.contains("Emission figures are shown to 0.1 tCO2"))
        #expect(Fixtures.file(set, "calculation-sheet.md").contains("2,109.6087552 tCO2"))
        #expect(Fixtures.file(set, "pdd-draft.md").contains("| Reference emissions | RE\\_p | 2,109.6 tCO2 |"))
    }
}
