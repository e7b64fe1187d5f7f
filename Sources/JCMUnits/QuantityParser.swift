import Foundation

extension Quantity {
    /// Reads `"1,600.128 MWh"`, `"0.6592 tCO2/MWh"`, `"60 %"`, `"12"`.
    public init(parsing text: String) throws(UnitSyntaxError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberEnd = trimmed.firstIndex { !($0.isNumber || $0 == "." || $0 == "," || $0 == "-" || $0 == "+") } ?? trimmed.endIndex
        let numberText = String(trimmed[..<numberEnd])
        guard let value = DecimalText.parse(numberText) else {
            let reason: String
            if numberText.isEmpty {
                reason = "expected a number followed by a unit, like '1,600.128 MWh'"
            } else if DecimalText.significantDigitCount(numberText) > DecimalText.significantDigits {
                reason = "'\(numberText)' has more than \(DecimalText.significantDigits) significant digits, more than jcm computes exactly"
            } else {
                reason = "'\(numberText)' is not a number (use '.' for decimals and ',' only between groups of three digits)"
            }
            throw UnitSyntaxError(text: text, reason: reason)
        }
        let unitText = String(trimmed[numberEnd...])
        if unitText.range(of: #"^[eE][+-]?\d"#, options: .regularExpression) != nil {
            throw UnitSyntaxError(text: text, reason: "exponent notation is not supported; write the number out in full (e.g. 736 rather than 7.36e2)")
        }
        do {
            self.init(value, try Unit(parsing: unitText))
        } catch {
            throw UnitSyntaxError(text: text, reason: error.reason)
        }
    }
}
