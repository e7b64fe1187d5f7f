/// One cell of one sheet, 1-based.
public struct CellReference: Sendable, Hashable {
    public var sheet: String
    public var row: Int
    public var column: Int

    public init(sheet: String, row: Int, column: Int) {
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// `A`, …, `Z`, `AA`, …
    public static func columnName(_ column: Int) -> String {
        var number = column
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// `D5`
    public var local: String { "\(Self.columnName(column))\(row)" }
    /// `$D$5`
    public var absolute: String { "$\(Self.columnName(column))$\(row)" }
    /// `'MPS(input)'!$D$5`: a sheet name is always quoted, its apostrophes doubled.
    public var qualified: String { "\(Self.quoted(sheet))!\(absolute)" }

    static func quoted(_ sheet: String) -> String { "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'" }
}
