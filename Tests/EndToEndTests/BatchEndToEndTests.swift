import Foundation
import Testing

/// Many projects in one run, as a pipeline or a programme officer runs them.
@Suite struct BatchEndToEndTests {
    static let ids = ["VN-HP-BLOWER-01", "VN-HP-ROOFTOP-PV-01", "VN-HP-COMPOST-01", "VN-HP-LANHA-PV-01"]

    static let examples = ["haiphong-blower-inverter", "haiphong-rooftop-pv", "haiphong-takakura-composting", "lan-ha-bay-floating-village-solar"]

    /// A folder holding copies of four examples (one eligible by each kind of result).
    static func fourExamples(in directory: URL) throws -> URL {
        let folder = directory.appendingPathComponent("projects")
        for example in examples {
            let target = folder.appendingPathComponent(example)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Examples/\(example)/project.yaml"),
                                             to: target.appendingPathComponent("project.yaml"))
        }
        return folder
    }

    /// The four examples with one unreadable project among them.
    static func folderWithABadFile(in directory: URL) throws -> URL {
        let folder = try fourExamples(in: directory)
        try "format: jcm-project/1\nid: [broken\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try "not a project\n".write(to: folder.appendingPathComponent("notes.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aFolderIsAssessedInOneRunInAStableOrderWithTheCombinedExitCode() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try Self.fourExamples(in: directory).path
        let first = try JCMProcess.run(["check", folder])
        #expect(first.status == 1, "the composting project fails PR3: \(first.stderr)")
        let summary = try #require(first.stdout.range(of: "4 project(s): 2 eligible or computed, 1 not eligible, 1 undetermined, 0 bad input"))
        let lines = first.stdout[summary.upperBound...].split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(lines.map { $0.dropLast().last.map(String.init) ?? "" } == Self.ids)
        let second = try JCMProcess.run(["check", folder])
        #expect(second.stdout == first.stdout, "the order must not depend on which core finished first")
    }

    struct Run: Sendable, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var description: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Run(arguments: ["Examples/haiphong-blower-inverter/project.yaml", "Examples/haiphong-rooftop-pv/project.yaml"], status: 0),
        Run(arguments: ["Examples/haiphong-blower-inverter/project.yaml", "Examples/lan-ha-bay-floating-village-solar/project.yaml"], status: 3),
        Run(arguments: ["Examples/lan-ha-bay-floating-village-solar/project.yaml", "Examples/haiphong-takakura-composting/project.yaml"], status: 1),
        Run(arguments: ["Examples/haiphong-*/project.yaml"], status: 1),
    ])
    func theRunsExitCodeIsTheWorstOfItsProjects(run: Run) throws {
        let result = try JCMProcess.run(["check"] + run.arguments)
        #expect(result.status == run.status, "\(result.stdout.suffix(400))\(result.stderr)")
    }

    @Test func aBadFileIsReportedAndTheOthersAreStillAssessed() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try Self.folderWithABadFile(in: directory)
        let result = try JCMProcess.run(["calc", folder.path, "--format", "jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.yaml:3:1: error: [Y1]"), "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5, "four projects and the broken file; notes.yaml is no project")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(objects.map { ($0["file"] as? String)?.split(separator: "/").suffix(2).joined(separator: "/") ?? "" }
            == ["projects/broken.yaml", "haiphong-blower-inverter/project.yaml", "haiphong-rooftop-pv/project.yaml",
                "haiphong-takakura-composting/project.yaml", "lan-ha-bay-floating-village-solar/project.yaml"])
        #expect(objects.map { $0["exit_code"] as? Int } == [2, 0, 0, 3, 0])
        #expect(objects[0]["diagnostics"] != nil && objects[1]["calculation"] != nil)
    }

    @Test func aGlobOrFolderThatNamesNothingIsBadInput() throws {
        let none = try JCMProcess.run(["check", "Examples/*/nothing.yaml"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("error: [F1] 'Examples/*/nothing.yaml' matches no file"))
        let empty = try JCMProcess.run(["check", "docs/"])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("error: [F1] no format: jcm-project/1 file below 'docs/'"))
    }

    /// The JUnit report read by junitparser: a suite a project, a failure per failing criterion,
    /// a skipped case per criterion that needs evidence, an error for the unreadable file.
    @Test func junitParserReadsASuiteAProject() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try Self.folderWithABadFile(in: directory)
        let result = try JCMProcess.run(["check", folder.path, "--format", "junit"])
        #expect(result.status == 2)
        let report = directory.appendingPathComponent("check.xml")
        try result.stdout.write(to: report, atomically: true, encoding: .utf8)
        let read = try Self.consumer("junit", report)
        let suites = try #require(read["suites"] as? [[String: Any]])
        #expect(suites.map { $0["name"] as? String ?? "" } == [folder.appendingPathComponent("broken.yaml").path] + Self.ids)
        #expect(suites.map { $0["errors"] as? Int } == [1, 0, 0, 0, 0])
        #expect(suites.map { $0["failures"] as? Int } == [0, 0, 0, 1, 0])
        #expect(suites.map { $0["skipped"] as? Int } == [0, 0, 0, 3, 1])
        #expect(suites.map { $0["tests"] as? Int } == [1, 16, 13, 10, 13])
        let compost = try #require(suites[3]["cases"] as? [[String: Any]])
        #expect(compost.first?["type"] as? String == "failure")
        #expect((compost.first?["name"] as? String)?.hasPrefix("PR3: ") == true)
        #expect((compost.first?["message"] as? String)?.contains("emission_reduction_type (\"methane avoidance\") == \"energy-origin CO2\"") == true)
    }

    /// The SARIF log read by the SARIF 2.1.0 object model (sarif-pydantic) and by sarif-tools:
    /// a result per failing or undetermined criterion at the deciding line of the project file.
    @Test func sarifToolsReadAResultAtTheDecidingLine() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try JCMProcess.run(["check", "Examples/haiphong-takakura-composting/project.yaml",
                                         "Examples/lan-ha-bay-floating-village-solar/project.yaml", "Examples/haiphong-blower-inverter/project.yaml",
                                         "--format", "sarif"])
        #expect(result.status == 1)
        let log = directory.appendingPathComponent("check.sarif")
        try result.stdout.write(to: log, atomically: true, encoding: .utf8)
        let read = try Self.consumer("sarif", log)
        #expect(read["version"] as? String == "2.1.0")
        let results = try #require(read["results"] as? [[String: Any]])
        #expect(read["sarif_tools_count"] as? Int == results.count)
        #expect(results.count == 5, "PR3 fails, PR8–PR10 need evidence for the composting project; C2 for Lan Ha")
        let pr3 = try #require(results.first { $0["rule"] as? String == "JCM-MP-FY2025/PR3" })
        #expect(pr3["level"] as? String == "error")
        #expect(pr3["uri"] as? String == "Examples/haiphong-takakura-composting/project.yaml")
        #expect(pr3["line"] as? Int == 33 && pr3["column"] as? Int == 26)
        let c2 = try #require(results.first { $0["rule"] as? String == "VN_AM007/Ver1.0/C2" })
        #expect(c2["level"] as? String == "warning" && c2["line"] as? Int == 42)
        let rules = try #require(read["rules"] as? [String])
        #expect(rules.contains("VN_PM_DRAFT_BLOWER/Ver0.1/C1") && rules.contains("JCM-MP-FY2025/PR10"))
    }

    @Test func theProgressLineShowsOnATerminalOnly() throws {
        let command = "\(JCMProcess.executable.path) check 'Examples/*/project.yaml' Examples/haiphong-blower-inverter/project.yaml > /dev/null"
        let terminal = try JCMProcess.tool("env", ["-u", "CI", "JCM_PROGRESS_AFTER=0", "script", "-qec", command, "/dev/null"])
        let count = try FileManager.default.contentsOfDirectory(atPath: JCMProcess.root.appendingPathComponent("Examples").path)
            .filter { FileManager.default.fileExists(atPath: JCMProcess.root.appendingPathComponent("Examples/\($0)/project.yaml").path) }.count
        #expect(terminal.stdout.contains("jcm: \(count)/\(count) projects, "), "\(terminal.stdout.suffix(300))")
        let piped = try JCMProcess.run(["check", "Examples/"], environment: ["JCM_PROGRESS_AFTER": "0"])
        #expect(!piped.stderr.contains("projects,"))
        let underCI = try JCMProcess.tool("env", ["CI=true", "JCM_PROGRESS_AFTER=0", "script", "-qec", command, "/dev/null"])
        #expect(!underCI.stdout.contains("projects,"), "\(underCI.stdout.suffix(300))")
    }

    static func consumer(_ kind: String, _ file: URL) throws -> [String: Any] {
        let script = JCMProcess.root.appendingPathComponent("Tests/Consumers/ci_reports.py").path
        let read = try JCMProcess.tool("python3", [script, kind, file.path])
        guard read.status == 0 else {
            Issue.record("the \(kind) reader failed (needs junitparser, sarif-pydantic and sarif-tools; .ci/run installs them): \(read.stderr)")
            return [:]
        }
        return try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// What a careless or hostile folder holds: a FIFO (never read), the format line written
    /// other ways YAML allows, a symbolic link to a project already named, folders too deep.
    @Test func aFolderIsReadTheWayItsFilesAreWritten() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("odd")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let blower = try String(contentsOf: JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml"), encoding: .utf8)
        let forms = ["crlf": blower.replacingOccurrences(of: "\n", with: "\r\n"),
                     "quoted": blower.replacingOccurrences(of: "format: jcm-project/1", with: "format: \"jcm-project/1\""),
                     "comment": blower.replacingOccurrences(of: "format: jcm-project/1", with: "format: jcm-project/1  # the format"),
                     "bom": "\u{FEFF}" + blower]
        for (name, text) in forms {
            try text.replacingOccurrences(of: "id: VN-HP-BLOWER-01", with: "id: VN-\(name.uppercased())")
                .write(to: folder.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent("link.yaml"),
                                                   withDestinationURL: folder.appendingPathComponent("quoted.yaml"))
        let result = try JCMProcess.run(["check", folder.path, directory.appendingPathComponent("link.yaml").path, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 4, "four projects, the FIFO skipped and the link named once: \(result.stdout.prefix(300))")

        var deep = directory.appendingPathComponent("deep")
        for level in 1...34 { deep = deep.appendingPathComponent("d\(level)") }
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try blower.write(to: deep.appendingPathComponent("project.yaml"), atomically: true, encoding: .utf8)
        let tooDeep = try JCMProcess.run(["check", directory.appendingPathComponent("deep").path])
        #expect(tooDeep.status == 2)
        #expect(tooDeep.stderr.contains("levels below"), "\(tooDeep.stderr)")
    }

    @Test func usageProblemsOfABatchAreOneErrorEach() throws {
        let stars = try JCMProcess.run(["check", "Examples/**/project.yaml"])
        #expect(stars.status == 2 && stars.stderr.contains("'**' is not supported"), "\(stars.stderr)")
        let programme = try JCMProcess.run(["check", "Examples/", "--programme", "FY1999"])
        #expect(programme.status == 2)
        #expect(programme.stderr.components(separatedBy: "[P7]").count == 2, "one P7, not one a file: \(programme.stderr)")
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = try JCMProcess.run(["check", directory.path, "--format", "json"])
        #expect(empty.status == 2)
        let document = try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [String: Any]
        #expect(document?["exit_code"] as? Int == 2, "the JSON must say what the process says")
    }

    @Test func aReaderThatStopsEarlyEndsTheRunQuietly() throws {
        let result = try JCMProcess.tool("sh", ["-c", "\(JCMProcess.executable.path) check Examples/ | head -1 > /dev/null; echo ${PIPESTATUS:-done}"])
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr.prefix(400))")
        let status = try JCMProcess.tool("bash", ["-c", "\(JCMProcess.executable.path) check Examples/ | head -1 > /dev/null; echo ${PIPESTATUS[0]}"])
        #expect(status.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "141", "\(status.stdout) \(status.stderr.prefix(300))")
    }
}
