internal import CLibXML2
import JCMDiagnostics

/// Re-serialises well-formed XML as indented UTF-8.
public enum XMLFormatter {
    /// Throws XMLValidationFailure with X1 diagnostics when `xml` is not well-formed.
    public static func indent(_ xml: String, documentName: String) throws(XMLValidationFailure) -> String {
        // Whitespace-only text between elements would stop libxml2 from indenting.
        let parsed = XMLDocumentReader.read(xml, documentName: documentName,
                                            extraOptions: Int32(XML_PARSE_NOBLANKS.rawValue))
        defer { if let document = parsed.document { xmlFreeDoc(document) } }
        guard let document = parsed.document, parsed.diagnostics.isEmpty else {
            throw XMLValidationFailure(diagnostics: parsed.diagnostics)
        }

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
        return String(decoding: UnsafeBufferPointer(start: buffer, count: Int(size)), as: UTF8.self)
    }
}
