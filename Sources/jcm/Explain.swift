import ArgumentParser
import JCMDiagnostics

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code: what it means, with an example.",
        discussion: """
            Examples:
              jcm explain P6
              jcm explain              # every code, one line each
              jcm explain --markdown   # the table of docs/diagnostics.md
            """
    )

    @Argument(help: ArgumentHelp("A code such as P6 (default: every code).", valueName: "code"))
    var code: String?

    @Flag(name: .long, help: "Print the Markdown table of every code.")
    var markdown = false

    func run() throws {
        if markdown {
            Console.out(DiagnosticCode.markdownDocument)
            return
        }
        guard let code else {
            Console.out(DiagnosticCode.allCases.map { "\($0.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0))\($0.meaning)\n" }.joined())
            return
        }
        guard let found = DiagnosticCode(rawValue: code.uppercased()) else {
            let known = DiagnosticCode.allCases.map(\.rawValue)
            throw ValidationError("no diagnostic code '\(Console.printable(code))'\(Suggestion.hint(for: code.uppercased(), in: known)); codes: \(known.joined(separator: ", "))")
        }
        Console.out("\(found.rawValue) (\(found.area)): \(found.meaning)\n  example: \(found.example)\n")
    }
}
