import Foundation

/// The one way jcm reads a number, whatever the user's country: ASCII digits, an optional sign,
/// commas only between groups of exactly three digits after a first group of one to three, and a
/// point before the decimals (`1,736.0`, `1736.0`, `-0.5`). Nothing else is guessed: `1.736,0` or
/// `0,736` is an error with a hint, never 1.736 or 736.
public enum NumberGrammar {
    /// The value, or nil when `text` does not follow the grammar or needs more than
    /// `DecimalText.significantDigits` significant digits.
    public static func value(_ text: String) -> Decimal? {
        guard isWellFormed(text) else { return nil }
        if let short = shortValue(text) { return short }
        guard DecimalText.significantDigitCount(text) <= DecimalText.significantDigits else { return nil }
        let digits = String(decoding: text.utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
        return Decimal(string: digits, locale: DecimalText.posix)
    }

    /// A well-formed number of at most 19 digits, leading zeros included, read into a 64-bit
    /// mantissa without Foundation's scanner; nil for a longer one.
    static func shortValue(_ text: String) -> Decimal? {
        var mantissa: UInt64 = 0, digits = 0, decimals = 0
        var isNegative = false, isAfterPoint = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): isNegative = true
            case UInt8(ascii: "+"), UInt8(ascii: ","): continue
            case UInt8(ascii: "."): isAfterPoint = true
            default:
                digits += 1
                if digits > 19 { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if isAfterPoint { decimals += 1 }
            }
        }
        return Decimal(sign: isNegative ? .minus : .plus, exponent: -decimals, significand: Decimal(mantissa))
    }

    /// An optional sign, digits (or groups of three after a first of one to three that does not
    /// start with 0, joined by commas), and optionally a point and at least one digit. Read as
    /// bytes: the grammar is ASCII, so any other byte ends it, as any other character would.
    static func isWellFormed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            var index = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? 1 : 0
            // The integer part, group by group: a comma closes the group before it.
            var groups = 0, length = 0, firstLength = 0, innerGroupsOfThree = true
            let startsWithZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
            while index < bytes.count, bytes[index] != UInt8(ascii: ".") {
                if bytes[index] == UInt8(ascii: ",") {
                    guard length > 0 else { return false }
                    if groups == 0 { firstLength = length } else if length != 3 { innerGroupsOfThree = false }
                    groups += 1
                    length = 0
                } else {
                    guard isDigit(bytes[index]) else { return false }
                    length += 1
                }
                index += 1
            }
            guard length > 0 else { return false }
            if groups > 0, !(length == 3 && innerGroupsOfThree && firstLength <= 3 && !startsWithZero) { return false }
            guard index < bytes.count else { return true }
            let decimals = bytes[(index + 1)...]
            return !decimals.isEmpty && decimals.allSatisfy(isDigit)
        }
    }

    static func isASCIIDigit(_ character: Character) -> Bool { character >= "0" && character <= "9" && character.isASCII }

    /// Why `text` is not a number jcm reads, with the way to write it when it looks like another
    /// notation.
    public static func problem(_ text: String) -> String {
        if text.isEmpty { return "expected a number followed by a unit, like '1,600.128 MWh'" }
        if let foreign = text.first(where: { $0.isNumber && !isASCIIDigit($0) }) {
            return "'\(text)' holds '\(foreign)', which is not one of the digits 0-9 (a full-width or other script's digit); type the number with 0-9"
        }
        if text.contains("\u{2212}") { return "'\(text)' uses the minus sign '−'; write a hyphen-minus '-'" }
        if DecimalText.significantDigitCount(text) > DecimalText.significantDigits, isWellFormed(text) {
            return "'\(text)' has more than \(DecimalText.significantDigits) significant digits, more than jcm computes exactly"
        }
        let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
        if let point = unsigned.firstIndex(of: "."), let comma = unsigned.lastIndex(of: ","), point < comma {
            // 1.736,0 is 1,736.0 in Vietnamese and continental notation.
            let swapped = String(unsigned.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
            let hint = isWellFormed(swapped) ? "write \(swapped) or \(swapped.replacingOccurrences(of: ",", with: ""))"
                : "write the decimals after a point and group thousands with commas, e.g. 1,736.0"
            return "'\(text)' mixes separators after the decimal point; jcm reads '.' as the decimal point and ',' between thousands: \(hint)"
        }
        if unsigned.filter({ $0 == "," }).count == 1, !unsigned.contains(".") {
            let decimal = unsigned.replacingOccurrences(of: ",", with: ".")
            return "'\(text)' is not a number jcm reads: ',' only separates groups of three digits (as in 1,736); "
                + "for a decimal write \(decimal)"
        }
        if unsigned.hasPrefix(".") { return "'\(text)' needs a digit before the point: write 0\(unsigned)" }
        if unsigned.hasSuffix(".") { return "'\(text)' needs a digit after the point: write \(unsigned.dropLast())" }
        return "'\(text)' is not a number jcm reads: use digits 0-9, '.' for decimals and ',' only between groups of three digits"
    }
}
