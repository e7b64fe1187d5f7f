import Foundation
import JCMDiagnostics
import JCMRules

/// The date documents carry. There is none unless one is given, so that the same inputs give
/// the same bytes on any day.
public enum DocumentDate {
    /// `explicit` (YYYY-MM-DD) first, then SOURCE_DATE_EPOCH (seconds since 1970, as a UTC day).
    public static func resolve(explicit: String?, environment: [String: String]) throws(DiagnosticError) -> CalendarDate? {
        if let explicit {
            guard let date = CalendarDate(iso: explicit) else {
                throw DiagnosticError(.error(.D2, "--date '\(explicit)' is not a date written YYYY-MM-DD"))
            }
            return date
        }
        guard let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty else { return nil }
        // Years 1 to 9999 (as ISO dates are written): 253,402,300,799 is 9999-12-31T23:59:59Z.
        guard let seconds = Int64(epoch), seconds >= -62_135_596_800, seconds <= 253_402_300_799 else {
            throw DiagnosticError(.error(.D2, "SOURCE_DATE_EPOCH '\(epoch)' is not a whole number of seconds between year 1 and year 9999"))
        }
        // Whole UTC days since 1970-01-01, counted in the proleptic Gregorian calendar.
        let days = Int((seconds >= 0 ? seconds : seconds - 86_399) / 86_400)
        let date = CalendarDate(dayNumber: CalendarDate(iso: "1970-01-01")!.dayNumber + days)
        return date
    }
}
