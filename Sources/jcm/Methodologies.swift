import ArgumentParser
import JCMKit
import JCMReports

struct Methodologies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "methodologies",
        abstract: "List the shipped methodologies and programme calls, or show one methodology.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List methodologies and programme calls.", discussion: "Example:\n  jcm methodologies list --format json")

        @OptionGroup var data: DataOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            try reporting(json: output.isJSON) {
                let catalog = try data.catalog()
                Console.out(output.isJSON ? CatalogReport.json(catalog) : CatalogReport.text(catalog))
                return .eligible
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show one methodology: criteria, parameters, equations, sources.", discussion: "Example:\n  jcm methodologies show VN_PM_DRAFT_BLOWER")

        @Argument(help: "Methodology ID.") var id: String
        @Option(name: .customLong("methodology-version"), help: "Methodology version, e.g. Ver1.0 (default: the newest shipped).") var version: String?
        @OptionGroup var data: DataOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            try reporting(json: output.isJSON) {
                let catalog = try data.catalog()
                let methodology = try catalog.methodology(id: id, version: version)
                Console.out(output.isJSON ? CatalogReport.json(methodology) : CatalogReport.text(methodology))
                return .eligible
            }
        }
    }
}
