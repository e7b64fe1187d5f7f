import Foundation
import Testing

@Suite struct LanguageEndToEndTests {
    let project = "Examples/haiphong-blower-inverter/project.yaml"

    func files(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func severalLanguagesAtOnceGoBesideEachOtherAndMatchOutput() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower")
        let result = try JCMProcess.run(["render", project, "--out", out.path, "--language", "en,vi,ja"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(files(directory) == ["blower", "blower.ja", "blower.vi"])
        for (folder, committed) in [("blower.vi", "VN-HP-BLOWER-01.vi"), ("blower.ja", "VN-HP-BLOWER-01.ja")] {
            let written = directory.appendingPathComponent(folder)
            let expected = JCMProcess.root.appendingPathComponent("Output/\(committed)")
            #expect(files(written) == files(expected))
            for name in files(expected) {
                #expect(FileManager.default.contents(atPath: written.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: expected.appendingPathComponent(name).path), "\(folder)/\(name)")
            }
        }
    }

    /// `--out dir/` names the folder `dir`: the other languages go beside it, never inside.
    @Test func aTrailingSlashOnOutStillPutsTheLanguagesBeside() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower").path + "/"
        for _ in 0..<2 {
            let result = try JCMProcess.run(["render", project, "--out", out, "--language", "en,vi"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(files(directory) == ["blower", "blower.vi"])
        #expect(!files(directory.appendingPathComponent("blower")).contains { $0.hasPrefix(".") })
    }

    @Test func aWordingWhoseNumbersWouldReadOtherwiseIsRefused() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = directory.appendingPathComponent("T")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Templates"), to: templates)
        let wording = templates.appendingPathComponent("vi/wording.yaml")
        let text = try String(contentsOf: wording, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "numbers: {decimal_mark: \",\", group_separator: \".\"}", with: "numbers: {decimal_mark: \"5\", group_separator: \"0\"}")
            .replacingOccurrences(of: "units: {yr: \"năm\"}", with: "units: {yr: \"MWh\"}")
        #expect(edited != text)
        try edited.write(to: wording, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["check", project, "--templates", templates.path, "--language", "vi"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[L1] the decimal mark must be '.' or ','"))
        #expect(result.stderr.contains("[L1] unit name 'MWh' for 'yr' is the symbol of another unit"))
    }

    @Test func oneLanguageWithOutGoesExactlyThere() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("ban-nhap")
        let result = try JCMProcess.run(["render", project, "--out", out.path, "--language", "vi"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(files(directory) == ["ban-nhap"])
        let summary = try String(contentsOf: out.appendingPathComponent("proposal-summary.md"), encoding: .utf8)
        #expect(summary.contains("bản tiếng Anh là bản được thông qua"))
        #expect(result.stdout.contains("Kết luận:"), "the render's own summary is in the language too")
    }

    @Test func anUnknownLanguageIsAnInputErrorAndWritesNothing() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try JCMProcess.run(["render", project, "--out", directory.appendingPathComponent("x").path, "--language", "en,fr"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[L2] no wording for language 'fr'"))
        #expect(result.stderr.contains("languages there: en, ja, vi"))
        #expect(files(directory).isEmpty)
    }

    @Test func checkAndCalcSpeakTheLanguageAndJSONKeepsItsDigits() throws {
        let check = try JCMProcess.run(["check", project, "--language", "ja"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("適合"))
        let calc = try JCMProcess.run(["calc", project, "--language", "vi"])
        #expect(calc.status == 0)
        #expect(calc.stdout.contains("= 1.139,2663552 tCO2"))
        let json = try JCMProcess.run(["calc", project, "--language", "vi", "--format", "json"])
        #expect(json.stdout.contains(#""value" : "1139""#))
        #expect(json.stdout.contains("864,000 kNm3 × 1.852 kWh/kNm3"))
    }

    /// A language is a folder of templates and one wording file: no Swift change.
    @Test func aNewLanguageNeedsOnlyTemplatesAndWording() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = directory.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: JCMProcess.root.appendingPathComponent("Templates"), to: templates)
        let language = templates.appendingPathComponent("xx")
        try FileManager.default.copyItem(at: templates.appendingPathComponent("en"), to: language)
        let wording = language.appendingPathComponent("wording.yaml")
        let text = try String(contentsOf: wording, encoding: .utf8)
            .replacingOccurrences(of: "language: en\nname: English\n", with: "language: xx\nname: Test language\ntranslation: {status: unreviewed draft}\n")
            .replacingOccurrences(of: "  verdict.pass: PASS\n", with: "  verdict.pass: XX-PASS\n")
            .replacingOccurrences(of: "numbers: {decimal_mark: \".\", group_separator: \",\"}", with: "numbers: {decimal_mark: \",\", group_separator: \" \"}")
        try text.write(to: wording, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        let result = try JCMProcess.run(["render", project, "--templates", templates.path, "--out", out.path, "--language", "xx"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("eligibility-report.md"), encoding: .utf8)
        #expect(report.contains("XX-PASS"))
        #expect(report.contains("1 139 tCO2") || report.contains("180 000 Nm3/h"))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""code" : "xx""#))
        #expect(manifest.contains(#""translation" : "unreviewed draft""#))
        #expect(manifest.contains("\"untranslated\""), "the data files have no xx texts, and the manifest lists them")
    }

    @Test func explainGivesTheMeaningOfACode() throws {
        let result = try JCMProcess.run(["explain", "p6"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("P6 (project files): "))
        #expect(try JCMProcess.run(["explain", "Q9"]).status == 2)
    }

    @Test func aLanguageFolderThatCannotBeWrittenStopsEveryLanguageBeforeAnyIsWritten() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("ml")
        try Data("in the way\n".utf8).write(to: URL(fileURLWithPath: out.path + ".ja"))
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out.path, "--language", "en,vi,ja"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: [W2]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(!FileManager.default.fileExists(atPath: out.path + ".vi"))
    }
}
