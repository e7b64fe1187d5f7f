import Foundation
import JCMDiagnostics
import JCMKit
import Testing
@testable import JCMReports

/// A batch is reported from parts made one project at a time; the reports must read as if the
/// whole run had been rendered at once.
@Suite struct BatchReportTests {
    /// Three methodologies (pass, fail, needs evidence), a bad file, and the first project again.
    static func entries() throws -> [BatchEntry] {
        let place = SourceLocation(file: "bad.yaml", line: 4, column: 2)
        let bad = DiagnosticError(.error(.Y1, "YAML syntax error", at: place))
        return [
            BatchEntry(try Fixture.assessment()),
            BatchEntry(file: "bad.yaml", outcome: .failure(bad)),
            BatchEntry(try Fixture.assessment("haiphong-cement-waste-heat-recovery")),
            BatchEntry(try Fixture.assessment("lan-ha-bay-floating-village-solar")),
            BatchEntry(try Fixture.assessment()),
        ]
    }

    static func object(_ json: String) throws -> [String: Any]? {
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    }

    @Test(arguments: [BatchCommand.check, .calc])
    func jsonPartsSpliceIntoTheDocumentTheEncoderWrites(command: BatchCommand) throws {
        let entries = try Self.entries()
        let reporter = JSONReporter(wording: try Fixture.wording())
        let whole = JSONReport.encode(BatchDocument(
            command: command.rawValue, exit_code: 2,
            projects: entries.map { BatchProjectEntry($0, command, reporter.wording) }))
        #expect(reporter.batch(entries, command: command) == whole)
        #expect(whole.contains("\n\n"), "the fixture must hold an empty array, whose blank line takes no indent")
        let none = try #require(try Self.object(reporter.batch([], command: command)))
        #expect((none["projects"] as? [Any])?.isEmpty == true)
    }

    @Test(arguments: [BatchCommand.check, .calc])
    func sarifResultsPointAtTheirRulesOnceMerged(command: BatchCommand) throws {
        let entries = try Self.entries()
        let reporter = SARIFReporter(wording: try Fixture.wording())
        let log = try #require(try Self.object(reporter.batch(entries, command: command)))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let rules = try #require(driver?["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count, "a rule is listed once")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count > (command == .check ? 2 : 0), "failures and open criteria each give a result")
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == result["ruleId"] as? String)
        }
        let separate = entries.map { reporter.part($0, command: command).body.results.count }
        #expect(results.count == separate.reduce(0, +))
    }

    @Test func junitTotalsAreTheSumsOfTheSuites() throws {
        let entries = try Self.entries()
        let reporter = JUnitReporter(wording: try Fixture.wording())
        let xml = reporter.batch(entries, command: .check)
        let parts = entries.map { reporter.part($0, command: .check).body }
        let tests = parts.map(\.tests).reduce(0, +), failures = parts.map(\.failures).reduce(0, +)
        #expect(tests > entries.count && failures > 0)
        let totals = "<testsuites name=\"jcm check\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"1\" "
        #expect(xml.contains(totals))
        #expect(xml.components(separatedBy: "<testsuite ").count == entries.count + 1)
    }

    @Test func textCountsEveryFileOnceAndKeepsTheOrder() throws {
        let reporter = TextReporter(wording: try Fixture.wording())
        let parts = try Self.entries().map { reporter.part($0, command: .check) }
        let text = reporter.batch(parts, command: .check).joined()
        let lines = text.split(separator: "\n").suffix(5)
        #expect(lines.map { $0.contains("bad.yaml") } == [false, true, false, false, false])
        #expect(text.contains("5 project(s): 2 eligible or computed, 1 not eligible, 1 undetermined, 1 bad input"))
        #expect(parts.map(\.exitCode)[1] == 2 && BatchCommand.exitCode(parts.map(\.exitCode)) == 2)
    }
}
