import JCMDiagnostics
import JCMRules

/// Which programme call a project is checked against, and why: the call open on its application
/// date, else the call of the Japanese fiscal year of its grant decision, else the one named with
/// `--programme`, else (a project that gives neither date) the newest shipped.
public struct CallChoice: Sendable, Equatable {
    public enum Basis: String, Sendable {
        /// `--programme FY2024`.
        case named
        /// The project's `application_date` lies in the call's application window.
        case applicationDate = "application_date"
        /// No application date: the grant decision falls in the call's fiscal year.
        case grantDecision = "schedule.grant_decision"
        /// Neither date is given.
        case newest
    }

    public var basis: Basis
    /// The date that chose the call (or, for a named call, the application date it was compared with).
    public var date: CalendarDate?
    /// The application window the date fell in.
    public var window: ApplicationWindow?
    /// For a named call: the application date lies outside every one of its windows.
    public var outsideWindow = false
}

extension CallChoice {
    /// The call for the project whose file is `root`, with the problems of the choice: P7 for a
    /// named call that is not shipped; P11 for a date no shipped call covers, naming the windows;
    /// a P11 warning for a named call whose windows do not hold the application date. Dates that
    /// cannot be read are left to the project's own reading, which reports them.
    static func choose(for root: LocatedNode, named year: String?, in catalog: Catalog, log: DiagnosticLog)
        -> (programme: Programme?, choice: CallChoice?)
    {
        let programmes = catalog.programmes
        let application = date(at: "application_date", in: root)
        if let year {
            guard let programme = catalog.programme(fiscalYear: year) else {
                let known = programmes.map(\.fiscalYear)
                log.error(.P7, "no programme call for '\(year)'; shipped calls: \(known.joined(separator: ", "))", at: nil)
                return (nil, nil)
            }
            var choice = CallChoice(basis: .named, date: application?.date)
            if let application, !programme.applicationWindows.isEmpty {
                choice.window = programme.window(containing: application.date)
                choice.outsideWindow = choice.window == nil
                if choice.outsideWindow {
                    log.warning(.P11, "application date \(application.date) is outside the \(programme.fiscalYear) call's application "
                                + "window (\(spans(programme))); checked against it because --programme names it", at: application.location)
                }
            }
            return (programme, choice)
        }
        if let application {
            for programme in programmes {
                if let window = programme.window(containing: application.date) {
                    return (programme, CallChoice(basis: .applicationDate, date: application.date, window: window))
                }
            }
            let windows = programmes.filter { !$0.applicationWindows.isEmpty }.map { "\($0.fiscalYear) \(spans($0))" }
            log.error(.P11, "application date \(application.date) falls in no shipped call's application window"
                      + (windows.isEmpty ? " (no call gives its windows)" : ": \(windows.joined(separator: "; "))")
                      + "; correct the date, or pass --programme FY… to check against a call anyway", at: application.location)
            return (nil, nil)
        }
        if let decision = date(at: "schedule.grant_decision", in: root) {
            let fiscalYear = JapaneseFiscalYear(containing: decision.date)
            if let programme = programmes.first(where: { $0.japaneseFiscalYear == fiscalYear }) {
                return (programme, CallChoice(basis: .grantDecision, date: decision.date))
            }
            let years = programmes.map { "\($0.fiscalYear) (\($0.japaneseFiscalYear.map { "\($0.first) – \($0.last)" } ?? "?"))" }
            log.error(.P11, "the grant decision \(decision.date) falls in \(fiscalYear), and no call of that fiscal year is shipped: "
                      + "\(years.joined(separator: "; ")); give the project's application_date, or pass --programme FY…",
                      at: decision.location)
            return (nil, nil)
        }
        return (programmes.last, programmes.isEmpty ? nil : CallChoice(basis: .newest))
    }

    private static func spans(_ programme: Programme) -> String {
        programme.applicationWindows.map(\.span).joined(separator: ", ")
    }

    /// The date at a dotted path of the project file, as written, when it reads as one.
    private static func date(at path: String, in root: LocatedNode) -> (date: CalendarDate, location: SourceLocation)? {
        var located = root
        for key in path.split(separator: ".").map(String.init) {
            guard let next = located.node[key] else { return nil }
            located = located.child(key, next)
        }
        guard let text = located.scalarText, let date = CalendarDate(iso: text) else { return nil }
        return (date, located.location)
    }
}
