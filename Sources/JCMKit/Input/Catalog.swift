import Foundation
import JCMDiagnostics

/// Every methodology and programme call found under a `Methodologies/` folder.
public struct Catalog: Sendable {
    public var methodologies: [Methodology]
    public var programmes: [Programme]
    /// The methodology families for screening (`families.yaml`), when the folder has them.
    public var families: MethodologyFamilies?
    public var directory: String

    /// Loads every `.yaml` file below `directory`, sorted by path so that listings are stable.
    /// Problems in any file are gathered and thrown together. With a `selection`, only the files
    /// it needs are read and linted: enough to assess one project, at a fraction of the cost.
    /// Listing, linting, batches and screening read everything.
    public static func load(from directory: String, selection: CatalogSelection? = nil)
        throws(DiagnosticError) -> Catalog
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
            let paths = FolderListing.files(below: directory, where: { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") })
        else {
            throw DiagnosticError(.error(.F1, "the methodology folder '\(directory)' does not exist or cannot be read"))
        }
        var methodologies: [Methodology] = []
        var programmes: [Programme] = []
        var families: [MethodologyFamilies] = []
        var problems: [Diagnostic] = []
        // Test cases and other files beside the rules are not parsed: they were most of the files.
        var files: [(path: String, text: String, format: String?)] = []
        for relative in paths {
            let path = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            do {
                let text = try YAMLFile.readText(path)
                let format = KeyLine.first(of: "format", in: text)
                if format.map(catalogFormats.contains) != false { files.append((path, text, format)) }
            } catch {
                problems += error.diagnostics
            }
        }
        let needed = files.filter { file in
            guard let selection, let format = file.format else { return true }
            return selection.needs(format: format, text: file.text)
        }
        // The files are independent: they are read and linted on every core and gathered in path order.
        let entries = Concurrent.map(needed) { file in
            Result { () throws(DiagnosticError) in try Entry.read(file.text, path: file.path) }
        }
        var methodologyLint: [Diagnostic] = [], programmeLint: [Diagnostic] = []
        for entry in entries {
            switch entry {
            case .success(.methodology(let methodology, let lint)):
                methodologies.append(methodology)
                methodologyLint += lint
            case .success(.programme(let programme, let lint)):
                programmes.append(programme)
                programmeLint += lint
            case .success(.families(let family)): families.append(family)
            case .success(.other): continue
            case .failure(let error): problems += error.diagnostics
            }
        }
        // A methodology that fails lint is never run: its verdicts and figures could not be trusted.
        problems += methodologyLint + programmeLint
        problems += duplicates(methodologies.map { ($0.reference, $0.file.path) }, what: "methodology")
        problems += duplicates(programmes.map { ($0.fiscalYear, $0.file.path) }, what: "programme call")
        if families.count > 1, let second = families.dropFirst().first {
            problems.append(.error(.M6, "a second methodology family file; keep one", at: SourceLocation(file: second.file.path, line: 1, column: 1)))
        }
        // A family naming a methodology that failed to load is no news: that file's problems say why.
        let ids = Set(methodologies.map(\.id))
        for family in problems.isEmpty ? families.first?.families ?? [] : [] {
            for id in family.shipped where !ids.contains(id) {
                problems.append(.error(.R3, "family \(family.id) names '\(id)' as shipped, which is not a methodology here"
                    + Suggestion.hint(for: id, in: Array(ids)), at: SourceLocation(file: families[0].file.path, line: 1, column: 1)))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return Catalog(methodologies: methodologies, programmes: programmes.sorted { $0.fiscalYear < $1.fiscalYear },
                       families: families.first, directory: directory)
    }

    /// What one catalogue file holds.
    private enum Entry: Sendable {
        /// A methodology or a call with what lint found in it.
        case methodology(Methodology, lint: [Diagnostic])
        case programme(Programme, lint: [Diagnostic])
        case families(MethodologyFamilies)
        case other

        static func read(_ text: String, path: String) throws(DiagnosticError) -> Entry {
            let file = try YAMLFile.parse(text, path: path)
            switch file.rootNode.node["format"]?.text {
            case Methodology.format:
                let methodology = try Methodology.read(file)
                return .methodology(methodology, lint: Linter.lint(methodology))
            case Programme.format:
                let programme = try Programme.read(file)
                return .programme(programme, lint: Linter.lint(programme))
            case MethodologyFamilies.format: return .families(try MethodologyFamilies.read(file))
            default: return .other
            }
        }
    }

    private static let catalogFormats: Set = [Methodology.format, Programme.format, MethodologyFamilies.format]

    /// Two files claiming the same methodology version (or call) would make results depend on file order.
    private static func duplicates(_ entries: [(key: String, path: String)], what: String) -> [Diagnostic] {
        var first: [String: String] = [:]
        var problems: [Diagnostic] = []
        for (key, path) in entries {
            if let earlier = first[key] {
                problems.append(.error(.M6, "\(what) \(key) is defined twice: here and in \(earlier); keep one", at: SourceLocation(file: path, line: 1, column: 1)))
            } else {
                first[key] = path
            }
        }
        return problems
    }

    /// `id` at `version`, or its newest shipped version when `version` is nil; a P7 error names the known ones.
    public func methodology(id: String, version: String?) throws(DiagnosticError) -> Methodology {
        let matches = methodologies.filter { $0.id == id && (version == nil || $0.version == version) }
        guard let newest = matches.max(by: { $0.version.compare($1.version, options: .numeric) == .orderedAscending }) else {
            let known = methodologies.map(\.reference)
            let wanted = id + (version.map { " \($0)" } ?? "")
            throw DiagnosticError(.error(.P7, "methodology \(wanted) is not in \(directory)\(Suggestion.hint(for: wanted, in: known)); known: \(known.joined(separator: ", "))"))
        }
        return newest
    }

    /// The call for `fiscalYear`, or the newest one shipped.
    public func programme(fiscalYear: String?) -> Programme? {
        guard let fiscalYear else { return programmes.last }
        return programmes.first { $0.fiscalYear.caseInsensitiveCompare(fiscalYear) == .orderedSame }
    }
}
