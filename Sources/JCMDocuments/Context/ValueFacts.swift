import JCMRules

/// A value from the trace or the project: an amount, other known data, or unknown with the
/// fields that would decide it.
struct ValueFacts: TemplateRecord {
    /// The value as people read it, whatever its kind.
    var text = DocumentText()
    var amount: AmountFacts?
    /// Text, a date, yes/no or a list: known data that is not an amount.
    var literal: DocumentText?
    var isUnknown = false
    /// The project fields whose absence leaves the value unknown.
    var missing: [DocumentText] = []
    /// Why the figure does not exist (a division by zero), when it does not.
    var undefined: DocumentText?
}

extension ValueFacts {
    init(_ value: Value, _ format: DocumentFormat) {
        text = DocumentText(Self.plainText(value), format)
        switch value {
        case .quantity(let quantity): amount = AmountFacts(quantity, format)
        case .unknown(let fields):
            isUnknown = true
            missing = fields.map { DocumentText($0, format) }
        case .undefined(let reason): undefined = DocumentText(reason, format)
        default: literal = text
        }
    }

    /// Text as written, without the quotes the rule language's own printing adds.
    static func plainText(_ value: Value) -> String {
        switch value {
        case .quantity(let quantity): quantity.description
        case .text(let text): text
        case .boolean(let flag): flag ? "yes" : "no"
        case .date(let date): date.description
        case .list(let items): items.map(plainText).joined(separator: ", ")
        case .record(let node): node.path
        case .unknown(let fields): "unknown (missing \(fields.joined(separator: ", ")))"
        case .undefined(let reason): "undefined (\(reason))"
        }
    }
}
