import Foundation
import JCMDiagnostics
import JCMSpreadsheet
import Testing
import ZIPFoundation

@Suite struct XLSXPackageTests {
    let workbook = Workbook(
        title: "Test & check",
        sheets: [
            Worksheet(name: "MPS(input)", columnWidths: [12, 20], rows: [
                [.text("Parameter", style: .header), .text("Value", style: .header)],
                [.text("EF_elec"), .number(Decimal(string: "0.6592")!)],
                [.text("V_PJ <B-1>"), .number(Decimal(string: "864000.123456789012345678")!)],
            ], frozenRows: 1),
            Worksheet(name: "MPS(calc_process)", rows: [[.text("RE_p"), .formula("EF_elec*'MPS(input)'!$B$3")]]),
        ],
        definedNames: [DefinedName(name: "EF_elec", reference: CellReference(sheet: "MPS(input)", row: 2, column: 2))]
    )

    func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let first = try XLSXPackage.bytes(of: workbook, generator: "jcm test")
        let second = try XLSXPackage.bytes(of: workbook, generator: "jcm test")
        #expect(first == second)
        var changed = workbook
        changed.sheets[0].rows[1][1] = .number(Decimal(string: "0.6593")!)
        #expect(try XLSXPackage.bytes(of: changed, generator: "jcm test") != first)
    }

    @Test func partsCarryNumbersWithEveryDigitFormulasWithoutCachedResultsAndEscapedText() throws {
        let parts = try parts(try XLSXPackage.bytes(of: workbook, generator: "jcm test"))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
                                    "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let input = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(input.contains("<v>864000.123456789012345678</v>"))
        #expect(input.contains("V_PJ &lt;B-1&gt;"))
        #expect(input.contains("<pane ySplit=\"1\" topLeftCell=\"A2\""))
        let calc = try #require(parts["xl/worksheets/sheet2.xml"])
        #expect(calc.contains("<c r=\"B1\"><f>EF_elec*'MPS(input)'!$B$3</f></c>"))
        let book = try #require(parts["xl/workbook.xml"])
        #expect(book.contains("<definedName name=\"EF_elec\">'MPS(input)'!$B$2</definedName>"))
        #expect(book.contains("fullCalcOnLoad=\"1\""))
        #expect(try #require(parts["docProps/core.xml"]).contains("Test &amp; check"))
        #expect(!(try #require(parts["docProps/core.xml"])).contains("dcterms"))
    }

    @Test(arguments: ["", "History", "a/b", "[x]", "'quoted'", "a:b", String(repeating: "x", count: 32), "a\tb", "a\nb"])
    func forbiddenSheetNamesAreRefused(_ name: String) {
        var bad = workbook
        bad.sheets[1].name = name
        #expect(throws: DiagnosticError.self) { try XLSXPackage.bytes(of: bad, generator: "jcm") }
        #expect(SpreadsheetLimits.sheetNameProblem(name) != nil)
    }

    @Test func aTextThatLooksLikeAnEscapeReadsAsWritten() throws {
        var book = workbook
        book.sheets[0].rows[1][0] = .text("CAL_x000D_X and Team_x0041_B")
        let parts = try parts(try XLSXPackage.bytes(of: book, generator: "jcm"))
        #expect(try #require(parts["xl/worksheets/sheet1.xml"]).contains("CAL_x005F_x000D_X and Team_x005F_x0041_B"))
    }

    @Test func sheetNamesDifferingOnlyInCaseAreRefused() {
        var bad = workbook
        bad.sheets[1].name = "mps(INPUT)"
        #expect(throws: DiagnosticError.self) { try XLSXPackage.bytes(of: bad, generator: "jcm") }
    }

    @Test(arguments: ["A1", "XFD1048576", "R1C1", "RC", "R", "c3", "TRUE", "1st", "V-PJ", "é"])
    func namesThatReadAsSomethingElseAreRefused(_ name: String) {
        #expect(SpreadsheetLimits.definedNameProblem(name) != nil)
    }

    @Test(arguments: ["EF_elec", "V_PJ.B_1", "ES_p", "XFE1", "ABCD1", "_x"])
    func ordinaryNamesAreAccepted(_ name: String) {
        #expect(SpreadsheetLimits.definedNameProblem(name) == nil)
    }

    @Test func valuesAndTextsACellCannotHoldAreRefusedWithTheirPlace() throws {
        for content: Cell.Content in [.number(Decimal.nan),
                                      .text(String(repeating: "x", count: 32_768)), .text("bell\u{7}"),
                                      .formula(String(repeating: "1+", count: 4_100) + "1")] {
            var bad = workbook
            bad.sheets[0].rows[1][1] = Cell(content)
            let error = try #require(throws: DiagnosticError.self) { try XLSXPackage.bytes(of: bad, generator: "jcm") }
            #expect(error.diagnostics.first?.code == .S1)
            #expect(error.diagnostics.first?.message.hasPrefix("'MPS(input)'!B2: ") == true)
        }
    }

    @Test func aNameForAMissingSheetOrTwiceIsRefused() {
        var bad = workbook
        bad.definedNames.append(DefinedName(name: "ef_ELEC", reference: CellReference(sheet: "Nowhere", row: 1, column: 1)))
        let error = #expect(throws: DiagnosticError.self) { try XLSXPackage.bytes(of: bad, generator: "jcm") }
        #expect(error?.diagnostics.count == 2)
    }

    @Test func columnNamesRunPastZ() {
        #expect(CellReference.columnName(1) == "A")
        #expect(CellReference.columnName(26) == "Z")
        #expect(CellReference.columnName(27) == "AA")
        #expect(CellReference.columnName(16_384) == "XFD")
        #expect(CellReference(sheet: "it's", row: 3, column: 2).qualified == "'it''s'!$B$3")
    }
}
