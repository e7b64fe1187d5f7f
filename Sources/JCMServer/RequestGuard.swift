import HTTPTypes
import Hummingbird

/// Every request passes here first. It is refused unless it names an allowed host, carries the
/// run's token (query `t` or header `X-JCM-Token`), and, when it changes anything, comes from
/// the page itself (its `Origin` is the server's). Every answer forbids framing, sniffing,
/// caching and any resource from elsewhere.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    static var tokenHeader: HTTPField.Name { HTTPField.Name("X-JCM-Token")! }
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
            response = try await next(request, context)
        }
        ServeResponses.secure(&response.headers)
        return response
    }

    func check(_ request: Request) -> ServeError? {
        guard (request.head.path ?? "").utf8.count <= Self.maximumTargetLength else {
            return ServeError(.badRequest, "the request target is longer than \(Self.maximumTargetLength) bytes")
        }
        guard hosts.contains(request.head.authority) else {
            return ServeError(.forbidden, "this server answers on loopback names only")
        }
        let given = request.uri.queryParameters["t"] ?? request.headers[Self.tokenHeader].map { $0[...] }
        guard token.matches(given) else {
            return ServeError(.forbidden, "the URL's token is missing or wrong: open the URL jcm serve printed")
        }
        switch request.method {
        case .get, .head:
            return nil
        case .post:
            guard let origin = request.headers[.origin], origin.hasPrefix("http://"),
                hosts.contains(String(origin.dropFirst(7))),
                request.headers[HTTPField.Name("Sec-Fetch-Site")!].map({ $0 == "same-origin" }) ?? true
            else { return ServeError(.forbidden, "a change must come from this server's own page (Origin)") }
            return nil
        default:
            return ServeError(.methodNotAllowed, "only GET and POST are answered")
        }
    }
}
