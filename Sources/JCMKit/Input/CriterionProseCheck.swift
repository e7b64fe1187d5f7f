import JCMDiagnostics

/// Every placeholder of a criterion's PDD sentence must name a single value a project can give: a
/// field of the equipment item (or one of its parameters) for a sentence said per item, or a field
/// of the project the methodology declares. A misspelt path, or one that leads to a group of
/// fields or to a curve, would otherwise ask the applicant in the PDD for data already given.
enum CriterionProseCheck {
    /// Characters of a sentence, and placeholders in it, at the most: a PDD sentence, not a document.
    static let longestText = 2_000
    static let mostPlaceholders = 30

    static func check(_ methodology: Methodology, log: DiagnosticLog) {
        let root = ProjectSchema.build(methodology: methodology, programme: nil)
        guard case .list(.record(let item))? = root.fields["equipment"] else { return }
        var parameters = RecordSpec(name: "equipment parameters")
        if case .record(let declared)? = item.fields["parameters"] { parameters = declared }
        for criterion in methodology.rules.criteria {
            guard let prose = criterion.prose else { continue }
            let scopes = prose.each == nil ? [root] : [item, parameters, root]
            let texts = [("en", prose.text.english)] + prose.text.translations.sorted { $0.key < $1.key }
            for (language, text) in texts {
                let pieces = (try? CriterionProse.pieces(text)) ?? []
                let fields = pieces.compactMap { piece -> String? in
                    if case .field(let path) = piece { return path }
                    return nil
                }
                if text.count > longestText || fields.count > mostPlaceholders {
                    log.error(
                        .M10,
                        "the pdd_text of \(criterion.id) (\(language)) has \(text.count) characters and "
                            + "\(fields.count) placeholders; at most \(longestText) and \(mostPlaceholders)",
                        at: prose.location)
                }
                for path in fields where !scopes.contains(where: { $0.holdsValue(at: path) }) {
                    let whose = prose.each == nil ? "the project" : "an equipment item or the project"
                    log.error(
                        .M9,
                        "the pdd_text of \(criterion.id) (\(language)) reads '{\(path)}', which is not a single value "
                            + "of \(whose) in this methodology (a misspelt field, or a group of fields or a curve)",
                        at: prose.location)
                }
            }
        }
    }
}

extension RecordSpec {
    /// Whether the dotted path ends at one value a document can print: a field that is not a curve.
    func holdsValue(at path: String) -> Bool {
        var record = self
        let parts = path.split(separator: ".").map(String.init)
        for (index, part) in parts.enumerated() {
            switch record.fields[part] {
            case .record(let inner)? where index < parts.count - 1: record = inner
            case .leaf(let spec)? where index == parts.count - 1:
                if case .curve = spec.kind { return false }
                return true
            case .free? where index == parts.count - 1: return true
            default: return false
            }
        }
        return false
    }
}
