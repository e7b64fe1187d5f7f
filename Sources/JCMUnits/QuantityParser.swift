import Foundation

extension Quantity {
    /// Reads `"1,600.128 MWh"`, `"0.6592 tCO2/MWh"`, `"60 %"`, `"12"`.
    public init(parsing text: String) throws(UnitSyntaxError) {
        let trimmed = Self.trimmingSpaces(text)
        // Every digit of any script, and every separator, belongs to the number, so that a digit
        // jcm does not read ends in an error rather than a shorter number.
        let numberEnd = Self.numberEnd(in: trimmed)
        let numberText = String(trimmed[..<numberEnd])
        guard let value = NumberGrammar.value(numberText) else {
            throw UnitSyntaxError(text: text, reason: NumberGrammar.problem(numberText), isNumber: true)
        }
        let unitText = String(trimmed[numberEnd...])
        // The two slips below are sought by regular expression only when the unit's first
        // characters could start them: compiling the expressions was most of reading a number.
        let first = unitText.unicodeScalars.first
        let mayBeGrouped = first.map { " '_\u{00A0}\u{202F}".unicodeScalars.contains($0) } == true
            && unitText.unicodeScalars.dropFirst().first.map { $0.properties.numericType != nil } == true
        if mayBeGrouped,
            let grouped = unitText.range(of: #"^([ '_\x{00A0}\x{202F}]\d{3})+(?![\d/])"#, options: .regularExpression)
        {
            let written = numberText + unitText[grouped]
            let digits = written.filter(\.isNumber)
            throw UnitSyntaxError(text: text, reason: "'\(written)' groups digits with '\(unitText.first!)'; jcm groups thousands with commas only: "
                                  + "write \(DecimalText.grouped(Decimal(string: digits) ?? 0)) or \(digits)", isNumber: true)
        }
        if first == "e" || first == "E", unitText.range(of: #"^[eE][+-]?\d"#, options: .regularExpression) != nil {
            throw UnitSyntaxError(text: text, reason: "exponent notation is not supported; write the number out in full (e.g. 736 rather than 7.36e2)", isNumber: true)
        }
        do {
            self.init(value, try Unit(parsing: unitText))
        } catch {
            // Letters glued to the digits (`6O,000,000`, `0x10`, `1_4`) make a number jcm does not
            // read, not a unit it does not know.
            let word = unitText.prefix { !$0.isWhitespace }
            let glued = !word.isEmpty && !unitText.hasPrefix(" ")
            if glued, word.contains(where: { $0.isNumber || $0 == "," }) {
                throw UnitSyntaxError(text: text, reason: "'\(numberText)\(word)' is not a number jcm reads: use digits 0-9, '.' for decimals "
                                      + "and ',' only between groups of three digits, and a space before the unit", isNumber: true)
            }
            throw UnitSyntaxError(text: text, reason: error.reason)
        }
    }

    /// Where the number of `text` ends: at the first character that is no digit of any script
    /// and no separator. ASCII text is scanned as bytes, the rest by Unicode's tables.
    static func numberEnd(in text: Substring) -> Substring.Index {
        let utf8 = text.utf8
        // ASCII digits and the separators + , - . (0x2B–0x2E).
        guard let end = utf8.firstIndex(where: { !((0x30...0x39).contains($0) || (0x2B...0x2E).contains($0)) }) else {
            return text.endIndex
        }
        // A byte after the number that is ASCII ends it as a character would; any other may be a
        // digit of another script, or a mark that joins the digit before it.
        if utf8[end] < 0x80 { return end }
        return text.firstIndex { !($0.isNumber || ".,-+\u{2212}".contains($0)) } ?? text.endIndex
    }

    /// The text without the tabs, spaces (Unicode's Zs) and zero-width spaces around it, as
    /// Foundation's `trimmingCharacters(in: .whitespaces)` gives it but without bridging to NSString.
    /// Any value jcm reads from a line (a quantity, a file's format) is trimmed by it.
    public static func trimmingSpaces(_ text: String) -> Substring {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return Substring(scalars[first...last])
    }
}
