internal import CLibXML2
import JCMDiagnostics

/// Parses untrusted XML text into a libxml2 document.
enum XMLDocumentReader {
    /// No network, no entity substitution, no DTD loading. The text is handed
    /// over as UTF-8, so an `encoding=` in the XML declaration is ignored.
    /// Big line numbers keep schema errors past line 65535 accurate.
    static let safeOptions: Int32 = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_BIG_LINES.rawValue)

    struct Result {
        /// Owned by the caller, who must free it with `xmlFreeDoc`.
        var document: xmlDocPtr?
        /// X1 diagnostics; empty exactly when `document` is usable.
        var diagnostics: [Diagnostic]
    }

    static func read(_ xml: String, documentName: String, extraOptions: Int32 = 0) -> Result {
        LibXML.initialize()
        // A DTD can declare entities that read local files or the network, or expand without end:
        // never needed here, so refused before libxml2 sees it.
        if let line = doctypeLine(xml) {
            return Result(document: nil, diagnostics: [Diagnostic(.error, code: .X1,
                "the document declares a DTD (<!DOCTYPE …>); jcm reads XML without DTDs or entities, which could reach local files or the network",
                at: SourceLocation(file: documentName, line: line, column: 1))])
        }
        let collector = LibXMLErrorCollector()
        var text = xml
        let document: xmlDocPtr? = collector.capturingThreadErrors {
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    xmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), documentName, "UTF-8",
                                  safeOptions | extraOptions)
                }
            }
        }
        var diagnostics = collector.failures.map { $0.diagnostic(code: .X1, file: documentName) }
        if document == nil, diagnostics.isEmpty {
            // xmlReadMemory returns NULL for an empty buffer without reporting anything.
            diagnostics.append(Diagnostic(.error, code: .X1, "Document is empty",
                                          at: SourceLocation(file: documentName, line: 1, column: 1)))
        }
        return Result(document: document, diagnostics: diagnostics)
    }

    /// The line of the first `<!DOCTYPE`, found in the UTF-8 bytes: a search through Foundation
    /// bridges the whole text first, which cost as much as validating a document of megabytes.
    static func doctypeLine(_ xml: String) -> Int? {
        let needle = Array("<!DOCTYPE".utf8)
        var text = xml
        return text.withUTF8 { bytes -> Int? in
            guard bytes.count >= needle.count else { return nil }
            var line = 1
            for start in 0...(bytes.count - needle.count) {
                if bytes[start] == 0x0A { line += 1 }
                if bytes[start] == needle[0], needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) {
                    return line
                }
            }
            return nil
        }
    }
}
