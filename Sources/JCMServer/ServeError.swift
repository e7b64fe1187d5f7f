import JCMDiagnostics

/// Why a request was refused: an HTTP status and a sentence for the page. Nothing about the
/// machine beyond the served folder is put in the message.
public struct ServeError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case badRequest, forbidden, notFound, methodNotAllowed, tooLarge, unprocessable, unsupported, busy
    }

    public var kind: Kind
    public var message: String
    /// The problems of text that was not saved, each with its place.
    public var diagnostics: [Diagnostic] = []

    public init(_ kind: Kind, _ message: String, diagnostics: [Diagnostic] = []) {
        self.kind = kind
        self.message = message
        self.diagnostics = diagnostics
    }

    public var status: Int {
        switch kind {
        case .badRequest: 400
        case .forbidden: 403
        case .notFound: 404
        case .methodNotAllowed: 405
        case .tooLarge: 413
        case .unprocessable: 422
        case .unsupported: 415
        case .busy: 503
        }
    }
}
