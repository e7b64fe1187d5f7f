import Foundation
import JCMDiagnostics

/// The templates of a `Templates/` folder: every `*.md.mustache` and `*.xml.mustache` file, and the
/// application schema that each XML document must satisfy.
public struct TemplateSet: Sendable {
    public var templates: [DocumentTemplate]
    /// Present when any template renders XML.
    public var schema: ApplicationSchema?

    /// Loads and checks every template; all problems of all templates are thrown together.
    public static func load(from directory: String) throws(DiagnosticError) -> TemplateSet {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw DiagnosticError(.error("F1", "cannot read the templates folder '\(directory)'"))
        }
        var templates: [DocumentTemplate] = []
        var problems: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(DocumentTemplate.fileExtension) {
            do {
                templates.append(try DocumentTemplate.load((directory as NSString).appendingPathComponent(name)))
            } catch {
                problems += error.diagnostics
            }
        }
        if templates.isEmpty, problems.isEmpty {
            problems.append(.error("T4", "no templates (*.md\(DocumentTemplate.fileExtension), *.xml\(DocumentTemplate.fileExtension)) in '\(directory)'"))
        }
        var schema: ApplicationSchema?
        if templates.contains(where: { $0.format == .xml }) {
            do {
                schema = try ApplicationSchema.load((directory as NSString).appendingPathComponent(ApplicationSchema.fileName))
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return TemplateSet(templates: templates, schema: schema)
    }
}
