import Foundation
import JCMDiagnostics

/// One project of a batch: its file, and its assessment or the input problems that stopped it.
public struct BatchEntry: Sendable {
    public var file: String
    public var outcome: Result<Assessment, DiagnosticError>

    public init(file: String, outcome: Result<Assessment, DiagnosticError>) {
        self.file = file
        self.outcome = outcome
    }

    /// A project assessed on its own, for the formats that always report a run.
    public init(_ assessment: Assessment) {
        self.init(file: assessment.project.file.path, outcome: .success(assessment))
    }

    public var assessment: Assessment? { try? outcome.get() }
    public var problems: [Diagnostic] {
        if case .failure(let error) = outcome { return error.diagnostics }
        return []
    }
}

/// Assesses many projects against one catalogue, on every core, the results in the order of
/// the files. A file that cannot be read or checked is one entry with its problems; the others
/// are assessed all the same.
public enum Batch {
    /// `progress` is called with the number done after each project, from any thread; `read`
    /// gives a file's text (by default read from disk, at most `YAMLFile.maximumSize` bytes);
    /// `tracingItems` is `Assessment.assess`'s.
    public static func assess(
        _ files: [String], catalog: Catalog, programmeYear: String?, period: String? = nil, tracingItems: Bool = true,
        progress: (@Sendable (Int) -> Void)? = nil,
        read: @escaping @Sendable (String) throws(DiagnosticError) -> String = YAMLFile.readText
    ) -> [BatchEntry] {
        assess(files, catalog: catalog, programmeYear: programmeYear, period: period, tracingItems: tracingItems,
               progress: progress, read: read, keeping: { $0 })
    }

    /// Each project reduced by `keeping` on the core that assessed it, so that a run of many
    /// projects holds what it reports, not every project it read.
    public static func assess<Kept: Sendable>(
        _ files: [String], catalog: Catalog, programmeYear: String?, period: String? = nil, tracingItems: Bool = true,
        progress: (@Sendable (Int) -> Void)? = nil,
        read: @escaping @Sendable (String) throws(DiagnosticError) -> String = YAMLFile.readText,
        keeping: @escaping @Sendable (BatchEntry) -> Kept
    ) -> [Kept] {
        Concurrent.map(files, progress: progress) { file in
            let outcome: Result<Assessment, DiagnosticError>
            do throws(DiagnosticError) {
                var loaded = try ProjectLoader.load(
                    text: try read(file), path: file, catalog: catalog, programmeYear: programmeYear)
                if let period { loaded = try loaded.monitored(period: period) }
                outcome = .success(try Assessment.assess(loaded, tracingItems: tracingItems))
            } catch {
                outcome = .failure(error)
            }
            return keeping(BatchEntry(file: file, outcome: outcome))
        }
    }
}
