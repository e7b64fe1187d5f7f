import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules
import JCMSpreadsheet
import JCMUnits
import Testing
@testable import JCMDocuments

@Suite struct MonitoringWorkbookTests {
    static let functions: Set<String> = ["SUM", "MIN", "MAX", "IF", "AND", "OR", "NOT", "EXACT", "NA", "ROUND", "ROUNDDOWN", "ROUNDUP", "TRUE", "FALSE"]

    func workbook(_ path: String = Fixtures.blower, language: String = "en") throws -> (Workbook, Assessment) {
        let assessment = try Fixtures.assess(path)
        let inputs = DocumentInputs(assessment, templates: try Fixtures.templates(language: language), date: nil)
        return (try MonitoringWorkbook(inputs: inputs).workbook(), assessment)
    }

    func cell(_ workbook: Workbook, _ name: String) -> Cell? {
        guard let reference = workbook.definedNames.first(where: { $0.name == name })?.reference,
            let sheet = workbook.sheets.first(where: { $0.name == reference.sheet }), reference.row <= sheet.rows.count
        else { return nil }
        let row = sheet.rows[reference.row - 1]
        return reference.column <= row.count ? row[reference.column - 1] : nil
    }

    @Test(arguments: Fixtures.languages) func everyEquationOfEveryExampleIsANamedLiveFormula(language: String) throws {
        for example in Fixtures.examples {
            let (book, assessment) = try workbook(example, language: language)
            for step in assessment.calculation.steps {
                guard case .formula(let formula)? = cell(book, step.equation.symbol)?.content else {
                    Issue.record("\(example) \(language): \(step.equation.symbol) is not a named formula cell")
                    continue
                }
                #expect(!formula.isEmpty)
            }
            for sheet in book.sheets where sheet.name.contains("(calc_process)") || sheet.name == book.sheets[2].name {
                for row in sheet.rows.dropFirst(5) where !row.isEmpty {
                    guard case .formula = row[CalculationSheet.resultColumn - 1].content else {
                        Issue.record("\(example) \(language) \(sheet.name): \(row[0]) has no formula in its result cell")
                        continue
                    }
                }
            }
        }
    }

    @Test func formulasReadOnlyNamesTheWorkbookDefines() throws {
        for example in Fixtures.examples {
            let (book, _) = try workbook(example)
            let names = Set(book.definedNames.map { $0.name.uppercased() })
            for sheet in book.sheets {
                for row in sheet.rows {
                    for cell in row {
                        guard case .formula(let formula) = cell.content else { continue }
                        let unquoted = formula.replacingOccurrences(of: #""[^"]*""#, with: "", options: .regularExpression)
                            .replacingOccurrences(of: "$", with: "")
                        let words = unquoted.matches(of: /[A-Za-z_][A-Za-z0-9_]*/).map { String($0.output) }
                        for word in words where !Self.functions.contains(word) && word.range(of: #"^[A-Z]+[0-9]+$"#, options: .regularExpression) == nil {
                            #expect(names.contains(word.uppercased()), "\(example) \(sheet.name): '\(formula)' reads '\(word)', which no name defines")
                        }
                    }
                }
            }
        }
    }

    @Test func inputCellsHoldTheValuesTheTraceUsedWithEveryDigit() throws {
        let (book, _) = try workbook()
        #expect(cell(book, "EF_elec")?.content == .number(Decimal(string: "0.6592")!))
        #expect(cell(book, "V_PJ_B_1")?.content == .number(864_000))
        #expect(cell(book, "SEC_RE_B_2")?.content == .number(Decimal(string: "1.852")!))
        #expect(cell(book, "finance_tariff")?.content == .number(11))
        let input = try #require(book.sheets.first { $0.name == MonitoringWorkbook.inputSheet })
        let header = input.rows[3].map { if case .text(let text) = $0.content { text } else { "" } }
        #expect(header.prefix(9) == ["Parameter", "Monitoring point", "Description of data", "Estimated or monitored value", "Unit",
                                     "Monitoring option", "Source of data", "Measurement methods and procedures", "Monitoring frequency"])
    }

    @Test func theExactColumnIsTheTraceAndTheRoundingRowsAreTheMethodologys() throws {
        let (book, assessment) = try workbook()
        let sheet = try #require(book.sheets.first { $0.name == MonitoringWorkbook.calculationSheet })
        let er = sheet.rows.filter { $0.first?.content == .text("ER_p") }
        #expect(er.count == 2)
        #expect(er.map { $0[CalculationSheet.exactColumn - 1].content } == [.text("1139.2663552"), .text("1139")])
        guard case .formula(let rounded) = er[1][CalculationSheet.resultColumn - 1].content else { throw Failure("no formula") }
        #expect(rounded == "IF($E$15>=0,ROUNDDOWN($E$15,0),-ROUNDUP(-($E$15),0))")
        #expect(assessment.calculation.emissionReductions?.value == .quantity(Quantity(1139, try Unit(parsing: "tCO2"))))
    }

    @Test func textIsComparedMindingCaseAsJcmDoes() throws {
        let pv = try #require(Fixtures.examples.first { $0.contains("rooftop-pv") })
        let (book, _) = try workbook(pv)
        let sheet = try #require(book.sheets.first { $0.name == MonitoringWorkbook.calculationSheet })
        let term = try #require(sheet.rows.first { $0.first?.content == .text("RE_p") })
        #expect(term[CalculationSheet.resultColumn - 1].content == .formula("EG_PJ_PV_1*IF(EXACT(displaced_source_PV_1,\"grid\"),EF_grid,EF_diesel)"))
    }

    @Test func roundingIsJcmsInEverySignAndIncrement() throws {
        let tonnes = try Unit(parsing: "tCO2")
        let value = SheetFormula("x", unit: tonnes)
        func text(_ mode: Quantity.Rounding, _ increment: String) throws -> String {
            try FormulaCompiler.rounded(value, mode: mode, increment: Quantity(Decimal(string: increment)!, tonnes)).text
        }
        #expect(try text(.down, "1") == "IF(x>=0,ROUNDDOWN(x,0),-ROUNDUP(-(x),0))")
        #expect(try text(.up, "0.01") == "IF(x>=0,ROUNDUP(x,2),-ROUNDDOWN(-(x),2))")
        #expect(try text(.nearest, "100") == "ROUND(x,-2)")
        #expect(try text(.down, "0.5") == "IF(x/0.5>=0,ROUNDDOWN(x/0.5,0),-ROUNDUP(-(x/0.5),0))*0.5")
        #expect(FormulaCompiler.powerOfTenPlaces(Decimal(string: "0.001")!) == 3)
        #expect(FormulaCompiler.powerOfTenPlaces(25) == nil)
    }

    @Test func unitsAreConvertedByAnExplicitFactor() throws {
        let kWh = try Unit(parsing: "kWh")
        #expect(try SheetFormula("a+b", unit: kWh, precedence: .additive).converted(to: try Unit(parsing: "MWh")).text == "(a+b)*0.001")
        #expect(try SheetFormula("e", unit: try Unit(parsing: "J")).converted(to: kWh).text == "e/3600000")
        #expect(throws: FormulaCompiler.Unsupported.self) { try SheetFormula("e", unit: kWh).converted(to: try Unit(parsing: "tCO2")) }
    }

    @Test func aRoundedValueOnARoundingBoundaryCarriesTheFloatingPointNote() throws {
        let tonnes = try Unit(parsing: "tCO2")
        func mayChange(_ before: String, _ mode: Quantity.Rounding = .down) -> Bool {
            CalculationSheet.floatingPointMayChange(Quantity(Decimal(string: before)!, tonnes), increment: Quantity(1, tonnes), mode: mode)
        }
        #expect(mayChange("1140"))
        #expect(mayChange("1139.9999999999999"))
        #expect(!mayChange("1139.2663552"))
        #expect(mayChange("2.5", .nearest))
        #expect(!mayChange("2.4", .nearest))
    }

    @Test func aMissingInputSaysWhereToGiveItAndTheFormulasStay() throws {
        let compost = try #require(Fixtures.examples.first { $0.contains("composting") })
        let (book, _) = try workbook(compost)
        guard case .text(let missing)? = cell(book, "emission_reductions")?.content else { throw Failure("no input cell") }
        #expect(missing == "missing: give methodology in the project file")
        guard case .formula(let formula)? = cell(book, "annual_emission_reductions")?.content else { throw Failure("no formula") }
        #expect(formula == "emission_reductions/estimation_period")
    }

    @Test func aValueWithMoreDigitsThanExcelKeepsIsNotedWithItsExactDigits() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try Fixtures.editedProject(in: directory) {
            $0.replacingOccurrences(of: "      SEC_RE: 1.852 kWh/kNm3\n      EC_PJ: 736 MWh\n  - id: B-2",
                                    with: "      SEC_RE: 1.8520000000000000001 kWh/kNm3\n      EC_PJ: 736 MWh\n  - id: B-2")
        }
        let (book, _) = try workbook(project)
        let input = try #require(book.sheets.first { $0.name == MonitoringWorkbook.inputSheet })
        let row = try #require(input.rows.first { $0.first?.content == .text("SEC_RE") && $0[1].content == .text("B-1") })
        #expect(row[3].content == .number(Decimal(string: "1.8520000000000000001")!))
        #expect(row.last?.content == .text("More significant digits than a spreadsheet keeps (about 15): jcm's exact value is 1.8520000000000000001"))
    }

    @Test func theUnverifiedSheetListsEveryUnverifiedInputOfTheCalculation() throws {
        let (book, assessment) = try workbook()
        let sheet = try #require(book.sheets.first { $0.name == "Unverified values" })
        let listed = sheet.rows.dropFirst(3).compactMap { row -> String? in if case .text(let name)? = row.first?.content { name } else { nil } }
        #expect(listed == assessment.calculation.unverifiedInputs.map(\.name))
        #expect(!listed.isEmpty)
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let first = try Fixtures.render()
        let second = try Fixtures.render()
        let name = MonitoringWorkbook.fileName
        #expect(first.files.first { $0.name == name }?.bytes == second.files.first { $0.name == name }?.bytes)
    }

    @Test func aSheetNameTheFormatForbidsIsRefusedNamingTheWordingFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = try Fixtures.editedTemplates(in: directory, file: "en/wording.yaml") {
            $0.replacingOccurrences(of: "sheet.name.provenance: \"Provenance\"", with: "sheet.name.provenance: \"Where/from\"")
        }
        let error = try #require(throws: DiagnosticError.self) { try Fixtures.render(templates: templates) }
        #expect(error.diagnostics.map(\.code) == [.S1])
        #expect(error.text.contains("sheet name 'Where/from' holds '/'"))
        #expect(error.text.contains("wording.yaml"))
    }

    @Test func aProjectTextLongerThanACellIsRefusedAtItsKey() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let long = String(repeating: "MRV ", count: 10_000)
        let project = try Fixtures.editedProject(in: directory) {
            $0.replacingOccurrences(of: "responsibilities: Overall management, procurement and installation, MRV",
                                    with: "responsibilities: \(long)")
        }
        let error = try #require(throws: DiagnosticError.self) { try Fixtures.render(project) }
        #expect(error.diagnostics.map(\.code) == [.S1])
        #expect(error.text.contains("project.yaml:21:23: error: [S1]"), "\(error.text.prefix(300))")
        #expect(error.text.contains("'participants[0].responsibilities' has 39999 characters; a spreadsheet cell holds 32767"))
    }

    struct Failure: Error { var message: String; init(_ message: String) { self.message = message } }
}
