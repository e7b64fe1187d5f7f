import ArgumentParser
import JCMKit

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of project files for a methodology, for editors.",
        discussion: """
            The schema combines the core project format, the methodology's equipment fields and \
            parameters, and the programme call's fields.

            Examples:
              jcm schema VN_PM_DRAFT_BLOWER > project.schema.json
              # then, in a project file, for the YAML language server:
              # yaml-language-server: $schema=project.schema.json
            """
    )

    @Argument(help: "Methodology ID (omit for projects without a methodology).") var id: String?
    @Option(name: .customLong("methodology-version"), help: "Methodology version, e.g. Ver1.0 (default: the newest shipped).") var version: String?
    @Option(name: .long, help: ArgumentHelp("Programme call (default: the newest shipped).", valueName: "fiscal-year"))
    var programme: String?
    @OptionGroup var data: DataOptions

    func run() throws {
        try reporting(json: false) {
            let catalog = try data.catalog()
            let methodology = try id.map { try catalog.methodology(id: $0, version: version) }
            Console.out(ProjectJSONSchema.generate(methodology: methodology, programme: catalog.programme(fiscalYear: programme)))
            return .eligible
        }
    }
}
