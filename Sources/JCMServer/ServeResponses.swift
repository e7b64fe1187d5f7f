import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The answers of the server: HTML pages and fragments, raw documents, refusals.
enum ServeResponses {
    /// Script and styles from this server only, no frames, no forms posted elsewhere.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// A rendered SVG shown on its own: its inline style may apply, nothing else.
    static let imagePolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"

    static func secure(_ headers: inout HTTPFields) {
        if headers[.contentSecurityPolicy] == nil { headers[.contentSecurityPolicy] = contentSecurityPolicy }
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[.cacheControl] = "no-store"
    }

    static func html(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Data(html.markup.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func bytes(
        _ data: Data, type: String, status: HTTPResponse.Status = .ok, attachment: String? = nil
    ) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let attachment { headers[.contentDisposition] = "attachment; filename=\"\(attachment)\"" }
        if type.hasPrefix("image/svg+xml") { headers[.contentSecurityPolicy] = imagePolicy }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A refused request: its status and a sentence, as a small page.
    static func refusal(_ error: ServeError) -> Response {
        let problems = HTML.joined(error.diagnostics.map { "<li><code>\($0.description)</code></li>" }, separator: "")
        let page: HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Refused · jcm</title></head>
            <body><main><h1>\(error.status) \(HTTPResponse.Status(code: error.status).reasonPhrase)</h1>
            <p id="refusal">\(error.message)</p>
            <ul>\(problems)</ul></main></body></html>

            """
        return html(page, status: HTTPResponse.Status(code: error.status))
    }

    /// The type a rendered document is served as: text is shown as text, never interpreted,
    /// except the SVG diagram, which an image element shows (scripts in it never run there).
    static func contentType(_ name: String) -> (type: String, attachment: Bool) {
        if name.hasSuffix(".svg") { return ("image/svg+xml", false) }
        if name.hasSuffix(".xlsx") {
            return ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true)
        }
        if name.hasSuffix(".docx") {
            return ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true)
        }
        return ("text/plain; charset=utf-8", false)
    }
}
