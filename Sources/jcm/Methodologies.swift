import ArgumentParser
import JCMKit

struct Methodologies: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the shipped methodologies and programme calls, or show one.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List methodologies and programme calls.", discussion: "Example:\n  jcm methodologies list --format json")

        @OptionGroup var data: DataOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            try reporting(output.format) {
                let catalog = try data.catalog()
                Console.out(output.format == .json ? CatalogReport.json(catalog) : CatalogReport.text(catalog))
                return .eligible
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one methodology: criteria, parameters, equations, sources.", discussion: "Example:\n  jcm methodologies show VN_PM_DRAFT_BLOWER")

        @Argument(help: "Methodology ID.") var id: String
        @Option(help: "Version (default: the newest shipped).") var version: String?
        @OptionGroup var data: DataOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            try reporting(output.format) {
                let catalog = try data.catalog()
                let matches = catalog.methodologies.filter { $0.id == id && (version == nil || $0.version == version) }
                guard let methodology = matches.max(by: { $0.version.compare($1.version, options: .numeric) == .orderedAscending }) else {
                    let known = catalog.methodologies.map(\.reference).joined(separator: ", ")
                    throw Failure.report([.error("P7", "no methodology \(id)\(version.map { " \($0)" } ?? ""); known: \(known)")])
                }
                Console.out(output.format == .json ? CatalogReport.json(methodology) : CatalogReport.text(methodology))
                return .eligible
            }
        }
    }
}
