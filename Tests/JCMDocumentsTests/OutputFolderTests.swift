import Foundation
import JCMKit
import Testing
@testable import JCMDocuments

/// `Output/` holds the documents of every shipped example in every shipped language exactly as
/// jcm renders them now: the golden-file test of every document type. Bodies are compared with
/// input hashes masked and print a diff when they differ; the hashes (footers and manifest) are
/// compared on their own. After an intended change, run `scripts/regenerate-output.sh` and review
/// the diff.
@Suite struct OutputFolderTests {
    static let output = Fixtures.root.appendingPathComponent("Output")

    struct Rendered {
        var folder: String
        var set: DocumentSet
    }

    static func renderAll() throws -> [Rendered] {
        let catalog = try Fixtures.catalog()
        let assessments = try Fixtures.examples.map { try Assessment.assess(ProjectLoader.load($0, catalog: catalog)) }
        return try Fixtures.languages.flatMap { language in
            let templates = try Fixtures.templates(language: language)
            return try assessments.map { assessment in
                let set = try DocumentSet.render(assessment, templates: templates, date: nil)
                return Rendered(folder: language == "en" ? set.projectID : "\(set.projectID).\(language)", set: set)
            }
        }
    }

    @Test func everyDocumentBodyMatchesItsCommittedCopy() throws {
        for rendered in try Self.renderAll() {
            let folder = Self.output.appendingPathComponent(rendered.folder)
            let committed = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
            #expect(committed == rendered.set.files.map(\.name).sorted(), "Output/\(rendered.folder) is stale: run scripts/regenerate-output.sh")
            for file in rendered.set.files where file.name != Manifest.fileName {
                let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(file.name).path) ?? Data()
                guard file.isText else {
                    // An office file is a ZIP package: the same inputs must give the very same bytes.
                    #expect(bytes == file.bytes, "Output/\(rendered.folder)/\(file.name) is stale (run scripts/regenerate-output.sh)")
                    continue
                }
                let expected = GoldenFile.maskingHashes(in: String(decoding: bytes, as: UTF8.self))
                if let diff = GoldenFile.diff(expected: expected, actual: GoldenFile.maskingHashes(in: file.contents), name: "\(rendered.folder)/\(file.name)") {
                    Issue.record("Output/\(rendered.folder)/\(file.name) is stale (run scripts/regenerate-output.sh):\n\(diff)")
                }
            }
        }
    }

    @Test func provenanceMatchesTheCommittedManifestsAndFooters() throws {
        for rendered in try Self.renderAll() {
            let folder = Self.output.appendingPathComponent(rendered.folder)
            let path = folder.appendingPathComponent(Manifest.fileName).path
            let committed = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            if let diff = GoldenFile.diff(expected: committed, actual: rendered.set.manifest.json, name: "\(rendered.folder)/\(Manifest.fileName)") {
                Issue.record("the provenance of Output/\(rendered.folder) is stale: an input, template or wording changed (run scripts/regenerate-output.sh):\n\(diff)")
            }
            for file in rendered.set.files where file.name != Manifest.fileName {
                let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(file.name).path)
                #expect(bytes == file.bytes, "Output/\(rendered.folder)/\(file.name): the hashes it prints are stale")
            }
        }
    }

    @Test func outputHoldsNoFolderOfAnExampleNotShipped() throws {
        let rendered = try Self.renderAll().map(\.folder)
        // `monitoring/` holds the blower's Monitoring Report Sheet, checked by MonitorEndToEndTests.
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.output.path).filter { !$0.hasPrefix(".") && $0 != "monitoring" }
        #expect(folders.sorted() == rendered.sorted(), "Output/ holds folders of no shipped example: run scripts/regenerate-output.sh")
    }

    /// Every source a document names can be looked up by its reader: no document cites our own
    /// notes (which a user does not have) or a value "as remembered".
    @Test func noDocumentCitesAFileOutsideTheRepositoryOrAMemory() throws {
        for rendered in try Self.renderAll() {
            for file in rendered.set.files where file.isText {
                for phrase in ["shared/", "jcm-reference", "emembered"] {
                    #expect(!file.contents.contains(phrase), "\(rendered.folder)/\(file.name) cites '\(phrase)'")
                }
            }
        }
    }

    @Test func theDiffNamesTheChangedLineWithContext() {
        let diff = GoldenFile.diff(expected: "a\nb\nc\nd", actual: "a\nb\nX\nd", name: "doc.md")
        #expect(diff == "--- committed doc.md\n+++ rendered doc.md\n@@ near line 1 @@\n a\n b\n-c\n+X\n d")
        #expect(GoldenFile.diff(expected: "same", actual: "same", name: "doc.md") == nil)
    }

    @Test func maskedHashesLeaveTheBodyComparable() {
        let old = String(repeating: "ab", count: 32), new = String(repeating: "cd", count: 32)
        let committed = "SHA-256 \(old.prefix(12)) and \(old); 1,139 tCO2"
        let rendered = "SHA-256 \(new.prefix(12)) and \(new); 1,139 tCO2"
        #expect(GoldenFile.maskingHashes(in: committed) == GoldenFile.maskingHashes(in: rendered))
        #expect(GoldenFile.maskingHashes(in: committed.replacingOccurrences(of: "1,139", with: "1,140")) != GoldenFile.maskingHashes(in: rendered))
    }
}
