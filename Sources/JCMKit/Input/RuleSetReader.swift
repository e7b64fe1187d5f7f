import JCMDiagnostics
import JCMRules
import JCMUnits

/// Reads the parts that methodology and programme files share.
struct RuleSetReader {
    let log: DiagnosticLog

    func provenance(_ node: LocatedNode?) -> Provenance? {
        guard let node,
            let reader = MappingReader(node, allowed: ["source", "reference", "verified", "note"], log: log, what: "a source")
        else { return nil }
        guard let source = reader.text("source"), let verified = flag(reader.required("verified")) else { return nil }
        return Provenance(source: source, reference: reader.text("reference", required: false), verified: verified, note: reader.localized("note", required: false))
    }

    /// `translations: {vi: {status: unreviewed draft}, …}`: who has checked each translation.
    func translations(_ node: LocatedNode?) -> [String: TranslationStatus] {
        var result: [String: TranslationStatus] = [:]
        for entry in node?.entries(log) ?? [] {
            guard let reader = MappingReader(entry.value, allowed: ["status", "reviewer"], log: log, what: "a translation"),
                let statusNode = reader.required("status"), let text = statusNode.text(log)
            else { continue }
            guard let status = TranslationStatus.Review(rawValue: text) else {
                let known = TranslationStatus.Review.allCases.map(\.rawValue)
                log.error(.M3, "translation status '\(text)' is not one of \(known.joined(separator: ", "))", at: statusNode.location)
                continue
            }
            result[entry.key] = TranslationStatus(review: status, reviewer: reader.text("reviewer", required: false))
        }
        return result
    }

    func flag(_ node: LocatedNode?) -> Bool? {
        guard let node else { return nil }
        return FieldSpec(.boolean).convert(node, log: log).flatMap { if case .boolean(let flag) = $0 { flag } else { nil } }
    }

    func unit(_ node: LocatedNode?) -> Unit? {
        guard let node, let text = node.text(log) else { return nil }
        do {
            return try Unit(parsing: text)
        } catch {
            log.error(.M2, "\(node.displayName): \(error.description)", at: node.location)
            return nil
        }
    }

    func quantity(_ node: LocatedNode?) -> Quantity? {
        node.flatMap { QuantityReading.read($0, log: log) }
    }

    func criteria(_ node: LocatedNode?, group: String? = nil) -> [Criterion] {
        guard let items = node?.items(log) else { return [] }
        return items.compactMap { item in
            let allowed = ["id", "text", "condition", "evidence", "provenance", "group", "pdd_text"]
            guard let reader = MappingReader(item, allowed: allowed, log: log, what: "a criterion"),
                let id = reader.text("id"), let text = reader.localized("text"),
                let conditionNode = reader.required("condition"), let condition = RuleText.read(conditionNode, log: log),
                let evidence = reader.localized("evidence")
            else { return nil }
            return Criterion(id: id, text: text, condition: condition, evidence: evidence,
                             prose: prose(reader.optional("pdd_text")), provenance: provenance(reader.optional("provenance")), group: reader.text("group", required: false) ?? group)
        }
    }

    /// `pdd_text: {each: equipment, text: {en: …, vi: …}}`, each text's placeholders checked here.
    func prose(_ node: LocatedNode?) -> CriterionProse? {
        guard let node, let reader = MappingReader(node, allowed: ["text", "each"], log: log, what: "a criterion's pdd_text"),
            let textNode = reader.required("text"), let text = reader.localized("text")
        else { return nil }
        for (language, sentence) in [("en", text.english)] + text.translations.sorted(by: { $0.key < $1.key }) {
            do {
                _ = try CriterionProse.pieces(sentence)
            } catch {
                log.error(.M9, "'\(textNode.path)' (\(language)): \(error.message)", at: textNode.location)
                return nil
            }
        }
        let each = reader.optional("each")
        if let each, let name = each.text(log), name != CriterionProse.equipment {
            log.error(.M3, "'\(each.path)' must be '\(CriterionProse.equipment)' (said once per item) or left out, got '\(name)'",
                      at: each.location)
            return nil
        }
        return CriterionProse(text: text, location: textNode.location, each: each == nil ? nil : CriterionProse.equipment)
    }

    func parameters(_ node: LocatedNode?) -> [Parameter] {
        guard let items = node?.items(log) else { return [] }
        let allowed = ["symbol", "display", "description", "unit", "per", "kind", "monitoring", "default", "conservative", "min", "max",
                       "meter_data"]
        return items.compactMap { item in
            guard let reader = MappingReader(item, allowed: allowed, log: log, what: "a parameter"),
                let symbol = reader.text("symbol"), let description = reader.localized("description"),
                let unit = unit(reader.required("unit")), let kindNode = reader.required("kind"),
                let kindText = kindNode.text(log)
            else { return nil }
            guard let kind = ParameterKind(rawValue: kindText) else {
                let names = ParameterKind.allCases.map(\.rawValue)
                log.error(.M3, "parameter \(symbol): kind '\(kindText)' is not one of \(names.joined(separator: ", "))\(Suggestion.hint(for: kindText, in: names))", at: kindNode.location)
                return nil
            }
            let scopeText = reader.text("per", required: false) ?? "project"
            guard let scope = Parameter.Scope(rawValue: scopeText) else {
                log.error(.M3, "parameter \(symbol): 'per' must be 'project' or 'equipment'", at: reader.optional("per")?.location)
                return nil
            }
            return Parameter(
                symbol: symbol, display: reader.text("display", required: false) ?? symbol, description: description,
                unit: unit, scope: scope, kind: kind, monitoring: monitoring(reader.optional("monitoring")),
                defaultValue: defaultValue(reader.optional("default"), unit: unit, symbol: symbol),
                conservative: reader.text("conservative", required: false),
                minimum: quantity(reader.optional("min")), maximum: quantity(reader.optional("max")),
                meterData: meterData(reader.optional("meter_data"), symbol: symbol), location: item.location)
        }
    }

    /// `meter_data: {bound: motor.rated_power, gaps: {treatment: fill_at_bound, text: …, provenance: …}, …}`
    private func meterData(_ node: LocatedNode?, symbol: String) -> MeterDataRules? {
        guard let node, let reader = MappingReader(node, allowed: ["bound", "gaps", "calibration_lapse"], log: log, what: "meter_data")
        else { return nil }
        func rule<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> MeterDataRules.Rule<T>?
        where T.RawValue == String {
            guard let ruleNode = reader.optional(key),
                let rule = MappingReader(ruleNode, allowed: ["treatment", "text", "provenance"], log: log, what: "a meter data rule"),
                let treatmentNode = rule.required("treatment"), let name = treatmentNode.text(log),
                let text = rule.localized("text"), let provenance = provenance(rule.required("provenance"))
            else { return nil }
            guard let treatment = T(rawValue: name) else {
                let names = T.allCases.map(\.rawValue)
                log.error(.M3, "parameter \(symbol): \(key) treatment '\(name)' is not one of \(names.joined(separator: ", "))", at: treatmentNode.location)
                return nil
            }
            return MeterDataRules.Rule(treatment: treatment, text: text, provenance: provenance)
        }
        return MeterDataRules(bound: reader.text("bound", required: false), gaps: rule("gaps", MeterDataRules.GapTreatment.self),
                              calibrationLapse: rule("calibration_lapse", MeterDataRules.LapseTreatment.self))
    }

    private func monitoring(_ node: LocatedNode?) -> MonitoringSpec? {
        guard let node, let reader = MappingReader(node, allowed: ["option", "source", "method", "frequency"], log: log, what: "monitoring"),
            let option = reader.text("option"), let source = reader.localized("source"),
            let method = reader.localized("method"), let frequency = reader.localized("frequency")
        else { return nil }
        guard ["A", "B", "C"].contains(option) else {
            log.error(.M3, "monitoring option must be A, B or C, got '\(option)'", at: reader.optional("option")?.location)
            return nil
        }
        return MonitoringSpec(option: option, source: source, method: method, frequency: frequency)
    }

    private func defaultValue(_ node: LocatedNode?, unit: Unit, symbol: String) -> DefaultValue? {
        guard let node,
            let reader = MappingReader(node, allowed: ["value", "vintage", "source", "reference", "verified", "note"], log: log, what: "a default value"),
            let valueNode = reader.required("value"), let value = quantity(valueNode),
            let source = reader.text("source"), let verified = flag(reader.required("verified"))
        else { return nil }
        guard value.dimension == unit.dimension else {
            log.error(.M4, "default of \(symbol) is in '\(value.unit)' (\(value.dimension)), but the parameter's unit is '\(unit)' (\(unit.dimension))", at: valueNode.location)
            return nil
        }
        return DefaultValue(value: value, vintage: reader.text("vintage", required: false),
                            provenance: Provenance(source: source, reference: reader.text("reference", required: false), verified: verified, note: reader.localized("note", required: false)))
    }

    func equations(_ node: LocatedNode?) -> [Equation] {
        guard let items = node?.items(log) else { return [] }
        return items.compactMap { item in
            guard let reader = MappingReader(item, allowed: ["symbol", "name", "display", "expression", "unit", "defined_when"], log: log, what: "an equation"),
                let symbol = reader.text("symbol"), let name = reader.localized("name"),
                let expressionNode = reader.required("expression"), let expression = RuleText.read(expressionNode, log: log),
                let unit = unit(reader.required("unit"))
            else { return nil }
            return Equation(symbol: symbol, name: name, display: reader.localized("display", required: false), expression: expression, unit: unit,
                            definedWhen: definedWhen(reader.optional("defined_when")), location: item.location)
        }
    }

    /// `defined_when: [{condition: "lifetime_emission_reductions > 0 tCO2", reason: {en: …}}]`
    private func definedWhen(_ node: LocatedNode?) -> [DefinedWhen] {
        guard let items = node?.items(log) else { return [] }
        return items.compactMap { item in
            guard let reader = MappingReader(item, allowed: ["condition", "reason"], log: log, what: "a defined_when condition"),
                let conditionNode = reader.required("condition"), let condition = RuleText.read(conditionNode, log: log),
                let reason = reader.localized("reason")
            else { return nil }
            return DefinedWhen(condition: condition, reason: reason)
        }
    }

    /// `project_fields: {finance.tariff: {unit: JPY/kWh}, ...}`
    func fields(_ node: LocatedNode?) -> [(path: String, spec: FieldSpec)] {
        guard let entries = node?.entries(log) else { return [] }
        return entries.compactMap { entry in fieldSpec(entry.value).map { (entry.key, $0) } }
    }

    func fieldSpec(_ node: LocatedNode) -> FieldSpec? {
        let keys = ["type", "unit", "input_unit", "min_points", "description", "required", "one_of", "min", "max"]
        guard let reader = MappingReader(node, allowed: keys, log: log, what: "a field declaration") else { return nil }
        let kind: FieldSpec.Kind
        if reader.text("type", required: false) == "curve" {
            guard let input = unit(reader.required("input_unit")), let output = unit(reader.required("unit")) else { return nil }
            let written = reader.text("min_points", required: false)
            let points = written.map { Int($0) ?? 0 } ?? 2
            guard (2...LookupTable.maximumPoints).contains(points) else {
                log.error(.M10, "\(node.displayName): min_points must be a whole number from 2 to \(LookupTable.maximumPoints)", at: reader.optional("min_points")?.location)
                return nil
            }
            kind = .curve(input: input, output: output, minimumPoints: points)
            // A curve's `min` and `max` bound the values of its points, as they bound a quantity.
        } else if let unit = unit(reader.optional("unit")) {
            kind = .quantity(unit)
        } else {
            let typeText = reader.text("type", required: false) ?? "text"
            let kinds: [String: FieldSpec.Kind] = ["text": .text, "boolean": .boolean, "date": .date, "number": .number, "integer": .integer]
            guard let found = kinds[typeText] else {
                log.error(.M3, "\(node.displayName): type '\(typeText)' is not one of text, boolean, date, number, integer, curve (or give a unit)", at: reader.optional("type")?.location)
                return nil
            }
            kind = found
        }
        let oneOf = reader.optional("one_of")?.items(log)?.compactMap { $0.text(log) } ?? []
        return FieldSpec(kind, description: reader.localized("description", required: false) ?? "",
                         required: flag(reader.optional("required")) ?? false, oneOf: oneOf,
                         minimum: quantity(reader.optional("min")), maximum: quantity(reader.optional("max")))
    }
}
