import JCMKit
import JCMReports
import JCMRules

/// The implementation schedule, month by month, for the implementation plan.
struct ScheduleFacts: TemplateRecord {
    var months: [ScheduleMonthFacts] = []
    var hasMonths = false
    var isAbridged = false
    var grantDecision = DocumentText()
    var completion = DocumentText()
    var startOfOperation = DocumentText()
}

struct ScheduleMonthFacts: TemplateRecord {
    /// `2026-03`
    var month = DocumentText()
    var grantDecision: DocumentText?
    var isInstallation = false
    var completion: DocumentText?
    var isCommissioning = false
    var startOfOperation: DocumentText?
    var milestones: [MilestoneFacts] = []
}

struct MilestoneFacts: TemplateRecord {
    var date = DocumentText()
    var activity = DocumentText()
}

extension ScheduleFacts {
    init(_ schedule: ImplementationSchedule, _ facts: FactsBuilder) {
        func date(_ date: CalendarDate?) -> DocumentText? { date.map { facts.text(facts.style.date($0)) } }
        months = schedule.months.map { month in
            ScheduleMonthFacts(
                month: facts.text(month.label), grantDecision: date(month.grantDecision),
                isInstallation: month.isInstallation, completion: date(month.completion),
                isCommissioning: month.isCommissioning, startOfOperation: date(month.startOfOperation),
                milestones: month.milestones.map {
                    MilestoneFacts(date: facts.text(facts.style.date($0.date)), activity: facts.text($0.activity))
                })
        }
        hasMonths = !months.isEmpty
        isAbridged = schedule.isAbridged
        let all = schedule.months
        grantDecision = all.lazy.compactMap(\.grantDecision).first.flatMap(date) ?? DocumentText()
        completion = all.lazy.compactMap(\.completion).first.flatMap(date) ?? DocumentText()
        startOfOperation = all.lazy.compactMap(\.startOfOperation).first.flatMap(date) ?? DocumentText()
    }
}
