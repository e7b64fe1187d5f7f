import Foundation
import JCMUnits

/// How values are printed: digits, units, dates, truth values and the words for values that are
/// unknown or undefined. `canonical` is the rule language's own printing (English); a language's
/// wording gives its own.
public struct ValueStyle: Sendable {
    public var decimalMark = "."
    public var groupSeparator = ","
    /// Unit symbols shown otherwise, such as `yr` as `năm`; others print as their symbol.
    public var unitNames: [String: String] = [:]
    /// `{yyyy}`, `{mm}`, `{dd}` (zero-padded) and `{m}`, `{d}` (not padded).
    public var datePattern = "{yyyy}-{mm}-{dd}"
    public var trueText = "true"
    public var falseText = "false"
    /// Whether text values are shown in quotes, as in reasons (`kind ("blower")`).
    public var quotesText = true
    /// `{fields}`: the missing fields.
    public var unknownPattern = "unknown (missing {fields})"
    /// `{cause}`
    public var undefinedPattern = "undefined ({cause})"
    /// `{divisor}`, `{value}`
    public var divisionByZeroPattern = "division by zero: {divisor} is {value}"
    /// `{reason}`, `{condition}`
    public var notDefinedPattern = "{reason} ({condition} does not hold)"
    /// `{meter}`, `{reason}`
    public var unmeasuredPattern = "not determined by the data of meter {meter}: {reason}"
    /// `{table}`, `{input}`, `{range}`
    public var outsideTablePattern = "{input} is outside the table {table} ({range})"
    /// `{first}`, `{last}`: a table's range; `{first}` alone for an open-ended one.
    public var tableRangePattern = "from {first} to {last}"
    public var openTableRangePattern = "{first} or more"
    /// By `UnmeasuredReason.key`, with its placeholders.
    public var unmeasuredReasons: [String: String] = [
        "no_gap_rule": "{hours} h without usable readings, and the methodology states no rule for gaps",
        "no_bound": "{hours} h without usable readings are to be filled at {field}, which the project does not give",
        "no_lapse_rule": "{hours} h of readings outside every calibration, and the methodology states no rule for them",
        "no_accuracy_class": "{hours} h of readings outside every calibration are corrected by the accuracy class, which no calibration record gives",
        "too_many_digits": "the sum has more than 38 digits",
    ]
    /// The language a data file's text (a `defined_when` reason) is shown in.
    public var language = "en"
    public var listSeparator = ", "

    public init() {}

    public static let canonical = ValueStyle()

    /// `2,109.6087552` in English, `2.109,6087552` in Vietnamese.
    public func number(_ value: Decimal) -> String {
        let grouped = DecimalText.grouped(value)
        guard decimalMark != "." || groupSeparator != "," else { return grouped }
        return String(grouped.map { $0 == "," ? "\u{0}" : $0 }).replacingOccurrences(of: ".", with: decimalMark)
            .replacingOccurrences(of: "\u{0}", with: groupSeparator)
    }

    public func unit(_ unit: JCMUnits.Unit) -> String {
        let symbol = unit.description
        return unitNames[symbol] ?? symbol
    }

    public func quantity(_ quantity: Quantity) -> String {
        let number = (quantity.isExact ? "" : "≈ ") + number(quantity.value)
        return quantity.unit.isOne ? number : "\(number) \(unit(quantity.unit))"
    }

    public func date(_ date: CalendarDate) -> String {
        Self.fill(datePattern, [
            "yyyy": Self.zeroPadded(date.year, width: 4), "mm": Self.zeroPadded(date.month, width: 2),
            "dd": Self.zeroPadded(date.day, width: 2), "m": String(date.month), "d": String(date.day),
        ])
    }

    /// `number` with zeros in front up to `width` characters, the sign counted, as `%0*d` writes it.
    static func zeroPadded(_ number: Int, width: Int) -> String {
        let digits = String(number.magnitude)
        let sign = number < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }

    public func value(_ value: Value) -> String {
        switch value {
        case .quantity(let quantity): return self.quantity(quantity)
        case .text(let text): return quotesText ? "\"\(text)\"" : text
        case .boolean(let flag): return flag ? trueText : falseText
        case .date(let date): return self.date(date)
        case .list(let items):
            let body = items.map(self.value).joined(separator: listSeparator)
            return quotesText ? "[\(body)]" : body
        case .record(let node): return node.path.description
        case .table(let table): return table.name
        case .unknown(let missing): return Self.fill(unknownPattern, ["fields": missing.map(\.description).joined(separator: ", ")])
        case .undefined(let cause): return Self.fill(undefinedPattern, ["cause": self.cause(cause)])
        }
    }

    public func cause(_ cause: UndefinedCause) -> String {
        switch cause {
        case .divisionByZero(let divisor, let value):
            return Self.fill(divisionByZeroPattern, ["divisor": ExpressionPrinter(style: self).render(divisor), "value": self.value(value)])
        case .notDefined(let condition, let reason):
            return Self.fill(notDefinedPattern, ["reason": reason.translations[language] ?? reason.english,
                                                 "condition": ExpressionPrinter(style: self).render(condition)])
        case .unmeasured(let meter, let why):
            let reason = Self.fill(unmeasuredReasons[why.key] ?? why.key, why.values)
            return Self.fill(unmeasuredPattern, ["meter": meter, "reason": reason])
        case .outsideTable(let table, let input, let first, let last):
            let range = last.map { Self.fill(tableRangePattern, ["first": quantity(first), "last": quantity($0)]) }
                ?? Self.fill(openTableRangePattern, ["first": quantity(first)])
            return Self.fill(outsideTablePattern, ["table": table, "input": quantity(input), "range": range])
        }
    }

    /// Replaces each `{name}` of `pattern` by its value; other braces stay as they are.
    public static func fill(_ pattern: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}
