import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `jcm serve` as a user starts it: through `jcm`, on loopback, with a token, and in a real
/// browser (Debian's chromium with selenium, which `.ci/run` installs).
@Suite("jcm serve end to end", .serialized)
struct ServeEndToEndTests {
    /// Starts `jcm serve FOLDER` and returns the process and the URL it printed.
    func start(_ folder: URL) throws -> (JCMProcess.Launched, String) {
        let launched = try JCMProcess.launch([
            "serve", folder.path, "--methodologies", "Methodologies", "--templates", "Templates",
        ])
        var line = Data()
        while !line.contains(0x0A) {
            let byte = launched.out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line.append(byte)
        }
        return (launched, String(decoding: line, as: UTF8.self))
    }

    /// A scratch folder holding a copy of the blower example as `blower/`.
    func blowerFolder() throws -> URL {
        let folder = try JCMProcess.temporaryDirectory()
        try FileManager.default.copyItem(
            at: JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter"),
            to: folder.appendingPathComponent("blower"))
        return folder
    }

    @Test("listens on 127.0.0.1 only, with a token of 64 hex digits, and refuses a request without it")
    func loopbackWithToken() async throws {
        let folder = try blowerFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (launched, line) = try start(folder)
        defer { launched.process.terminate() }
        let match = try #require(line.firstMatch(of: /on http:\/\/127\.0\.0\.1:(\d+)\/\?t=([0-9a-f]{64})\n/))
        let base = "http://127.0.0.1:\(match.1)"
        let (refusedBody, refused) = try await URLSession.shared.data(from: URL(string: base + "/")!)
        #expect((refused as? HTTPURLResponse)?.statusCode == 403)
        #expect(!String(decoding: refusedBody, as: UTF8.self).contains("VN-HP-BLOWER-01"))
        let (body, answered) = try await URLSession.shared.data(from: URL(string: base + "/?t=\(match.2)")!)
        #expect((answered as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("VN-HP-BLOWER-01"))
        // 80 connections that send nothing: those beyond 64 are closed at once, and once they are
        // gone the page answers again.
        let flood = try JCMProcess.tool("python3", ["-c", Self.flood, String(match.1)])
        let closed = try #require(Int(flood.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(flood.stderr)")
        #expect(closed >= 16 && closed < 80)
        let (_, after) = try await URLSession.shared.data(from: URL(string: base + "/?t=\(match.2)")!)
        #expect((after as? HTTPURLResponse)?.statusCode == 200)
        launched.process.interrupt()
        let ending = await JCMProcess.end(of: launched.process, within: .seconds(8))
        #expect(ending == .ended(.exit) || ending == .gone, "\(ending)")
    }

    /// Opens 80 idle connections to the port given and prints how many the server closed.
    static let flood = """
        import socket, sys, time
        port = int(sys.argv[1])
        sockets = [socket.create_connection(("127.0.0.1", port)) for _ in range(80)]
        time.sleep(1)
        closed = 0
        for connection in sockets:
            connection.setblocking(False)
            try:
                closed += connection.recv(1) == b""
            except BlockingIOError:
                pass
            except ConnectionResetError:
                closed += 1
        for connection in sockets:
            connection.close()
        time.sleep(0.5)
        print(closed)
        """

    @Test("Ctrl-C stops it within seconds, even while a what-if analysis runs")
    func stopsPromptly() async throws {
        let folder = try blowerFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (launched, line) = try start(folder)
        let match = try #require(line.firstMatch(of: /on (http:\/\/127\.0\.0\.1:\d+)\/\?t=([0-9a-f]{64})\n/))
        let analysis = URL(string: "\(match.1)/what-if?file=blower/project.yaml&t=\(match.2)")!
        let request = Task { try? await URLSession.shared.data(from: analysis) }
        try await Task.sleep(for: .milliseconds(500))
        launched.process.interrupt()
        let ending = await JCMProcess.end(of: launched.process, within: .seconds(8))
        #expect(ending == .ended(.exit) || ending == .gone, "\(ending)")
        request.cancel()
    }

    @Test("a folder that does not exist is exit code 2 with its name, before any port is opened")
    func badFolder() throws {
        let result = try JCMProcess.run(["serve", "/nonexistent/jcm-folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'/nonexistent/jcm-folder' is not a folder"))
        #expect(result.stdout.isEmpty)
    }

    @Test("in chromium: typing 95 % of the rated flow and saving turns C6 and the verdict to fail; the set downloads")
    func browser() throws {
        let server = JCMProcess.executable.deletingLastPathComponent().appendingPathComponent("jcm-serve")
        let screenshot = JCMProcess.root.appendingPathComponent(".ci/artifacts/serve-page.png")
        let result = try JCMProcess.tool(
            "python3",
            [
                "Tests/Browser/serve_browser_test.py", "--serve", server.path,
                "--screenshot", screenshot.path,
            ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: screenshot.path))
    }
}
