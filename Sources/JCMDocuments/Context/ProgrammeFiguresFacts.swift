import JCMKit
import JCMReports

/// The programme's figures by name, as the application form, the cost breakdown and the Project
/// Idea Note quote them: results of the call's equations from the trace, and the amounts the
/// project states. A figure the call does not compute is absent.
struct ProgrammeFiguresFacts: TemplateRecord {
    var initialInvestment: ValueFacts?
    var subsidyRequested: ValueFacts?
    var eligibleCost: ResultFacts?
    var supportRate: ResultFacts?
    var maximumSubsidy: ResultFacts?
    var costEffectiveness: ResultFacts?
    var annualEmissionReductions: ResultFacts?
    var lifetimeEmissionReductions: ResultFacts?
    var issuedCredits: ResultFacts?
    var creditsToGovernmentOfJapan: ResultFacts?
    var creditsToHostCountry: ResultFacts?
    var creditsToParticipants: ResultFacts?
}

extension ProgrammeFiguresFacts {
    init(_ assessment: Assessment, _ facts: FactsBuilder) {
        func result(_ symbol: String) -> ResultFacts? {
            assessment.calculation.step(symbol).map { ResultFacts($0, facts) }
        }
        func stated(_ path: String) -> ValueFacts? {
            assessment.project.data.descendant(path).map { ValueFacts($0.value, facts) }
        }
        initialInvestment = stated("finance.initial_investment")
        subsidyRequested = stated("finance.subsidy_requested")
        eligibleCost = result("eligible_cost")
        supportRate = result("support_rate")
        maximumSubsidy = result("maximum_subsidy")
        costEffectiveness = result("cost_effectiveness")
        annualEmissionReductions = result("annual_emission_reductions")
        lifetimeEmissionReductions = result("lifetime_emission_reductions")
        issuedCredits = result("issued_credits")
        creditsToGovernmentOfJapan = result("credits_to_government_of_japan")
        creditsToHostCountry = result("credits_to_host_country")
        creditsToParticipants = result("credits_to_participants")
    }
}
