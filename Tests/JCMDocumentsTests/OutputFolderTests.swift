import Foundation
import JCMKit
import Testing
@testable import JCMDocuments

/// `Output/` holds the documents of every shipped example exactly as jcm renders them now; this
/// is also the golden-file test of every document type. After an intended change, run
/// `scripts/regenerate-output.sh` and review the diff.
@Suite struct OutputFolderTests {
    static let output = Fixtures.root.appendingPathComponent("Output")

    @Test func everyExampleMatchesItsCommittedDocumentsByteForByte() throws {
        let templates = try Fixtures.templates()
        let catalog = try Fixtures.catalog()
        var rendered: [String] = []
        for example in Fixtures.examples {
            let set = try DocumentSet.render(ProjectLoader.load(example, catalog: catalog), templates: templates, date: nil)
            rendered.append(set.projectID)
            let folder = Self.output.appendingPathComponent(set.projectID)
            let committed = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
            #expect(committed == set.files.map(\.name).sorted(), "Output/\(set.projectID) is stale: run scripts/regenerate-output.sh")
            for file in set.files {
                let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(file.name).path)
                #expect(bytes == Data(file.contents.utf8), "Output/\(set.projectID)/\(file.name) is stale: run scripts/regenerate-output.sh")
            }
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.output.path).filter { !$0.hasPrefix(".") }
        #expect(folders.sorted() == rendered.sorted(), "Output/ holds folders of no shipped example: run scripts/regenerate-output.sh")
    }
}
