import Foundation
import JCMKit
import JCMDiagnostics

/// A file that a document set was made from or consists of: its name and the SHA-256 of its bytes.
public struct FileFingerprint: Sendable, Equatable, Codable {
    /// The file name without folders, so that documents do not depend on where the inputs lie.
    public var file: String
    public var sha256: String

    public init(path: String, bytes: some Collection<UInt8>) {
        file = (path as NSString).lastPathComponent
        sha256 = SHA256.hex(bytes)
    }

    /// A file already read, such as a project's.
    public init(_ source: SourceFile) {
        self.init(file: (source.path as NSString).lastPathComponent, sha256: source.sha256)
    }

    /// The first 12 hex digits, enough for a footer.
    public var shortSHA256: String { String(sha256.prefix(12)) }

    public init(file: String, sha256: String) {
        self.file = file
        self.sha256 = sha256
    }

    /// Fingerprints a file of any size a mebibyte at a time (meter data).
    public static func streaming(_ path: String) throws(DiagnosticError) -> FileFingerprint {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticError(.error(.F1, "cannot read file '\(path)'"))
        }
        defer { try? handle.close() }
        var hasher = SHA256.Hasher()
        while true {
            guard let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
            chunk.withUnsafeBytes { hasher.update($0) }
        }
        return FileFingerprint(file: (path as NSString).lastPathComponent, sha256: hasher.hex())
    }

    /// Reads a UTF-8 text file and fingerprints its exact bytes.
    static func read(_ path: String) throws(DiagnosticError) -> (text: String, fingerprint: FileFingerprint) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(.error(.F1, "cannot read file '\(path)'"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(.error(.F2, "'\(path)' is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return (text, FileFingerprint(path: path, bytes: [UInt8](data)))
    }
}
