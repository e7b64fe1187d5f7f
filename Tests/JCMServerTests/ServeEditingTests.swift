import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JCMServer
import JCMSpreadsheet
import NIOCore
import Testing

/// Saving, previewing and the documents, through the routes the page's script calls.
@Suite("jcm serve edits and renders")
struct ServeEditingTests {
    @Test("a save that parses is written, keeps the previous version, and changes the verdict")
    func saveChangesVerdict() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let before = try fixture.projectText()
        let changed = ServeFixture.atNinetyFivePercent(before)
        #expect(changed != before)
        try await fixture.application().test(.router) { client in
            let page = try await client.execute(
                uri: ServeFixture.signed("/project?file=\(ServeFixture.project)"), method: .get)
            #expect(page.text.contains("data-criterion=\"C6\" data-verdict=\"pass\""))
            #expect(page.text.contains("id=\"verdict\" class=\"verdict verdict-pass\""))
            let saved = try await client.execute(
                uri: "/save?file=\(ServeFixture.project)", method: .post,
                headers: ServeFixture.pageHeaders, body: ByteBuffer(string: changed))
            #expect(saved.status == .ok)
            #expect(saved.text.contains("data-criterion=\"C6\" data-verdict=\"fail\""))
            #expect(saved.text.contains("id=\"verdict\" class=\"verdict verdict-fail\""))
            #expect(saved.text.contains("Saved —"))
        }
        #expect(try fixture.projectText() == changed)
        #expect(
            try String(
                contentsOf: fixture.folder.appendingPathComponent(ServeFixture.project + ".previous"), encoding: .utf8)
                == before)
    }

    @Test("a save that does not parse is refused with its place, and the file is unchanged")
    func unparseableRefused() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let before = try fixture.projectText()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/save?file=\(ServeFixture.project)", method: .post,
                headers: ServeFixture.pageHeaders, body: ByteBuffer(string: "format: jcm-project/1\nid: [unclosed\n"))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Not saved"))
            #expect(response.text.contains("[Y1]"))
            #expect(response.text.contains("blower/project.yaml:"))
            #expect(!FileManager.default.fileExists(atPath: fixture.projectURL.path + ".previous"))
        }
        #expect(try fixture.projectText() == before)
    }

    @Test("a preview assesses the text without writing it; a form posted without script saves too")
    func previewAndForm() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let before = try fixture.projectText()
        let changed = ServeFixture.atNinetyFivePercent(before)
        try await fixture.application().test(.router) { client in
            let preview = try await client.execute(
                uri: "/preview?file=\(ServeFixture.project)", method: .post,
                headers: ServeFixture.pageHeaders, body: ByteBuffer(string: changed))
            #expect(preview.text.contains("data-criterion=\"C6\" data-verdict=\"fail\""))
            #expect(try fixture.projectText() == before)
            var form = ServeFixture.pageHeaders
            form[.contentType] = "application/x-www-form-urlencoded"
            form[HTTPField.Name("X-JCM-Token")!] = nil
            let encoded = changed.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let posted = try await client.execute(
                uri: ServeFixture.signed("/save?file=\(ServeFixture.project)"), method: .post,
                headers: form, body: ByteBuffer(string: "text=\(encoded)&t=\(ServeFixture.token.value)"))
            #expect(posted.status == .ok)
            #expect(posted.text.contains("<!DOCTYPE html>"))
            #expect(posted.text.contains("data-criterion=\"C6\" data-verdict=\"fail\""))
        }
        #expect(try fixture.projectText() == changed)
    }

    @Test("input problems are shown with file:line:col as on the command line")
    func problemsOnTheirLines() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let text = try fixture.projectText().replacingOccurrences(
            of: "rated_flow: 180,000 Nm3/h", with: "rated_flow: 180.000,5 Nm3/h")
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: "/preview?file=\(ServeFixture.project)", method: .post,
                headers: ServeFixture.pageHeaders, body: ByteBuffer(string: text))
            #expect(response.status == .ok)
            #expect(response.text.contains("data-line=\"67\""))
            #expect(response.text.contains("blower/project.yaml:67:"))
            #expect(response.text.contains("67 ●"))
        }
    }

    @Test("the document set downloads as a ZIP with its manifest, and documents show in the page")
    func documents() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let download = try await client.execute(
                uri: ServeFixture.signed("/download?file=\(ServeFixture.project)&lang=vi"), method: .get)
            #expect(download.status == .ok)
            #expect(download.headers[.contentType] == "application/zip")
            #expect(download.headers[.contentDisposition]?.contains("VN-HP-BLOWER-01.vi.zip") == true)
            let entries = OfficePackage.entries(in: Data(buffer: download.body)) ?? []
            #expect(entries.contains("manifest.json"))
            #expect(entries.contains("application.xml"))
            let page = try await client.execute(
                uri: ServeFixture.signed("/documents?file=\(ServeFixture.project)&doc=pdd-draft.md"), method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<pre class=\"document\""))
            let portfolio = try await client.execute(uri: ServeFixture.signed("/"), method: .get)
            #expect(portfolio.text.contains("<svg"))
            #expect(portfolio.text.contains("blower/project.yaml"))
        }
    }
}
