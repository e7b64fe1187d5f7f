import JCMUnits

/// A quantity as documents show it: grouped digits for people, exact plain digits and the unit
/// apart for machines.
struct AmountFacts: TemplateRecord {
    /// `2,109.6087552 tCO2` (`2.109,6087552 tCO2` in Vietnamese)
    var text = DocumentText()
    /// `2109.6087552`, whatever the language
    var value = DocumentText()
    /// `tCO2`; `1` for a pure number, so that the XML attribute is never empty.
    var unit = DocumentText()
    /// `2,109.6087552`: the number as people read it, without its unit (a table's unit column has it).
    var number = DocumentText()
}

extension AmountFacts {
    init(_ quantity: Quantity, _ facts: FactsBuilder) {
        text = facts.text(facts.style.quantity(quantity))
        value = facts.text(DecimalText.plain(quantity.value))
        unit = facts.text(Self.unitName(quantity.unit))
        number = facts.text(facts.style.number(quantity.value) + (quantity.isExact ? "" : " ≈"))
    }

    /// A unit's symbol, or `1` for a pure number.
    static func unitName(_ unit: Unit) -> String { unit.isOne ? "1" : unit.description }
}
