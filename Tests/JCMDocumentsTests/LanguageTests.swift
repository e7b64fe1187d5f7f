import Foundation
import JCMKit
import JCMReports
import Testing
@testable import JCMDocuments

/// Vietnamese and Japanese documents carry no English template label or engine sentence: every
/// English fragment of the English templates and wording is looked for in them, once the data
/// the documents quote (names, sources, rule texts: English by nature) is taken out.
@Suite struct TranslatedDocumentTests {
    /// Proper names and symbols that stay as they are in every language.
    static let names: Set<String> = ["jcm", "JCM", "SHA-256", "manifest.json", "MOEJ", "GEC", "PDD", "MRV", "MPS", "ID", "XML", "Markdown",
                                     "pandoc", "Word", "PIN", "FY", "IEC", "CO2", "tCO2", "Joint Crediting Mechanism"]

    /// Names of the Monitoring Spreadsheet's sheets, such as `MPS(calc_process)`.
    static let sheetNames = #"MPS\([a-z\\_]+\)"#

    /// Fragments of English prose: the text between tags and punctuation, with a word of 3+ letters.
    static func fragments(_ text: String) -> Set<String> {
        var prose = text.replacingOccurrences(of: #"\{\{![\s\S]*?\}\}"#, with: "\n", options: .regularExpression)
        prose = prose.replacingOccurrences(of: sheetNames, with: "\n", options: .regularExpression)
        prose = prose.replacingOccurrences(of: #"\{\{[^}]*\}\}|\{[A-Za-z]+\}"#, with: "\n", options: .regularExpression)
        let pieces = prose.components(separatedBy: CharacterSet(charactersIn: "|*#>:;.,()[]\\\n→=–—?!\"'`/"))
        return Set(pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { piece in
            piece.range(of: #"[A-Za-z]{3,}"#, options: .regularExpression) != nil && !names.contains(piece)
        })
    }

    static func englishFragments() throws -> Set<String> {
        let folder = Fixtures.root.appendingPathComponent("Templates/en")
        var found: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            found.formUnion(fragments(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)))
        }
        let wording = try Fixtures.english
        for key in WordingKey.allCases { found.formUnion(fragments(wording.text(key))) }
        return found
    }

    /// Every scalar of the data files, escaped as the documents print it.
    static func dataTexts() throws -> [String] {
        var files = Fixtures.examples
        let methodologies = Fixtures.root.appendingPathComponent("Methodologies").path
        for case let path as String in FileManager.default.enumerator(atPath: methodologies) ?? .init() where path.hasSuffix(".yaml") {
            files.append("\(methodologies)/\(path)")
        }
        var texts: Set<String> = []
        func collect(_ node: YAMLNode) {
            switch node.content {
            case .scalar(let text, _): texts.insert(text)
            case .mapping(let mapping): for (key, value) in mapping { collect(key); collect(value) }
            case .sequence(let sequence): sequence.forEach(collect)
            }
        }
        for file in files { collect(try YAMLFile.load(file).root) }
        return texts.flatMap { [MarkdownEscaping.escape($0), $0] }.filter { $0.count >= 3 }.sorted { $0.count > $1.count }
    }

    /// The document with file names, quoted data, rule expressions in reasons and traces, and English texts
    /// marked as untranslated taken out.
    static func prose(_ document: String, data: [String], untranslatedMark: String) -> String {
        var text = document.replacingOccurrences(of: sheetNames, with: "\u{1}", options: .regularExpression)
        // File names, such as the template's in the footer (`proposed-methodology-form.md.mustache`).
        text = text.replacingOccurrences(of: #"[A-Za-z0-9_.-]+\.(mustache|svg)"#, with: "\u{1}", options: .regularExpression)
        for quoted in data { text = text.replacingOccurrences(of: quoted, with: "\u{1}") }
        let mark = NSRegularExpression.escapedPattern(for: untranslatedMark.replacingOccurrences(of: "{text}", with: ""))
        text = text.replacingOccurrences(of: #"[^\n|]*"# + mark, with: "\u{1}", options: .regularExpression)
        return text
    }

    @Test(arguments: ["vi", "ja"]) func noEnglishLabelOrSentenceIsLeftInADocument(language: String) throws {
        let english = try Self.englishFragments()
        let data = try Self.dataTexts()
        let templates = try Fixtures.templates(language: language)
        let mark = templates.wording.text(.documentUntranslated, ["text": ""])
        for example in Fixtures.examples {
            let set = try DocumentSet.render(Fixtures.assess(example), templates: templates, date: nil)
            for file in set.files where file.name.hasSuffix(".md") {
                let prose = Self.prose(file.contents, data: data, untranslatedMark: mark)
                let left = english.filter { fragment in
                    prose.range(of: #"(?<![A-Za-z_.])"# + NSRegularExpression.escapedPattern(for: fragment) + #"(?![A-Za-z_])"#,
                                options: .regularExpression) != nil
                }
                #expect(left.isEmpty, "\(language) \(set.projectID)/\(file.name) still says in English: \(left.sorted())")
            }
        }
    }

    @Test func theCheckFindsAnEnglishSentenceLeftInATranslatedTemplate() throws {
        let english = try Self.englishFragments()
        let leaked = Self.prose("## A. Mô tả dự án\n\nEvery criterion and requirement passes.\n", data: [], untranslatedMark: "[chưa dịch]")
        #expect(english.contains { leaked.contains($0) })
    }

    @Test(arguments: ["vi", "ja"]) func everyTranslatedDocumentSaysItIsAReferenceTranslation(language: String) throws {
        let set = try Fixtures.render(language: language)
        let notice = try Fixtures.templates(language: language).wording.text(.documentNotice, ["status": ""])
        for file in set.files where file.name.hasSuffix(".md") {
            #expect(file.contents.contains(String(notice.prefix(12))), "\(language) \(file.name) lacks the translation notice")
        }
        #expect(set.manifest.language.translation == "unreviewed draft")
        #expect(!Fixtures.file(try Fixtures.render(), "pdd-draft.md").contains(String(notice.prefix(12))))
    }

    @Test func everyLanguageRendersTheSameDocuments() throws {
        let english = try Fixtures.templates().templates.map(\.documentName)
        for language in ["vi", "ja"] {
            #expect(try Fixtures.templates(language: language).templates.map(\.documentName) == english, "\(language)")
        }
    }

    @Test func vietnameseDocumentsWriteNumbersTheVietnameseWay() throws {
        let set = try Fixtures.render(language: "vi")
        let summary = Fixtures.file(set, "proposal-summary.md")
        #expect(summary.contains("1.139 tCO2"))
        #expect(summary.contains("2.926,54 JPY/tCO2"))
        #expect(!summary.contains("2,926.54"))
        // XML keeps the schema's plain digits, and says which language its texts are in.
        let xml = Fixtures.file(set, "application.xml")
        #expect(xml.contains(">1139<"))
        #expect(xml.contains("xml:lang=\"vi\""))
    }

    @Test func japaneseDocumentsWriteNumbersAsEnglishDoes() throws {
        let summary = Fixtures.file(try Fixtures.render(language: "ja"), "proposal-summary.md")
        #expect(summary.contains("2,926.54 JPY/tCO2"))
    }

    @Test func aTextMissingInTheLanguageIsShownInEnglishMarkedAndListed() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let methodologies = directory.appendingPathComponent("Methodologies")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Methodologies"), to: methodologies)
        let file = methodologies.appendingPathComponent("VN_PM_DRAFT_BLOWER/Ver0.1.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let vi = "      vi: Dự án lắp đặt bộ biến tần (inverter) cho các quạt thổi có động cơ với công suất định mức của mỗi động cơ từ 30 kW trở lên.\n"
        let edited = text.replacingOccurrences(of: vi, with: "")
        try #require(edited != text)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let catalog = try Catalog.load(from: methodologies.path)
        let assessment = try Assessment.assess(ProjectLoader.load(Fixtures.blower, catalog: catalog))
        let set = try DocumentSet.render(assessment, templates: Fixtures.templates(language: "vi"), date: nil)
        let criterion = "The project installs variable frequency drives (inverters) on blowers whose motors are each rated 30 kW or more."
        #expect(Fixtures.file(set, "pdd-draft.md").contains(MarkdownEscaping.escape("\(criterion) [chưa dịch]")))
        #expect(set.manifest.language.untranslated == [criterion])
        #expect(try Fixtures.render(language: "vi").manifest.language.untranslated == nil)
    }
}
