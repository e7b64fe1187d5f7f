import Foundation
import JCMDiagnostics
import JCMReports

/// The templates of one language in a `Templates/` folder: the documents every language shares
/// (the application XML, at the top), the language's own (`<language>/*.md.mustache`), its
/// wording (`<language>/wording.yaml`), and the application schema each XML document must satisfy.
public struct TemplateSet: Sendable {
    /// Which documents a set renders: the application's, or a monitoring period's report, whose
    /// templates lie in a `monitoring-report` folder beside the application's.
    public enum Documents: String, Sendable {
        case application = ""
        case monitoringReport = "monitoring-report"
    }

    public var templates: [DocumentTemplate]
    /// Present when any template renders XML.
    public var schema: ApplicationSchema?
    public var wording: Wording

    /// Loads and checks every template of `language`; all problems of all templates are thrown together.
    public static func load(from directory: String, language: String = "en", documents: Documents = .application)
        throws(DiagnosticError) -> TemplateSet
    {
        let sharedFolder = documents == .application ? directory : path(directory, documents.rawValue)
        guard let shared = try? FileManager.default.contentsOfDirectory(atPath: sharedFolder) else {
            throw DiagnosticError(.error(.F1, "cannot read the templates folder '\(sharedFolder)'"))
        }
        let languageFolder = documents == .application ? path(directory, language) : path(directory, language, documents.rawValue)
        // The wording first: an unknown language (`../x` among them) is refused before any of its
        // folder is read.
        let wording = try Wording.load(in: directory, language: language)
        var problems: [Diagnostic] = []
        let own = (try? FileManager.default.contentsOfDirectory(atPath: languageFolder)) ?? []
        var templates: [DocumentTemplate] = []
        var files = (shared.map { path(sharedFolder, $0) } + own.map { path(languageFolder, $0) })
            .map { ($0, RenderCondition.always) }
        // A condition's templates lie in its own folder; a monitoring report has none.
        if documents == .application {
            for condition in RenderCondition.allCases where condition != .always {
                let folder = path(languageFolder, condition.rawValue)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                files += names.map { (path(folder, $0), condition) }
            }
        }
        let sorted = files.sorted { ($0.0 as NSString).lastPathComponent < ($1.0 as NSString).lastPathComponent }
        for (file, condition) in sorted where file.hasSuffix(DocumentTemplate.fileExtension) {
            do {
                templates.append(try DocumentTemplate.load(file, condition: condition))
            } catch {
                problems += error.diagnostics
            }
        }
        problems += duplicateDocuments(templates)
        if templates.isEmpty, problems.isEmpty {
            problems.append(.error(.T4, "no templates (*.md\(DocumentTemplate.fileExtension), *.xml\(DocumentTemplate.fileExtension)) in '\(sharedFolder)' or '\(languageFolder)'"))
        }
        var schema: ApplicationSchema?
        if templates.contains(where: { $0.format == .xml }) {
            do {
                schema = try ApplicationSchema.load(path(directory, ApplicationSchema.fileName))
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return TemplateSet(templates: templates, schema: schema, wording: wording)
    }

    /// A document rendered by a shared template and by a language's own would be written twice.
    private static func duplicateDocuments(_ templates: [DocumentTemplate]) -> [Diagnostic] {
        var seen: [String: String] = [:]
        return templates.compactMap { template in
            if let earlier = seen.updateValue(template.path, forKey: template.documentName) {
                return .error(.T4, "'\(template.documentName)' is rendered by both \(earlier) and \(template.path); keep one",
                              at: SourceLocation(file: template.path, line: 1, column: 1))
            }
            return nil
        }
    }

    private static func path(_ parts: String...) -> String {
        parts.dropFirst().reduce(parts[0]) { ($0 as NSString).appendingPathComponent($1) }
    }
}
