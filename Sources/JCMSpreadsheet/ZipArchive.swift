import Foundation
internal import ZIPFoundation

/// A ZIP file assembled in memory: the parts in the order given, each deflated, with a fixed
/// date and permissions, so the same parts give the same bytes (.xlsx packages, document sets).
public enum ZipArchive {
    /// 1980-01-01T00:00:00Z, the earliest date a ZIP entry can carry.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func bytes(_ parts: [(name: String, bytes: Data)]) throws(Failure) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (name, data) in parts {
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw Failure(description: "the archive could not be assembled") }
            return bytes
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(error)")
        }
    }
}
