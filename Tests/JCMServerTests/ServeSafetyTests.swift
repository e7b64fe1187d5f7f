import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JCMServer
import NIOCore
import Testing

/// Each protection of `jcm serve`, with a request that it must refuse.
@Suite("jcm serve refuses what it must")
struct ServeSafetyTests {
    @Test("every request needs the run's token")
    func tokenRequired() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            for uri in [
                "/", "/assets/page.js", "/project?file=blower/project.yaml", "/download?file=blower/project.yaml",
                "/?t=wrong",
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .forbidden, "\(uri)")
                #expect(!response.text.contains("VN-HP-BLOWER-01"))
            }
            let allowed = try await client.execute(uri: ServeFixture.signed("/"), method: .get)
            #expect(allowed.status == .ok)
            #expect(allowed.text.contains("VN-HP-BLOWER-01"))
            let missing = try await client.execute(uri: ServeFixture.signed("/nothing-here"), method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let head = try await client.execute(uri: ServeFixture.signed("/"), method: .head)
            #expect(head.status == .methodNotAllowed)
        }
    }

    @Test("a request for another host name, or with a second Host, is refused (DNS rebinding)")
    func hostChecked() async throws {
        let fixture = try ServeFixture(hosts: AllowedHosts(["127.0.0.1:8731"]))
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: ServeFixture.signed("/"), method: .get)
            #expect(response.status == .forbidden)
            #expect(response.text.contains("loopback"))
        }
        let allowed = try ServeFixture()
        defer { allowed.remove() }
        try await allowed.application().test(.router) { client in
            let second = try await client.execute(
                uri: ServeFixture.signed("/"), method: .get, headers: [HTTPField.Name("Host")!: "evil.example"])
            #expect(second.status == .forbidden)
        }
    }

    @Test(
        "paths out of the folder are refused (.., absolute, encoded, a symbolic link), and files that are not projects")
    func traversalRefused() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jcm-outside-\(UUID().uuidString).yaml")
        try "format: jcm-project/1\nsecret: outside\n".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            at: fixture.folder.appendingPathComponent("link.yaml"), withDestinationURL: outside)
        // A folder that is a link out of the folder, and a second name (hard link) of the outside file.
        let away = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: away, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: away) }
        let awayProject = away.appendingPathComponent("project.yaml")
        try "format: jcm-project/1\nsecret: folder\n".write(to: awayProject, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: fixture.folder.appendingPathComponent("linked"), withDestinationURL: away)
        try FileManager.default.linkItem(at: outside, to: fixture.folder.appendingPathComponent("second-name.yaml"))
        // Inside the folder but not project files: a note and a hidden folder's file.
        try "secret: note\n".write(
            to: fixture.folder.appendingPathComponent("blower/notes.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: fixture.folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "secret: hidden\n".write(
            to: fixture.folder.appendingPathComponent(".git/config.yaml"), atomically: true, encoding: .utf8)
        try await fixture.application().test(.router) { client in
            for file in [
                "../\(outside.lastPathComponent)", outside.path, "%2e%2e/%2e%2e/etc/passwd", "blower/../../etc/passwd",
                "link.yaml",
                "/etc/passwd", "~/x.yaml", "blower/notes.txt", ".git/config.yaml", "blower/./../.git/config.yaml",
                "linked/project.yaml", "second-name.yaml",
            ] {
                let response = try await client.execute(uri: ServeFixture.signed("/project?file=\(file)"), method: .get)
                #expect(response.status == .forbidden, "\(file)")
                #expect(!response.text.contains("secret"), "\(file)")
                let save = try await client.execute(
                    uri: "/save?file=\(file)", method: .post, headers: ServeFixture.pageHeaders,
                    body: ByteBuffer(string: "format: jcm-project/1\n"))
                #expect(save.status == .forbidden, "\(file)")
            }
        }
        #expect(try String(contentsOf: outside, encoding: .utf8).contains("secret: outside"))
        #expect(try String(contentsOf: awayProject, encoding: .utf8).contains("secret: folder"))
    }

    @Test("a change without the page's own origin is refused and writes nothing")
    func originRequired() async throws {
        let fixture = try ServeFixture(hosts: AllowedHosts(["localhost", "127.0.0.1:8731"]))
        defer { fixture.remove() }
        let before = try fixture.projectText()
        let changed = ServeFixture.atNinetyFivePercent(before)
        try await fixture.application().test(.router) { client in
            var missing = ServeFixture.pageHeaders
            missing[.origin] = nil
            var foreign = ServeFixture.pageHeaders
            foreign[.origin] = "http://attacker.example"
            var crossSite = ServeFixture.pageHeaders
            crossSite[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            var otherLoopbackName = ServeFixture.pageHeaders
            otherLoopbackName[.origin] = "http://127.0.0.1:8731"
            for headers in [missing, foreign, crossSite, otherLoopbackName] {
                let response = try await client.execute(
                    uri: "/save?file=\(ServeFixture.project)", method: .post, headers: headers,
                    body: ByteBuffer(string: changed))
                #expect(response.status == .forbidden)
            }
        }
        #expect(try fixture.projectText() == before)
    }

    @Test("a body larger than a project file is refused and writes nothing")
    func sizeLimited() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let before = try fixture.projectText()
        try await fixture.application().test(.router) { client in
            let huge = ByteBuffer(repeating: UInt8(ascii: "#"), count: (8 << 20) + 1)
            let response = try await client.execute(
                uri: "/save?file=\(ServeFixture.project)", method: .post,
                headers: ServeFixture.pageHeaders, body: huge)
            #expect(response.status == .contentTooLarge)
            let long = try await client.execute(
                uri: ServeFixture.signed("/project?file=" + String(repeating: "a", count: 5_000)), method: .get)
            #expect(long.status == .badRequest)
        }
        #expect(try fixture.projectText() == before)
    }

    @Test("text from the project is escaped in the page, and the page loads nothing from elsewhere")
    func escapedByType() async throws {
        let fixture = try ServeFixture()
        defer { fixture.remove() }
        let text = try fixture.projectText().replacingOccurrences(
            of: "\nname: Energy saving",
            with: "\nname: <script>alert(1)</script><img src=x onerror=alert(2)> Energy saving")
        try text.write(to: fixture.projectURL, atomically: true, encoding: .utf8)
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(
                uri: ServeFixture.signed("/project?file=\(ServeFixture.project)"), method: .get)
            #expect(response.status == .ok)
            #expect(!response.text.contains("<script>alert(1)"))
            #expect(!response.text.contains("<img src=x"))
            #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(!response.text.contains("src=\"http") && !response.text.contains("href=\"http"))
        }
    }
}
