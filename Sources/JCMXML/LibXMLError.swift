internal import CLibXML2
import Foundation
import JCMDiagnostics

/// A copy of one libxml2 structured error, taken while the error is still valid.
struct LibXMLError {
    var isWarning: Bool
    var message: String
    var file: String?
    var line: Int
    /// 0 when libxml2 did not report a column.
    var column: Int

    init(_ error: xmlError) {
        isWarning = error.level == XML_ERR_WARNING
        var text = error.message.map { String(cString: $0) } ?? "libxml2 reported an error without a message"
        while let last = text.last, last.isNewline || last == " " {
            text.removeLast()
        }
        message = text
        file = error.file.map { String(cString: $0) }
        line = Int(error.line)
        column = Int(error.int2)
    }

    func diagnostic(code: DiagnosticCode, file: String) -> Diagnostic {
        Diagnostic(.error, code: code, Self.ownWords(message),
                   at: SourceLocation(file: file, line: max(line, 1), column: column > 0 ? column : 1))
    }

    /// libxml2's advice to parse with entity substitution or without its size limits would make
    /// jcm unsafe: such messages are replaced by what a user can safely do.
    static func ownWords(_ message: String) -> String {
        if message.localizedCaseInsensitiveContains("substitute entities") || message.contains("Entity '") {
            return "the document uses an entity, which jcm does not expand (entities can read local files); write the text itself"
        }
        if let url = message.range(of: #"'(https?|ftp)://[^']*'"#, options: .regularExpression) {
            return "the schema refers to \(message[url]), which jcm does not fetch: it reads local files only, so copy that schema beside this one"
        }
        if message.contains("XML_PARSE_HUGE") || message.localizedCaseInsensitiveContains("huge input lookup") {
            return "the XML is deeper, longer or larger than jcm reads"
        }
        return message
    }
}
