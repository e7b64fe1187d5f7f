import JCMDiagnostics
import JCMRules

extension MethodologyFamilies {
    static let format = "jcm-methodology-families/1"

    static func read(_ file: YAMLFile) throws(DiagnosticError) -> MethodologyFamilies {
        let log = DiagnosticLog(for: .rules)
        let rules = RuleSetReader(log: log)
        let reader = try documentReader(file, format: format, allowed: ["format", "translations", "approval_path", "families"],
                                        what: "a methodology family file", log: log)
        var steps: [ApprovalStep] = []
        var approvalProvenance: Provenance?
        if let node = reader.required("approval_path"),
            let path = MappingReader(node, allowed: ["steps", "provenance"], log: log, what: "the approval path")
        {
            approvalProvenance = rules.provenance(path.required("provenance"))
            steps = (path.required("steps")?.items(log) ?? []).compactMap { item in
                guard let step = MappingReader(item, allowed: ["name", "days", "up_to"], log: log, what: "an approval step"),
                    let name = step.localized("name"), let days = Self.days(step.required("days"), log: log)
                else { return nil }
                return ApprovalStep(name: name, days: days, upTo: step.optional("up_to").flatMap { Self.days($0, log: log) })
            }
        }
        var seen: Set<String> = []
        let families = (reader.required("families")?.items(log) ?? []).compactMap { item -> Family? in
            guard let family = MappingReader(item, allowed: ["id", "name", "approved", "shipped", "provenance"], log: log, what: "a family"),
                let id = family.text("id"), let name = family.localized("name"), let provenance = rules.provenance(family.required("provenance"))
            else { return nil }
            if !seen.insert(id).inserted { log.error(.R5, "family \(id) is declared twice", at: item.location) }
            return Family(id: id, name: name, approved: Self.texts(family.optional("approved"), log: log),
                          shipped: Self.texts(family.optional("shipped"), log: log), provenance: provenance)
        }
        try log.check()
        guard let approvalProvenance else { throw DiagnosticError(.error(.M1, "incomplete methodology family file", at: file.rootNode.location)) }
        return MethodologyFamilies(families: families, approvalPath: steps, approvalProvenance: approvalProvenance,
                                   translations: rules.translations(reader.optional("translations")),
                                   file: SourceFile(path: file.path, text: file.text))
    }

    private static func texts(_ node: LocatedNode?, log: DiagnosticLog) -> [String] {
        (node?.items(log) ?? []).compactMap { $0.text(log) }
    }

    private static func days(_ node: LocatedNode?, log: DiagnosticLog) -> Int? {
        guard let node, let text = node.text(log) else { return nil }
        guard let days = Int(text), (1...3650).contains(days) else {
            log.error(.M10, "\(node.displayName) must be a whole number of days from 1 to 3650, got '\(text)'", at: node.location)
            return nil
        }
        return days
    }
}
