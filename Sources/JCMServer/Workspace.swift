import Foundation
import JCMDiagnostics
import JCMDocuments
import JCMKit
import JCMReports

/// What `jcm serve` works with: the served folder, the catalogue read once at start, and the
/// wording and templates of every language. Every request assesses afresh from the file or the
/// text it is given, with the same engine and renderers as the command line.
public struct Workspace: Sendable {
    public let folder: ServedFolder
    public let catalog: Catalog
    public let templatesDirectory: String
    /// Every language with a wording in the templates folder, English first.
    public let languages: [String]
    let wordings: [String: Wording]

    public init(
        folder: ServedFolder, methodologiesDirectory: String, templatesDirectory: String
    ) throws(DiagnosticError) {
        self.folder = folder
        catalog = try Catalog.load(from: methodologiesDirectory)
        self.templatesDirectory = templatesDirectory
        var wordings: [String: Wording] = [:]
        for language in Wording.languages(in: templatesDirectory) {
            wordings[language] = try Wording.load(in: templatesDirectory, language: language)
        }
        guard wordings["en"] != nil else {
            throw DiagnosticError(.error(.L1, "no English wording in '\(templatesDirectory)'"))
        }
        self.wordings = wordings
        languages = wordings.keys.sorted { ($0 == "en" ? "" : $0) < ($1 == "en" ? "" : $1) }
    }

    /// The wording of `language`, English when there is none.
    public func wording(_ language: String?) -> Wording {
        language.flatMap { wordings[$0] } ?? wordings["en"]!
    }

    /// The project file's text and what the engine makes of it.
    public func open(_ relative: String) throws(ServeError) -> ProjectState {
        assess(try folder.text(of: relative), relative: relative, path: folder.path(relative))
    }

    /// `text` assessed as if it were the file `relative` (an edit not saved yet).
    public func assess(_ text: String, relative: String) throws(ServeError) -> ProjectState {
        try folder.check(relative)
        return assess(text, relative: relative, path: folder.path(relative))
    }

    private func assess(_ text: String, relative: String, path: String) -> ProjectState {
        let outcome: Result<Assessment, DiagnosticError>
        do throws(DiagnosticError) {
            outcome = .success(try Assessment.assess(try ProjectLoader.load(text: text, path: path, catalog: catalog)))
        } catch {
            outcome = .failure(error)
        }
        return ProjectState(relative: relative, path: path, text: text, outcome: outcome)
    }

    /// Saves `text` over the project file when it parses as YAML; otherwise nothing is written
    /// and the error says why. Text that parses but has problems is saved, and they are shown.
    public func save(_ text: String, to relative: String) throws(ServeError) -> ProjectState {
        let path = folder.path(relative)
        guard text.utf8.count <= YAMLFile.maximumSize else {
            throw ServeError(.tooLarge, "a project file is at most \(YAMLFile.maximumSize >> 20) MiB")
        }
        do { _ = try YAMLFile.parse(text, path: path) } catch {
            throw ServeError(.unprocessable, "not saved: the text is not YAML", diagnostics: error.diagnostics)
        }
        try folder.save(text, to: relative)
        return assess(text, relative: relative, path: path)
    }

    /// Every project of the folder screened as `jcm portfolio` does, each file read as the
    /// project view reads it (a file that is a link or has other names is a bad entry).
    public func portfolio() -> (portfolio: Portfolio, relative: [String: String]) {
        let folder = folder
        let files = folder.projects().map(folder.path)
        let read: @Sendable (String) throws(DiagnosticError) -> String = { path throws(DiagnosticError) in
            do throws(ServeError) { return try folder.text(of: folder.relative(path)) } catch {
                throw DiagnosticError(.error(.F1, error.message, at: SourceLocation(file: path, line: 1, column: 1)))
            }
        }
        let entries = Batch.assess(files, catalog: catalog, programmeYear: nil, read: read)
        let relative = Dictionary(files.map { ($0, folder.relative($0)) }, uniquingKeysWith: { first, _ in first })
        return (Portfolio.screen(entries, families: catalog.families), relative)
    }

    /// The documents `jcm render` writes for the saved project, in `language`, undated.
    public func documents(_ relative: String, language: String) throws(ServeError) -> DocumentSet {
        let state = try open(relative)
        guard case .success(let assessment) = state.outcome else {
            throw ServeError(
                .unprocessable, "the project has input problems; fix them to render its documents",
                diagnostics: state.shown(state.diagnostics))
        }
        do {
            let templates = try TemplateSet.load(from: templatesDirectory, language: language)
            return try DocumentSet.render(assessment, templates: templates, date: nil)
        } catch {
            throw ServeError(
                .unprocessable, "the documents cannot be rendered", diagnostics: state.shown(error.diagnostics))
        }
    }

    /// `jcm what-if` for the saved project.
    public func whatIf(_ relative: String) throws(ServeError) -> WhatIfAnalysis {
        let state = try open(relative)
        do {
            return try WhatIf.analyse(try ProjectLoader.load(text: state.text, path: state.path, catalog: catalog))
        } catch {
            throw ServeError(
                .unprocessable, "no what-if analysis for this project", diagnostics: state.shown(error.diagnostics))
        }
    }
}

/// A project file's text and its assessment, or the input problems that stopped it.
public struct ProjectState: Sendable {
    public var relative: String
    public var path: String
    public var text: String
    public var outcome: Result<Assessment, DiagnosticError>

    public var assessment: Assessment? { try? outcome.get() }

    /// `diagnostics` with the project file named by its path in the folder, as the page names it
    /// (nothing of the machine's folders beyond).
    public func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var shown = diagnostic
            if let location = diagnostic.location.flatMap(place) { shown.location = location }
            return shown
        }
    }

    /// `location` with the file named as the page names it; nil when it is in another file.
    public func place(_ location: SourceLocation) -> SourceLocation? {
        location.file == path ? SourceLocation(file: relative, line: location.line, column: location.column) : nil
    }

    /// Problems and warnings, each placed in the project file where it has a place.
    public var diagnostics: [Diagnostic] {
        switch outcome {
        case .success(let assessment): assessment.loaded.warnings
        case .failure(let error): error.diagnostics
        }
    }
}
