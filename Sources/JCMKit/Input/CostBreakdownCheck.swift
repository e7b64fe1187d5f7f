import JCMDiagnostics
import JCMRules
import JCMUnits

/// Problems of an itemised investment that no single value shows (P12): items that do not add up
/// to the initial investment, a subsidy split that does not add up to the subsidy requested or
/// falls outside the fiscal years from the grant decision to completion, a funding plan that does
/// not cover the part not subsidised, and own supplies without their profit.
enum CostBreakdownCheck {
    static func check(_ breakdown: CostBreakdown, _ project: Project, log: DiagnosticLog) {
        guard breakdown.isComplete else { return }
        checkWholeYen(breakdown, log: log)
        let finance = project.data.field("finance")
        let section = project.data.field("cost_breakdown")
        let investment = project.quantity("finance.initial_investment")
        let subsidy = project.quantity("finance.subsidy_requested")
        if !breakdown.items.isEmpty {
            if let stated = finance?.field("eligible_cost") {
                log.error(
                    .P12,
                    "'finance.eligible_cost' and 'cost_breakdown.items' both give the eligible cost; keep the "
                        + "cost items, from which the call's rule computes it", at: stated.location)
            }
            if let investment, !same(breakdown.total, investment) {
                log.error(
                    .P12,
                    "the cost items add up to \(breakdown.total) (\(breakdown.amount) and \(breakdown.consumptionTax) "
                        + "consumption tax), but 'finance.initial_investment' is \(investment)",
                    at: finance?.field("initial_investment")?.location)
            }
            checkOwnSupplies(breakdown.items, log: log)
        }
        if !breakdown.instalments.isEmpty {
            checkFiscalYears(breakdown.instalments, project, log: log)
            if let subsidy, !same(breakdown.subsidyTotal, subsidy) {
                log.error(
                    .P12,
                    "the subsidy by fiscal year adds up to \(breakdown.subsidyTotal), but "
                        + "'finance.subsidy_requested' is \(subsidy)",
                    at: section?.field("subsidy_by_fiscal_year")?.location)
            }
        }
        if !breakdown.funding.isEmpty, let investment, let subsidy {
            let rest = Quantity(investment.value - subsidy.value, ProjectSchema.yen)
            if !same(breakdown.fundingTotal, rest) {
                log.error(
                    .P12,
                    "the funding plan adds up to \(breakdown.fundingTotal), but the part not subsidised "
                        + "(initial investment \(investment) − subsidy requested \(subsidy)) is \(rest)",
                    at: section?.field("funding")?.location)
            }
        }
    }

    /// The yen has no smaller unit: an amount with a fraction is a slip (a decimal mark for a group
    /// separator, a formula pasted from a spreadsheet), not a price.
    private static func checkWholeYen(_ breakdown: CostBreakdown, log: DiagnosticLog) {
        let itemNodes = breakdown.items.flatMap { item in
            ["amount", "consumption_tax", "own_supply_profit"].compactMap { item.node.field($0) }
        }
        let nodes = itemNodes + breakdown.instalments.compactMap { $0.node.field("amount") }
            + breakdown.funding.compactMap { $0.node.field("amount") }
        for node in nodes {
            guard case .leaf(.quantity(let amount)) = node.content,
                let whole = try? amount.rounded(toMultipleOf: Quantity(1, amount.unit), .down), whole != amount
            else { continue }
            log.error(.P12, "'\(node.path)' is \(amount); amounts are whole yen", at: node.location)
        }
    }

    private static func checkOwnSupplies(_ items: [CostBreakdown.Item], log: DiagnosticLog) {
        for item in items {
            let profit = item.node.field("own_supply_profit")
            if item.isOwnSupply, profit == nil {
                log.error(
                    .P12,
                    "'\(item.node.path)' is supplied by the consortium member '\(item.supplier)': give its "
                        + "'own_supply_profit' (0 JPY when supplied at cost), which is not eligible",
                    at: item.node.location)
            } else if !item.isOwnSupply, let profit {
                log.error(
                    .P12,
                    "'\(item.node.path)' has an 'own_supply_profit', but its supplier '\(item.supplier)' is not a "
                        + "participant; the profit is excluded only for a consortium member's own supplies "
                        + "(name the supplier as in 'participants')", at: profit.location)
            } else if let amount = item.ownSupplyProfit, amount.value > item.amount.value {
                log.error(
                    .P12, "'\(item.node.path)': the own-supply profit \(amount) is more than the amount \(item.amount)",
                    at: profit?.location)
            }
        }
    }

    /// Subsidy is spent between the grant decision and completion, so only their fiscal years and
    /// those between take an instalment.
    private static func checkFiscalYears(
        _ instalments: [CostBreakdown.Instalment], _ project: Project, log: DiagnosticLog
    ) {
        let decision = project.date("schedule.grant_decision")
        let completion = project.date("schedule.completion")
        var seen: Set<String> = []
        for instalment in instalments {
            let location = instalment.node.field("fiscal_year")?.location
            guard let year = instalment.fiscalYear else {
                log.error(
                    .P12,
                    "'\(instalment.node.path).fiscal_year' is '\(instalment.label)', not a Japanese fiscal year "
                        + "written like FY2026", at: location)
                continue
            }
            if !seen.insert(year.description).inserted {
                log.error(
                    .P8, "fiscal year \(year) is given twice in 'cost_breakdown.subsidy_by_fiscal_year'", at: location)
            }
            guard let decision, let completion else {
                log.error(
                    .P12,
                    "the subsidy by fiscal year needs 'schedule.grant_decision' and 'schedule.completion', "
                        + "between which the subsidy is spent", at: location)
                continue
            }
            let first = JapaneseFiscalYear(containing: decision)
            let last = JapaneseFiscalYear(containing: completion)
            // A completion before the grant decision is PR5's failure; no fiscal year is right then.
            if first <= last, year < first || last < year {
                let span = first == last ? "\(first)" : "\(first) to \(last)"
                log.error(
                    .P12,
                    "subsidy for \(year) falls outside the project's fiscal years: \(span), from the grant "
                        + "decision (\(decision)) to completion (\(completion))", at: location)
            }
        }
    }

    private static func same(_ lhs: Quantity, _ rhs: Quantity) -> Bool {
        (try? Quantity.compare(lhs, rhs)) == .orderedSame
    }
}
