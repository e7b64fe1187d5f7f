import Mustache

/// Text already escaped for one document format. Every string a template can read has this
/// type, so no value reaches a document unescaped.
struct DocumentText: Sendable, MustacheCustomRenderable, TemplateValue, Encodable {
    let escaped: String

    init(_ raw: String, _ format: DocumentFormat) {
        escaped = format.escape(raw)
    }

    init() { escaped = "" }

    var renderText: String { escaped }
    var isNull: Bool { false }

    static var templateShape: TemplateShape { .text }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(escaped)
    }
}
