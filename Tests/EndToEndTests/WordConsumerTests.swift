import Foundation
import Testing

/// The Word documents as their readers open them: python-docx must find every table of the
/// Markdown, each line of a multi-line cell kept as its own line, the reference document's
/// styles and a page number in the footer. Needs pandoc and python3 with python-docx (`.ci/run`).
@Suite(.serialized) struct WordConsumerTests {
    struct Report: Decodable {
        struct File: Decodable {
            var file: String
            var tables: [[[String]]]
            var styles: [String]
            var table_styles: [String]
            var page_numbers: Bool
        }
        var files: [File]
    }

    static let documents = [
        "application-form", "calculation-sheet", "cost-breakdown", "eligibility-report", "ghg-calculation",
        "implementation-plan",
        "monitoring-plan", "pdd-draft", "project-idea-note", "proposal-summary", "proposed-methodology-form",
    ]

    /// The pipe tables of a Markdown document as a reader sees them: escapes undone, emphasis
    /// marks (an unescaped `*`) dropped and each `<br>` a line break.
    static func tables(inMarkdown text: String) -> [[[String]]] {
        var tables: [[[String]]] = []
        var current: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                if !current.isEmpty { tables.append(current); current = [] }
                continue
            }
            if line.range(of: #"^\|(\s*:?-+:?\s*\|)+\s*$"#, options: .regularExpression) != nil { continue }
            current.append(cells(String(line)))
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in row.dropFirst() {
            if escaped { cell.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "|" { cells.append(cell); cell = ""; continue }
            if character == "*" { continue }
            cell.append(character)
        }
        return cells.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "<br>", with: "\n") }
    }

    @Test func everyTableCellOfEveryDocumentAndLanguageReachesWordLineByLine() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower").path
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out,
                                         "--language", "en,vi,ja", "--docx"])
        #expect(result.status == 0, "\(result.stderr)")
        let folders = [out, out + ".vi", out + ".ja"]
        let files = folders.flatMap { folder in Self.documents.map { "\(folder)/\($0).docx" } }
        let read = try JCMProcess.tool("python3", [JCMProcess.root.appendingPathComponent("Tests/Consumers/docx_tables.py").path] + files)
        guard read.status == 0 else {
            Issue.record("the Word reader failed (needs python3 with python-docx; .ci/run installs it): \(read.stderr)")
            return
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(read.stdout.utf8))
        #expect(report.files.count == Self.documents.count * 3)
        for file in report.files {
            let markdown = try String(contentsOfFile: String(file.file.dropLast(5)) + ".md", encoding: .utf8)
            let expected = Self.tables(inMarkdown: markdown)
            #expect(file.tables == expected, "\(file.file): the tables differ from the Markdown")
            #expect(file.page_numbers, "\(file.file) has no page number in its footer")
            #expect(file.styles.contains("Heading 1"), "\(file.file): \(file.styles)")
            #expect(file.table_styles == ["Table"], "\(file.file): \(file.table_styles)")
        }
    }

    /// A template of one's own that puts each criterion's facts, one per line, in a table cell: Word
    /// keeps each line as its own.
    @Test func aCellOfSeveralLinesKeepsThemInWord() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = directory.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Templates"), to: templates)
        let report = templates.appendingPathComponent("en/eligibility-report.md.mustache")
        let table = "\n| Criterion | Facts |\n|---|---|\n{{#eligibility.methodologyCriteria}}\n| {{id}} | {{reasonLines}} |\n"
            + "{{/eligibility.methodologyCriteria}}\n"
        try (String(contentsOf: report, encoding: .utf8) + table).write(to: report, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("blower").path
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out,
                                         "--templates", templates.path, "--docx"])
        #expect(result.status == 0, "\(result.stderr)")
        let read = try JCMProcess.tool("python3", [JCMProcess.root.appendingPathComponent("Tests/Consumers/docx_tables.py").path,
                                                   "\(out)/eligibility-report.docx"])
        try #require(read.status == 0, "the Word reader failed (needs python3 with python-docx): \(read.stderr)")
        let file = try #require(try JSONDecoder().decode(Report.self, from: Data(read.stdout.utf8)).files.first)
        let rows = try #require(file.tables.last, "the table the template adds comes last")
        #expect(rows.map { $0.first ?? "" } == ["Criterion", "C1", "C2", "C3", "C4", "C5", "C6"])
        let c1 = try #require(rows.first { $0.first == "C1" })
        #expect(c1[1].split(separator: "\n").count == 7)
        #expect(c1[1].hasPrefix("count(equipment) (= 2) >= 1: holds\nequipment[B-1]: kind (\"blower\") == \"blower\": holds\n"))
    }

    @Test func theSameInputsGiveTheSameWordBytes() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for run in ["a", "b"] {
            let result = try JCMProcess.run(["render", "Examples/haiphong-rooftop-pv/project.yaml", "--out",
                                             directory.appendingPathComponent(run).path, "--docx", "--date", "2026-12-01"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        // An approved methodology: no Proposed Methodology Form.
        for document in Self.documents where document != "proposed-methodology-form" {
            let a = FileManager.default.contents(atPath: directory.appendingPathComponent("a/\(document).docx").path)
            let b = FileManager.default.contents(atPath: directory.appendingPathComponent("b/\(document).docx").path)
            #expect(a != nil && a == b, "\(document).docx differs between two renders")
        }
    }

    @Test func withoutPandocDocxSaysHowToInstallItAndWritesNothing() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out.path, "--docx"],
                                        environment: ["PATH": directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: [S2] --docx needs pandoc, which is not installed: on Debian or Ubuntu, apt-get install pandoc"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A fake pandoc first on the PATH: `--version` answers, anything else runs `body`.
    static func fakePandoc(in directory: URL, _ body: String) throws -> String {
        let bin = directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = bin.appendingPathComponent("pandoc")
        try "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'pandoc 2.17.1.1'; exit 0; fi\ncat > /dev/null\n\(body)\n"
            .write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    }

    @Test(arguments: [
        ("echo 'this is not a zip'", "gave no Word document"),
        ("head -c 70000000 /dev/zero", "wrote more than 64 MiB; stopped"),
        ("kill -9 $$", "was stopped by signal 9"),
    ])
    func whatPandocGivesIsCheckedBeforeAnythingIsWritten(body: String, message: String) throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out.path, "--docx"],
                                        environment: ["PATH": try Self.fakePandoc(in: directory, body)])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("error: [S2]") && result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// An edited template naming images on the network or the disk: pandoc fetches and reads
    /// none of them, and the .docx holds no media.
    @Test func noImageATemplateNamesIsFetchedOrEmbedded() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", directory.path]
        let serverOut = Pipe(), serverLog = Pipe()
        server.standardOutput = serverOut
        server.standardError = serverLog
        try server.run()
        // SIGKILL: a child of the test runner may inherit SIGTERM ignored.
        defer { kill(server.processIdentifier, SIGKILL) }
        let banner = String(decoding: serverOut.fileHandleForReading.availableData, as: UTF8.self)
        let port = try #require(banner.firstMatch(of: /port (\d+)/).map { String($0.1) }, "no port in '\(banner)'")
        let templates = directory.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Templates"), to: templates)
        let pdd = templates.appendingPathComponent("en/pdd-draft.md.mustache")
        let images = "\n![remote](http://127.0.0.1:\(port)/remote.png) [![linked](http://127.0.0.1:\(port)/linked.png)](x)\n\n"
            + "![local](\(JCMProcess.root.appendingPathComponent("Templates/docx/reference.docx").path))\n"
        try (try String(contentsOf: pdd, encoding: .utf8) + images).write(to: pdd, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out.path,
                                         "--templates", templates.path, "--docx"])
        #expect(result.status == 0, "\(result.stderr)")
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()
        let log = String(decoding: serverLog.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!log.contains("GET"), "pandoc fetched: \(log)")
        let listing = try JCMProcess.tool("python3", ["-c", "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))",
                                                       out.appendingPathComponent("pdd-draft.docx").path])
        #expect(listing.status == 0 && !listing.stdout.contains("media/"), "\(listing.stdout)")
    }

    @Test func aTemplateFolderWithoutTheReferenceDocumentIsRefused() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = directory.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Templates"), to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("docx/reference.docx"))
        let out = directory.appendingPathComponent("out")
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out.path,
                                         "--templates", templates.path, "--docx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: [S3] no reference.docx in '\(templates.path)/docx'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        try Data("not a zip".utf8).write(to: templates.appendingPathComponent("docx/reference.docx"))
        let bad = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out.path,
                                      "--templates", templates.path, "--docx"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("is not a Word document with styles"))
        // A ZIP that is no Word document (a spreadsheet) is refused too.
        try FileManager.default.removeItem(at: templates.appendingPathComponent("docx/reference.docx"))
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Output/VN-HP-BLOWER-01/monitoring-spreadsheet.xlsx"),
                                         to: templates.appendingPathComponent("docx/reference.docx"))
        let spreadsheet = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out.path,
                                              "--templates", templates.path, "--docx"])
        #expect(spreadsheet.status == 2 && spreadsheet.stderr.contains("error: [S3]"), "\(spreadsheet.stderr)")
    }
}
