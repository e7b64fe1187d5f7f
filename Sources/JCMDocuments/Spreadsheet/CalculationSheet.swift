import Foundation
import JCMKit
import JCMReports
import JCMRules
import JCMSpreadsheet
import JCMUnits

/// The calculation-process sheet of one rule set: a row per item of each sum, a row per
/// result, and for the methodology's rounded result a row before and a row after rounding.
/// Every result cell holds a formula; jcm's exact value stands beside it.
struct CalculationSheet {
    static let resultColumn = 5
    static let exactColumn = 7
    static let columnWidths = [12, 14, 34, 44, 22, 14, 24, 60]

    let book: SheetBook
    let wording: Wording
    var sheet: Worksheet
    /// Results whose cell holds jcm's value because no formula could express the rule.
    private(set) var withoutFormula: [String] = []

    init(name: String, title: String, scope: String, book: SheetBook, wording: Wording) {
        self.book = book
        self.wording = wording
        sheet = Worksheet(name: name, columnWidths: Self.columnWidths, rows: [
            [.text(title, style: .title)],
            [.text(wording.text(.sheetExplanation), style: .emphasis)],
            [.text(scope, style: .emphasis)],
            [],
            [.sheetColumnSymbol, .sheetColumnItem, .sheetColumnName, .sheetColumnFormula, .sheetColumnResult,
             .sheetColumnUnit, .sheetColumnExact, .sheetColumnNote].map { .text(wording.text($0), style: .header) },
        ], frozenRows: 5)
    }

    mutating func add(_ outcome: EquationOutcome, rounding: RoundingRule?) {
        let symbol = outcome.equation.symbol
        let name = wording.localized(outcome.equation.name).text
        let display = wording.formula(outcome)
        let unit = outcome.equation.unit
        var note: [String] = outcome.dependsOnUnverified ? [wording.text(.sheetNoteUnverified)] : []
        do {
            var formula = try Self.bounded(try guarded(try compiled(outcome, leaves: outcome.substituted.leaves, item: nil,
                                                                    node: outcome.equation.expression.expression).converted(to: unit), outcome))
            if let step = outcome.rounding, let rule = rounding {
                let before = reference(sheet.nextRow)
                append([.text(symbol), .text(wording.text(.sheetRowBeforeRounding)), .text(name), .text(display),
                        .formula(formula.text), .text(unitName(unit)), exact(.quantity(step.before)), .empty])
                formula = try Self.bounded(try FormulaCompiler.rounded(SheetFormula(before, unit: unit), mode: rule.mode, increment: rule.increment))
                if Self.floatingPointMayChange(step.before, increment: rule.increment, mode: rule.mode) {
                    note.append(wording.text(.sheetNoteFloat, ["value": DecimalText.plain(step.before.value)]))
                }
                let label = wording.text(.sheetRowRounded, ["mode": wording.roundingMode(rule.mode),
                                                            "increment": wording.style.quantity(rule.increment)])
                book.setResult(symbol, unit: rule.increment.unit, at: cell(sheet.nextRow))
                append([.text(symbol, style: .emphasis), .text(label), .text(name), .text(wording.localized(rule.text).text),
                        .formula(formula.text), .text(unitName(rule.increment.unit)), exact(outcome.value), note.joined(separator: " ").cell])
                return
            }
            book.setResult(symbol, unit: unit, at: cell(sheet.nextRow))
            append([.text(symbol, style: .emphasis), .empty, .text(name), .text(display), .formula(formula.text),
                    .text(unitName(unit)), exact(outcome.value), note.joined(separator: " ").cell])
        } catch {
            withoutFormula.append(symbol)
            note.insert(wording.text(.sheetNoteNoFormula, ["construct": error.construct]), at: 0)
            let resultUnit = outcome.rounding?.after.unit ?? unit
            book.setResult(symbol, unit: resultUnit, at: cell(sheet.nextRow))
            append([.text(symbol, style: .emphasis), .empty, .text(name), .text(display), valueCell(outcome.value),
                    .text(unitName(resultUnit)), exact(outcome.value), note.joined(separator: " ").cell])
        }
    }

    private mutating func compiled(_ outcome: EquationOutcome, leaves: [(node: JCMRules.Expression, value: Value?)], item: FormulaCompiler.ItemBinding?,
                                   node: JCMRules.Expression) throws(FormulaCompiler.Unsupported) -> SheetFormula {
        // Item rows go above the row of the result they add up to.
        let rows = RowCollector(firstRow: sheet.nextRow)
        let sheet = self
        let compiler = FormulaCompiler(book: book, outcome: outcome, leaves: leaves, item: item) { (aggregate) throws(FormulaCompiler.Unsupported) in
            let (formula, added) = try sheet.itemRows(aggregate, of: outcome, startingAt: rows.nextRow)
            rows.rows += added
            return formula
        }
        let formula = try compiler.compile(node)
        for row in rows.rows { append(row) }
        return formula
    }

    /// The formula within its equation's `defined_when` conditions: where one does not hold the
    /// cell gives `#N/A`, as jcm gives no figure.
    private mutating func guarded(_ formula: SheetFormula, _ outcome: EquationOutcome) throws(FormulaCompiler.Unsupported) -> SheetFormula {
        var tests: [String] = []
        for (defined, condition) in zip(outcome.equation.definedWhen, outcome.conditions) {
            let test = try compiled(outcome, leaves: condition.leaves, item: nil, node: defined.condition.expression)
            if test.constant == true { continue }
            tests.append(test.text)
        }
        guard !tests.isEmpty else { return formula }
        let all = tests.count == 1 ? tests[0] : "AND(\(tests.joined(separator: ",")))"
        return SheetFormula("IF(\(all),\(formula.text),NA())", unit: formula.unit, missing: formula.missing)
    }

    /// Collects the item rows while an expression is compiled.
    private final class RowCollector {
        let firstRow: Int
        var rows: [[Cell]] = []
        init(firstRow: Int) { self.firstRow = firstRow }
        var nextRow: Int { firstRow + rows.count }
    }

    /// One row per item of `aggregate`, and the formula over them.
    private func itemRows(_ aggregate: JCMRules.Expression, of outcome: EquationOutcome,
                          startingAt firstRow: Int) throws(FormulaCompiler.Unsupported) -> (SheetFormula, [[Cell]]) {
        guard case .aggregate(let kind, let variable, _, let body, _) = aggregate,
            let items = outcome.itemTerms.first(where: { $0.aggregate == aggregate })
        else { throw .init("an aggregate inside another aggregate") }
        let symbol = outcome.equation.symbol
        var unit: JCMUnits.Unit?
        var rows: [[Cell]] = []
        for term in items.terms {
            let binding = FormulaCompiler.ItemBinding(variable: variable, label: term.label, id: Self.itemID(term.label))
            let compiler = FormulaCompiler(book: book, outcome: outcome, leaves: term.substituted.leaves, item: binding) { (_) throws(FormulaCompiler.Unsupported) in
                throw .init("an aggregate inside another aggregate")
            }
            var formula = try Self.bounded(try compiler.compile(body))
            if unit == nil { unit = Self.quantity(term.value)?.unit ?? formula.unit }
            if let unit { formula = try formula.converted(to: unit) }
            let shown = unit.flatMap { target in Self.quantity(term.value).flatMap { try? $0.converted(to: target) } }.map(Value.quantity) ?? term.value
            rows.append([.text(symbol), .text(binding.id), .empty, .text(term.substituted.render(wording.style)), .formula(formula.text),
                         .text(unit.map(unitName) ?? ""), exact(shown), .empty])
        }
        guard !rows.isEmpty else {
            guard kind == .sum else { throw .init("\(kind.rawValue)() over no items") }
            return (.number(0, unit: outcome.equation.unit), [])
        }
        let range = "\(cell(firstRow).local):\(cell(firstRow + rows.count - 1).local)"
        let formula: SheetFormula
        switch kind {
        case .sum: formula = SheetFormula("SUM(\(range))", unit: unit)
        case .min: formula = SheetFormula("MIN(\(range))", unit: unit)
        case .max: formula = SheetFormula("MAX(\(range))", unit: unit)
        case .all: formula = SheetFormula("AND(\(range))", unit: nil)
        case .any: formula = SheetFormula("OR(\(range))", unit: nil)
        case .count: throw .init("count()")
        }
        return (formula, rows)
    }

    /// A formula longer than a spreadsheet takes leaves jcm's value in its cell, with the reason.
    static func bounded(_ formula: SheetFormula) throws(FormulaCompiler.Unsupported) -> SheetFormula {
        guard formula.text.utf16.count <= SpreadsheetLimits.formulaLength - 100 else {
            throw .init("a formula longer than the \(SpreadsheetLimits.formulaLength) characters a spreadsheet cell takes")
        }
        return formula
    }

    /// A rounded result lies so close to a rounding boundary that a binary computation of the
    /// value before rounding could fall on the other side of it.
    static func floatingPointMayChange(_ value: Quantity, increment: Quantity, mode: Quantity.Rounding) -> Bool {
        guard let before = try? value.converted(to: increment.unit) else { return true }
        let steps = before.value / increment.value
        var whole = Decimal()
        var copy = steps
        NSDecimalRound(&whole, &copy, 0, .down)
        let fraction = steps - whole
        let tolerance = max(1, steps.magnitude) * Decimal(string: "1e-12")!
        switch mode {
        case .down, .up: return fraction < tolerance || 1 - fraction < tolerance
        case .nearest: return (fraction - Decimal(string: "0.5")!).magnitude < tolerance
        }
    }

    /// `equipment[B-1]` → `B-1`
    static func itemID(_ label: String) -> String {
        guard let open = label.lastIndex(of: "["), label.hasSuffix("]") else { return label }
        return String(label[label.index(after: open)..<label.index(before: label.endIndex)])
    }

    static func quantity(_ value: Value) -> Quantity? {
        if case .quantity(let quantity) = value { return quantity }
        return nil
    }

    private mutating func append(_ row: [Cell]) { sheet.rows.append(row) }

    private func cell(_ row: Int) -> CellReference { CellReference(sheet: sheet.name, row: row, column: Self.resultColumn) }
    private func reference(_ row: Int) -> String { cell(row).absolute }

    private func unitName(_ unit: JCMUnits.Unit) -> String { unit.isOne ? "1" : wording.style.unit(unit) }

    /// Plain digits, whatever the language, so the value can be compared and copied exactly.
    private func exact(_ value: Value) -> Cell {
        if let quantity = Self.quantity(value) { return .text(DecimalText.plain(quantity.value)) }
        return .text(wording.style.value(value))
    }

    private func valueCell(_ value: Value) -> Cell {
        if let quantity = Self.quantity(value) { return .number(quantity.value) }
        return .text(wording.style.value(value))
    }
}

extension String {
    var cell: Cell { isEmpty ? .empty : .text(self) }
}
