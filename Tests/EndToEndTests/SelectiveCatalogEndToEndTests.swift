import Foundation
import Testing

/// One project is checked with only its methodology and the programme calls read from the
/// catalogue; whatever else is wrong in the folder is still reported where it matters.
@Suite struct SelectiveCatalogEndToEndTests {
    /// A copy of the shipped methodologies with one rule of ID_AM001 broken.
    func brokenCatalogue(in directory: URL) throws -> URL {
        let methodologies = directory.appendingPathComponent("Methodologies")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Methodologies"), to: methodologies)
        let broken = methodologies.appendingPathComponent("ID_AM001/Ver1.0.yaml")
        let text = try String(contentsOf: broken, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "all(w in equipment: w.EG_PJ <= w.capacity", with: "all(w in equipment: w.EG_PJX <= w.capacity")
        #expect(edited != text)
        try edited.write(to: broken, atomically: true, encoding: .utf8)
        return methodologies
    }

    @Test func aBrokenMethodologyStopsItsOwnProjectsOnly() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let methodologies = try brokenCatalogue(in: directory).path
        let blower = try JCMProcess.run(["check", "Examples/haiphong-blower-inverter/project.yaml", "--methodologies", methodologies])
        #expect(blower.status == 0, "\(blower.stdout)\(blower.stderr)")
        #expect(blower.stdout.contains("VN_PM_DRAFT_BLOWER"))

        let cement = try JCMProcess.run(["check", "Examples/haiphong-cement-waste-heat-recovery/project.yaml", "--methodologies", methodologies])
        #expect(cement.status == 2)
        #expect(cement.stderr.contains("ID_AM001/Ver1.0.yaml:") && cement.stderr.contains("EG_PJX"), "\(cement.stderr)")

        // A batch and lint read the whole catalogue, so the broken file is reported to them.
        let batch = try JCMProcess.run(["check", "Examples/haiphong-blower-inverter/", "--methodologies", methodologies])
        #expect(batch.status == 2 && batch.stderr.contains("EG_PJX"), "\(batch.stderr)")
        let lint = try JCMProcess.run(["lint", "--methodologies", methodologies])
        #expect(lint.status == 2 && (lint.stdout + lint.stderr).contains("EG_PJX"))
    }

    /// A methodology that is not shipped is sought in the whole catalogue, so the error lists
    /// every shipped methodology, not only the versions of the one named.
    @Test func anUnknownMethodologyListsEveryShippedOne() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for edit in [("  id: VN_PM_DRAFT_BLOWER", "  id: VN_PM_DRAFT_BLOWR"), ("  version: Ver0.1", "  version: Ver9.9")] {
            let project = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory) {
                $0.replacingOccurrences(of: edit.0, with: edit.1)
            }
            let result = try JCMProcess.run(["check", project, "--methodologies", JCMProcess.root.appendingPathComponent("Methodologies").path])
            #expect(result.status == 2)
            #expect(result.stderr.contains("[P7]") && result.stderr.contains("ID_AM001 Ver1.0") && result.stderr.contains("VN_AM007 Ver1.0"),
                    "\(result.stderr)")
        }
    }
}
