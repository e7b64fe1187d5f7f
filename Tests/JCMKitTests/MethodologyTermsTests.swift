import Foundation
import JCMDiagnostics
import Testing
@testable import JCMKit

/// Section B of the methodology form, "Terms and definitions", read from `terms:`.
@Suite struct MethodologyTermsTests {
    static let folder = Fixture.root.appendingPathComponent("Methodologies/VN_PM_DRAFT_BLOWER")

    @Test(arguments: ["Ver0.1", "Ver0.2"])
    func theDraftBlowerMethodologyDefinesFiveTermsInEveryLanguage(version: String) throws {
        let methodology = try Methodology.load(Self.folder.appendingPathComponent("\(version).yaml").path)
        #expect(methodology.terms.map(\.term.english) == [
            "Blower", "Inverter (variable frequency drive)", "Reference control",
            "Reference specific electricity consumption (SEC_RE,i)", "Part load",
        ])
        for term in methodology.terms {
            #expect(term.term.translation("vi") != nil && term.term.translation("ja") != nil, "\(term.term.english)")
            #expect(term.definition.translation("vi") != nil && term.definition.translation("ja") != nil)
        }
    }

    @Test func aTermWithoutItsDefinitionIsAnErrorAtItsPlace() throws {
        let path = Self.folder.appendingPathComponent("Ver0.1.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "  - term: {en: Part load, vi: Vận hành non tải, ja: 部分負荷}\n    definition:",
                                               with: "  - term: {en: Part load, vi: Vận hành non tải, ja: 部分負荷}\n    meaning:")
        try #require(edited != text)
        #expect {
            try Methodology.read(YAMLFile.parse(edited, path: path))
        } throws: { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            return diagnostics.contains { $0.message.contains("'meaning'") }
                && diagnostics.contains { $0.message.contains("definition") }
        }
    }
}
