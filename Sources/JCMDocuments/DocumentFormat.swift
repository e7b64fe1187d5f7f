import JCMReports
import JCMXML

/// The kinds of document jcm writes, named by file extension.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case xml

    /// Escapes plain text for this format, so that the text reads as itself.
    public func escape(_ text: String) -> String {
        switch self {
        case .markdown: MarkdownEscaping.escape(text)
        case .xml: XMLEscaping.escape(text)
        }
    }
}
