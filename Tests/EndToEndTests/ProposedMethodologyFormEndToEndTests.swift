import Foundation
import Testing

/// `jcm render` adds the Proposed Methodology Form to the application of a project whose
/// methodology is proposed or a draft, in every language, and lists it in the manifest.
@Suite struct ProposedMethodologyFormEndToEndTests {
    static let form = "proposed-methodology-form.md"

    struct Manifest: Decodable {
        struct Document: Decodable {
            var file: String
            var sha256: String
        }
        struct Input: Decodable {
            var id: String
            var version: String?
            var sha256: String
        }
        var documents: [Document]
        var methodology: Input?
    }

    @Test func theDraftBlowerMethodologysFormIsWrittenInEveryLanguageAndListedInTheManifest() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower").path
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out,
                                         "--language", "en,vi,ja"])
        #expect(result.status == 0, "\(result.stderr)")
        let languages = [
            "": ("# Proposed Methodology Form: ", "## B. Terms and definitions", "| Blower |", "[UNVERIFIED]"),
            ".vi": ("# Mẫu phương pháp luận đề xuất: ", "## B. Thuật ngữ và định nghĩa", "| Quạt thổi |",
                    "[CHƯA ĐỐI CHIẾU]"),
            ".ja": ("# 提案方法論様式：", "## B. 用語及び定義", "| ブロワ |", "[未検証]"),
        ]
        for (suffix, (title, terms, blower, unverified)) in languages {
            let folder = out + suffix
            #expect(result.stdout.contains("wrote \(folder)/\(Self.form)"), "\(suffix)")
            let text = try String(contentsOfFile: "\(folder)/\(Self.form)", encoding: .utf8)
            #expect(text.hasPrefix(title + #"VN\_PM\_DRAFT\_BLOWER Ver0.1"#), "\(suffix)")
            #expect(text.contains(terms) && text.contains(blower), "\(suffix) section B holds the methodology's terms")
            #expect(text.contains(#"RE\_p = Σ\_i (V\_PJ,i,p × SEC\_RE,i × EF\_elec)"#), "\(suffix) section F")
            #expect(text.contains(#"| 4 | "#) && text.contains(#"| ER\_p | ER\_p = RE\_p − PE\_p | RE\_p - PE\_p |"#),
                    "\(suffix) MPS(calc_process) ends with ER_p, the fourth equation")
            #expect(text.contains(unverified.replacingOccurrences(of: "[", with: #"\["#)
                .replacingOccurrences(of: "]", with: #"\]"#)), "\(suffix) the drafted criteria are marked")
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/manifest.json"))
            let manifest = try JSONDecoder().decode(Manifest.self, from: data)
            let entry = try #require(manifest.documents.first { $0.file == Self.form }, "\(suffix)")
            let written = try JCMProcess.tool("sha256sum", ["\(folder)/\(Self.form)"])
            #expect(written.stdout.hasPrefix(entry.sha256), "\(suffix) the manifest holds the form's SHA-256")
            #expect(manifest.methodology?.id == "VN_PM_DRAFT_BLOWER" && manifest.methodology?.version == "Ver0.1")
            let footer = text.split(separator: "\n").last.map(String.init) ?? ""
            #expect(footer.contains(String(manifest.methodology?.sha256.prefix(12) ?? "-")), "\(suffix) footer")
        }
    }

    @Test func anApprovedMethodologyGetsNoForm() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("rooftop").path
        let result = try JCMProcess.run(["render", "Examples/haiphong-rooftop-pv/project.yaml", "--out", out,
                                         "--language", "en,vi,ja"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote \(out)/pdd-draft.md"))
        for folder in [out, out + ".vi", out + ".ja"] {
            #expect(!FileManager.default.fileExists(atPath: "\(folder)/\(Self.form)"), "\(folder)")
            let manifest = try String(contentsOfFile: "\(folder)/manifest.json", encoding: .utf8)
            #expect(!manifest.contains("proposed-methodology-form"), "\(folder)/manifest.json")
        }
    }
}
