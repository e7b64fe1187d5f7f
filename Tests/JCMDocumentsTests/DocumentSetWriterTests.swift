import Foundation
import JCMDiagnostics
import JCMKit
import Testing
@testable import JCMDocuments

@Suite struct DocumentSetWriterTests {
    func set(_ files: [String: String]) throws -> DocumentSet {
        var set = try Fixtures.render()
        var manifest = set.manifest
        manifest.documents = files.keys.sorted().map { Manifest.Document(file: $0, sha256: SHA256.hex(files[$0] ?? ""), template: $0 + ".mustache") }
        let rendered = files.keys.sorted().map { RenderedFile(name: $0, contents: files[$0] ?? "") }
        set.projectID = "P"
        set.manifest = manifest
        set.files = rendered + [RenderedFile(name: Manifest.fileName, contents: manifest.json)]
        return set
    }

    func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func writesIntoANewFolderAndLeavesNoStagingBehind() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("out/P")
        try DocumentSetWriter.write(set(["a.md": "one"]), to: target.path)
        #expect(contents(target) == ["a.md", "manifest.json"])
        #expect(try String(contentsOf: target.appendingPathComponent("a.md"), encoding: .utf8) == "one")
        #expect(contents(target.deletingLastPathComponent()) == ["P"])
    }

    @Test func replacesAPreviousSetAsAWhole() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("P")
        try DocumentSetWriter.write(set(["a.md": "one", "old.md": "gone"]), to: target.path)
        try DocumentSetWriter.write(set(["a.md": "two"]), to: target.path)
        #expect(contents(target) == ["a.md", "manifest.json"])
        #expect(try String(contentsOf: target.appendingPathComponent("a.md"), encoding: .utf8) == "two")
        #expect(contents(directory) == ["P"])
    }

    @Test func aFailureWhileWritingLeavesThePreviousSetUntouched() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("P")
        try DocumentSetWriter.write(set(["a.md": "one"]), to: target.path)
        // The second file cannot be written: its folder does not exist in the staging folder.
        #expect(throws: DiagnosticError.self) {
            try DocumentSetWriter.write(set(["a.md": "two", "missing/b.md": "x"]), to: target.path)
        }
        #expect(contents(target) == ["a.md", "manifest.json"])
        #expect(try String(contentsOf: target.appendingPathComponent("a.md"), encoding: .utf8) == "one")
        #expect(contents(directory) == ["P"], "no staging folder is left")
    }

    @Test func refusesToReplaceAFolderJcmDidNotWrite() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "mine".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect {
            try DocumentSetWriter.write(set(["a.md": "one"]), to: directory.path)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.code == .W2
        }
        #expect(contents(directory) == ["notes.txt"])
    }

    @Test func refusesToReplaceAPreviousSetWithAForeignFileAdded() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("P")
        try DocumentSetWriter.write(set(["a.md": "one"]), to: target.path)
        try "mine".write(to: target.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticError.self) {
            try DocumentSetWriter.write(set(["a.md": "two"]), to: target.path)
        }
        #expect(contents(target) == ["a.md", "manifest.json", "notes.txt"])
    }

    @Test func editedDocumentsAreNotReplacedUnlessAsked() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("P")
        try DocumentSetWriter.write(set(["a.md": "one"]), to: target.path)
        try "one, edited by hand".write(to: target.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticError.self) { try DocumentSetWriter.write(set(["a.md": "two"]), to: target.path) }
        #expect(try String(contentsOf: target.appendingPathComponent("a.md"), encoding: .utf8) == "one, edited by hand")
        try DocumentSetWriter.write(set(["a.md": "two"]), to: target.path, replacingEdits: true)
        #expect(try String(contentsOf: target.appendingPathComponent("a.md"), encoding: .utf8) == "two")
    }
}

@Suite struct DocumentDateTests {
    @Test func noDateByDefault() throws {
        #expect(try DocumentDate.resolve(explicit: nil, environment: [:]) == nil)
    }

    @Test func anExplicitDateWinsOverSourceDateEpoch() throws {
        #expect(try DocumentDate.resolve(explicit: "2026-12-01", environment: ["SOURCE_DATE_EPOCH": "0"])?.description == "2026-12-01")
    }

    @Test func sourceDateEpochIsAUTCDay() throws {
        #expect(try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "1700000000"])?.description == "2023-11-14")
        #expect(try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "86399"])?.description == "1970-01-01")
    }

    @Test func badDatesAreErrors() {
        #expect(throws: DiagnosticError.self) { try DocumentDate.resolve(explicit: "2026-13-01", environment: [:]) }
        #expect(throws: DiagnosticError.self) { try DocumentDate.resolve(explicit: nil, environment: ["SOURCE_DATE_EPOCH": "soon"]) }
    }
}
