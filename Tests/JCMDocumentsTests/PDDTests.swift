import Foundation
import JCMKit
import JCMRules
import JCMUnits
import Testing
@testable import JCMDocuments

/// The PDD draft as a reviewer reads it: the estimate per year adds up and is the trace's.
@Suite struct PDDTests {
    let assessment: Assessment
    let pdd: String

    init() throws {
        assessment = try Fixtures.assess()
        let set = try DocumentSet.render(assessment, templates: Fixtures.templates(), date: nil)
        pdd = Fixtures.file(set, "pdd-draft.md")
    }

    /// The cells of the C.3 table's rows, from its heading to its total row.
    func yearTable() throws -> (years: [[String]], total: [String]) {
        let lines = pdd.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("| Year | Months |") })
        let rows = lines[(heading + 2)...].prefix { $0.hasPrefix("|") }.map { line in
            line.split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "")
            }
        }
        return (Array(rows.dropLast()), try #require(rows.last))
    }

    func number(_ cell: String) throws -> Decimal {
        let digits = cell.replacingOccurrences(of: ",", with: "")
        return try #require(Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func theYearsOfC3AddUpToTheTotalRow() throws {
        let (years, total) = try yearTable()
        #expect(years.map { $0[0] } == (2026...2035).map(String.init))
        #expect(total[0] == "Total")
        for column in 1...4 {
            #expect(try years.map { try number($0[column]) }.reduce(0, +) == number(total[column]), "column \(column)")
        }
    }

    @Test func eachYearOfC3IsTheEstimateRoundedDownToWholeTonnes() throws {
        let estimate = try #require(YearByYearEstimate(assessment))
        let (years, _) = try yearTable()
        let tonne = try Quantity(parsing: "1 tCO2")
        for (row, year) in zip(years, estimate.years) {
            let figures = [year.referenceEmissions, year.projectEmissions, year.emissionReductions]
            for (cell, figure) in zip(row[2...4], figures) {
                #expect(try number(cell) == #require(figure).rounded(toMultipleOf: tonne, .down).value, "\(year.year)")
            }
        }
    }

    @Test func c3GivesTheTracesExactReductionsOverTheLegalDurableYears() throws {
        let lifetime = try #require(assessment.calculation.step("lifetime_emission_reductions")?.value)
        let shown = ValueStyle.canonical.value(lifetime)
        #expect(pdd.contains("over the legal durable years are \(shown) (calculation sheet)"))
    }
}

/// Sections A and B of the PDD draft say what a reviewer needs in words.
@Suite struct PDDSectionTests {
    func pdd(_ project: String = Fixtures.blower, language: String = "en") throws -> String {
        Fixtures.file(try Fixtures.render(project, language: language), "pdd-draft.md")
    }

    @Test func a5GivesTheExpectedOperationalLifetimeApartFromTheLegalDurableYears() throws {
        let text = try pdd()
        #expect(text.contains("| Expected operational lifetime of project | 15 yr |"))
        #expect(text.contains("| Legal durable years (the period over which emission reductions are estimated"))
        let rooftop = try pdd(Fixtures.root.appendingPathComponent("Examples/haiphong-rooftop-pv/project.yaml").path)
        #expect(rooftop.contains("| Expected operational lifetime of project | To be completed by the project participants |"))
    }

    @Test func a6StatesTheFinancingSupportAppliedFor() throws {
        let text = try pdd()
        #expect(text.contains("under the JCM Model Project: JCM Model Project (MOEJ), FY2025"))
        #expect(text.contains("| Subsidy requested | 30,000,000 JPY |"))
        #expect(text.contains("| Support rate of the call | 50 % |"))
        #expect(text.contains("| Maximum subsidy (support rate × eligible cost, within the ceiling) | 30,000,000 JPY |"))
    }

    @Test func b1SaysADraftMethodologyNeedsTheJointCommitteesApprovalBeforeValidation() throws {
        let sentence = "It must be approved by the Joint Committee before the project can be validated"
        #expect(try pdd().contains(sentence))
        let rooftop = try pdd(Fixtures.root.appendingPathComponent("Examples/haiphong-rooftop-pv/project.yaml").path)
        #expect(rooftop.contains("VN_AM007") || rooftop.contains("VN\\_AM007"))
        #expect(!rooftop.contains(sentence), "an approved methodology needs no approval")
        #expect(try pdd(language: "ja").contains("有効化審査の前に合同委員会の承認を受ける必要がある"))
        #expect(try pdd(language: "vi").contains("phải được Ủy ban hỗn hợp phê duyệt trước khi dự án có thể được thẩm định"))
    }
}
