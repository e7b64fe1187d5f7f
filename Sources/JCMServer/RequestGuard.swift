import HTTPTypes
import Hummingbird

/// Every request passes here first. It is refused unless it names an allowed host, carries the
/// run's token (query `t` or header `X-JCM-Token`), and, when it changes anything, comes from
/// the page itself (its `Origin` is the server's). Every answer forbids framing, sniffing,
/// caching and any resource from elsewhere.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    static var tokenHeader: HTTPField.Name { HTTPField.Name("X-JCM-Token")! }
    /// A second `Host` field: the first became the request's authority, so any left is one too many.
    static var hostHeader: HTTPField.Name { HTTPField.Name("Host")! }
    /// The longest request target accepted.
    static var maximumTargetLength: Int { 4_096 }

    let token: ServeToken
    let hosts: AllowedHosts

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        if let refusal = check(request) {
            response = ServeResponses.refusal(refusal)
        } else {
            do { response = try await next(request, context) } catch let error as any HTTPResponseError {
                // The router's own refusals (no such route) get the same page and headers.
                response = ServeResponses.refusal(
                    ServeError(error.status == .notFound ? .notFound : .badRequest, "no such page"))
            }
        }
        ServeResponses.secure(&response.headers)
        return response
    }

    func check(_ request: Request) -> ServeError? {
        guard (request.head.path ?? "").utf8.count <= Self.maximumTargetLength else {
            return ServeError(.badRequest, "the request target is longer than \(Self.maximumTargetLength) bytes")
        }
        guard hosts.contains(request.head.authority), request.headers[Self.hostHeader] == nil else {
            return ServeError(.forbidden, "this server answers on loopback names only (one Host)")
        }
        let given = request.uri.queryParameters["t"] ?? request.headers[Self.tokenHeader].map { $0[...] }
        guard token.matches(given) else {
            return ServeError(.forbidden, "the URL's token is missing or wrong: open the URL jcm serve printed")
        }
        switch request.method {
        case .get:
            return nil
        case .post:
            // Same origin exactly: the scheme and the host and port the request was sent to.
            guard let origin = request.headers[.origin], let authority = request.head.authority,
                origin.lowercased() == "http://" + authority.lowercased(),
                request.headers[HTTPField.Name("Sec-Fetch-Site")!].map({ $0 == "same-origin" }) ?? true
            else { return ServeError(.forbidden, "a change must come from this server's own page (Origin)") }
            return nil
        default:
            return ServeError(.methodNotAllowed, "only GET and POST are answered")
        }
    }
}
