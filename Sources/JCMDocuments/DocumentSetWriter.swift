internal import CFileSystem
import Foundation
import JCMDiagnostics
import JCMKit

/// What the writer reads of a manifest: the documents it lists, with their SHA-256.
private struct DocumentListing: Decodable {
    struct Document: Decodable {
        var file: String
        var sha256: String
    }
    var documents: [Document]
}

/// Writes a document set so that the target folder holds either the previous complete set or
/// the new complete set, never a mix: the files go to a staging folder beside the target, which
/// then takes the target's place in one step (Linux `renameat2` with `RENAME_EXCHANGE`; elsewhere
/// two renames). Renders of one folder take turns under a lock on the parent folder, and each
/// sweeps what a killed render left: a staging folder is removed, a set moved aside is put back.
public enum DocumentSetWriter {
    /// `replacingEdits`: replace documents a person has edited since jcm wrote them (their
    /// SHA-256 no longer matches the manifest); without it such a folder is refused.
    public static func write(_ set: DocumentSet, to directory: String, replacingEdits: Bool = false) throws(DiagnosticError) {
        try write(files: set.files, to: directory, replacingEdits: replacingEdits)
    }

    /// The same for any set of files whose `manifest.json` lists its documents with their SHA-256.
    public static func write(files documents: [RenderedFile], to directory: String, replacingEdits: Bool = false) throws(DiagnosticError) {
        let files = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        do {
            try files.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error(.W1, "cannot create '\(parent.path)': \(error.localizedDescription)"))
        }
        try FolderLock.holding(parent) { () throws(DiagnosticError) in
            try recoverLeftovers(of: target)
            try checkReplaceable(target, replacingEdits: replacingEdits)
            let staging = Leftover.staging.url(for: target, token: UUID().uuidString)
            do {
                try files.createDirectory(at: staging, withIntermediateDirectories: false)
                for file in documents {
                    try file.bytes.write(to: staging.appendingPathComponent(file.name))
                }
            } catch {
                try? files.removeItem(at: staging)
                throw DiagnosticError(.error(.W1, "cannot write the documents into '\(staging.path)': \(error.localizedDescription)"))
            }
            try swap(staging, into: target)
        }
    }

    /// Puts the staging folder in the target's place; the previous set, if any, ends in the staging
    /// path and is removed.
    private static func swap(_ staging: URL, into target: URL) throws(DiagnosticError) {
        let files = FileManager.default
        guard files.fileExists(atPath: target.path) else {
            do { try files.moveItem(at: staging, to: target) } catch {
                try? files.removeItem(at: staging)
                throw DiagnosticError(.error(.W1, "cannot move the documents into '\(target.path)': \(error.localizedDescription)"))
            }
            return
        }
        if jcm_exchange_paths(staging.path, target.path) == 0 {
            try? files.removeItem(at: staging)
            return
        }
        // No atomic exchange here: move the previous set aside, then the new one in. A kill in
        // between leaves the previous set aside, which the next render puts back.
        let previous = Leftover.previous.url(for: target, token: UUID().uuidString)
        do { try files.moveItem(at: target, to: previous) } catch {
            try? files.removeItem(at: staging)
            throw DiagnosticError(.error(.W1, "cannot move the previous documents out of '\(target.path)': \(error.localizedDescription)"))
        }
        do { try files.moveItem(at: staging, to: target) } catch {
            try? files.moveItem(at: previous, to: target)
            try? files.removeItem(at: staging)
            throw DiagnosticError(.error(.W1, "cannot move the documents into '\(target.path)': \(error.localizedDescription)"))
        }
        try? files.removeItem(at: previous)
    }

    /// Refuses, before anything is written, a target that `write` would refuse: a render of
    /// several languages checks every folder first, so that a refusal leaves none written.
    public static func checkWritable(_ directory: String, replacingEdits: Bool = false) throws(DiagnosticError) {
        try checkReplaceable(URL(fileURLWithPath: directory).standardizedFileURL, replacingEdits: replacingEdits)
    }

    /// What a render killed half-way left beside `target`: staging folders are removed; a set
    /// moved aside is put back when the target is missing, removed otherwise.
    static func recoverLeftovers(of target: URL) throws(DiagnosticError) {
        let files = FileManager.default
        let parent = target.deletingLastPathComponent()
        let names = (try? files.contentsOfDirectory(atPath: parent.path)) ?? []
        for kind in Leftover.allCases {
            for name in names.sorted() where kind.matches(name, target: target) {
                let leftover = parent.appendingPathComponent(name)
                if kind == .previous, !files.fileExists(atPath: target.path) {
                    try? files.moveItem(at: leftover, to: target)
                } else {
                    try? files.removeItem(at: leftover)
                }
            }
        }
    }

    /// A folder is replaced only when it is empty or holds a previous document set and nothing
    /// else, so that `--out` pointed at the wrong folder cannot delete a user's files.
    private static func checkReplaceable(_ target: URL, replacingEdits: Bool) throws(DiagnosticError) {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw DiagnosticError(.error(.W2, "'\(target.path)' is a file, not a folder for documents"))
        }
        let entries = (try? files.contentsOfDirectory(atPath: target.path)) ?? []
        if entries.isEmpty { return }
        let manifestURL = target.appendingPathComponent(Manifest.fileName)
        guard let data = files.contents(atPath: manifestURL.path), let manifest = try? JSONDecoder().decode(DocumentListing.self, from: data) else {
            throw DiagnosticError(.error(.W2, "'\(target.path)' is not empty and holds no jcm \(Manifest.fileName); refusing to replace it"))
        }
        let known = Set(manifest.documents.map(\.file) + [Manifest.fileName])
        let foreign = entries.filter { !known.contains($0) }.sorted()
        if !foreign.isEmpty {
            throw DiagnosticError(.error(.W2, "'\(target.path)' holds files jcm did not write (\(foreign.joined(separator: ", "))); refusing to replace it"))
        }
        let edited = manifest.documents.filter { document in
            files.contents(atPath: target.appendingPathComponent(document.file).path).map { SHA256.hex([UInt8]($0)) != document.sha256 } ?? false
        }.map(\.file)
        if !edited.isEmpty, !replacingEdits {
            throw DiagnosticError(.error(.W3, "\(edited.joined(separator: ", ")) in '\(target.path)' changed since jcm wrote them; render elsewhere with --out to keep the edits, or pass --replace-edits"))
        }
    }
}
