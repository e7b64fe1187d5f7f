import JCMRules

/// A value from the trace or the project: an amount, other known data, or unknown with the
/// fields that would decide it.
struct ValueFacts: TemplateRecord {
    /// The value as people read it, whatever its kind.
    var text = DocumentText()
    /// As headline tables show it: emission figures to 0.1 tCO2 (or tCO2/yr), rounded down.
    var headline = DocumentText()
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
    init(_ value: Value, _ facts: FactsBuilder) {
        text = facts.text(facts.style.value(value))
        headline = facts.text(facts.style.value(HeadlinePrecision.shown(value)))
        switch value {
        case .quantity(let quantity): amount = AmountFacts(quantity, facts)
        case .unknown(let fields):
            isUnknown = true
            missing = fields.map { facts.text($0.description) }
        case .undefined(let cause): undefined = facts.text(facts.style.cause(cause))
        default: literal = text
        }
    }
}
