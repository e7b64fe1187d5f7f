import JCMKit

/// The frame of every page: its title, the navigation, the style sheet and the script, all
/// served by jcm itself (no network is needed, nothing is loaded from elsewhere).
public struct PageLayout: Sendable {
    public let links: PageLinks
    public let languages: [String]

    public init(links: PageLinks, languages: [String]) {
        self.links = links
        self.languages = languages
    }

    /// `language` switches the page to another wording; `switching` gives each language's URL.
    public func page(
        title: String, language: String, file: String? = nil, switching: (String) -> String, body: HTML
    ) -> HTML {
        let options = HTML.joined(
            languages.map { code in
                code == language
                    ? "<strong aria-current=\"true\">\(code)</strong>"
                    : "<a href=\"\(switching(code))\" lang=\"\(code)\">\(code)</a>"
            }, separator: " · ")
        var pages: HTML = "<a href=\"\(links.portfolio(language: language))\">Portfolio</a>"
        if let file {
            pages =
                pages + " · <a href=\"\(links.project(file, language: language))\">Project</a>"
                + " · <a href=\"\(links.documents(file, language: language))\">Documents</a>"
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>\(title) · jcm</title>
            <link rel="stylesheet" href="\(links.asset("page.css"))">
            <script src="\(links.asset("page.js"))" defer></script>
            </head>
            <body data-token="\(links.token.value)" data-file="\(file ?? "")" data-lang="\(language)">
            <header class="top">
            <nav aria-label="Pages">\(pages)</nav>
            <p class="languages">Language: \(options)</p>
            <p class="version">jcm \(ToolVersion.current)</p>
            </header>
            <main id="main">
            \(body)
            </main>
            </body>
            </html>

            """
    }
}
