internal import CLibXML2
import Foundation
import JCMDiagnostics

/// A compiled XSD schema.
///
/// libxml2 treats a compiled schema as read-only during validation and each
/// `validate` call uses its own validation context, so one instance can be
/// shared between threads.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    /// The schema document, read by jcm with the safe options; the compiled schema refers to it.
    private let document: xmlDocPtr

    /// Compile a schema from its text. `name` is used as the file name in diagnostics, and
    /// `xs:include` and `xs:import` resolve relative to it (local files only: never the network).
    /// A schema that declares a DTD is refused: its entities could read local files.
    public convenience init(xsd: String, name: String) throws(XMLValidationFailure) {
        let parsed = XMLDocumentReader.read(xsd, documentName: name)
        guard let document = parsed.document, parsed.diagnostics.isEmpty else {
            throw XMLValidationFailure(diagnostics: parsed.diagnostics.map { Self.asSchemaProblem($0) })
        }
        let compiled = Self.compile(name: name) { xmlSchemaNewDocParserCtxt(document) }
        switch compiled {
        case .success(let schema): self.init(compiled: schema, document: document)
        case .failure(let failure):
            xmlFreeDoc(document)
            throw failure
        }
    }

    /// Compile from a file path; `xs:include` and `xs:import` resolve relative to it.
    public convenience init(contentsOf path: String) throws(XMLValidationFailure) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw XMLValidationFailure(diagnostics: [Diagnostic(.error, code: .X3, "cannot read the schema '\(path)' as UTF-8 text",
                                                                at: SourceLocation(file: path, line: 1, column: 1))])
        }
        try self.init(xsd: text, name: path)
    }

    private init(compiled: xmlSchemaPtr, document: xmlDocPtr) {
        schema = compiled
        self.document = document
    }

    deinit {
        xmlSchemaFree(schema)
        xmlFreeDoc(document)
    }

    private static func asSchemaProblem(_ diagnostic: Diagnostic) -> Diagnostic {
        var problem = diagnostic
        problem.code = .X3
        return problem
    }

    private static func compile(
        name: String, makeContext: () -> xmlSchemaParserCtxtPtr?
    ) -> Result<xmlSchemaPtr, XMLValidationFailure> {
        let collector = LibXMLErrorCollector()
        let compiled: xmlSchemaPtr? = collector.capturingThreadErrors {
            guard let context = makeContext() else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            xmlSchemaSetParserStructuredErrors(context, recordLibXMLError, collector.context)
            return xmlSchemaParse(context)
        }
        if let compiled {
            return .success(compiled)
        }
        var diagnostics = collector.failures.map { error in
            // libxml2 names a schema parsed from memory "in_memory_buffer".
            let file = error.file.flatMap { $0 == "in_memory_buffer" ? nil : $0 } ?? name
            return error.diagnostic(code: .X3, file: file)
        }
        if diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.error, code: .X3, "The schema could not be compiled",
                                          at: SourceLocation(file: name, line: 1, column: 1)))
        }
        return .failure(XMLValidationFailure(diagnostics: diagnostics))
    }

    /// Parse `xml` (named `documentName` in diagnostics) and validate it.
    ///
    /// Returns one diagnostic per libxml2 error: code X1 for well-formedness
    /// errors (validation is then skipped), X2 for schema-validity errors.
    public func validate(xml: String, documentName: String) -> [Diagnostic] {
        let parsed = XMLDocumentReader.read(xml, documentName: documentName)
        defer { if let document = parsed.document { xmlFreeDoc(document) } }
        guard let document = parsed.document, parsed.diagnostics.isEmpty else {
            return parsed.diagnostics
        }
        return validate(document, documentName: documentName)
    }

    /// X2 diagnostics for a parsed document, named by the lines it was parsed from.
    func validate(_ document: xmlDocPtr, documentName: String) -> [Diagnostic] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [Diagnostic(.error, code: .X2, "Could not create a schema validation context",
                               at: SourceLocation(file: documentName, line: 1, column: 1))]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = LibXMLErrorCollector()
        let status = collector.capturingThreadErrors {
            xmlSchemaSetValidStructuredErrors(context, recordLibXMLError, collector.context)
            return xmlSchemaValidateDoc(context, document)
        }

        var diagnostics = collector.failures.map { $0.diagnostic(code: .X2, file: documentName) }
        if status != 0, diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.error, code: .X2,
                                          "Schema validation failed without a message (libxml2 status \(status))",
                                          at: SourceLocation(file: documentName, line: 1, column: 1)))
        }
        return diagnostics
    }
}
