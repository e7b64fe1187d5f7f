import Foundation
import JCMDiagnostics
internal import ZIPFoundation

/// Writes a workbook as the bytes of an .xlsx file: the same workbook gives the same bytes,
/// since the parts go in a fixed order with a fixed date and no time is recorded anywhere.
public enum XLSXPackage {
    /// 1980-01-01T00:00:00Z, the earliest date a ZIP entry can carry.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    public static func bytes(of workbook: Workbook, generator: String) throws(DiagnosticError) -> Data {
        try SpreadsheetLimits.check(workbook)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in SpreadsheetML.parts(workbook, generator: generator) {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                     permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw DiagnosticError(.error(.S1, "the spreadsheet package could not be assembled")) }
            return bytes
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(.error(.S1, "the spreadsheet package could not be assembled: \(error)"))
        }
    }
}
