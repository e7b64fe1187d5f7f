import Foundation
import Hummingbird
import JCMKit

/// The text of a save or a preview: the body itself (`text/plain`, from the page's script) or
/// the `text` field of a form posted without script. At most a project file's size is read.
enum EditBody {
    static func read(_ request: Request) async throws(ServeError) -> (text: String, isForm: Bool) {
        let limit = YAMLFile.maximumSize
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit * 3 {
            throw ServeError(.tooLarge, "a project file is at most \(limit >> 20) MiB")
        }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        let isForm = type.hasPrefix("application/x-www-form-urlencoded")
        guard isForm || type.hasPrefix("text/plain") else {
            throw ServeError(.unsupported, "send the project text as text/plain or as a form")
        }
        var request = request
        let buffer: ByteBuffer
        // A form encodes a byte in up to three, so its body may be three times the file.
        do { buffer = try await request.collectBody(upTo: isForm ? limit * 3 : limit) } catch {
            throw ServeError(.tooLarge, "a project file is at most \(limit >> 20) MiB")
        }
        guard let body = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw ServeError(.badRequest, "the text is not UTF-8")
        }
        guard isForm else { return (body, false) }
        guard let text = field("text", in: body) else { throw ServeError(.badRequest, "the form has no text field") }
        guard text.utf8.count <= limit else {
            throw ServeError(.tooLarge, "a project file is at most \(limit >> 20) MiB")
        }
        return (text, true)
    }

    /// A field of `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte.
    static func field(_ name: String, in body: String) -> String? {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == name else { continue }
            return String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
        }
        return nil
    }
}
