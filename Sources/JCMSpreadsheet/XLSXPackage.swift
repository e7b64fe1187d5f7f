import Foundation
import JCMDiagnostics

/// Writes a workbook as the bytes of an .xlsx file: the same workbook gives the same bytes,
/// since the parts go in a fixed order with a fixed date (`ZipArchive`) and no time is recorded anywhere.
public enum XLSXPackage {
    public static func bytes(of workbook: Workbook, generator: String) throws(DiagnosticError) -> Data {
        try SpreadsheetLimits.check(workbook)
        do {
            return try ZipArchive.bytes(
                SpreadsheetML.parts(workbook, generator: generator).map { ($0.0, Data($0.1.utf8)) })
        } catch {
            throw DiagnosticError(.error(.S1, "the spreadsheet package could not be assembled: \(error)"))
        }
    }
}
