internal import CLibXML2
import JCMDiagnostics

/// Re-serialises well-formed XML as indented UTF-8.
public enum XMLFormatter {
    /// Indented XML, and whether the document was valid against the schema it was checked with.
    public struct Indented: Sendable {
        public var text: String
        /// False when no schema was given. The schema's problems are not kept: validating `text`
        /// names them by the lines of the indented document, which is the one people see.
        public var isValid: Bool
    }

    /// Throws XMLValidationFailure with X1 diagnostics when `xml` is not well-formed.
    public static func indent(_ xml: String, documentName: String) throws(XMLValidationFailure) -> String {
        try indent(xml, documentName: documentName, checkingAgainst: nil).text
    }

    /// Indents `xml` and checks it against `schema` from one parse: a large document's tree is
    /// most of the memory of writing it, and parsing it again to validate cost as much again.
    public static func indent(_ xml: String, documentName: String, checkingAgainst schema: XMLSchema?)
        throws(XMLValidationFailure) -> Indented
    {
        // Whitespace-only text between elements would stop libxml2 from indenting. The blanks it
        // leaves out are those indenting puts back, which a schema ignores between elements.
        let parsed = XMLDocumentReader.read(xml, documentName: documentName,
                                            extraOptions: Int32(XML_PARSE_NOBLANKS.rawValue))
        defer { if let document = parsed.document { xmlFreeDoc(document) } }
        guard let document = parsed.document, parsed.diagnostics.isEmpty else {
            throw XMLValidationFailure(diagnostics: parsed.diagnostics)
        }
        let isValid = schema.map { $0.validate(document, documentName: documentName).isEmpty } ?? false

        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 1)
        guard let buffer else {
            throw XMLValidationFailure(diagnostics: [
                Diagnostic(.error, code: .X1, "libxml2 could not serialise the document",
                           at: SourceLocation(file: documentName, line: 1, column: 1)),
            ])
        }
        defer { jcm_xml_free(buffer) }
        let text = String(decoding: UnsafeBufferPointer(start: buffer, count: Int(size)), as: UTF8.self)
        return Indented(text: text, isValid: isValid)
    }
}
