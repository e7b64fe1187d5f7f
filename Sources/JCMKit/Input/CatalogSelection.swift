/// The part of a catalogue that one project needs: the methodology version it names and the
/// programme call it is checked against (the one named, or every call, for the project's dates to
/// choose among: `CallChoice`). Files are chosen by their
/// top-level `format:`, `id:`, `version:` and `fiscal_year:` lines, read without parsing; a file
/// whose lines do not say is read. Families, for screening, are left out.
public struct CatalogSelection: Sendable {
    public var methodologyID: String?
    public var methodologyVersion: String?
    /// nil: every call.
    public var fiscalYear: String?

    public init(methodologyID: String?, methodologyVersion: String?, fiscalYear: String?) {
        self.methodologyID = methodologyID
        self.methodologyVersion = methodologyVersion
        self.fiscalYear = fiscalYear
    }

    /// Whether the file of `format` with `text` is needed.
    func needs(format: String, text: String) -> Bool {
        func value(_ key: String) -> String? { KeyLine.first(of: key, in: text) }
        switch format {
        case Methodology.format:
            if let id = value("id"), id != methodologyID { return false }
            if let version = value("version"), version != methodologyVersion { return false }
            return true
        case Programme.format:
            guard let year = value("fiscal_year"), let fiscalYear else { return true }
            return year.caseInsensitiveCompare(fiscalYear) == .orderedSame
        default:
            return false
        }
    }
}
