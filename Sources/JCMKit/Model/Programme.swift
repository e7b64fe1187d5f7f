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
    /// When the call takes applications; a project's application date chooses the call by them.
    public var applicationWindows: [ApplicationWindow] = []
    /// The cost categories of an itemised investment; nil when the call's data records none.
    public var costRules: CostRules?

    /// The Japanese fiscal year `fiscalYear` names (`FY2025`), when it names one.
    public var japaneseFiscalYear: JapaneseFiscalYear? { JapaneseFiscalYear(label: fiscalYear) }

    /// The window an application made on `date` falls in.
    public func window(containing date: CalendarDate) -> ApplicationWindow? {
        applicationWindows.first { $0.contains(date) }
    }
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
        let keys = ["format", "id", "fiscal_year", "title", "administrator", "source", "application_windows", "lists", "project_fields",
                    "cost_rules", "requirements", "plausibility", "parameters", "tables", "equations", "translations"]
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
        if let year, JapaneseFiscalYear(label: year) == nil {
            log.error(.M9, "fiscal_year '\(year)' is not a Japanese fiscal year such as FY2025", at: reader.optional("fiscal_year")?.location)
        }
        let windows = applicationWindows(reader.optional("application_windows"), rules: rules, log: log)
        let costRules = costRules(reader.optional("cost_rules"), rules: rules, log: log)
        try log.check()
        guard let id, let year, let title, let administrator, let source else {
            throw DiagnosticError(.error(.M1, "incomplete programme call", at: file.rootNode.location))
        }
        return Programme(id: id, fiscalYear: year, title: title, administrator: administrator, source: source, lists: lists,
                         rules: ruleSet, file: SourceFile(path: file.path, text: file.text),
                         translations: rules.translations(reader.optional("translations")), applicationWindows: windows,
                         costRules: costRules)
    }

    /// `cost_rules: {categories: [{id: equipment, name: {en: Equipment, …}}, …], quotation: required, provenance: {…}}`.
    private static func costRules(_ node: LocatedNode?, rules: RuleSetReader, log: DiagnosticLog) -> CostRules? {
        guard let node,
            let reader = MappingReader(node, allowed: ["categories", "quotation", "provenance"], log: log, what: "cost rules"),
            let items = reader.required("categories")?.items(log), let quotation = reader.required("quotation"),
            let provenance = rules.provenance(reader.required("provenance"))
        else { return nil }
        var categories: [CostRules.Category] = []
        for item in items {
            guard let category = MappingReader(item, allowed: ["id", "name"], log: log, what: "a cost category"),
                let id = category.text("id"), let name = category.localized("name")
            else { continue }
            guard !categories.contains(where: { $0.id == id }) else {
                log.error(.M9, "cost category '\(id)' is declared twice", at: item.location)
                continue
            }
            categories.append(CostRules.Category(id: id, name: name))
        }
        guard categories.count == items.count else { return nil }
        guard let rule = quotation.text(log), ["required", "optional"].contains(rule) else {
            log.error(.M3, "cost_rules.quotation must be 'required' or 'optional'", at: quotation.location)
            return nil
        }
        return CostRules(categories: categories, quotationRequired: rule == "required", provenance: provenance)
    }

    /// `application_windows: [{opens: 2025-04-04, deadlines: [2025-05-16, …], provenance: {…}}]`.
    private static func applicationWindows(_ node: LocatedNode?, rules: RuleSetReader, log: DiagnosticLog) -> [ApplicationWindow] {
        var windows: [ApplicationWindow] = []
        for item in node?.items(log) ?? [] {
            guard let reader = MappingReader(item, allowed: ["opens", "deadlines", "provenance"], log: log, what: "an application window")
            else { continue }
            func date(_ node: LocatedNode) -> CalendarDate? {
                guard let text = node.text(log) else { return nil }
                guard let date = CalendarDate(iso: text) else {
                    log.error(.M9, "\(node.displayName) '\(text)' is not a date (YYYY-MM-DD)", at: node.location)
                    return nil
                }
                return date
            }
            let opens = reader.required("opens").flatMap(date)
            let deadlineNodes = reader.required("deadlines")?.items(log) ?? []
            let deadlines = deadlineNodes.compactMap(date)
            let provenance = rules.provenance(reader.required("provenance"))
            guard let opens, let provenance, deadlines.count == deadlineNodes.count else { continue }
            guard !deadlines.isEmpty else {
                log.error(.M8, "an application window needs at least one deadline", at: item.location)
                continue
            }
            if let disorder = zip([opens] + deadlines, deadlines.indices).first(where: { deadlines[$0.1] <= $0.0 }) {
                log.error(.M10, "deadline \(deadlines[disorder.1]) is not after \(disorder.0): a window opens, then its deadlines follow in order",
                          at: deadlineNodes[disorder.1].location)
                continue
            }
            let window = ApplicationWindow(opens: opens, deadlines: deadlines, provenance: provenance)
            if let overlap = windows.first(where: { $0.contains(opens) || window.contains($0.opens) }) {
                log.error(.M10, "application window \(window.span) overlaps \(overlap.span)", at: item.location)
                continue
            }
            windows.append(window)
        }
        return windows
    }
}
