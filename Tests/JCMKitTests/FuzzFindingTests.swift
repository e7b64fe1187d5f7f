import Foundation
import JCMDiagnostics
import Testing
@testable import JCMKit

/// Every input a fuzz target found to crash, hang or grow is kept in FuzzFindings/ and must now
/// end in a result or in diagnostics.
@Suite struct FuzzFindingTests {
    static let folder = Fixture.root.appendingPathComponent("Tests/JCMKitTests/FuzzFindings")

    static var findings: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test(arguments: findings) func aFindingEndsInAResultOrDiagnostics(name: String) throws {
        let text = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
        do {
            _ = try Assessment.assess(try ProjectLoader.load(text: text, path: name, catalog: Fixture.catalog))
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.location == nil || $0.location!.line >= 1 })
        }
    }
}
