import JCMRules

/// What a programme call says of an itemised initial investment: the cost categories it funds
/// and whether each item needs a supplier's quotation. How much of an item is eligible (its
/// consumption tax, a consortium member's profit on its own supplies) is the call's
/// `eligible_cost` equation, so that the trace shows it.
public struct CostRules: Sendable {
    /// One eligible cost category, such as main construction or equipment.
    public struct Category: Sendable, Equatable {
        public var id: String
        public var name: LocalizedText
    }

    public var categories: [Category]
    public var quotationRequired: Bool
    public var provenance: Provenance

    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }
}
