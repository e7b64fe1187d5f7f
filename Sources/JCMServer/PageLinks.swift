import Foundation

/// The URLs of the page, each carrying the run's token, with every value percent-encoded.
public struct PageLinks: Sendable {
    public let token: ServeToken

    public init(token: ServeToken) { self.token = token }

    /// Unreserved characters only: everything else in a value is encoded.
    static let allowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")

    public func url(_ path: String, _ query: [(String, String)] = []) -> String {
        let parts = query + [("t", token.value)]
        return path + "?" + parts.map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&")
    }

    func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: Self.allowed) ?? ""
    }

    public func portfolio(language: String) -> String { url("/", [("lang", language)]) }

    public func project(_ file: String, language: String) -> String {
        url("/project", [("file", file), ("lang", language)])
    }

    public func documents(_ file: String, language: String, document: String? = nil) -> String {
        url("/documents", [("file", file), ("lang", language)] + (document.map { [("doc", $0)] } ?? []))
    }

    public func document(_ file: String, language: String, document: String) -> String {
        url("/document", [("file", file), ("lang", language), ("doc", document)])
    }

    public func download(_ file: String, language: String) -> String {
        url("/download", [("file", file), ("lang", language)])
    }

    public func whatIf(_ file: String, language: String) -> String {
        url("/what-if", [("file", file), ("lang", language)])
    }

    public func asset(_ name: String) -> String { url("/assets/\(name)") }
}
