import JCMKit
import JCMRules

/// The JCM Model Project financing support the project applies for (PDD A.6): what the project
/// asks and what the call's rules give, each as the project file or the trace has it.
struct FinancingFacts: TemplateRecord {
    var initialInvestment: ValueFacts?
    var subsidyRequested: ValueFacts?
    /// The call's support rate for the project's tier.
    var supportRate: ValueFacts?
    /// The support rate × the eligible cost, within the call's ceiling.
    var maximumSubsidy: ValueFacts?
}

extension FinancingFacts {
    /// The programme call's equations that give the support rate and the maximum subsidy.
    static let supportRateSymbol = "support_rate", maximumSubsidySymbol = "maximum_subsidy"

    init(_ assessment: Assessment, _ facts: FactsBuilder) {
        func field(_ path: String) -> ValueFacts? {
            assessment.project.data.descendant(path).map { ValueFacts($0.value, facts) }
        }
        func step(_ symbol: String) -> ValueFacts? {
            assessment.calculation.programmeSteps.first { $0.equation.symbol == symbol }
                .map { ValueFacts($0.value, facts) }
        }
        initialInvestment = field("finance.initial_investment")
        subsidyRequested = field("finance.subsidy_requested")
        supportRate = step(Self.supportRateSymbol)
        maximumSubsidy = step(Self.maximumSubsidySymbol)
    }
}
