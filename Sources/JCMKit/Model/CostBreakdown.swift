import JCMRules
import JCMUnits

import struct Foundation.Decimal

/// A project's initial investment itemised in the call's cost categories, with the subsidy by
/// fiscal year of expenditure and the funding of the part not subsidised: the project's own
/// figures, summed. What is eligible is the call's `eligible_cost` equation, in the trace.
public struct CostBreakdown: Sendable {
    public struct Item: Sendable {
        public var category: CostRules.Category
        public var item: String
        /// Excluding consumption tax.
        public var amount: Quantity
        public var consumptionTax: Quantity
        public var supplier: String
        public var quotation: String?
        /// Supplied by a member of the consortium, whose profit on it is not eligible.
        public var isOwnSupply: Bool
        public var ownSupplyProfit: Quantity?
        public var node: DataNode
    }

    /// The items of one category, summed; every category of the call, in its order.
    public struct CategoryTotal: Sendable {
        public var category: CostRules.Category
        public var itemCount: Int
        public var amount: Quantity
        public var consumptionTax: Quantity
        public var ownSupplyProfit: Quantity
    }

    /// The subsidy requested for one Japanese fiscal year of expenditure.
    public struct Instalment: Sendable {
        /// Nil when the label is not a fiscal year (an input error the loader reports).
        public var fiscalYear: JapaneseFiscalYear?
        public var label: String
        public var amount: Quantity
        public var node: DataNode
    }

    public struct FundingSource: Sendable {
        public var source: String
        public var amount: Quantity
        public var node: DataNode
    }

    public var rules: CostRules
    public var items: [Item]
    public var categoryTotals: [CategoryTotal]
    public var instalments: [Instalment]
    public var funding: [FundingSource]
    /// Every list entry and every participant's name was read; when one was not (an input error
    /// reported already), nothing is compared, so that one slip is not reported twice.
    public var isComplete: Bool

    public var amount: Quantity { Self.sum(items.map(\.amount)) }
    public var consumptionTax: Quantity { Self.sum(items.map(\.consumptionTax)) }
    public var ownSupplyProfit: Quantity { Self.sum(items.compactMap(\.ownSupplyProfit)) }
    /// A name as it is compared with the participants': spaces trimmed and runs of them made one,
    /// letters in lower case, so that a name pasted with a trailing space or in capitals is still
    /// recognised as a consortium member's own supply (whose profit is not eligible).
    static func comparable(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// What the items cost with their tax: the initial investment they itemise.
    public var total: Quantity { Self.sum([amount, consumptionTax]) }
    public var subsidyTotal: Quantity { Self.sum(instalments.map(\.amount)) }
    public var fundingTotal: Quantity { Self.sum(funding.map(\.amount)) }

    /// Nil when the call has no cost rules or the project gives none of the three lists.
    public init?(_ project: Project, rules: CostRules?) {
        guard let rules else { return nil }
        let members = Set(project.records("participants").compactMap { Self.text($0, "name").map(Self.comparable) })
        items = project.records("cost_breakdown.items").compactMap { node in
            guard let id = Self.text(node, "category"), let category = rules.category(id),
                let item = Self.text(node, "item"),
                let amount = Self.yen(node, "amount"), let tax = Self.yen(node, "consumption_tax"),
                let supplier = Self.text(node, "supplier")
            else { return nil }
            return Item(
                category: category, item: item, amount: amount, consumptionTax: tax, supplier: supplier,
                quotation: Self.text(node, "quotation"), isOwnSupply: members.contains(Self.comparable(supplier)),
                ownSupplyProfit: Self.yen(node, "own_supply_profit"), node: node)
        }
        instalments = project.records("cost_breakdown.subsidy_by_fiscal_year").compactMap { node in
            guard let label = Self.text(node, "fiscal_year"), let amount = Self.yen(node, "amount") else { return nil }
            return Instalment(fiscalYear: JapaneseFiscalYear(label: label), label: label, amount: amount, node: node)
        }
        funding = project.records("cost_breakdown.funding").compactMap { node in
            guard let source = Self.text(node, "source"), let amount = Self.yen(node, "amount") else { return nil }
            return FundingSource(source: source, amount: amount, node: node)
        }
        guard !items.isEmpty || !instalments.isEmpty || !funding.isEmpty else { return nil }
        isComplete =
            items.count == project.records("cost_breakdown.items").count
            && instalments.count == project.records("cost_breakdown.subsidy_by_fiscal_year").count
            && funding.count == project.records("cost_breakdown.funding").count
            && project.records("participants").allSatisfy { Self.text($0, "name") != nil }
        self.rules = rules
        let items = items
        categoryTotals = rules.categories.map { category in
            let inCategory = items.filter { $0.category == category }
            return CategoryTotal(
                category: category, itemCount: inCategory.count, amount: Self.sum(inCategory.map(\.amount)),
                consumptionTax: Self.sum(inCategory.map(\.consumptionTax)),
                ownSupplyProfit: Self.sum(inCategory.compactMap(\.ownSupplyProfit)))
        }
    }

    /// Amounts are read in JPY, the only currency the call's amounts take, so sums are exact.
    static func sum(_ amounts: [Quantity]) -> Quantity {
        Quantity(amounts.reduce(Decimal(0)) { $0 + $1.value }, ProjectSchema.yen)
    }

    private static func text(_ node: DataNode, _ key: String) -> String? {
        if case .leaf(.text(let text))? = node.field(key)?.content { return text }
        return nil
    }

    private static func yen(_ node: DataNode, _ key: String) -> Quantity? {
        guard case .leaf(.quantity(let quantity))? = node.field(key)?.content else { return nil }
        return try? quantity.converted(to: ProjectSchema.yen)
    }
}

extension LoadedProject {
    /// The itemised investment, when the project gives one under a call with cost rules.
    public var costBreakdown: CostBreakdown? { CostBreakdown(project, rules: programme?.costRules) }
}
