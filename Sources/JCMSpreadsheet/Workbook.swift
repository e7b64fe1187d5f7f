import Foundation

/// A spreadsheet as jcm writes it: sheets of cells, names for cells, nothing else. Formulas are
/// kept as Excel writes them in the file (English function names, `,` between arguments).
public struct Workbook: Sendable, Equatable {
    public var sheets: [Worksheet]
    public var definedNames: [DefinedName]
    /// Written into the package's core properties.
    public var title: String

    public init(title: String, sheets: [Worksheet] = [], definedNames: [DefinedName] = []) {
        self.title = title
        self.sheets = sheets
        self.definedNames = definedNames
    }
}

public struct Worksheet: Sendable, Equatable {
    public var name: String
    /// Column widths in characters, from column A on; columns beyond keep the default width.
    public var columnWidths: [Int]
    public var rows: [[Cell]]
    /// Rows kept in view when scrolling (the title and the header).
    public var frozenRows: Int

    public init(name: String, columnWidths: [Int] = [], rows: [[Cell]] = [], frozenRows: Int = 0) {
        self.name = name
        self.columnWidths = columnWidths
        self.rows = rows
        self.frozenRows = frozenRows
    }

    /// The 1-based row the next appended row gets.
    public var nextRow: Int { rows.count + 1 }
}

public struct Cell: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case empty
        case text(String)
        /// Written with every digit of the decimal; Excel reads it as a binary double.
        case number(Decimal)
        case boolean(Bool)
        /// Without the leading `=`. No cached result is stored: the spreadsheet computes it.
        case formula(String)
    }

    public enum Style: Int, Sendable, CaseIterable {
        case plain = 0, title, header, wrapped, emphasis
    }

    public var content: Content
    public var style: Style

    public init(_ content: Content, style: Style = .plain) {
        self.content = content
        self.style = style
    }

    public static func text(_ text: String, style: Style = .plain) -> Cell { Cell(.text(text), style: style) }
    public static func number(_ value: Decimal, style: Style = .plain) -> Cell { Cell(.number(value), style: style) }
    public static func formula(_ formula: String, style: Style = .plain) -> Cell { Cell(.formula(formula), style: style) }
    public static let empty = Cell(.empty)
}

/// A workbook-wide name for one cell, such as `EF_elec` for the grid emission factor.
public struct DefinedName: Sendable, Equatable {
    public var name: String
    public var reference: CellReference

    public init(name: String, reference: CellReference) {
        self.name = name
        self.reference = reference
    }
}
