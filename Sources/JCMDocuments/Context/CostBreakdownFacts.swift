import JCMKit
import JCMReports
import JCMRules
import JCMUnits

import struct Foundation.Decimal

/// The itemised investment for the cost breakdown and the application form: the project's items
/// and their sums, and the call's figures from the trace (eligible cost, maximum subsidy), which
/// are never computed again here.
struct CostBreakdownFacts: TemplateRecord {
    var categories: [CostCategoryFacts] = []
    var amount = AmountFacts()
    var consumptionTax = AmountFacts()
    var ownSupplyProfit = AmountFacts()
    var total = AmountFacts()
    var instalments: [InstalmentFacts] = []
    var hasInstalments = false
    var subsidyTotal = AmountFacts()
    var funding: [FundingFacts] = []
    var hasFunding = false
    var fundingTotal = AmountFacts()
    /// Where the categories and the quotation rule come from, and whether that was verified.
    var rulesSource = DocumentText()
    var rulesVerified = true
}

struct CostCategoryFacts: TemplateRecord {
    var id = DocumentText()
    var name = DocumentText()
    var items: [CostItemFacts] = []
    var itemCount = DocumentText()
    var amount = AmountFacts()
    var consumptionTax = AmountFacts()
    var ownSupplyProfit = AmountFacts()
}

struct CostItemFacts: TemplateRecord {
    var item = DocumentText()
    var supplier = DocumentText()
    var quotation: DocumentText?
    var isOwnSupply = false
    var amount = AmountFacts()
    var consumptionTax = AmountFacts()
    var ownSupplyProfit: AmountFacts?
}

struct InstalmentFacts: TemplateRecord {
    var fiscalYear = DocumentText()
    var amount = AmountFacts()
}

struct FundingFacts: TemplateRecord {
    var source = DocumentText()
    var amount = AmountFacts()
}

extension CostBreakdownFacts {
    init(_ breakdown: CostBreakdown, _ facts: FactsBuilder) {
        categories = breakdown.categoryTotals.map { total in
            let items = breakdown.items.filter { $0.category == total.category }.map { item in
                CostItemFacts(
                    item: facts.text(item.item), supplier: facts.text(item.supplier),
                    quotation: item.quotation.map(facts.text),
                    isOwnSupply: item.isOwnSupply, amount: AmountFacts(item.amount, facts),
                    consumptionTax: AmountFacts(item.consumptionTax, facts),
                    ownSupplyProfit: item.ownSupplyProfit.map { AmountFacts($0, facts) })
            }
            return CostCategoryFacts(
                id: facts.text(total.category.id), name: facts.localized(total.category.name), items: items,
                itemCount: facts.text(facts.style.number(Decimal(items.count))),
                amount: AmountFacts(total.amount, facts),
                consumptionTax: AmountFacts(total.consumptionTax, facts),
                ownSupplyProfit: AmountFacts(total.ownSupplyProfit, facts))
        }
        amount = AmountFacts(breakdown.amount, facts)
        consumptionTax = AmountFacts(breakdown.consumptionTax, facts)
        ownSupplyProfit = AmountFacts(breakdown.ownSupplyProfit, facts)
        total = AmountFacts(breakdown.total, facts)
        instalments = breakdown.instalments.map {
            InstalmentFacts(
                fiscalYear: facts.text($0.fiscalYear?.description ?? $0.label), amount: AmountFacts($0.amount, facts))
        }
        hasInstalments = !instalments.isEmpty
        subsidyTotal = AmountFacts(breakdown.subsidyTotal, facts)
        funding = breakdown.funding.map {
            FundingFacts(source: facts.text($0.source), amount: AmountFacts($0.amount, facts))
        }
        hasFunding = !funding.isEmpty
        fundingTotal = AmountFacts(breakdown.fundingTotal, facts)
        rulesSource = facts.text(breakdown.rules.provenance.source)
        rulesVerified = breakdown.rules.provenance.verified
    }
}
