internal import CLibXML2
import JCMDiagnostics

/// A compiled XSD schema.
///
/// libxml2 treats a compiled schema as read-only during validation and each
/// `validate` call uses its own validation context, so one instance can be
/// shared between threads.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Compile a schema from its text. `name` is used as the file name in diagnostics.
    public init(xsd: String, name: String) throws(XMLValidationFailure) {
        LibXML.initialize()
        var text = xsd
        let compiled = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                Self.compile(name: name) {
                    xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(clamping: chars.count))
                }
            }
        }
        schema = try compiled.get()
    }

    /// Compile from a file path; `xs:include` and `xs:import` resolve relative to it.
    public convenience init(contentsOf path: String) throws(XMLValidationFailure) {
        LibXML.initialize()
        let compiled = Self.compile(name: path) { xmlSchemaNewParserCtxt(path) }
        self.init(compiled: try compiled.get())
    }

    private init(compiled: xmlSchemaPtr) {
        schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
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
