import Foundation
internal import ZIPFoundation

/// Reading the ZIP package of an office file, to tell a real .docx or .xlsx from other bytes.
public enum OfficePackage {
    /// The entry names of the package, or nil when the bytes are not a ZIP archive.
    public static func entries(in data: Data) -> [String]? {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let archive = try? Archive(data: data, accessMode: .read) else { return nil }
        return archive.map(\.path)
    }
}
