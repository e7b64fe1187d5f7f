import Foundation
import JCMUnits
import Testing

@testable import JCMRules

private func q(_ text: String) throws -> Quantity { try Quantity(parsing: text) }

private let source = Origin.programmeValue(
    name: "tiers", provenance: Provenance(source: "test", verified: false), vintage: nil)

private func tiers(_ rows: [(String, String?, String)]) throws -> LookupTable {
    LookupTable(
        name: "tiers", kind: .step, inputUnit: .one, unit: try Unit(parsing: "%"),
        rows: try rows.map { LookupTable.Row(from: try q($0.0), below: try $0.1.map(q), value: try q($0.2)) },
        origin: source)
}

private func curve(_ points: [(String, String)]) throws -> LookupTable {
    LookupTable(
        name: "sec", kind: .linear, inputUnit: try Unit(parsing: "%"), unit: try Unit(parsing: "kWh/kNm3"),
        rows: try points.map { LookupTable.Row(from: try q($0.0), value: try q($0.1)) }, origin: source)
}

@Suite struct LookupTableTests {
    @Test func aStepTableGivesTheRowWhoseIntervalHoldsTheInput() throws {
        let table = try tiers([("0", "1", "50 %"), ("1", "4", "40 %"), ("4", nil, "30 %")])
        #expect(table.problem() == nil)
        for (input, rate) in [("0", "50 %"), ("1", "40 %"), ("3", "40 %"), ("4", "30 %"), ("1000", "30 %")] {
            #expect(table.lookUp(try q(input))?.result == (try q(rate)))
        }
        #expect(table.lookUp(try q("3"))?.used == .row(from: try q("1"), below: try q("4")))
        #expect(table.lookUp(try q("-1")) == nil)
    }

    @Test func aCurveInterpolatesExactlyBetweenItsPoints() throws {
        let table = try curve([("40 %", "2.6 kWh/kNm3"), ("60 %", "2.2 kWh/kNm3"), ("80 %", "1.9 kWh/kNm3")])
        #expect(table.problem(minimumPoints: 3) == nil)
        let between = try #require(table.lookUp(try q("50 %")))
        #expect(between.result == (try q("2.4 kWh/kNm3")))
        #expect(between.used == .between(try q("40 %"), try q("2.6 kWh/kNm3"), try q("60 %"), try q("2.2 kWh/kNm3")))
        // 65 % is a quarter of the way from 60 % to 80 %: 2.2 − 0.075.
        #expect(table.lookUp(try q("65 %"))?.result == (try q("2.125 kWh/kNm3")))
        #expect(table.lookUp(try q("80 %"))?.used == .point(try q("80 %")))
        #expect(table.lookUp(try q("39.9 %")) == nil)
        #expect(table.lookUp(try q("80.1 %")) == nil)
    }

    @Test func unsoundTablesAreNamedWithTheRowAtFault() throws {
        let gap = try tiers([("0", "1", "50 %"), ("2", nil, "40 %")]).problem()
        #expect(gap?.row == 1)
        #expect(gap?.message.contains("a gap between 1") == true)
        #expect(try tiers([("0", "2", "50 %"), ("1", nil, "40 %")]).problem()?.message.contains("an overlap") == true)
        #expect(
            try tiers([("0", nil, "50 %"), ("1", nil, "40 %")]).problem()?.message.contains("only the last row") == true
        )
        #expect(try tiers([("0", "1", "50 kWh")]).problem()?.message.contains("not in %") == true)
        #expect(try tiers([("3", "1", "50 %")]).problem()?.message.contains("not above") == true)
        let unsorted = try curve([("40 %", "2.6 kWh/kNm3"), ("30 %", "2.2 kWh/kNm3")]).problem()
        #expect(unsorted?.row == 1)
        #expect(unsorted?.message.contains("ascending") == true)
        #expect(
            try curve([("40 %", "2.6 kWh/kNm3"), ("60 %", "2.2 kWh/kNm3")]).problem(minimumPoints: 3)?.message
                .contains("at least 3") == true)
    }

    @Test func lookupIsTracedWithTheRowAndIsUndefinedOutsideTheTable() throws {
        let table = try tiers([("0", "1", "50 %"), ("1", "4", "40 %"), ("4", nil, "30 %")])
        let evaluator = Evaluator(scope: FixtureScope(bindings: ["tiers": .table(table), "n": .quantity(Quantity(2))]))
        #expect(try evaluator.evaluate(Parser.parse("lookup(tiers, n)")) == .quantity(try q("40 %")))
        let read = try #require(evaluator.reads.first { $0.name == "tiers" })
        guard case .table(let lookup, _) = read.origin else {
            Issue.record("no table origin")
            return
        }
        #expect(lookup.used == .row(from: try q("1"), below: try q("4")))
        let outside = try evaluate("lookup(tiers, 0 - 1)", ["tiers": .table(table)])
        guard case .undefined(.outsideTable(let name, _, _, _)) = outside else {
            Issue.record("expected undefined")
            return
        }
        #expect(name == "tiers")
        #expect(outside.description.contains("outside the table tiers (0 or more)"))
        #expect(throws: RuleError.self) { try evaluate("lookup(tiers, 2 kWh)", ["tiers": .table(table)]) }
        #expect(try evaluate("lookup(tiers, n)", ["tiers": .table(table), "n": .unknown(missing: ["n"])]).isUnknown)
    }

    @Test func aTableOfMoreThanAThousandRowsIsRefused() throws {
        let points = (0...LookupTable.maximumPoints).map { ("\($0) %", "1 kWh/kNm3") }
        let problem = try curve(points).problem()
        #expect(problem?.message == "has 1001 rows; a table may have at most 1000")
    }
}
