import Foundation
import JCMDiagnostics
import JCMRules
import Testing

@testable import JCMKit

/// The call a project is checked against is the one open on its application date, else the call of
/// its grant decision's Japanese fiscal year; a date no call covers is an error naming the windows.
@Suite struct CallChoiceTests {
    private func withApplicationDate(_ date: String) -> (String) -> String {
        { $0.replacingOccurrences(of: "application_date: 2025-07-18", with: "application_date: \(date)") }
    }

    @Test func japaneseFiscalYearsRunFromAprilToMarch() throws {
        let march = try #require(CalendarDate(iso: "2026-03-31")), april = try #require(CalendarDate(iso: "2026-04-01"))
        #expect(JapaneseFiscalYear(containing: march).description == "FY2025")
        #expect(JapaneseFiscalYear(containing: april).description == "FY2026")
        #expect(JapaneseFiscalYear(label: "fy2025")?.first == CalendarDate(iso: "2025-04-01"))
        #expect(JapaneseFiscalYear(label: "FY2025")?.last == CalendarDate(iso: "2026-03-31"))
        for label in ["2025", "FY25", "FY20255", "FYabcd", ""] { #expect(JapaneseFiscalYear(label: label) == nil, "\(label)") }
    }

    @Test func theBlowerIsCheckedAgainstTheCallItsApplicationDateFallsIn() throws {
        let loaded = try Fixture.load(Fixture.blower)
        #expect(loaded.programme?.fiscalYear == "FY2025")
        let choice = try #require(loaded.callChoice)
        #expect(choice.basis == .applicationDate)
        #expect(choice.date == CalendarDate(iso: "2025-07-18"))
        #expect(choice.window.flatMap { w in choice.date.flatMap(w.deadline) } == CalendarDate(iso: "2025-07-25"),
                "the second round, closing 25 July")
        #expect(Fixture.english.callChoice(choice, try #require(loaded.programme))
            == "chosen by the application date 2025-07-18 (application window 2025-04-04 – 2025-09-30; round closing 2025-07-25)")
    }

    @Test(arguments: [("2025-04-04", "FY2025", "2025-05-16"), ("2025-09-30", "FY2025", "2025-09-30"),
                      ("2024-04-05", "FY2024", "2024-11-30"), ("2024-11-30", "FY2024", "2024-11-30")])
    func theWindowsEndsAreInside(date: String, year: String, deadline: String) throws {
        let loaded = try Fixture.load(Fixture.blower, withApplicationDate(date))
        #expect(loaded.programme?.fiscalYear == year)
        let choice = try #require(loaded.callChoice)
        #expect(choice.window.flatMap { $0.deadline(for: try! #require(CalendarDate(iso: date))) } == CalendarDate(iso: deadline))
    }

    @Test(arguments: ["2025-10-01", "2025-04-03", "2024-04-04", "2024-12-01", "2030-01-01"])
    func aDateOutsideEveryWindowIsAnErrorNamingTheWindows(date: String) throws {
        #expect {
            _ = try Fixture.load(Fixture.blower) {
                // The grant decision moves too, so that only the call choice is wrong.
                self.withApplicationDate(date)($0).replacingOccurrences(of: "grant_decision: 2026-03-01", with: "grant_decision: 2030-03-01")
            }
        } throws: { error in
            let problems = (error as? DiagnosticError)?.diagnostics ?? []
            return problems.contains {
                $0.code == .P11 && $0.location?.line != nil && $0.message.contains("application date \(date) falls in no shipped call's")
                    && $0.message.contains("FY2025 2025-04-04 – 2025-09-30") && $0.message.contains("FY2024 2024-04-05 – 2024-11-30 (unverified)")
            }
        }
    }

    @Test func aNamedCallOutsideItsWindowIsAppliedWithAWarning() throws {
        let loaded = try Fixture.load(Fixture.blower, programme: "FY2024")
        #expect(loaded.programme?.fiscalYear == "FY2024")
        #expect(loaded.callChoice?.basis == .named)
        #expect(loaded.callChoice?.outsideWindow == true)
        let warning = try #require(loaded.warnings.first)
        #expect(warning.severity == .warning && warning.code == .P11)
        #expect(warning.message.contains("is outside the FY2024 call's application window"))
        #expect(warning.message.contains("application date 2025-07-18"))
    }

    @Test func withoutAnApplicationDateTheGrantDecisionsFiscalYearChooses() throws {
        let loaded = try Fixture.load(Fixture.blower) { $0.replacingOccurrences(of: "application_date: 2025-07-18", with: "") }
        #expect(loaded.programme?.fiscalYear == "FY2025")
        #expect(loaded.callChoice?.basis == .grantDecision)
        #expect(loaded.callChoice?.date == CalendarDate(iso: "2026-03-01"))
        #expect {
            _ = try Fixture.load(Fixture.blower) {
                $0.replacingOccurrences(of: "application_date: 2025-07-18", with: "")
                    .replacingOccurrences(of: "grant_decision: 2026-03-01", with: "grant_decision: 2026-04-01")
            }
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.contains {
                $0.code == .P11 && $0.message.contains("the grant decision 2026-04-01 falls in FY2026")
            } ?? false
        }
    }

    @Test func aGrantDecisionBeforeTheApplicationIsImpossible() throws {
        #expect {
            _ = try Fixture.load(Fixture.blower) {
                self.withApplicationDate("2025-09-30")($0).replacingOccurrences(of: "grant_decision: 2026-03-01", with: "grant_decision: 2025-09-01")
            }
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.contains { $0.code == .P5 && $0.message.contains("comes before the application date") } ?? false
        }
    }
}
