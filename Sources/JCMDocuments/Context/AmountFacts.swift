import JCMUnits

/// A quantity as documents show it: grouped digits for people, exact plain digits and the unit
/// apart for machines.
struct AmountFacts: TemplateRecord {
    /// `2,109.6087552 tCO2`
    var text = DocumentText()
    /// `2109.6087552`
    var value = DocumentText()
    /// `tCO2`; `1` for a pure number, so that the XML attribute is never empty.
    var unit = DocumentText()
}

extension AmountFacts {
    init(_ quantity: Quantity, _ format: DocumentFormat) {
        text = DocumentText(quantity.description, format)
        value = DocumentText(DecimalText.plain(quantity.value), format)
        unit = DocumentText(Self.unitName(quantity.unit), format)
    }

    /// A unit's symbol, or `1` for a pure number.
    static func unitName(_ unit: Unit) -> String { unit.isOne ? "1" : unit.description }
}
