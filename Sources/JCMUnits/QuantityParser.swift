import Foundation

extension Quantity {
    /// Reads `"1,600.128 MWh"`, `"0.6592 tCO2/MWh"`, `"60 %"`, `"12"`.
    public init(parsing text: String) throws(UnitSyntaxError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberEnd = trimmed.firstIndex { !($0.isNumber || $0 == "." || $0 == "," || $0 == "-" || $0 == "+") } ?? trimmed.endIndex
        let numberText = String(trimmed[..<numberEnd])
        guard let value = DecimalText.parse(numberText) else {
            let reason = numberText.isEmpty
                ? "expected a number followed by a unit, like '1,600.128 MWh'"
                : "'\(numberText)' is not a number (use '.' for decimals and ',' only between groups of three digits)"
            throw UnitSyntaxError(text: text, reason: reason)
        }
        let unitText = String(trimmed[numberEnd...])
        do {
            self.init(value, try Unit(parsing: unitText))
        } catch {
            throw UnitSyntaxError(text: text, reason: error.reason)
        }
    }
}
