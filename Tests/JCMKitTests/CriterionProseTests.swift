import Foundation
import JCMDiagnostics
import Testing

@testable import JCMKit

/// A criterion's PDD sentence: words and `{field.path}` placeholders, braces doubled to stand alone.
@Suite struct CriterionProseTests {
    @Test func placeholdersAreFieldPaths() throws {
        let pieces = try CriterionProse.pieces("{id}: a {motor.rated_power} motor ({{sic}}).")
        #expect(pieces == [.field("id"), .literal(": a "), .field("motor.rated_power"), .literal(" motor ({sic}).")])
    }

    @Test(arguments: [
        ("a {motor.rated_power motor", "is not closed"),
        ("a motor} here", "has no '{' before it"),
        ("a {motor rated} motor", "is not a field path"),
        ("a {} motor", "is not a field path"),
        ("a {motor..power} motor", "is not a field path"),
        ("a {mötor} motor", "is not a field path"),
    ])
    func anythingElseIsRefusedWithItsReason(text: String, reason: String) {
        #expect(throws: CriterionProse.ProseError.self) { try CriterionProse.pieces(text) }
        do {
            _ = try CriterionProse.pieces(text)
        } catch {
            #expect(error.message.contains(reason), "\(error.message)")
        }
    }

    @Test func aBraceLeftOpenInTheMethodologyIsAnErrorAtItsPlace() throws {
        let path = Fixture.root.appendingPathComponent("Methodologies/VN_PM_DRAFT_BLOWER/Ver0.1.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: "en: \"{id}: without the project", with: "en: \"{id: without the project")
        try #require(edited != text)
        #expect {
            try Methodology.read(YAMLFile.parse(edited, path: path))
        } throws: { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            return diagnostics.contains { $0.code == .M9 && $0.message.contains("is not a field path") }
        }
    }

    /// The methodology's C2 sentence with one edit, read as the catalogue reads it.
    func problems(replacing old: String, with new: String) throws -> [Diagnostic] {
        let path = Fixture.root.appendingPathComponent("Methodologies/VN_PM_DRAFT_BLOWER/Ver0.1.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: old, with: new)
        try #require(edited != text)
        do {
            _ = try Methodology.read(YAMLFile.parse(edited, path: path))
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test(arguments: [
        ("{reference_control}.\"", "{reference_contrl}.\"", "reads '{reference_contrl}'"),
        ("{reference_control}.\"", "{motor}.\"", "reads '{motor}', which is not a single value"),
        ("{reference_control}.\"", "{reference_sec.curve}.\"", "reads '{reference_sec.curve}'"),
    ])
    func aPlaceholderThatNamesNoSingleValueIsAnError(old: String, new: String, words: String) throws {
        let sentence = "controlled at constant speed by "
        let found = try problems(replacing: sentence + old, with: sentence + new)
        #expect(found.contains { $0.code == .M9 && $0.message.contains(words) && $0.location != nil }, "\(found)")
    }

    @Test func aProjectFieldIsReadBesideTheItemsAndAnOverlongSentenceIsRefused() throws {
        let sentence = "by {reference_control}.\""
        #expect(try problems(replacing: sentence, with: "by {reference_control} in {host_country}.\"").isEmpty)
        let long = String(repeating: "x", count: CriterionProseCheck.longestText)
        let found = try problems(replacing: "by {reference_control}.\"", with: "by {reference_control} \(long).\"")
        #expect(found.contains { $0.code == .M10 && $0.message.contains("at most 2000") })
    }
}
