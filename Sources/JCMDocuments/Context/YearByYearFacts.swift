import JCMKit
import JCMRules
import JCMUnits

/// The estimate per calendar year of the crediting period (PDD C.3) as JCM PDDs tabulate it:
/// every figure rounded down to a whole tCO2 (reductions are never overstated) and each total the
/// sum of the figures shown, so that the table adds up. The rounding is for display only: the
/// estimate, the exact totals given beside the table and the calculation sheet keep every digit.
struct YearByYearFacts: TemplateRecord {
    /// `1 tCO2`: what each figure of the table is rounded down to.
    var precision = AmountFacts()
    var years: [YearFacts] = []
    /// The sums of the rounded figures of the years.
    var total = YearFacts()
    /// The same rows with every digit (the GHG calculation document): they add up exactly to the
    /// exact totals, which are the trace's figures over the legal durable years.
    var exactYears: [YearFacts] = []
    var exactTotal = YearFacts()
    /// Whether a year's figure is a division that does not end (marked "≈"), so that its column
    /// adds up to its total only to the last digit kept.
    var hasInexactYears = false
    /// The exact reductions over the crediting period, as the estimate and the trace give them.
    var exactTotalEmissionReductions = ValueFacts()
    /// Each figure that does not exist for the project, with why: `Project emissions: unknown (…)`.
    var undefined: [DocumentText] = []
    var hasUndefined = false
}

/// One row of the table: a year, or the total.
struct YearFacts: TemplateRecord {
    var year = DocumentText()
    var months = DocumentText()
    /// Digits only (the table's heading gives the unit); empty where the figure does not exist.
    var referenceEmissions = DocumentText()
    var projectEmissions = DocumentText()
    var emissionReductions = DocumentText()
}

extension YearByYearFacts {
    /// The increment every figure is rounded down to.
    static let precision = Quantity(1, Unit(UnitCatalog.atom(named: "tCO2")!))

    init(_ estimate: YearByYearEstimate, calculation: Calculation, _ facts: FactsBuilder) {
        precision = AmountFacts(Self.precision, facts)
        let figures: [KeyPath<YearByYearEstimate.Year, Quantity?>] = [\.referenceEmissions, \.projectEmissions,
                                                                       \.emissionReductions]
        let shown = figures.map { figure in estimate.years.map { $0[keyPath: figure].flatMap(Self.roundedDown) } }
        func number(_ quantity: Quantity?) -> DocumentText {
            facts.text(quantity.map { facts.style.number($0.value) } ?? "")
        }
        years = estimate.years.enumerated().map { index, year in
            YearFacts(year: facts.text(String(year.year)), months: facts.text(String(year.months)),
                      referenceEmissions: number(shown[0][index]), projectEmissions: number(shown[1][index]),
                      emissionReductions: number(shown[2][index]))
        }
        // Every digit Decimal holds, "≈" where a division does not end.
        func exact(_ quantity: Quantity?) -> DocumentText {
            quantity.map { AmountFacts($0, facts).number } ?? facts.text("")
        }
        exactYears = estimate.years.map { year in
            YearFacts(year: facts.text(String(year.year)), months: facts.text(String(year.months)),
                      referenceEmissions: exact(year.referenceEmissions),
                      projectEmissions: exact(year.projectEmissions),
                      emissionReductions: exact(year.emissionReductions))
        }
        exactTotal = YearFacts(months: facts.text(String(estimate.years.map(\.months).reduce(0, +))),
                               referenceEmissions: exact(estimate.totalReferenceEmissions),
                               projectEmissions: exact(estimate.totalProjectEmissions),
                               emissionReductions: exact(estimate.totalEmissionReductions))
        hasInexactYears = estimate.years.contains { year in
            [year.referenceEmissions, year.projectEmissions, year.emissionReductions].contains { $0?.isExact == false }
        }
        let sums = shown.map(Self.sum)
        total = YearFacts(months: facts.text(String(estimate.years.map(\.months).reduce(0, +))),
                          referenceEmissions: number(sums[0]), projectEmissions: number(sums[1]),
                          emissionReductions: number(sums[2]))
        exactTotalEmissionReductions = ValueFacts(estimate.totalEmissionReductions.map(Value.quantity)
            ?? estimate.reasons[.emissionReductions] ?? .unknown(missing: []), facts)
        let steps: [YearByYearEstimate.Figure: EquationOutcome?] = [
            .referenceEmissions: calculation.referenceEmissions, .projectEmissions: calculation.projectEmissions,
            .emissionReductions: calculation.emissionReductions,
        ]
        undefined = YearByYearEstimate.Figure.allCases.compactMap { figure in
            guard let reason = estimate.reasons[figure], let step = steps[figure] ?? nil else { return nil }
            return facts.text(facts.localizedString(step.equation.name) + ": " + facts.style.value(reason))
        }
        hasUndefined = !undefined.isEmpty
    }

    private static func roundedDown(_ quantity: Quantity) -> Quantity? {
        try? quantity.rounded(toMultipleOf: precision, .down)
    }

    /// The sum of the figures, or nil when one of them is missing.
    private static func sum(_ figures: [Quantity?]) -> Quantity? {
        figures.reduce(Quantity(0, precision.unit) as Quantity?) { sum, figure in
            guard let sum, let figure else { return nil }
            return try? sum + figure
        }
    }
}
