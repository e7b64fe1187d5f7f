import Foundation
import JCMRules
import JCMUnits

/// The estimated reference, project and reduced emissions of each calendar year of the crediting
/// period: from the start of operation over the legal durable years, the first and last calendar
/// years pro rata by whole months (the month operation starts in counts whole). Each year is the
/// calculation's figure for the estimation period × the year's months / (12 × the estimation
/// period in years), multiplied before it is divided, so the values stay exact where Decimal can
/// hold them and carry `isExact == false` (printed "≈") where a division does not terminate.
/// Nothing is rounded here: a document rounds for display and says so; the totals are the figure
/// over all the months, so that they equal the calculation's figure over the legal durable years.
public struct YearByYearEstimate: Sendable {
    public struct Year: Sendable {
        public var year: Int
        /// The months of the crediting period in this calendar year (1–12).
        public var months: Int
        public var referenceEmissions: Quantity?
        public var projectEmissions: Quantity?
        public var emissionReductions: Quantity?
    }

    /// The three figures a year gives.
    public enum Figure: Sendable, Hashable, CaseIterable {
        case referenceEmissions, projectEmissions, emissionReductions
    }

    public var years: [Year]
    public var totalReferenceEmissions: Quantity?
    public var totalProjectEmissions: Quantity?
    public var totalEmissionReductions: Quantity?
    /// Why a figure is nil in every year and the total: the calculation's value for the estimation
    /// period, `unknown` naming the fields the project lacks or `undefined` with its `UndefinedCause`
    /// (or, rarely, a quantity with more digits than the pro rata arithmetic keeps exactly).
    public var reasons: [Figure: Value]

    /// Nil for a project without a methodology (no figures to spread), without a start of operation,
    /// or whose legal durable years are not a whole number of months.
    public init?(_ assessment: Assessment) {
        let project = assessment.project, calculation = assessment.calculation
        guard let start = project.date("start_of_operation"),
              let durable = project.quantity("legal_durable_years"),
              let months = Self.wholeMonths(durable),
              let reference = calculation.referenceEmissions, let projectEmissions = calculation.projectEmissions,
              let reductions = calculation.emissionReductions
        else { return nil }
        self.init(start: start, months: months, estimationPeriod: project.estimationPeriod,
                  figures: [.referenceEmissions: reference.value, .projectEmissions: projectEmissions.value,
                            .emissionReductions: reductions.value])
    }

    /// Spreads each figure for `estimationPeriod` (in years) over `months` months from `start`.
    init(start: CalendarDate, months: Int, estimationPeriod: Quantity, figures: [Figure: Value]) {
        let twelfths = Quantity(12, .one, exact: true)
        let period = Quantity(estimationPeriod.value, .one, exact: estimationPeriod.isExact)
        func share(_ value: Value?, months count: Int) -> Quantity? {
            guard case .quantity(let figure)? = value else { return nil }
            return try? (figure * Quantity(Decimal(count))) / (twelfths * period)
        }
        years = Self.monthsPerYear(from: start, months: months).map { year, count in
            Year(year: year, months: count, referenceEmissions: share(figures[.referenceEmissions], months: count),
                 projectEmissions: share(figures[.projectEmissions], months: count),
                 emissionReductions: share(figures[.emissionReductions], months: count))
        }
        totalReferenceEmissions = share(figures[.referenceEmissions], months: months)
        totalProjectEmissions = share(figures[.projectEmissions], months: months)
        totalEmissionReductions = share(figures[.emissionReductions], months: months)
        reasons = figures.filter { figure, value in share(value, months: months) == nil }
    }

    /// 9 yr → 108; nil for a duration that is not a whole, positive number of months.
    static func wholeMonths(_ duration: Quantity) -> Int? {
        guard let years = try? duration.converted(to: ProjectSchema.yearUnit) else { return nil }
        let months = years.value * 12
        guard years.isExact, months > 0, months <= 12 * 60,
              (try? Quantity(months).rounded(toMultipleOf: Quantity(1), .down))?.value == months else { return nil }
        return NSDecimalNumber(decimal: months).intValue
    }

    /// The calendar years from `start`'s month on, each with its number of months of the period.
    static func monthsPerYear(from start: CalendarDate, months: Int) -> [(year: Int, months: Int)] {
        var result: [(year: Int, months: Int)] = []
        var year = start.year, left = months, first = start.month
        while left > 0 {
            let count = min(13 - first, left)
            result.append((year, count))
            left -= count
            year += 1
            first = 1
        }
        return result
    }
}
