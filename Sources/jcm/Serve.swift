import ArgumentParser
import Foundation
import JCMDiagnostics

/// `jcm serve` runs `jcm-serve`, installed beside `jcm`: the web server is a program of its own,
/// so that the command-line tool stays small and quick to start.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a local page to edit projects and see every verdict, figure and document change.",
        discussion: """
            Starts jcm-serve, found beside jcm, with the same arguments; `jcm serve --help` passes \
            the question on. The page listens on 127.0.0.1 only, with a token in its URL. To build \
            jcm-serve beside jcm:
              swift build --product jcm-serve

            Examples:
              jcm serve Examples/
              jcm serve Examples/haiphong-blower-inverter --port 8731
            """
    )

    @Argument(
        parsing: .captureForPassthrough,
        help: ArgumentHelp("The folder to serve, and jcm-serve's options.", valueName: "folder"))
    var arguments: [String] = []

    func run() throws {
        try reporting(json: false) { try start() }
    }

    func start() throws -> ExitStatus {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let server = executable.deletingLastPathComponent().appendingPathComponent("jcm-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw Failure.report([
                .error(
                    .F1,
                    "jcm serve needs jcm-serve beside jcm (\(server)); build it with swift build --product jcm-serve")
            ])
        }
        let argv = ([server] + arguments).map { strdup($0) } + [nil]
        execv(server, argv)
        throw Failure.report([.error(.F1, "cannot start '\(server)': \(String(cString: strerror(errno)))")])
    }
}
