/// The part of a catalogue that one project needs: the methodology version it names and the
/// programme call it is checked against (the one named, or the newest). Files are chosen by their
/// top-level `format:`, `id:`, `version:` and `fiscal_year:` lines, read without parsing; a file
/// whose lines do not say is read. Families, for screening, are left out.
public struct CatalogSelection: Sendable {
    public var methodologyID: String?
    public var methodologyVersion: String?
    /// nil: the newest call.
    public var fiscalYear: String?

    public init(methodologyID: String?, methodologyVersion: String?, fiscalYear: String?) {
        self.methodologyID = methodologyID
        self.methodologyVersion = methodologyVersion
        self.fiscalYear = fiscalYear
    }

    /// Whether the file of `format` with `text` is needed; `newestYear` is the newest fiscal year
    /// that the call files' lines give.
    func needs(format: String, text: String, newestYear: String?) -> Bool {
        func value(_ key: String) -> String? { KeyLine.first(of: key, in: text) }
        switch format {
        case Methodology.format:
            if let id = value("id"), id != methodologyID { return false }
            if let version = value("version"), version != methodologyVersion { return false }
            return true
        case Programme.format:
            guard let year = value("fiscal_year"), let wanted = fiscalYear ?? newestYear else { return true }
            return year.caseInsensitiveCompare(wanted) == .orderedSame
        default:
            return false
        }
    }

    /// The newest fiscal year that the top-level lines of these call files give.
    static func newestYear(among texts: [String]) -> String? {
        texts.compactMap { KeyLine.first(of: "fiscal_year", in: $0) }.max()
    }
}
