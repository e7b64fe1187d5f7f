import Foundation
import JCMDiagnostics
import Testing

@Suite struct DiagnosticCatalogueTests {
    @Test func theDocsTableIsTheCatalogue() throws {
        let committed = try String(contentsOf: Fixture.root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        #expect(committed == DiagnosticCode.markdownDocument, "docs/diagnostics.md is stale: run scripts/regenerate-output.sh")
    }

    @Test func everyCodeIsExplainedWithAnExampleOfItsOwn() {
        for code in DiagnosticCode.allCases {
            #expect(!code.meaning.isEmpty)
            #expect(code.example.contains("[\(code.rawValue)]"), "\(code.rawValue)'s example shows another code")
        }
    }

    /// Every literal code in the sources is in the catalogue (the compiler sees to that), and every
    /// code of the catalogue is reported somewhere: directly, or as a rules file's form of a P code.
    @Test func everyCatalogueCodeIsReportedSomewhere() throws {
        let sources = Fixture.root.appendingPathComponent("Sources")
        var text = ""
        for case let path as String in FileManager.default.enumerator(atPath: sources.path) ?? .init() where path.hasSuffix(".swift") {
            if path.hasSuffix("DiagnosticCode.swift") { continue }
            text += try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
        }
        let mapped = Set(DiagnosticCode.allCases.map(\.inRulesFile))
        for code in DiagnosticCode.allCases {
            let used = text.range(of: #"\.\#(code.rawValue)\b"#, options: .regularExpression) != nil
            #expect(used || mapped.contains(code), "\(code.rawValue) is never reported")
        }
    }
}
