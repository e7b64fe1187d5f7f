import JCMRules

/// The implementation plan's schedule, month by month from the grant decision to the start of
/// operation: procurement and installation up to completion, then commissioning, with the
/// project's own milestones in their months.
public struct ImplementationSchedule: Sendable {
    /// A milestone the project names (`schedule.milestones`), such as the order of the equipment.
    public struct Milestone: Sendable, Equatable {
        public var date: CalendarDate
        public var activity: String
    }

    public struct Month: Sendable, Equatable {
        public var year: Int
        public var month: Int
        public var grantDecision: CalendarDate?
        /// Between the grant decision and completion: the equipment is bought and installed.
        public var isInstallation: Bool
        public var completion: CalendarDate?
        /// After completion and before operation starts.
        public var isCommissioning: Bool
        public var startOfOperation: CalendarDate?
        public var milestones: [Milestone]

        /// `2026-03`
        public var label: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
    }

    public var months: [Month]
    /// More months than `longest` lie between the grant decision and the start of operation, so
    /// only the months with an event are listed.
    public var isAbridged: Bool

    /// A plan longer than ten years is no plan a call accepts; its months are not all listed.
    public static let longest = 120

    /// Nil when the project lacks one of the three dates, or gives them out of order (PR5 says so).
    public init?(_ project: Project) {
        guard let decision = project.date("schedule.grant_decision"),
            let completion = project.date("schedule.completion"),
            let operation = project.date("start_of_operation"), decision <= completion, completion <= operation
        else { return nil }
        let milestones = project.records("schedule.milestones").compactMap { node -> Milestone? in
            guard case .leaf(.date(let date))? = node.field("date")?.content,
                case .leaf(.text(let activity))? = node.field("activity")?.content
            else { return nil }
            return Milestone(date: date, activity: activity)
        }.sorted { $0.date < $1.date }
        func index(_ date: CalendarDate) -> Int { date.year * 12 + date.month - 1 }
        let first = index(decision)
        let last = index(operation)
        let abridged = last - first + 1 > Self.longest
        isAbridged = abridged
        months = (first...last).compactMap { number in
            let year = number / 12
            let month = number % 12 + 1
            func inMonth(_ date: CalendarDate) -> CalendarDate? { index(date) == number ? date : nil }
            let entry = Month(
                year: year, month: month, grantDecision: inMonth(decision),
                isInstallation: number <= index(completion), completion: inMonth(completion),
                isCommissioning: number > index(completion) && number < last,
                startOfOperation: inMonth(operation), milestones: milestones.filter { index($0.date) == number })
            let hasEvent =
                entry.grantDecision != nil || entry.completion != nil || entry.startOfOperation != nil
                || !entry.milestones.isEmpty
            return abridged && !hasEvent ? nil : entry
        }
    }
}
