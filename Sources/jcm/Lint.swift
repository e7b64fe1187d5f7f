import ArgumentParser
import Foundation
import JCMDiagnostics
import JCMKit
import JCMReports

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Prove that methodologies and programme calls are well formed before any project is run.",
        discussion: """
            Checks every criterion is a true/false test and every equation has its declared unit's \
            dimension, with every name defined. Errors print as file:line:col: error: [code] message. \
            Exit 0 when clean, 2 otherwise.

            Examples:
              jcm lint
              jcm lint Methodologies/VN_PM_DRAFT_BLOWER/Ver0.1.yaml
            """
    )

    @Argument(help: ArgumentHelp("Methodology or programme files (default: every file in the folder).", valueName: "file.yaml"))
    var files: [String] = []

    @OptionGroup var data: DataOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reporting(json: output.isJSON) {
            var diagnostics: [Diagnostic] = []
            var count = 0
            if files.isEmpty {
                // Loading the catalog lints every file and rejects duplicates.
                let catalog = try data.catalog()
                count = catalog.methodologies.count + catalog.programmes.count
            } else {
                for file in files {
                    do throws(DiagnosticError) {
                        diagnostics += try Linter.lint(file: file)
                    } catch {
                        diagnostics += error.diagnostics
                    }
                }
                count = files.count
            }
            if !diagnostics.isEmpty { throw Failure.report(diagnostics) }
            Console.out(output.isJSON ? JSONReport.diagnostics([]) : "\(count) file(s) lint clean.\n")
            return .eligible
        }
    }
}
