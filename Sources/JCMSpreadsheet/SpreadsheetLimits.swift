import Foundation
import JCMDiagnostics

/// What the .xlsx format and the spreadsheet programs that open it accept; a workbook that
/// breaks one of these is refused before anything is written, with S1.
public enum SpreadsheetLimits {
    public static let sheetNameLength = 31
    public static let textLength = 32_767
    public static let formulaLength = 8_192
    public static let definedNameLength = 255
    public static let rows = 1_048_576
    public static let columns = 16_384

    static let forbiddenInSheetNames: Set<Character> = ["\\", "/", "?", "*", "[", "]", ":"]

    /// Checks every sheet name, defined name, cell and formula; all problems together.
    public static func check(_ workbook: Workbook) throws(DiagnosticError) {
        var problems: [Diagnostic] = []
        var sheetNames: Set<String> = []
        if workbook.sheets.isEmpty { problems.append(.error(.S1, "a workbook needs at least one sheet")) }
        for sheet in workbook.sheets {
            if let problem = sheetNameProblem(sheet.name) { problems.append(.error(.S1, problem)) }
            if !sheetNames.insert(sheet.name.lowercased()).inserted {
                problems.append(.error(.S1, "sheet name '\(sheet.name)' is used twice (names are compared ignoring case)"))
            }
            if sheet.rows.count > rows { problems.append(.error(.S1, "'\(sheet.name)' has \(sheet.rows.count) rows; a sheet holds \(rows)")) }
            for (index, row) in sheet.rows.enumerated() {
                if row.count > columns { problems.append(.error(.S1, "'\(sheet.name)' row \(index + 1) has \(row.count) cells; a row holds \(columns)")) }
                for (column, cell) in row.enumerated() {
                    let place = "'\(sheet.name)'!\(CellReference(sheet: sheet.name, row: index + 1, column: column + 1).local)"
                    if let problem = cellProblem(cell.content) { problems.append(.error(.S1, "\(place): \(problem)")) }
                }
            }
        }
        var names: Set<String> = []
        for defined in workbook.definedNames {
            if let problem = definedNameProblem(defined.name) { problems.append(.error(.S1, problem)) }
            if !names.insert(defined.name.uppercased()).inserted {
                problems.append(.error(.S1, "the name '\(defined.name)' is defined twice (names are compared ignoring case)"))
            }
            if !sheetNames.contains(defined.reference.sheet.lowercased()) {
                problems.append(.error(.S1, "the name '\(defined.name)' refers to a sheet '\(defined.reference.sheet)' the workbook does not have"))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    public static func sheetNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "a sheet name cannot be empty" }
        if name.utf16.count > sheetNameLength { return "sheet name '\(name)' is longer than \(sheetNameLength) characters" }
        if let bad = name.first(where: forbiddenInSheetNames.contains) { return "sheet name '\(name)' holds '\(bad)', which sheet names cannot" }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "sheet name '\(name)' cannot begin or end with an apostrophe" }
        if name.lowercased() == "history" { return "'History' is a sheet name Excel keeps for itself" }
        if let control = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return "sheet name '\(name.debugDescription.dropFirst().dropLast())' holds the control character "
                + "U+\(String(control.value, radix: 16, uppercase: true))"
        }
        if let problem = textProblem(name) { return "sheet name: \(problem)" }
        return nil
    }

    /// jcm's names are ASCII letters, digits, `_` and `.`, and never read as a cell reference.
    public static func definedNameProblem(_ name: String) -> String? {
        guard let first = name.unicodeScalars.first, name.count <= definedNameLength else {
            return "the name '\(name)' must have 1 to \(definedNameLength) characters"
        }
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.")
        guard name.unicodeScalars.allSatisfy(allowed.contains), first == "_" || CharacterSet.letters.contains(first) else {
            return "the name '\(name)' may hold only letters, digits, '_' and '.', and must begin with a letter or '_'"
        }
        if looksLikeReference(name) { return "the name '\(name)' reads as a cell reference" }
        if ["TRUE", "FALSE"].contains(name.uppercased()) { return "the name '\(name)' is a truth value" }
        return nil
    }

    /// `A1` … `XFD1048576`, and the R1C1 forms `R`, `C`, `R2C3`, `RC`: read letter by letter,
    /// as a regular expression was compiled anew for every name of a workbook.
    static func looksLikeReference(_ name: String) -> Bool {
        let upper = Array(name.uppercased().utf8)
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        // R, R2, RC, R2C, RC3, R2C3; and C, C3.
        if upper.first == UInt8(ascii: "R") {
            let afterRow = upper.dropFirst().drop(while: isDigit)
            if afterRow.isEmpty || afterRow.first == UInt8(ascii: "C") && afterRow.dropFirst().allSatisfy(isDigit) {
                return true
            }
        }
        if upper.first == UInt8(ascii: "C"), upper.dropFirst().allSatisfy(isDigit) { return true }
        let letters = upper.prefix(while: isLetter)
        let digits = upper.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy(isDigit) else { return false }
        let column = letters.reduce(0) { $0 * 26 + Int($1) - 64 }
        let row = Int(String(decoding: digits, as: UTF8.self)) ?? Int.max
        return column <= columns && row >= 1 && row <= rows
    }

    static func cellProblem(_ content: Cell.Content) -> String? {
        switch content {
        case .empty, .boolean: return nil
        case .text(let text): return textProblem(text)
        case .formula(let formula):
            if formula.utf16.count > formulaLength { return "a formula longer than \(formulaLength) characters" }
            return textProblem(formula)
        case .number(let value):
            // Every other decimal lies well inside a double's range; digits beyond a double's
            // precision are the workbook's to point out, not an error.
            return value.isNaN ? "a value that is not a number, which no spreadsheet cell holds" : nil
        }
    }

    static func textProblem(_ text: String) -> String? {
        if text.utf16.count > textLength { return "a text of \(text.utf16.count) characters; a cell holds \(textLength)" }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let allowedControl = value == 0x9 || value == 0xA || value == 0xD
            if (value < 0x20 && !allowedControl) || value == 0xFFFE || value == 0xFFFF {
                return "a text holding the control character U+\(String(value, radix: 16, uppercase: true)), which the format cannot carry"
            }
        }
        return nil
    }
}
