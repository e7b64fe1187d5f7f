import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JCMServer
import NIOCore

/// A copy of the blower example in a scratch folder, served by the router under test with a
/// known token; the tests' client names the host `localhost`.
struct ServeFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let token = ServeToken(value: "0123456789abcdef")
    static let project = "blower/project.yaml"

    let folder: URL
    let workspace: Workspace

    init(hosts: AllowedHosts = AllowedHosts(["localhost"])) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("Examples/haiphong-blower-inverter"),
            to: folder.appendingPathComponent("blower"))
        workspace = try Workspace(
            folder: try ServedFolder(folder.path),
            methodologiesDirectory: Self.root.appendingPathComponent("Methodologies").path,
            templatesDirectory: Self.root.appendingPathComponent("Templates").path)
        self.hosts = hosts
    }

    let hosts: AllowedHosts

    func application() -> some ApplicationProtocol {
        Application(router: ServeRouter(workspace: workspace, token: Self.token, hosts: hosts).router())
    }

    var projectURL: URL { folder.appendingPathComponent(Self.project) }

    func projectText() throws -> String { try String(contentsOf: projectURL, encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// `path` with the token appended.
    static func signed(_ path: String) -> String { path + (path.contains("?") ? "&" : "?") + "t=\(token.value)" }

    /// What the page's script sends: the token in a header, the page's own origin.
    static let pageHeaders: HTTPFields = [
        .contentType: "text/plain; charset=utf-8", .origin: "http://localhost",
        HTTPField.Name("X-JCM-Token")!: token.value,
    ]

    /// The blower file with the first blower's expected average flow at 95 % of its rated flow.
    static func atNinetyFivePercent(_ text: String) -> String {
        guard let range = text.range(of: "expected_average_flow: 108,000 Nm3/h") else { return text }
        return text.replacingCharacters(in: range, with: "expected_average_flow: 171,000 Nm3/h")
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
