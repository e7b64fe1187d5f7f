import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules
import JCMSpreadsheet
import JCMXML

/// A generated file, held in memory until the whole set has been rendered and checked.
public struct RenderedFile: Sendable, Equatable {
    public var name: String
    public var bytes: Data

    public init(name: String, contents: String) {
        self.init(name: name, bytes: Data(contents.utf8))
    }

    public init(name: String, bytes: Data) {
        self.name = name
        self.bytes = bytes
    }

    /// Markdown, XML and JSON; not the office formats, which are ZIP packages.
    public var isText: Bool { !name.hasSuffix(".xlsx") && !name.hasSuffix(".docx") }

    /// The text of a text file.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }
}

/// The documents of one project and their manifest, rendered in memory; every XML document has
/// been validated against the application schema.
public struct DocumentSet: Sendable {
    public var projectID: String
    public var manifest: Manifest
    /// The documents, then `manifest.json`.
    public var files: [RenderedFile]
    /// The language the documents are worded in.
    public var language: String

    /// Renders every template from the assessment, which it never re-evaluates, and the
    /// Monitoring Spreadsheet; with `word`, a .docx of each Markdown document too. Template and
    /// schema problems are thrown together; no file is touched here.
    public static func render(_ assessment: Assessment, templates: TemplateSet, date: CalendarDate?,
                              word: WordConverter? = nil, whatIf: WhatIfAnalysis? = nil) throws(DiagnosticError) -> DocumentSet {
        let inputs = DocumentInputs(assessment, templates: templates, date: date, whatIf: whatIf)
        let rendered = renderTemplates(inputs, templates) { _, _ in }
        var files = rendered.files, entries = rendered.entries, problems = rendered.problems
        let untranslated = rendered.untranslated
        do {
            let workbook = try MonitoringWorkbook(inputs: inputs).workbook()
            let bytes = try XLSXPackage.bytes(of: workbook, generator: "jcm \(ToolVersion.current)")
            files.append(RenderedFile(name: MonitoringWorkbook.fileName, bytes: bytes))
            entries.append(Manifest.Document(file: MonitoringWorkbook.fileName, sha256: SHA256.hex([UInt8](bytes)),
                                             template: inputs.fingerprints.wording.file))
        } catch {
            problems += error.diagnostics.map { diagnostic in
                var named = diagnostic
                named.message = "\(MonitoringWorkbook.fileName): \(diagnostic.message)"
                if diagnostic.location == nil, diagnostic.message.contains("sheet name") {
                    named.message += " (sheet names come from \(inputs.wording.file.path))"
                }
                return named
            }
        }
        if let diagram = inputs.monitoringDiagram {
            // Drawn by code from the project file alone: the manifest names that file as its source.
            let bytes = Data(diagram.svg.utf8)
            files.append(RenderedFile(name: MonitoringDiagram.fileName, bytes: bytes))
            entries.append(Manifest.Document(file: MonitoringDiagram.fileName, sha256: SHA256.hex([UInt8](bytes)),
                                             template: inputs.fingerprints.project.file))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        if let word {
            for (file, entry) in zip(files, entries) where file.name.hasSuffix(".md") {
                let name = String(file.name.dropLast(3)) + ".docx"
                let bytes: Data
                do { bytes = try word.convert(file.contents, date: date) } catch {
                    throw DiagnosticError(error.diagnostics.map { var named = $0; named.message = "\(name): \(named.message)"; return named })
                }
                files.append(RenderedFile(name: name, bytes: bytes))
                entries.append(Manifest.Document(file: name, sha256: SHA256.hex([UInt8](bytes)), template: entry.template))
            }
        }
        let manifest = Manifest(inputs, documents: entries, untranslated: untranslated,
                                word: word.map { Manifest.Word(converter: $0.version, reference: $0.reference) })
        files.append(RenderedFile(name: Manifest.fileName, contents: manifest.json))
        return DocumentSet(projectID: assessment.project.id, manifest: manifest, files: files, language: inputs.wording.language)
    }

    /// The Monitoring Report Sheet of a period computed from meter data, in Markdown and XML from
    /// the `monitoring-report` templates, with its manifest; the data files are named with their
    /// SHA-256 in both.
    public static func monitoringReport(_ monitoring: PeriodMonitoring, meterData: [FileFingerprint], templates: TemplateSet,
                                        date: CalendarDate?) throws(DiagnosticError) -> DocumentSet {
        var inputs = DocumentInputs(monitoring.assessment, templates: templates, date: date)
        inputs.fingerprints.meterData = meterData
        let rendered = renderTemplates(inputs, templates) { context, facts in
            context.monitoringReport = MonitoringReportFacts(monitoring, files: meterData, facts)
        }
        if !rendered.problems.isEmpty { throw DiagnosticError(rendered.problems) }
        var manifest = Manifest(inputs, documents: rendered.entries, untranslated: rendered.untranslated)
        manifest.monitoringPeriod = monitoring.period.id
        let files = rendered.files + [RenderedFile(name: Manifest.fileName, contents: manifest.json)]
        return DocumentSet(projectID: monitoring.loaded.project.id, manifest: manifest, files: files, language: inputs.wording.language)
    }

    /// Renders each template once from a context built per format; `complete` adds what one kind
    /// of document set needs beyond the assessment. The documents of one format are rendered
    /// together, on every core, and its data let go before they are checked and before the next
    /// format's is built: for a project of many items that data is most of the memory. Files and
    /// entries keep the templates' order.
    private static func renderTemplates(_ inputs: DocumentInputs, _ templates: TemplateSet,
                                        complete: (inout DocumentContext, FactsBuilder) -> Void)
        -> (files: [RenderedFile], entries: [Manifest.Document], untranslated: [String], problems: [Diagnostic])
    {
        let applicable = templates.templates.filter { $0.condition.holds(for: inputs.assessment) }
        var formats: [DocumentFormat] = []
        for template in applicable where !formats.contains(template.format) { formats.append(template.format) }
        var untranslated: [String] = []
        var rendered: [Int: RenderedDocument] = [:]
        var problems: [Diagnostic] = []
        let schema = templates.schema
        for format in formats {
            let facts = FactsBuilder(wording: inputs.wording, format: format)
            let indices = applicable.indices.filter { applicable[$0].format == format }
            let templatesOfFormat = indices.map { applicable[$0] }
            let texts = renderedTexts(templatesOfFormat, from: DocumentContext(inputs, facts), facts, complete)
            untranslated += facts.untranslated.filter { !untranslated.contains($0) }
            let outcomes = Concurrent.map(Array(zip(indices, texts))) { index, text in
                document(text, from: applicable[index], schema: schema)
            }
            for (index, outcome) in zip(indices, outcomes) {
                switch outcome {
                case .success(let document): rendered[index] = document
                case .failure(let error): problems += error.diagnostics
                }
            }
        }
        let ordered = rendered.sorted { $0.key < $1.key }.map(\.value)
        return (ordered.map(\.file), ordered.map(\.entry), untranslated, problems)
    }

    private typealias RenderedDocument = (file: RenderedFile, entry: Manifest.Document)

    /// A rendered template's file and manifest entry; XML is indented and validated first.
    private static func document(_ text: String, from template: DocumentTemplate, schema: ApplicationSchema?)
        -> Result<RenderedDocument, DiagnosticError>
    {
        var text = text
        if template.format == .xml {
            do { text = try checkedXML(text, template: template, schema: schema) } catch { return .failure(error) }
        }
        return .success((RenderedFile(name: template.documentName, contents: text),
                         Manifest.Document(file: template.documentName, sha256: SHA256.hex(text),
                                           template: template.fingerprint.file)))
    }

    /// The texts of `templates`, rendered on every core from a completed context. The context and
    /// its template data end here, before an XML document is parsed to be checked: for a project
    /// of many items they were the two largest things held at once.
    private static func renderedTexts(
        _ templates: [DocumentTemplate], from context: DocumentContext, _ facts: FactsBuilder,
        _ complete: (inout DocumentContext, FactsBuilder) -> Void
    ) -> [String] {
        let (data, provenance) = prepared(context, facts, complete)
        return Concurrent.map(templates) { template in
            template.render(DocumentContext.naming(data, provenance: provenance, for: template))
        }
    }

    /// A completed context's template data and provenance; the context itself ends here.
    private static func prepared(_ context: DocumentContext, _ facts: FactsBuilder,
                                 _ complete: (inout DocumentContext, FactsBuilder) -> Void)
        -> (data: TemplateData, provenance: ProvenanceFacts)
    {
        var context = context
        complete(&context, facts)
        return (TemplateData(context), context.provenance)
    }

    /// Indents the rendered XML and validates it, from one parse when it is valid. An invalid one
    /// is validated again from its indented text: a schema error names the line of that document
    /// and quotes it, since the document is never written.
    private static func checkedXML(_ xml: String, template: DocumentTemplate, schema: ApplicationSchema?) throws(DiagnosticError) -> String {
        let name = template.documentName
        let indented: XMLFormatter.Indented
        do {
            indented = try XMLFormatter.indent(xml, documentName: name, checkingAgainst: schema?.schema)
        } catch {
            throw DiagnosticError(explained(error.diagnostics, in: xml, template: template))
        }
        guard let schema else {
            throw DiagnosticError(.error(.X3, "no \(ApplicationSchema.fileName) beside \(template.path) to validate \(name) against"))
        }
        if indented.isValid { return indented.text }
        let problems = schema.validate(indented.text, documentName: name)
        if !problems.isEmpty { throw DiagnosticError(explained(problems, in: indented.text, template: template)) }
        return indented.text
    }

    private static func explained(_ diagnostics: [Diagnostic], in text: String, template: DocumentTemplate) -> [Diagnostic] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return diagnostics.map { diagnostic in
            var explained = diagnostic
            explained.message += " (in the document rendered from \(template.path)"
            if let line = diagnostic.location?.line, line >= 1, line <= lines.count {
                explained.message += "; line \(line) reads: \(lines[line - 1].trimmingCharacters(in: .whitespaces))"
            }
            explained.message += ")"
            return explained
        }
    }
}
