import Foundation
import JCMDiagnostics
import Testing
@testable import JCMKit
import JCMRules

/// A project of many items is checked on every core: the results must be those of one core, in
/// the same order, whatever thread finished first.
@Suite struct LargeProjectTests {
    /// The blower with `count` more items between B-1 and B-2: every 97th already driven by an inverter
    /// (no reference control the methodology accepts) and every 89th run near its rated flow.
    static func manyItems(_ count: Int, _ vary: @escaping (Int, String) -> String = varied) throws -> LoadedProject {
        try Fixture.load(Fixture.blower) { text in
            guard let start = text.range(of: "  - id: B-1\n"), let end = text.range(of: "  - id: B-2\n") else {
                return text
            }
            let item = String(text[start.lowerBound..<end.lowerBound])
            let added = (3..<(3 + count)).map { number in
                vary(number, item.replacingOccurrences(of: "B-1", with: "B-\(number)")
                    .replacingOccurrences(of: "No. 1", with: "No. \(number)"))
            }
            return text.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: added.joined())
        }
    }

    static func varied(_ number: Int, _ item: String) -> String {
        var copy = item
        if number % 97 == 0 {
            copy = copy.replacingOccurrences(of: "control: outlet damper", with: "control: inverter")
        }
        if number % 89 == 0 {
            copy = copy.replacingOccurrences(of: "average_flow: 108,000", with: "average_flow: 170,000")
        }
        return copy
    }

    /// Every fact a reporter shows of a report, in its order.
    static func facts(_ report: EligibilityReport) -> [String] {
        let results = report.groups.flatMap { group in group.results.map { (group.owner.rawValue, $0) } }
            + report.warnings.map { ("warning", $0) }
        return results.map { owner, result in
            let place = result.location.map(\.description) ?? "-"
            return "\(owner) \(result.criterion.id) \(result.verdict.rawValue) at \(place): "
                + (Fixture.sentences(result.reasons) ?? []).joined(separator: " | ")
                + " missing \(result.missing) unverified \(Fixture.unverified(result.unverifiedInputs))"
        }
    }

    @Test func criteriaSpreadOverTheCoresGiveTheResultsOfOneCoreInTheSameOrder() throws {
        let loaded = try Self.manyItems(EligibilityChecker.spreadFrom)
        let spread = try EligibilityChecker.check(loaded)
        let alone = try EligibilityChecker.check(loaded, spreadingFrom: .max)
        let facts = Self.facts(spread)
        #expect(facts == Self.facts(alone))
        #expect(spread.verdict == .fail)
        // The items that decide are named, the first in the list first.
        let control = try #require(facts.first { $0.hasPrefix("methodology C2 ") })
        #expect(control.contains(" fail "))
        #expect(control.contains("equipment[B-97]"))
        #expect(control.range(of: "equipment[B-97]")!.lowerBound < control.range(of: "equipment[B-194]")!.lowerBound)
        let flow = try #require(facts.first { $0.hasPrefix("methodology C6 ") })
        #expect(flow.contains(" fail ") && flow.contains("equipment[B-89]"))
    }

    @Test func aLongListIsReadOnEveryCoreItsItemsAndProblemsInTheirOrder() throws {
        let count = DataReader.spreadFrom + DataReader.runLength + 7
        let loaded = try Self.manyItems(count)
        let ids = loaded.project.equipment.compactMap { $0.field("id")?.value.description }
        #expect(ids == ["\"B-1\""] + (3..<(3 + count)).map { "\"B-\($0)\"" } + ["\"B-2\""])
        let wrong: Set = [5, DataReader.runLength + 2, count]
        let error = #expect(throws: DiagnosticError.self) {
            try Self.manyItems(count) { number, item in
                wrong.contains(number) ? item.replacingOccurrences(of: "250 kW", with: "250 kg") : item
            }
        }
        let places = (error?.diagnostics ?? []).map { "\($0.message.prefix(24)) \($0.location?.line ?? 0)" }
        #expect(places.count == 3)
        #expect(places == places.sorted { Int($0.split(separator: " ").last!)! < Int($1.split(separator: " ").last!)! })
        #expect(places.first?.hasPrefix("'equipment[B-5].motor.ra") == true)
        #expect(places.last?.hasPrefix("'equipment[B-\(count)].motor") == true)
    }

    @Test func equationsAskedForOnManyThreadsAreComputedOnceAndAgree() throws {
        let loaded = try Fixture.load(Fixture.blower)
        let symbols = (loaded.methodology?.rules.equations ?? []).map(\.symbol)
            + (loaded.programme?.rules.equations ?? []).map(\.symbol)
        let alone = ProjectScope(loaded)
        let expected = symbols.map { (try? alone.outcome(of: $0))?.value.description ?? "fault" }
        let shared = ProjectScope(loaded)
        let asked = Array(repeating: symbols, count: 16).flatMap { $0 }
        let values = Concurrent.map(asked) { symbol in (try? shared.outcome(of: symbol))?.value.description ?? "fault" }
        #expect(values == Array(repeating: expected, count: 16).flatMap { $0 })
        #expect(!expected.contains("fault"))
    }

    /// Each node of a project's data is held once; 10,000 items have some 300,000 of them.
    @Test func aDataNodeStaysSmall() {
        #expect(MemoryLayout<DataNode>.size <= 64)
        #expect(MemoryLayout<Origin?>.size == 8)
    }
}
