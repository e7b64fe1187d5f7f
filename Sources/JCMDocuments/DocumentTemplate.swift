import Foundation
import JCMDiagnostics
import Mustache

/// One document template: `proposal-summary.md.mustache` renders `proposal-summary.md`.
public struct DocumentTemplate: Sendable {
    public static let fileExtension = ".mustache"

    public var path: String
    public var fingerprint: FileFingerprint
    public var format: DocumentFormat
    /// The file name of the document it renders.
    public var documentName: String
    public var condition: RenderCondition = .always
    let mustache: MustacheTemplate

    /// Reads and parses a template, and checks every key it uses against the document data, so
    /// that a misspelt key is an error before anything is rendered rather than an empty field.
    public static func load(_ path: String, condition: RenderCondition = .always) throws(DiagnosticError)
        -> DocumentTemplate
    {
        let (text, fingerprint) = try FileFingerprint.read(path)
        let documentName = String(fingerprint.file.dropLast(fileExtension.count))
        guard fingerprint.file.hasSuffix(fileExtension),
            let format = DocumentFormat(rawValue: (documentName as NSString).pathExtension)
        else {
            let known = DocumentFormat.allCases.map { "NAME.\($0.rawValue)\(fileExtension)" }.joined(separator: " or ")
            throw DiagnosticError(.error(.T4, "cannot tell which document '\(fingerprint.file)' renders: name it \(known)",
                                         at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let mustache: MustacheTemplate
        do {
            mustache = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let place = SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber)
            throw DiagnosticError(.error(.T2, "Mustache syntax error: \(error.error) in '\(error.context.line)'", at: place))
        } catch {
            throw DiagnosticError(.error(.T2, "Mustache syntax error: \(error)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let problems = TemplateKeyCheck(template: path, root: DocumentContext.templateShape).check(TemplateTag.scan(text))
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return DocumentTemplate(path: path, fingerprint: fingerprint, format: format, documentName: documentName,
                                condition: condition, mustache: mustache)
    }

    func render(_ data: TemplateData) -> String {
        mustache.render(data)
    }
}
