import ArgumentParser
import Foundation
import JCMKit

@main
struct JCM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jcm",
        abstract: "Check, calculate and draft a JCM Model Project application.",
        discussion: """
            Exit codes:
              0  eligible / success
              1  not eligible: a criterion or programme requirement fails (check);
                 a test case fails (test)
              2  bad input or usage: the message names the file, line and key
              3  undetermined: no criterion fails, but evidence is missing;
                 a figure is undefined for the project (calc)

            Data folders are found from --methodologies/--templates, then $JCM_METHODOLOGIES / \
            $JCM_TEMPLATES, then a Methodologies/ folder beside the project file (or test case) or in \
            one of its parents, then Methodologies/ and Templates/ in the current directory or a \
            parent, then beside the executable.

            Examples:
              jcm check Examples/haiphong-blower-inverter/project.yaml
              jcm calc Examples/haiphong-blower-inverter/project.yaml --format json
              jcm methodologies list
              jcm lint
              jcm test
              jcm schema VN_PM_DRAFT_BLOWER > project.schema.json
              jcm render Examples/haiphong-blower-inverter/project.yaml --out drafts/blower
              jcm validate Output/VN-HP-BLOWER-01/application.xml
            """,
        version: ToolVersion.current,
        // Every subcommand gives its commandName: deriving it from the type's name looks up type
        // metadata at each start, a tenth of a one-project check.
        subcommands: [Check.self, Calc.self, WhatIfCommand.self, Diff.self, Monitor.self, Verify.self, PortfolioCommand.self, Methodologies.self, Lint.self, Schema.self, Render.self, Validate.self, TestCases.self, Explain.self, Serve.self]
    )

    /// Maps argument-parser's usage failures onto the documented exit code 2.
    static func main() {
        // A child (pandoc) that closes its input early is an error of its own, not a reason to die.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == ExitStatus.notEligible.rawValue || code.rawValue == ExitStatus.undetermined.rawValue
                || code.rawValue == ExitStatus.badInput.rawValue
            {
                if code == .success, !(error is ExitCode) { Console.out(fullMessage(for: error) + "\n") }
                Foundation.exit(code.rawValue)
            }
            Console.error(fullMessage(for: error) + "\n")
            Foundation.exit(ExitStatus.badInput.rawValue)
        }
    }
}
