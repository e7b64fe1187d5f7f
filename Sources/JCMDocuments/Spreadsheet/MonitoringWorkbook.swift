import Foundation
import JCMDiagnostics
import JCMKit
import JCMReports
import JCMRules
import JCMSpreadsheet
import JCMUnits

/// The Monitoring Spreadsheet of a project: the input sheet in the Monitoring Plan Sheet's
/// columns, the calculation process as live formulas, the programme's figures, the monitoring
/// structure, the unverified values and the files it was made from.
struct MonitoringWorkbook {
    static let fileName = "monitoring-spreadsheet.xlsx"
    static let inputSheet = "MPS(input)"
    static let calculationSheet = "MPS(calc_process)"
    static let structureSheet = "MSS"
    static let valueColumn = 4

    let inputs: DocumentInputs
    var wording: Wording { inputs.wording }
    var assessment: Assessment { inputs.assessment }

    /// Throws S1, at the project's key, for a project text longer than a cell holds.
    func workbook() throws(DiagnosticError) -> Workbook {
        let project = assessment.project
        let reference = assessment.methodology?.reference ?? "—"
        let book = SheetBook(parameters: (assessment.methodology?.rules.parameters ?? []) + (assessment.programme?.rules.parameters ?? []))
        let scope = banner + TextReporter(wording: wording).scopeSentence(assessment)
        var methodology = CalculationSheet(
            name: Self.calculationSheet, title: wording.text(.sheetTitleCalculation, ["project": project.id, "reference": reference]),
            scope: scope, book: book, wording: wording)
        for step in assessment.calculation.methodologySteps { methodology.add(step, rounding: assessment.methodology?.rounding) }
        var sheets = [methodology.sheet]
        if let programme = assessment.programme, !assessment.calculation.programmeSteps.isEmpty {
            var figures = CalculationSheet(
                name: wording.text(.sheetNameProgramme),
                title: wording.text(.sheetTitleProgramme, ["project": project.id, "title": wording.localized(programme.title).text]),
                scope: scope, book: book, wording: wording)
            for step in assessment.calculation.programmeSteps { figures.add(step, rounding: nil) }
            sheets.append(figures.sheet)
        }
        let input = inputSheet(book, scope: scope)
        return Workbook(
            title: wording.text(.sheetTitleInput, ["project": project.id, "reference": reference]),
            sheets: [input.sheet] + sheets + [try structureSheet(), unverifiedSheet(), provenanceSheet()],
            definedNames: input.names + book.resultNames)
    }

    /// The documents' banner for a project that fails or is undetermined, before every sheet's scope line:
    /// "Not eligible: draft for internal review (failing: C6). ".
    private var banner: String {
        let report = assessment.eligibility
        guard let banner = wording.banner(report.verdict) else { return "" }
        let items = report.deciding.map(\.criterion.id).joined(separator: ", ")
        return "\(banner.title) (\(banner.itemsLabel) \(items)). "
    }

    private func inputSheet(_ book: SheetBook, scope: String) -> (sheet: Worksheet, names: [DefinedName]) {
        let project = assessment.project
        var sheet = Worksheet(name: Self.inputSheet, columnWidths: [12, 12, 40, 18, 12, 10, 30, 30, 20, 34, 12, 40], rows: [
            [.text(wording.text(.sheetTitleInput, ["project": project.id, "reference": assessment.methodology?.reference ?? "—"]), style: .title)],
            [.text(scope, style: .emphasis)],
            [],
            [.sheetColumnParameter, .sheetColumnPoint, .sheetColumnDescription, .sheetColumnValue, .sheetColumnUnit,
             .sheetColumnOption, .sheetColumnSource, .sheetColumnMethod, .sheetColumnFrequency, .sheetColumnOrigin,
             .sheetColumnVerified, .sheetColumnNote].map { .text(wording.text($0), style: .header) },
        ], frozenRows: 4)
        var names: [DefinedName] = []
        for input in book.orderedInputs {
            let parameter = book.parameter(input.symbol)
            let monitoring = parameter?.monitoring
            names.append(DefinedName(name: input.name, reference: CellReference(sheet: Self.inputSheet, row: sheet.nextRow, column: Self.valueColumn)))
            let (value, unit, note) = valueCells(input, declared: parameter?.unit)
            let verified: String = switch input.origin {
            case .project?, .formatDefault?: wording.text(.documentVerificationProjectData)
            case let origin?: wording.text(origin.verified ? .documentVerificationYes : .documentVerificationNo)
            case nil: ""
            }
            sheet.rows.append([
                .text(input.symbol, style: .emphasis), .text(input.point ?? wording.text(.documentProjectPoint)),
                .text(parameter.map { wording.localized($0.description).text } ?? "", style: .wrapped), value, .text(unit),
                (monitoring?.option ?? "").cell, (monitoring.map { wording.localized($0.source).text } ?? "").cell,
                (monitoring.map { wording.localized($0.method).text } ?? "").cell, (monitoring.map { wording.localized($0.frequency).text } ?? "").cell,
                .text(wording.documentOrigin(input.origin)), verified.cell, note.cell,
            ])
        }
        return (sheet, names)
    }

    /// The value as a number with every digit, its unit, and a note when a spreadsheet keeps
    /// fewer digits than the value has; a missing value says where to give it.
    private func valueCells(_ input: SheetBook.Input, declared: JCMUnits.Unit?) -> (Cell, String, String) {
        switch input.value {
        case .quantity(let quantity):
            let note = Self.significantDigits(quantity.value) > 15 ? wording.text(.sheetNoteDigits, ["value": DecimalText.plain(quantity.value)]) : ""
            return (.number(quantity.value), quantity.unit.isOne ? "1" : wording.style.unit(quantity.unit), note)
        case .boolean(let flag):
            return (Cell(.boolean(flag)), "", "")
        case .text(let text):
            return (.text(text), "", "")
        case .unknown(let missing):
            let paths = missing.isEmpty ? input.path : missing.map(\.description).joined(separator: ", ")
            return (.text(wording.text(.sheetNoteMissing, ["path": paths])), declared.map { wording.style.unit($0) } ?? "", "")
        default:
            return (.text(wording.style.value(input.value)), "", "")
        }
    }

    static func significantDigits(_ value: Decimal) -> Int {
        let digits = DecimalText.plain(value.magnitude).filter(\.isNumber).drop { $0 == "0" }
        return digits.reversed().drop { $0 == "0" }.count
    }

    private func structureSheet() throws(DiagnosticError) -> Worksheet {
        let project = assessment.project
        var rows: [[Cell]] = [
            [.text(wording.text(.sheetTitleStructure, ["project": project.id]), style: .title)],
            [],
            [.sheetColumnEntity, .sheetColumnCountry, .sheetColumnRole, .sheetColumnResponsibilities].map { .text(wording.text($0), style: .header) },
        ]
        for participant in project.records("participants") {
            let role = Self.text(participant, "role")
            rows.append([.text(Self.text(participant, "name")), .text(Self.text(participant, "country")),
                         .text(role.isEmpty ? "" : wording.role(role)), Self.text(participant, "responsibilities").cell])
        }
        rows += [[], [.sheetColumnPoint, .sheetColumnMeter, .sheetColumnContinuous, .sheetColumnCertificate, .sheetColumnValidUntil]
            .map { .text(wording.text($0), style: .header) }]
        for item in project.equipment {
            guard case .mapping(let meters)? = item.field("meters")?.content else { continue }
            for meter in meters {
                let kind = meter.key == "electricity" ? wording.text(.sheetMeterElectricity)
                    : wording.text(.sheetMeterOther, ["name": meter.key.replacingOccurrences(of: "_", with: " ")])
                let continuous: String = switch meter.node.field("continuous")?.value {
                case .boolean(let flag)?: wording.text(flag ? .valueYes : .valueNo)
                default: ""
                }
                let validUntil: String = switch meter.node.descendant("calibration.valid_until")?.value {
                case .date(let date)?: wording.style.date(date)
                default: ""
                }
                rows.append([.text(Self.text(item, "id")), .text(kind), continuous.cell,
                             Self.text(meter.node, "calibration.certificate").cell, validUntil.cell])
            }
        }
        try Self.checkTextLengths(project)
        return Worksheet(name: Self.structureSheet, columnWidths: [36, 24, 22, 40, 22], rows: rows, frozenRows: 0)
    }

    private func unverifiedSheet() -> Worksheet {
        var rows: [[Cell]] = [
            [.text(wording.text(.sheetTitleUnverified, ["project": assessment.project.id]), style: .title)],
            [],
            [.sheetColumnParameter, .sheetColumnSource, .sheetColumnUsedBy].map { .text(wording.text($0), style: .header) },
        ]
        let steps = assessment.calculation.steps
        for input in assessment.calculation.unverifiedInputs {
            let users = steps.filter { $0.unverifiedInputs.contains(input) }.map(\.equation.symbol)
            rows.append([.text(input.name, style: .emphasis), .text(wording.unverified(input), style: .wrapped), .text(users.joined(separator: ", "))])
        }
        if assessment.calculation.unverifiedInputs.isEmpty { rows.append([.text(wording.text(.sheetNoteNone))]) }
        return Worksheet(name: wording.text(.sheetNameUnverified), columnWidths: [24, 90, 40], rows: rows, frozenRows: 3)
    }

    private func provenanceSheet() -> Worksheet {
        let files = inputs.fingerprints
        var rows: [[Cell]] = [
            [.text(wording.text(.sheetTitleProvenance, ["version": ToolVersion.current]), style: .title)],
            [],
            [.sheetColumnRoleOfFile, .sheetColumnFile, .sheetColumnExact].map { .text(wording.text($0), style: .header) },
            [.text(wording.text(.sheetProvenanceTool)), .text(ToolVersion.current)],
            [.text(wording.text(.sheetProvenanceProject)), .text(files.project.file), .text(files.project.sha256)],
        ]
        rows[2][2] = .text("SHA-256", style: .header)
        if let methodology = files.methodology, let reference = assessment.methodology?.reference {
            rows.append([.text(wording.text(.sheetProvenanceMethodology)), .text("\(methodology.file) (\(reference))"), .text(methodology.sha256)])
        }
        if let programme = files.programme {
            rows.append([.text(wording.text(.sheetProvenanceProgramme)), .text(programme.file), .text(programme.sha256)])
        }
        rows.append([.text(wording.text(.sheetProvenanceWording)), .text(files.wording.file), .text(files.wording.sha256)])
        return Worksheet(name: wording.text(.sheetNameProvenance), columnWidths: [24, 60, 70], rows: rows, frozenRows: 0)
    }

    /// The project texts the structure sheet shows, each within what a cell holds.
    private static func checkTextLengths(_ project: Project) throws(DiagnosticError) {
        let fields = project.records("participants").flatMap { participant in
            ["name", "country", "role", "responsibilities"].compactMap { participant.descendant($0) }
        } + project.equipment.flatMap { item -> [DataNode] in
            guard case .mapping(let meters)? = item.field("meters")?.content else { return [] }
            return [item.field("id")].compactMap { $0 } + meters.compactMap { $0.node.descendant("calibration.certificate") }
        }
        let problems = fields.compactMap { node -> Diagnostic? in
            guard case .text(let text) = node.value, text.utf16.count > SpreadsheetLimits.textLength else { return nil }
            return .error(.S1, "'\(node.path)' has \(text.utf16.count) characters; a spreadsheet cell holds \(SpreadsheetLimits.textLength)",
                          at: node.location)
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    private static func text(_ node: DataNode, _ path: String) -> String {
        switch node.descendant(path)?.value {
        case .text(let text)?: text
        case .some(let value): ValueStyle.canonical.value(value)
        case nil: ""
        }
    }
}
