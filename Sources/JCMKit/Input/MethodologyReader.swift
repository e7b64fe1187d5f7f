import JCMDiagnostics
import JCMRules
import JCMUnits

extension Methodology {
    static let format = "jcm-methodology/1"

    /// Reads a methodology file; every structural problem is reported with its place.
    public static func load(_ path: String) throws(DiagnosticError) -> Methodology {
        try read(YAMLFile.load(path))
    }

    static func read(_ file: YAMLFile) throws(DiagnosticError) -> Methodology {
        let log = DiagnosticLog(for: .rules)
        let rules = RuleSetReader(log: log)
        let keys = ["format", "id", "version", "status", "title", "host_country", "sectoral_scope", "source", "summary",
                    "equipment", "project_fields", "criteria", "plausibility", "emission_sources", "parameters", "tables", "equations", "rounding",
                    "results", "translations", "verification", "terms"]
        let reader = try documentReader(file, format: format, allowed: keys, what: "a methodology", log: log)
        let statusNode = reader.required("status")
        let status = statusNode?.text(log).flatMap { text in
            Status(rawValue: text) ?? {
                log.error(.M3, "status must be approved, proposed or draft, got '\(text)'", at: statusNode?.location)
                return nil
            }()
        }
        let source = readSource(reader.required("source"), log: log)
        var equipment = RecordSpec(name: "equipment item")
        if let node = reader.required("equipment"),
            let equipmentReader = MappingReader(node, allowed: ["name", "fields"], log: log, what: "the equipment declaration")
        {
            equipment = RecordSpec(name: equipmentReader.text("name") ?? "equipment item")
            for (path, spec) in rules.fields(equipmentReader.required("fields")) {
                equipment.set(path: path, .leaf(spec), required: spec.required)
            }
        }
        var ruleSet = RuleSet()
        ruleSet.criteria = rules.criteria(reader.required("criteria"))
        ruleSet.plausibility = rules.criteria(reader.optional("plausibility"))
        ruleSet.parameters = rules.parameters(reader.required("parameters"))
        ruleSet.tables = TableReader(log: log).declarations(reader.optional("tables")) { name, provenance in
            .methodologyDefault(symbol: name, provenance: provenance, vintage: nil)
        }
        ruleSet.equations = rules.equations(reader.required("equations"))
        ruleSet.projectFields = rules.fields(reader.optional("project_fields"))
        let rounding = readRounding(reader.optional("rounding"), rules: rules, log: log)
        let sources = readEmissionSources(reader.required("emission_sources"), log: log)
        let results = readResults(reader.required("results"), log: log)
        let materiality = readMateriality(reader.optional("verification"), rules: rules, log: log)
        let terms = readTerms(reader.optional("terms"), log: log)
        let id = reader.text("id"), version = reader.text("version"), title = reader.localized("title")
        let country = reader.text("host_country"), scope = reader.text("sectoral_scope")
        try log.check()
        guard let id, let version, let status, let title, let country, let scope, let source, let results else {
            throw DiagnosticError(.error(.M1, "incomplete methodology", at: file.rootNode.location))
        }
        let methodology = Methodology(
            id: id, version: version, status: status, title: title, hostCountry: country, sectoralScope: scope,
            source: source, summary: reader.localized("summary", required: false), equipment: equipment, rules: ruleSet,
            emissionSources: sources, rounding: rounding, results: results, file: SourceFile(path: file.path, text: file.text),
            translations: rules.translations(reader.optional("translations")), materiality: materiality, terms: terms)
        CriterionProseCheck.check(methodology, log: log)
        try log.check()
        return methodology
    }

    /// `terms: [{term: …, definition: {en: …, vi: …}}]`: section B of the methodology form.
    private static func readTerms(_ node: LocatedNode?, log: DiagnosticLog) -> [MethodologyTerm] {
        (node?.items(log) ?? []).compactMap { item in
            guard let reader = MappingReader(item, allowed: ["term", "definition"], log: log, what: "a term"),
                let term = reader.localized("term"), let definition = reader.localized("definition")
            else { return nil }
            return MethodologyTerm(term: term, definition: definition)
        }
    }

    /// `verification: {materiality: 5 %, provenance: …}`: the share by which a reported figure may
    /// differ from the recomputed one before the difference counts as material.
    private static func readMateriality(_ node: LocatedNode?, rules: RuleSetReader, log: DiagnosticLog) -> Materiality? {
        guard let node, let reader = MappingReader(node, allowed: ["materiality", "provenance"], log: log, what: "verification"),
            let valueNode = reader.required("materiality"), let share = rules.quantity(valueNode),
            let provenance = rules.provenance(reader.required("provenance"))
        else { return nil }
        guard share.unit.description == "%", share.value > 0, share.value <= 100 else {
            log.error(.M10, "materiality must be a share above 0 % and at most 100 %, like 5 %", at: valueNode.location)
            return nil
        }
        return Materiality(threshold: share, provenance: provenance)
    }

    private static func readSource(_ node: LocatedNode?, log: DiagnosticLog) -> MethodologySource? {
        guard let node, let reader = MappingReader(node, allowed: ["url", "verified", "unverified", "note"], log: log, what: "the source")
        else { return nil }
        guard let url = reader.text("url") else { return nil }
        let verified = reader.optional("verified")?.items(log)?.compactMap { $0.text(log) } ?? []
        let unverified = reader.optional("unverified")?.items(log)?.compactMap { $0.text(log) } ?? []
        return MethodologySource(url: url, verified: verified, unverified: unverified, note: reader.localized("note", required: false))
    }

    private static func readEmissionSources(_ node: LocatedNode?, log: DiagnosticLog) -> [EmissionSource] {
        (node?.items(log) ?? []).compactMap { item in
            guard let reader = MappingReader(item, allowed: ["scenario", "source", "gas"], log: log, what: "an emission source"),
                let scenarioNode = reader.required("scenario"), let scenarioText = scenarioNode.text(log),
                let source = reader.localized("source"), let gas = reader.text("gas")
            else { return nil }
            guard let scenario = EmissionSource.Scenario(rawValue: scenarioText) else {
                log.error(.M3, "an emission source's scenario is 'reference' or 'project', got '\(scenarioText)'", at: scenarioNode.location)
                return nil
            }
            return EmissionSource(scenario: scenario, source: source, gas: gas)
        }
    }

    private static func readRounding(_ node: LocatedNode?, rules: RuleSetReader, log: DiagnosticLog) -> RoundingRule? {
        guard let node,
            let reader = MappingReader(node, allowed: ["equation", "mode", "increment", "text", "provenance"], log: log, what: "the rounding rule"),
            let equation = reader.text("equation"), let modeNode = reader.required("mode"), let modeText = modeNode.text(log),
            let increment = rules.quantity(reader.required("increment")), let text = reader.localized("text"),
            let provenance = rules.provenance(reader.required("provenance"))
        else { return nil }
        guard let mode = Quantity.Rounding(rawValue: modeText) else {
            log.error(.M3, "rounding mode must be down, up or nearest, got '\(modeText)'", at: modeNode.location)
            return nil
        }
        return RoundingRule(equation: equation, mode: mode, increment: increment, text: text, provenance: provenance)
    }

    private static func readResults(_ node: LocatedNode?, log: DiagnosticLog) -> Results? {
        guard let node,
            let reader = MappingReader(node, allowed: ["reference_emissions", "project_emissions", "emission_reductions", "energy_saving"], log: log, what: "results"),
            let re = reader.text("reference_emissions"), let pe = reader.text("project_emissions"), let er = reader.text("emission_reductions")
        else { return nil }
        return Results(referenceEmissions: re, projectEmissions: pe, emissionReductions: er, energySaving: reader.text("energy_saving", required: false))
    }
}

/// The top-level reader of a data file; a file written for another format (or another version
/// of it) is reported with a clear message.
func documentReader(_ file: YAMLFile, format: String, allowed: [String], what: String, log: DiagnosticLog) throws(DiagnosticError) -> MappingReader {
    guard let reader = MappingReader(file.rootNode, allowed: allowed, log: log, what: what) else {
        try log.check()
        throw DiagnosticError(.error(.M1, "\(what) must be a mapping of keys to values", at: file.rootNode.location))
    }
    if let node = reader.required("format"), let given = node.text(log), given != format {
        log.error(.M1, "format '\(given)' is not supported here; expected '\(format)'", at: node.location)
    }
    return reader
}
