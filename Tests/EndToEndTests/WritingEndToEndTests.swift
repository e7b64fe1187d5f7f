import Foundation
import Testing

/// Renders that are killed, run side by side, or given odd ids leave a complete set or none.
@Suite struct WritingEndToEndTests {
    let project = "Examples/haiphong-blower-inverter/project.yaml"

    func hidden(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    @Test func concurrentRendersOfOneFolderAllSucceedAndLeaveNothingBehind() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower").path
        let launched = try (0..<8).map { _ in try JCMProcess.launch(["render", project, "--out", out]) }
        let statuses = launched.map { $0.finish().status }
        #expect(statuses == Array(repeating: 0, count: 8))
        #expect(hidden(directory).isEmpty)
        #expect(FileManager.default.fileExists(atPath: "\(out)/manifest.json"))
    }

    @Test func aRenderSweepsWhatAKilledRenderLeft() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower")
        #expect(try JCMProcess.run(["render", project, "--out", out.path]).status == 0)
        // A render killed after moving the previous set aside, before moving the new one in
        // (the naming of earlier versions), and a staging folder half written.
        let aside = directory.appendingPathComponent(".blower.previous-KILLED")
        try FileManager.default.moveItem(at: out, to: aside)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent(".blower.staging-KILLED"), withIntermediateDirectories: false)
        let result = try JCMProcess.run(["render", project, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(hidden(directory).isEmpty)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("pdd-draft.md").path))
    }

    @Test func killingRendersNeverLeavesAMixOrLitter() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower")
        #expect(try JCMProcess.run(["render", project, "--out", out.path]).status == 0)
        for delay in stride(from: 0.02, through: 0.3, by: 0.04) {
            let launched = try JCMProcess.launch(["render", project, "--out", out.path])
            Thread.sleep(forTimeInterval: delay)
            kill(launched.process.processIdentifier, SIGKILL)
            _ = launched.finish()
        }
        let result = try JCMProcess.run(["render", project, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(hidden(directory).isEmpty, "left: \(hidden(directory))")
        let committed = JCMProcess.root.appendingPathComponent("Output/VN-HP-BLOWER-01/pdd-draft.md")
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("pdd-draft.md").path) == FileManager.default.contents(atPath: committed.path))
    }

    @Test func aTooLongIdIsAnInputErrorNotAnEmptyOutputFolder() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let edited = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory) {
            $0.replacingOccurrences(of: "id: VN-HP-BLOWER-01", with: "id: " + String(repeating: "A", count: 300))
        }
        let result = try JCMProcess.run(["render", edited], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("[P3] project id of 300 characters is longer than the 100"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("Output").path))
    }
}
