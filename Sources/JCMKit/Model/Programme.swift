import JCMDiagnostics
import JCMRules

/// One fiscal-year call of the JCM Model Project programme: its requirements and financial rules.
public struct Programme: Sendable {
    public var id: String
    public var fiscalYear: String
    public var title: LocalizedText
    public var administrator: String
    public var source: Provenance
    public var lists: [NamedList]
    public var rules: RuleSet
    public var file: SourceFile
    public var translations: [String: TranslationStatus]
}

/// A list of text values the rules may test membership in, such as the partner countries.
public struct NamedList: Sendable {
    public var name: String
    public var values: [String]
    public var provenance: Provenance
}

extension Programme {
    static let format = "jcm-programme/1"

    public static func load(_ path: String) throws(DiagnosticError) -> Programme {
        try read(YAMLFile.load(path))
    }

    static func read(_ file: YAMLFile) throws(DiagnosticError) -> Programme {
        let log = DiagnosticLog(for: .rules)
        let rules = RuleSetReader(log: log)
        let keys = ["format", "id", "fiscal_year", "title", "administrator", "source", "lists", "project_fields", "requirements", "plausibility", "parameters", "tables", "equations",
                    "translations"]
        let reader = try documentReader(file, format: format, allowed: keys, what: "a programme call", log: log)
        var lists: [NamedList] = []
        for entry in reader.optional("lists")?.entries(log) ?? [] {
            guard let listReader = MappingReader(entry.value, allowed: ["values", "provenance"], log: log, what: "a list"),
                let values = listReader.required("values")?.items(log)?.compactMap({ $0.text(log) }),
                let provenance = rules.provenance(listReader.required("provenance"))
            else { continue }
            lists.append(NamedList(name: entry.key, values: values, provenance: provenance))
        }
        var ruleSet = RuleSet()
        ruleSet.criteria = rules.criteria(reader.required("requirements"))
        ruleSet.plausibility = rules.criteria(reader.optional("plausibility"))
        ruleSet.parameters = rules.parameters(reader.optional("parameters"))
        ruleSet.tables = TableReader(log: log).declarations(reader.optional("tables")) { name, provenance in
            .programmeValue(name: name, provenance: provenance, vintage: nil)
        }
        ruleSet.equations = rules.equations(reader.optional("equations"))
        ruleSet.projectFields = rules.fields(reader.optional("project_fields"))
        let id = reader.text("id"), year = reader.text("fiscal_year"), title = reader.localized("title")
        let administrator = reader.text("administrator"), source = rules.provenance(reader.required("source"))
        try log.check()
        guard let id, let year, let title, let administrator, let source else {
            throw DiagnosticError(.error(.M1, "incomplete programme call", at: file.rootNode.location))
        }
        return Programme(id: id, fiscalYear: year, title: title, administrator: administrator, source: source, lists: lists,
                         rules: ruleSet, file: SourceFile(path: file.path, text: file.text),
                         translations: rules.translations(reader.optional("translations")))
    }
}
