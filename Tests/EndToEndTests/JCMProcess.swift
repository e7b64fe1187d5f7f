import Foundation

/// Runs the built `jcm` binary the way a user or a pipeline would.
struct JCMProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's location.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `jcm` executable next to the test bundle in the build products folder.
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("jcm")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/jcm")
    }

    static func run(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:]) throws -> Result {
        try launch(arguments, in: directory, environment: environment).finish()
    }

    /// A started process, for tests that kill or overlap runs.
    struct Launched {
        var process: Process
        var out: Pipe
        var err: Pipe

        func finish() -> Result {
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    static func launch(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:]) throws -> Launched {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        for key in ["JCM_METHODOLOGIES", "JCM_TEMPLATES", "SOURCE_DATE_EPOCH"] { merged.removeValue(forKey: key) }
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Launched(process: process, out: out, err: err)
    }

    /// How a process was seen to end.
    enum Ending: Equatable {
        case ended(Process.TerminationReason)
        /// Gone from the system, but Foundation did not say how it ended.
        case gone
        /// Still there after the time allowed: it has been killed.
        case stillRunning
    }

    /// Waits at most `limit` for `process` to end, by polling rather than `waitUntilExit`: in an
    /// async test that resumed on another thread than the one that launched the process, the
    /// run loop `waitUntilExit` turns can miss the end, and the test then hung forever.
    static func end(of process: Process, within limit: Duration) async -> Ending {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if !process.isRunning { return .ended(process.terminationReason) }
            if kill(process.processIdentifier, 0) != 0, errno == ESRCH { return .gone }
            try? await Task.sleep(for: .milliseconds(20))
        }
        if !process.isRunning { return .ended(process.terminationReason) }
        kill(process.processIdentifier, SIGKILL)
        return .stillRunning
    }

    /// Runs another program found on the PATH (python3, pandoc), for the tests that open jcm's
    /// files with the programs people use.
    static func tool(_ name: String, _ arguments: [String], in directory: URL = root) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Launched(process: process, out: out, err: err).finish()
    }

    /// A scratch folder removed when the test ends.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The blower with its investment as one lump sum (60,000,000 JPY, no cost items, subsidy split
    /// or funding plan), for tests that move the investment or the subsidy alone.
    static func lumpSum(_ text: String) -> String {
        guard let start = text.range(of: "# The investment itemised") else { return text }
        return text.replacingCharacters(in: start.lowerBound..<text.endIndex, with: "")
            .replacingOccurrences(of: "initial_investment: 66,950,000 JPY", with: "initial_investment: 60,000,000 JPY")
    }

    /// Copies an example project to `directory` after applying text edits, for bad-input cases.
    static func editedExample(_ example: String, in directory: URL, _ edit: (String) -> String) throws -> String {
        let source = root.appendingPathComponent("Examples/\(example)/project.yaml")
        let text = try String(contentsOf: source, encoding: .utf8)
        let edited = edit(text)
        // An edit that matches nothing would let a test pass on the unedited example.
        guard edited != text else { throw EditMatchedNothing(example: example) }
        let target = directory.appendingPathComponent("project.yaml")
        try edited.write(to: target, atomically: true, encoding: .utf8)
        return target.path
    }
}

struct EditMatchedNothing: Error {
    var example: String
}
