internal import CLibXML2
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
        Diagnostic(.error, code: code, message,
                   at: SourceLocation(file: file, line: max(line, 1), column: column > 0 ? column : 1))
    }
}
