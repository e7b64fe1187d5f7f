import JCMRules
import JCMUnits

/// The itemised investment a call with cost rules accepts under `cost_breakdown`: items in its
/// categories, the subsidy by Japanese fiscal year of expenditure, and the funding of the rest.
extension ProjectSchema {
    static var yen: Unit { Unit(UnitCatalog.atom(named: "JPY")!) }

    /// Amounts are bounded like the call's other amounts: no project costs 10^15 JPY.
    static var amount: FieldSpec {
        FieldSpec(.quantity(yen), minimum: Quantity(0, yen), maximum: Quantity(1_000_000_000_000_000, yen))
    }

    static func declareCostBreakdown(_ rules: CostRules, in root: inout RecordSpec) {
        var item = RecordSpec(name: "cost item")
        item.set(
            "category",
            .leaf(
                FieldSpec(
                    .text, description: "Eligible cost category of the call",
                    oneOf: rules.categories.map(\.id))), required: true)
        item.set("item", .leaf(FieldSpec(.text, description: "What is bought or done")), required: true)
        item.set("amount", .leaf(described(amount, "Amount excluding consumption tax")), required: true)
        item.set(
            "consumption_tax", .leaf(described(amount, "Consumption tax (VAT) on the amount; 0 JPY when none")),
            required: true)
        item.set(
            "supplier",
            .leaf(FieldSpec(.text, description: "Who supplies it (a participant's name for an own supply)")),
            required: true)
        item.set(
            "quotation", .leaf(FieldSpec(.text, description: "Reference of the supplier's quotation")),
            required: rules.quotationRequired)
        item.set(
            "own_supply_profit", .leaf(described(amount, "Profit in the amount of a consortium member's own supply")))
        root.set(path: "cost_breakdown.items", .list(.record(item)))

        var instalment = RecordSpec(name: "subsidy instalment")
        instalment.set(
            "fiscal_year", .leaf(FieldSpec(.text, description: "Japanese fiscal year of expenditure, like FY2026")),
            required: true)
        instalment.set("amount", .leaf(described(amount, "Subsidy requested for that fiscal year")), required: true)
        root.set(path: "cost_breakdown.subsidy_by_fiscal_year", .list(.record(instalment)))

        var source = RecordSpec(name: "funding source")
        source.set("source", .leaf(FieldSpec(.text, description: "Where the money comes from")), required: true)
        source.set("amount", .leaf(described(amount, "Amount from this source")), required: true)
        root.set(path: "cost_breakdown.funding", .list(.record(source)))
    }

    private static func described(_ spec: FieldSpec, _ description: LocalizedText) -> FieldSpec {
        var spec = spec
        spec.description = description
        return spec
    }
}
