/// Japan's fiscal year, 1 April to 31 March, named by the calendar year it starts in: FY2025 runs
/// from 1 April 2025 to 31 March 2026. Calls, grant decisions and the subsidy's expenditure are
/// counted in it.
public struct JapaneseFiscalYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year of its 1 April.
    public var startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The fiscal year a day falls in: January to March belong to the year that began the April before.
    public init(containing date: CalendarDate) {
        startYear = date.month >= 4 ? date.year : date.year - 1
    }

    /// Reads `FY2025` (case-insensitive), the way calls and projects name a fiscal year.
    public init?(label: String) {
        guard label.count == 6, label.prefix(2).uppercased() == "FY", let year = Int(label.dropFirst(2)),
            (1...CalendarDate.latestYear - 1).contains(year)
        else { return nil }
        startYear = year
    }

    public var first: CalendarDate { CalendarDate(year: startYear, month: 4, day: 1)! }
    public var last: CalendarDate { CalendarDate(year: startYear + 1, month: 3, day: 31)! }

    public func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    public var description: String { "FY\(startYear)" }

    public static func < (lhs: JapaneseFiscalYear, rhs: JapaneseFiscalYear) -> Bool { lhs.startYear < rhs.startYear }
}
