import Foundation
import Testing

@Suite struct RenderEndToEndTests {
    let project = "Examples/haiphong-blower-inverter/project.yaml"
    static let documents = [
        "application-form.md", "application.xml", "calculation-sheet.md", "cost-breakdown.md", "eligibility-report.md",
        "ghg-calculation.md", "implementation-plan.md", "manifest.json", "monitoring-plan.md", "monitoring-points.svg",
        "monitoring-spreadsheet.xlsx", "pdd-draft.md", "project-idea-note.md", "proposal-summary.md",
        "proposed-methodology-form.md",
    ]

    func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// A copy of the shipped templates with one file edited.
    func editedTemplates(in directory: URL, file: String, _ edit: (String) -> String) throws -> String {
        let copy = directory.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Templates"), to: copy)
        let target = copy.appendingPathComponent(file)
        try edit(try String(contentsOf: target, encoding: .utf8)).write(to: target, atomically: true, encoding: .utf8)
        return copy.path
    }

    @Test func renderWritesTheMarkdownDocumentsTheXMLTheSpreadsheetAndTheManifest() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower")
        let result = try JCMProcess.run(["render", project, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(contents(out) == Self.documents)
        #expect(result.stdout.contains("wrote \(out.path)/application.xml"))
        #expect(contents(directory) == ["blower"], "no staging folder is left")
    }

    @Test func theXMLValidatesWithJcmValidateAndWithXmllint() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower")
        #expect(try JCMProcess.run(["render", project, "--out", out.path]).status == 0)
        let xml = out.appendingPathComponent("application.xml").path
        let validated = try JCMProcess.run(["validate", xml])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("valid against jcm-application-1.0.xsd"))

        let xmllint = Process()
        xmllint.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        xmllint.arguments = ["xmllint", "--noout", "--schema", JCMProcess.root.appendingPathComponent("Templates/jcm-application-1.0.xsd").path, xml]
        let errors = Pipe()
        xmllint.standardError = errors
        try xmllint.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        xmllint.waitUntilExit()
        #expect(xmllint.terminationStatus == 0, "xmllint (libxml2-utils) must be installed and accept the document: \(message)")
        #expect(message.contains("validates"))
    }

    @Test func validateRejectsAnAmountThatIsNotADecimalWithItsLine() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower")
        #expect(try JCMProcess.run(["render", project, "--out", out.path]).status == 0)
        let xml = out.appendingPathComponent("application.xml")
        let text = try String(contentsOf: xml, encoding: .utf8)
        try text.replacingOccurrences(of: #"<amount unit="tCO2">1139</amount>"#, with: #"<amount unit="tCO2">about 1139</amount>"#)
            .write(to: xml, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["validate", xml.path])
        #expect(result.status == 2)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(#"<amount unit="tCO2">1139</amount>"#) }.map { $0 + 1 }
        #expect(result.stderr.contains("\(xml.path):\(line ?? 0):"), "\(result.stderr)")
        #expect(result.stderr.contains("error: [X2]"))
        #expect(result.stderr.contains("about 1139"))
    }

    @Test func validateRejectsXMLThatIsNotWellFormed() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = directory.appendingPathComponent("broken.xml")
        try "<application xmlns=\"urn:jcm:application:1.0\">\n<project>\n</application>\n".write(to: xml, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["validate", xml.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(xml.path):3:"))
        #expect(result.stderr.contains("error: [X1]"))
    }

    @Test func aTemplateProducingSchemaInvalidXMLIsExitTwoWithLineNumbersAndWritesNothing() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = try editedTemplates(in: directory, file: "application.xml.mustache") {
            $0.replacingOccurrences(of: #"<estimationPeriod unit="{{calculation.estimationPeriod.unit}}">"#, with: "<estimationPeriod>")
        }
        let out = directory.appendingPathComponent("blower")
        let result = try JCMProcess.run(["render", project, "--out", out.path, "--templates", templates])
        #expect(result.status == 2)
        #expect(result.stderr.range(of: #"application\.xml:\d+:\d+: error: \[X2\] .*unit"#, options: .regularExpression) != nil, "\(result.stderr)")
        #expect(result.stderr.contains("application.xml.mustache"), "names the template")
        #expect(contents(directory) == ["Templates"], "no document and no staging folder is written")
    }

    @Test func aMissingKeyIsExitTwoNamingTheTemplateAndTheKeyAndWritesNothing() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = try editedTemplates(in: directory, file: "en/monitoring-plan.md.mustache") {
            $0.replacingOccurrences(of: "{{frequency}}", with: "{{frequncy}}")
        }
        let out = directory.appendingPathComponent("blower")
        let result = try JCMProcess.run(["render", project, "--out", out.path, "--templates", templates])
        #expect(result.status == 2)
        #expect(result.stderr.contains("monitoring-plan.md.mustache:"), "\(result.stderr)")
        #expect(result.stderr.contains("[T1] unknown key 'frequncy'"))
        #expect(contents(directory) == ["Templates"])
    }

    @Test func renderingTwiceGivesByteIdenticalFilesAndADateOnlyWhenGiven() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("first"), second = directory.appendingPathComponent("second")
        #expect(try JCMProcess.run(["render", project, "--out", first.path]).status == 0)
        #expect(try JCMProcess.run(["render", project, "--out", second.path]).status == 0)
        for name in Self.documents {
            #expect(FileManager.default.contents(atPath: first.appendingPathComponent(name).path)
                == FileManager.default.contents(atPath: second.appendingPathComponent(name).path), "\(name)")
        }
        let dated = directory.appendingPathComponent("dated")
        #expect(try JCMProcess.run(["render", project, "--out", dated.path], environment: ["SOURCE_DATE_EPOCH": "1764547200"]).status == 0)
        let manifest = try String(contentsOf: dated.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""date" : "2025-12-01""#))
        #expect(!(try String(contentsOf: first.appendingPathComponent("manifest.json"), encoding: .utf8)).contains(#""date""#))
    }

    @Test func theCommittedOutputOfTheExampleIsWhatRenderWrites() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower")
        #expect(try JCMProcess.run(["render", project, "--out", out.path]).status == 0)
        let committed = JCMProcess.root.appendingPathComponent("Output/VN-HP-BLOWER-01")
        for name in Self.documents {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent(name).path)
                == FileManager.default.contents(atPath: committed.appendingPathComponent(name).path),
                    "Output/VN-HP-BLOWER-01/\(name) is stale: run scripts/regenerate-output.sh")
        }
    }

    @Test func refusesToOverwriteAFolderItDidNotWrite() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "mine".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["render", project, "--out", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[W2]"))
        #expect(contents(directory) == ["notes.txt"])
    }

    @Test func jsonOutputIsTheManifest() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower")
        let result = try JCMProcess.run(["render", project, "--out", out.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)))
    }
}

@Suite struct RenderSummaryEndToEndTests {
    @Test func renderSaysTheVerdictAndTheHeadlineFigures() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", directory.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Verdict: eligible"))
        #expect(result.stdout.contains("emission reductions 1,139 tCO2 (depends on unverified values)"))
    }
}
