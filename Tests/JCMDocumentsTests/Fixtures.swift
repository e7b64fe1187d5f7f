import Foundation
import JCMDiagnostics
import JCMKit
import JCMReports
@testable import JCMDocuments

/// The shipped examples, methodologies and templates, found from this file's location.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let blower = root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml").path
    static let templatesDirectory = root.appendingPathComponent("Templates").path

    static func catalog() throws -> Catalog { try Catalog.load(from: root.appendingPathComponent("Methodologies").path) }

    static func templates(_ directory: String = templatesDirectory, language: String = "en") throws -> TemplateSet {
        try TemplateSet.load(from: directory, language: language)
    }

    static func load(_ path: String = blower) throws -> LoadedProject { try ProjectLoader.load(path, catalog: catalog()) }

    static func assess(_ path: String = blower) throws -> Assessment { try Assessment.assess(load(path)) }

    static func render(_ path: String = blower, templates directory: String = templatesDirectory, language: String = "en") throws -> DocumentSet {
        try DocumentSet.render(assess(path), templates: templates(directory, language: language), date: nil)
    }

    static let languages = ["en", "ja", "vi"]

    static var english: Wording { get throws { try templates().wording } }

    /// Every example project shipped under Examples/.
    static var examples: [String] {
        let folder = root.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent("\($0)/project.yaml").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// A scratch folder; the caller removes it.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the shipped templates with one file's text edited.
    static func editedTemplates(in directory: URL, file: String, _ edit: (String) -> String) throws -> String {
        let copy = directory.appendingPathComponent("Templates")
        try FileManager.default.copyItem(atPath: templatesDirectory, toPath: copy.path)
        let target = copy.appendingPathComponent(file)
        let text = try String(contentsOf: target, encoding: .utf8)
        let edited = edit(text)
        precondition(edited != text, "the edit changed nothing in \(file)")
        try edited.write(to: target, atomically: true, encoding: .utf8)
        return copy.path
    }

    /// A copy of the blower example with its text edited, beside which it is loaded.
    static func editedProject(in directory: URL, _ edit: (String) -> String) throws -> String {
        let text = try String(contentsOfFile: blower, encoding: .utf8)
        let edited = edit(text)
        precondition(edited != text, "the edit changed nothing in the project")
        let target = directory.appendingPathComponent("project.yaml")
        try edited.write(to: target, atomically: true, encoding: .utf8)
        return target.path
    }

    static func file(_ set: DocumentSet, _ name: String) -> String {
        set.files.first { $0.name == name }?.contents ?? ""
    }

    static let markdownDocuments = [
        "application-form.md", "calculation-sheet.md", "cost-breakdown.md", "eligibility-report.md",
        "ghg-calculation.md", "implementation-plan.md", "monitoring-plan.md", "pdd-draft.md",
        "project-idea-note.md", "proposal-summary.md", "proposed-methodology-form.md",
    ]
}

extension DiagnosticError {
    var text: String { diagnostics.map(\.description).joined(separator: "\n") }
}
