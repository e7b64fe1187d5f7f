import Foundation
import Testing

@Suite struct InstallEndToEndTests {
    /// Installed under a prefix, jcm finds its data from anywhere: no Methodologies/ or
    /// Templates/ beside the project or the working directory.
    @Test func anInstalledJcmFindsItsDataFromAnywhere() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let prefix = directory.appendingPathComponent("prefix")
        let install = Process()
        install.executableURL = JCMProcess.root.appendingPathComponent("scripts/install.sh")
        install.arguments = [prefix.path]
        install.environment = ProcessInfo.processInfo.environment.merging(["JCM_BINARY": JCMProcess.executable.path]) { $1 }
        install.standardOutput = Pipe()
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)
        let work = directory.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml"),
                                         to: work.appendingPathComponent("project.yaml"))
        for arguments in [["check", "project.yaml"], ["render", "project.yaml"]] {
            let process = Process()
            process.executableURL = prefix.appendingPathComponent("bin/jcm")
            process.arguments = arguments
            process.currentDirectoryURL = work
            var environment = ProcessInfo.processInfo.environment
            for key in ["JCM_METHODOLOGIES", "JCM_TEMPLATES"] { environment.removeValue(forKey: key) }
            process.environment = environment
            let err = Pipe()
            process.standardOutput = Pipe()
            process.standardError = err
            try process.run()
            process.waitUntilExit()
            let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(arguments): \(said)")
        }
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("Output/VN-HP-BLOWER-01/monitoring-spreadsheet.xlsx").path))
    }

    /// Every example of every `--help` stays on one line at 80 columns, so it can be copied.
    @Test(arguments: ["", "check", "calc", "render", "lint", "test", "schema", "validate", "methodologies", "explain", "serve"])
    func helpExamplesNeverWrapMidCommand(command: String) throws {
        let result = try JCMProcess.run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "80"])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "Examples:" }) else { return }
        let examples = lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(!examples.isEmpty)
        for line in examples {
            let text = line.trimmingCharacters(in: .whitespaces)
            #expect(text.hasPrefix("jcm ") || text.hasPrefix("# "), "'\(line)' continues a wrapped example")
            #expect(line.count <= 80, "'\(line)' is wider than 80 columns")
        }
    }
}
