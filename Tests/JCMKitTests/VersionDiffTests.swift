import Foundation
import JCMDiagnostics
import JCMRules
import Testing

@testable import JCMKit

/// The blower between its methodology's Ver0.1 and Ver0.2: what moved and which rule changes reach it.
@Suite struct VersionDiffTests {
    static let project = Fixture.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml").path

    static func blower(_ versions: VersionDiff.Versions) throws -> VersionDiff {
        try VersionDiff.compare(project: project, catalog: Fixture.catalog, versions: versions)
    }

    @Test func theReferenceCurveLowersTheReductionsAndTheDiffSaysWhy() throws {
        let diff = try Self.blower(.methodology(id: "VN_PM_DRAFT_BLOWER", before: "Ver0.1", after: "Ver0.2"))
        let reductions = try #require(diff.figureChanges.first { $0.symbol == "ER_p" })
        #expect(reductions.before?.description == "1,139 tCO2")
        // The curve's point at 60 % (1.84 kWh/kNm3) replaces the single measurement (1.852).
        #expect(reductions.after?.description == "1,125 tCO2")
        let causes = reductions.causes.map { "\($0.kind.rawValue) \($0.name)" }
        #expect(causes.contains("equation RE_p"))
        #expect(causes.contains("parameter SEC_RE"))
        #expect(!causes.contains("criterion C3"))
        #expect(diff.ignoredAfter.map(\.description).contains("equipment[B-1].parameters.SEC_RE"))
        #expect(diff.ignoredBefore.isEmpty)
        let c3 = try #require(diff.verdictChanges.first { $0.id == "C3" })
        #expect(c3.causes.contains { $0.kind == .criterion && $0.name == "C3" })
        // A figure no rule change reaches does not move: the programme's eligible cost.
        #expect(!diff.figureChanges.contains { $0.symbol == "eligible_cost" })
        #expect(diff.ruleChanges.contains { $0.kind == .parameter && $0.name == "SEC_RE" && $0.change == .removed })
        // The curve is declared by both versions; Ver0.2 asks for three points, not two.
        let curve = try #require(diff.ruleChanges.first { $0.kind == .field && $0.name == "equipment.reference_sec.curve" })
        guard case .changed(let details) = curve.change, case .value(before: let before, after: let after)? = details.first else {
            Issue.record("\(curve.change)")
            return
        }
        #expect(before.contains("at least 2 points") && after.contains("at least 3 points"))
    }

    @Test func aVersionThatIsNotShippedIsAnInputError() throws {
        do {
            _ = try Self.blower(.methodology(id: "VN_PM_DRAFT_BLOWER", before: "Ver0.1", after: "Ver0.9"))
            Issue.record("a version that does not exist was compared")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.code == .P7)
        }
    }
}

@Suite struct ProgrammeDiffTests {
    @Test func theFY2025CallChangesOnlyWhatWasNotReadForIt() throws {
        let diff = try VersionDiffTests.blower(.programme(before: "FY2024", after: "FY2025"))
        let changes = diff.ruleChanges.map { "\($0.kind.rawValue) \($0.name)" }
        #expect(changes == ["criterion PR1", "list partner_countries"])
        #expect(diff.ruleChanges.allSatisfy { $0.change == .changed([.verification(before: true, after: false)]) })
        #expect(diff.figureChanges.isEmpty)
        let pr1 = try #require(diff.verdictChanges.first { $0.id == "PR1" })
        #expect(pr1.before == .pass && pr1.after == .pass)
        #expect(pr1.causes.map(\.name) == ["PR1", "partner_countries"])
        #expect(diff.before.programme?.fiscalYear == "FY2024")
        #expect(diff.after.programme?.fiscalYear == "FY2025")
    }
}
