import Foundation
import JCMDiagnostics
import Testing

@testable import JCMKit

/// Loading the catalogue reads only the files it needs, finds their kind without parsing, and
/// still places every problem on its line.
@Suite struct CatalogLoadingTests {
    @Test func theFormatLineIsFoundHoweverYAMLWritesIt() {
        let text = "\u{FEFF}format: \"jcm-test/1\" # a case\r\nid: X\r\n  format: 'jcm-project/1'\rformat:   jcm-methodology/1  \n"
        #expect(KeyLine.values(of: "format", in: text, topLevel: true) == ["jcm-test/1", "jcm-methodology/1"])
        #expect(KeyLine.values(of: "format", in: text, topLevel: false) == ["jcm-test/1", "jcm-project/1", "jcm-methodology/1"])
        #expect(KeyLine.values(of: "format", in: "formats: x\nid: format: y\n", topLevel: false).isEmpty)
    }

    @Test func aFormatValueIsTrimmedOfEverySpaceButKeepsInnerOnes() {
        let text = "format:\t\u{00A0}jcm-project/1\u{3000} # note\nname: ' a b '\n"
        #expect(KeyLine.first(of: "format", in: text) == "jcm-project/1")
        #expect(KeyLine.first(of: "name", in: text) == " a b ")
    }

    /// Folders are listed with readdir: every file at any depth, sorted, links listed but not followed.
    @Test func aFolderListsItsFilesSortedWithoutFollowingLinks() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["b.yaml", "a/z.yml", "a/b/c.yaml", "a/notes.txt", ".hidden.yaml"] {
            let file = root.appendingPathComponent(path)
            let folder = file.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("x: 1\n".utf8).write(to: file)
        }
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("loop"), withDestinationURL: root)
        let yaml = FolderListing.files(below: root.path) { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        #expect(yaml == [".hidden.yaml", "a/b/c.yaml", "a/z.yml", "b.yaml"])
        #expect(FolderListing.files(below: root.path) { _ in true }?.contains("loop") == true)
        #expect(FolderListing.files(below: root.appendingPathComponent("missing").path) { _ in true } == nil)
    }

    /// The flag, then the variable, then the working folder and its parents, then the executable's.
    @Test func aDataFolderIsFoundInItsOrderOfPlaces() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("projects/one")
        for folder in ["projects/one", "projects/Templates", "tool/bin", "tool/share/jcm/Templates"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let executable = root.appendingPathComponent("tool/bin/jcm").path
        func find(_ explicit: String? = nil, _ environment: [String: String] = [:], from folder: URL = nested) -> String? {
            ResourceLocator.find("Templates", explicit: explicit, environmentVariable: "JCM_TEMPLATES",
                                 environment: environment, currentDirectory: folder.path, executable: executable)
        }
        #expect(find("/flag") == "/flag")
        #expect(find(nil, ["JCM_TEMPLATES": "/variable"]) == "/variable")
        #expect(find(nil, ["JCM_TEMPLATES": ""]) == root.appendingPathComponent("projects/Templates").path)
        #expect(find(from: URL(fileURLWithPath: "/")) == root.appendingPathComponent("tool/share/jcm/Templates").path)
    }

    @Test func linesAreFoundWithoutTheirLineEnds() throws {
        let file = try YAMLFile.parse("a: 1\r\nb: Hải Phòng\r\nc: 北九州\n\nd: x", path: "t.yaml")
        #expect(file.line(1) == "a: 1")
        #expect(file.line(2) == "b: Hải Phòng")
        #expect(file.line(3) == "c: 北九州")
        #expect(file.line(4) == "")
        #expect(file.line(5) == "d: x")
        #expect(file.line(0) == nil && file.line(6) == nil)
    }

    @Test func aSelectionReadsTheNamedVersionAndTheCallOnly() throws {
        let directory = Fixture.root.appendingPathComponent("Methodologies").path
        let newest = try Catalog.load(from: directory, selection: CatalogSelection(
            methodologyID: "VN_PM_DRAFT_BLOWER", methodologyVersion: "Ver0.1", fiscalYear: nil))
        #expect(newest.methodologies.map(\.reference) == ["VN_PM_DRAFT_BLOWER Ver0.1"])
        // No call named: every call, for the project's dates to choose among.
        #expect(newest.programmes.map(\.fiscalYear) == Fixture.catalog.programmes.map(\.fiscalYear))
        #expect(newest.families == nil)
        let named = try Catalog.load(from: directory, selection: CatalogSelection(
            methodologyID: "VN_AM007", methodologyVersion: "Ver1.0", fiscalYear: "fy2024"))
        #expect(named.methodologies.map(\.reference) == ["VN_AM007 Ver1.0"])
        #expect(named.programmes.map(\.fiscalYear) == ["FY2024"])
        let none = try Catalog.load(
            from: directory, selection: CatalogSelection(methodologyID: nil, methodologyVersion: nil, fiscalYear: nil))
        #expect(none.methodologies.isEmpty && none.programmes.count == Fixture.catalog.programmes.count)
    }

    /// A test case beside the rules is not parsed with them: its YAML error is no error of the
    /// catalogue. The same file with no format line is parsed, and its error is reported.
    @Test func filesOfOtherKindsAreNotParsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = Fixture.root.appendingPathComponent("Methodologies/programme/JCM-MP-FY2025.yaml")
        try FileManager.default.copyItem(at: shipped, to: folder.appendingPathComponent("call.yaml"))
        let broken = folder.appendingPathComponent("case.yaml")
        try "format: jcm-test/1\nproject: [unclosed\n".write(to: broken, atomically: true, encoding: .utf8)
        let catalog = try Catalog.load(from: folder.path)
        #expect(catalog.programmes.map(\.fiscalYear) == ["FY2025"])

        try "project: [unclosed\n".write(to: broken, atomically: true, encoding: .utf8)
        do {
            _ = try Catalog.load(from: folder.path)
            Issue.record("a file of no declared kind must be parsed")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.Y1])
            #expect(error.diagnostics.first?.location?.file.hasSuffix("case.yaml") == true)
        }
    }
}
