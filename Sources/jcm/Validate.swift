import ArgumentParser
import Foundation
import JCMDiagnostics
import JCMDocuments
import JCMKit
import JCMReports

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate an application XML document against the application schema.",
        discussion: """
            Uses the same libxml2 validation as jcm render. Each problem prints as \
            file:line:col: error: [X1] (not well-formed) or [X2] (violates the schema). The schema is \
            jcm-application-1.0.xsd in the templates folder unless --schema names another. Exit 0 \
            when valid, 2 otherwise.

            Examples:
              jcm validate Output/VN-HP-BLOWER-01/application.xml
              jcm validate application.xml --schema Templates/jcm-application-1.0.xsd
            """
    )

    @Argument(help: ArgumentHelp("The application XML file.", valueName: "file.xml"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The XSD to validate against.", valueName: "file.xsd"))
    var schema: String?

    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try reporting(json: output.isJSON) {
            let schemaPath = try schema ?? (templateOptions.directory() as NSString).appendingPathComponent(ApplicationSchema.fileName)
            let loaded = try ApplicationSchema.load(schemaPath)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Failure.report([.error(.F1, "cannot read file '\(file)'")])
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw Failure.report([.error(.X1, "'\(file)' is not UTF-8 text; application XML is UTF-8", at: SourceLocation(file: file, line: 1, column: 1))])
            }
            let problems = loaded.validate(text, documentName: file)
            if !problems.isEmpty { throw Failure.report(problems) }
            Console.out(output.isJSON ? JSONReport.diagnostics([]) : "\(file): valid against \(loaded.fingerprint.file)\n")
            return .eligible
        }
    }
}
