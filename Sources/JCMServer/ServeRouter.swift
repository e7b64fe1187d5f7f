import Foundation
import HTTPTypes
import Hummingbird
import JCMDiagnostics
import JCMDocuments
import JCMKit
import JCMReports
import JCMSpreadsheet
import NIOCore

/// The routes of `jcm serve`, behind `RequestGuard`. Each handler reads the folder afresh and
/// answers with server-rendered HTML; only the page's own script calls them.
public struct ServeRouter: Sendable {
    public let workspace: Workspace
    public let token: ServeToken
    public let hosts: AllowedHosts
    let analyses = AnalysisGate()

    public init(workspace: Workspace, token: ServeToken, hosts: AllowedHosts) {
        self.workspace = workspace
        self.token = token
        self.hosts = hosts
    }

    var links: PageLinks { PageLinks(token: token) }
    var layout: PageLayout { PageLayout(links: links, languages: workspace.languages) }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestGuard(token: token, hosts: hosts))
        router.get("/assets/page.css") { _, _ in
            ServeResponses.bytes(Data(PageAssets.css.utf8), type: "text/css; charset=utf-8")
        }
        router.get("/assets/page.js") { _, _ in
            ServeResponses.bytes(Data(PageAssets.script.utf8), type: "text/javascript; charset=utf-8")
        }
        router.get("/") { request, _ in answer { portfolio(request) } }
        router.get("/project") { request, _ in answer { try project(request) } }
        router.post("/save") { request, _ in await answer { try await edit(request, saving: true) } }
        router.post("/preview") { request, _ in await answer { try await edit(request, saving: false) } }
        router.get("/what-if") { request, _ in await answer { try await whatIf(request) } }
        router.get("/documents") { request, _ in answer { try documents(request) } }
        router.get("/document") { request, _ in answer { try document(request) } }
        router.get("/download") { request, _ in answer { try download(request) } }
        return router
    }

    func answer(_ body: () throws -> Response) -> Response {
        do { return try body() } catch {
            return ServeResponses.refusal(error as? ServeError ?? ServeError(.badRequest, "\(error)"))
        }
    }

    func answer(_ body: () async throws -> Response) async -> Response {
        do { return try await body() } catch {
            return ServeResponses.refusal(error as? ServeError ?? ServeError(.badRequest, "\(error)"))
        }
    }

    func language(_ request: Request) -> String {
        let asked = request.uri.queryParameters["lang"].map(String.init) ?? "en"
        return workspace.languages.contains(asked) ? asked : "en"
    }

    func file(_ request: Request) throws(ServeError) -> String {
        guard let file = request.uri.queryParameters["file"] else {
            throw ServeError(.badRequest, "name a project file (file=…)")
        }
        return String(file)
    }

    func portfolio(_ request: Request) -> Response {
        let language = language(request)
        let screened = workspace.portfolio()
        let page = PortfolioPage(layout: layout, wording: workspace.wording(language))
        let name = (workspace.folder.root as NSString).lastPathComponent
        return ServeResponses.html(
            page.page(screened.portfolio, relative: screened.relative, folderName: name, language: language))
    }

    func project(_ request: Request) throws(ServeError) -> Response {
        let language = language(request)
        let state = try workspace.open(try file(request))
        return ServeResponses.html(
            ProjectPage(layout: layout, wording: workspace.wording(language)).page(state, language: language))
    }

    /// A save or a preview. The page's script sends the text as `text/plain` and gets the parts
    /// that change; a form posted without script gets the whole page.
    func edit(_ request: Request, saving: Bool) async throws(ServeError) -> Response {
        let language = language(request)
        let relative = try file(request)
        let (text, isForm) = try await EditBody.read(request)
        let page = ProjectPage(layout: layout, wording: workspace.wording(language))
        let state: ProjectState
        let status: String
        do {
            state = saving ? try workspace.save(text, to: relative) : try workspace.assess(text, relative: relative)
            let verdict = state.assessment.map { workspace.wording(language).verdictSentence($0.eligibility.verdict) }
            status = (saving ? "Saved — " : "Not saved yet — ") + (verdict ?? "the project has input problems.")
        } catch  where error.kind == .unprocessable {
            let path = workspace.folder.path(relative)
            let refused = ProjectState(
                relative: relative, path: path, text: text, outcome: .failure(DiagnosticError(error.diagnostics)))
            let sentence = "Not saved: the text does not parse as YAML; the file keeps its last saved version."
            return isForm
                ? ServeResponses.html(
                    page.page(refused, language: language, status: sentence), status: .unprocessableContent)
                : ServeResponses.html(page.refusal(refused, status: sentence), status: .unprocessableContent)
        }
        return isForm
            ? ServeResponses.html(page.page(state, language: language, status: status))
            : ServeResponses.html(page.update(state, language: language, status: status))
    }

    func whatIf(_ request: Request) async throws(ServeError) -> Response {
        let language = language(request)
        let relative = try file(request)
        let workspace = workspace
        let analysis = try await analyses.run { () throws(ServeError) in try workspace.whatIf(relative) }
        let text = WhatIfReport.text(analysis, wording: workspace.wording(language))
        return ServeResponses.html("<pre class=\"what-if\">\(text)</pre>")
    }

    func documents(_ request: Request) throws(ServeError) -> Response {
        let language = language(request)
        let relative = try file(request)
        let set = try workspace.documents(relative, language: language)
        let chosen = request.uri.queryParameters["doc"].map(String.init)
        return ServeResponses.html(
            DocumentsPage(layout: layout).page(set, file: relative, language: language, chosen: chosen))
    }

    func document(_ request: Request) throws(ServeError) -> Response {
        let set = try workspace.documents(try file(request), language: language(request))
        let name = request.uri.queryParameters["doc"].map(String.init)
        guard let document = set.files.first(where: { $0.name == name }) else {
            throw ServeError(.notFound, "no such document")
        }
        let (type, attachment) = ServeResponses.contentType(document.name)
        return ServeResponses.bytes(document.bytes, type: type, attachment: attachment ? document.name : nil)
    }

    /// The whole set as a ZIP: the documents and `manifest.json`, as `jcm render` writes them.
    func download(_ request: Request) throws(ServeError) -> Response {
        let set = try workspace.documents(try file(request), language: language(request))
        let archive: Data
        do { archive = try ZipArchive.bytes(set.files.map { ($0.name, $0.bytes) }) } catch {
            throw ServeError(.unprocessable, "the archive could not be made: \(error.description)")
        }
        return ServeResponses.bytes(
            archive, type: "application/zip", attachment: DocumentsPage(layout: layout).archiveName(set))
    }
}
