import ArgumentParser
import Foundation
import Hummingbird
import JCMDiagnostics
import JCMKit
import JCMServer
import Logging
import ServiceLifecycle

/// `jcm serve`: the consultant's page on this machine only. A program of its own so that the
/// command-line tool does not carry a web server; `jcm serve` starts it.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jcm serve",
        abstract: "Serve a local page to edit projects and see every verdict, figure and document change.",
        discussion: """
            Listens on the loopback interface only (127.0.0.1, or ::1 with --ipv6), on a free port \
            unless --port names one, and prints the page's URL with a token made for this run: every \
            request without it is refused, and so is any change that does not come from the page \
            itself. Only files inside FOLDER are read or written; saving replaces the project file in \
            one step, keeps the previous text as <file>.previous, and refuses text that is not YAML. \
            Methodologies and templates are read once, at start. Ctrl-C stops the server.

            Examples:
              jcm serve Examples/
              jcm serve Examples/haiphong-blower-inverter --port 8731
              jcm serve drafts/ --methodologies Methodologies --templates Templates
            """
    )

    @Argument(help: ArgumentHelp("The folder of project files to serve.", valueName: "folder"))
    var folder = "."

    @Option(name: .long, help: ArgumentHelp("Port on the loopback interface; 0 takes a free one.", valueName: "port"))
    var port = 0

    @Flag(name: .long, help: "Listen on ::1 instead of 127.0.0.1.")
    var ipv6 = false

    @Option(name: .long, help: ArgumentHelp("Folder of methodology and programme YAML files.", valueName: "dir"))
    var methodologies: String?

    @Option(name: .long, help: ArgumentHelp("Folder of document templates and wordings.", valueName: "dir"))
    var templates: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port takes 0 to 65535") }
    }

    func run() async throws {
        let served: ServedFolder
        let workspace: Workspace
        do {
            served = try ServedFolder(folder)
            guard
                let catalog = Self.data(
                    "Methodologies", explicit: methodologies, variable: "JCM_METHODOLOGIES", near: served.root),
                let templateFolder = Self.data(
                    "Templates", explicit: templates, variable: "JCM_TEMPLATES", near: served.root)
            else {
                throw Self.stop(
                    "error: [F1] no Methodologies/ or Templates/ folder found; pass --methodologies and --templates")
            }
            workspace = try Workspace(
                folder: served, methodologiesDirectory: catalog, templatesDirectory: templateFolder)
        } catch let error as ServeError {
            throw Self.stop("error: [F1] \(error.message)")
        } catch let error as DiagnosticError {
            throw Self.stop(error.description)
        }
        let token = ServeToken.random()
        let hosts = AllowedHosts()
        let address = ipv6 ? "::1" : "127.0.0.1"
        var logger = Logger(label: "jcm-serve")
        logger.logLevel = .warning
        let application = Application(
            router: ServeRouter(workspace: workspace, token: token, hosts: hosts).router(),
            server: ConnectionLimit.server(),
            configuration: .init(address: .hostname(address, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                hosts.allow(port: bound)
                let host = ipv6 ? "[::1]" : "127.0.0.1"
                let line = "jcm serve: \(served.root) on http://\(host):\(bound)/?t=\(token.value)\n(Ctrl-C stops it)\n"
                FileHandle.standardOutput.write(Data(TerminalText.printable(line).utf8))
            },
            logger: logger)
        // Ctrl-C lets requests in flight finish for 2 s, then cancels them (an analysis stops
        // being waited for), so the server always stops promptly.
        var group = ServiceGroupConfiguration(
            services: [.init(service: application)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration = .seconds(2)
        try await ServiceGroup(configuration: group).run()
    }

    /// Reports a problem that stops the server before it starts: exit code 2, as for any bad input.
    static func stop(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data(TerminalText.printable(message + "\n").utf8))
        return ExitCode(2)
    }

    /// A data folder: the option, the environment, beside the served folder or a parent, then
    /// the usual places (the current directory, beside the executable).
    static func data(_ name: String, explicit: String?, variable: String, near folder: String) -> String? {
        ResourceLocator.find(name, explicit: explicit, environmentVariable: variable, currentDirectory: folder)
            ?? ResourceLocator.find(name, explicit: explicit, environmentVariable: variable)
    }
}
