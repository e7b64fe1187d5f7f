import JCMDocuments
import JCMKit

/// The rendered documents of a project in one language: the list, the chosen text document shown
/// in the page, and the download of the whole set with its manifest.
public struct DocumentsPage: Sendable {
    public let layout: PageLayout

    public init(layout: PageLayout) { self.layout = layout }

    public func page(_ documents: DocumentSet, file: String, language: String, chosen: String?) -> HTML {
        let links = layout.links
        let shown =
            documents.files.first { $0.name == chosen && $0.isText }
            ?? documents.files.first { $0.name.hasSuffix(".md") }
        let items = HTML.joined(
            documents.files.map { document in
                let name = document.name
                let current: HTML = document.name == shown?.name ? " aria-current=\"page\"" : ""
                let view: HTML =
                    document.isText
                    ? "<a href=\"\(links.documents(file, language: language, document: name))\"\(current)>\(name)</a>"
                    : "\(document.name)"
                return """
                    <li>\(view) <a class="raw" href="\(links.document(file, language: language, document: name))" \
                    download="\(name)">download</a> <span class="size">\(document.bytes.count) bytes</span></li>
                    """
            }, separator: "\n")
        let viewer: HTML =
            shown.map { document in
                document.name.hasSuffix(".svg")
                    ? """
                    <h2>\(document.name)</h2>
                    <img src="\(links.document(file, language: language, document: document.name))" \
                    alt="\(document.name)">
                    """
                    : "<h2>\(document.name)</h2>\n<pre class=\"document\" tabindex=\"0\">\(document.contents)</pre>"
            } ?? ""
        let body: HTML = """
            <h1>Documents of \(documents.projectID) (\(language))</h1>
            <p>Rendered by the same templates and renderer as <code>jcm render</code>, undated; the manifest records \
            the tool \
            version, the methodology and the SHA-256 of every input.</p>
            <p><a id="download" class="button" href="\(links.download(file, language: language))" \
            download="\(archiveName(documents))">Download the set (.zip with manifest.json)</a></p>
            <div class="documents">
            <nav aria-label="Documents"><ul class="document-list">
            \(items)
            </ul></nav>
            <article class="viewer">
            \(viewer)
            </article>
            </div>
            """
        return layout.page(
            title: "Documents of \(documents.projectID)", language: language, file: file,
            switching: { links.documents(file, language: $0, document: shown?.name) }, body: body)
    }

    /// `VN-HP-BLOWER-01.zip`, a translation's with its language: `VN-HP-BLOWER-01.vi.zip`.
    public func archiveName(_ documents: DocumentSet) -> String {
        let safe = String(documents.projectID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        return documents.language == "en" ? "\(safe).zip" : "\(safe).\(documents.language).zip"
    }
}
