import JCMKit
import JCMReports
import JCMRules
import JCMUnits

/// The project as its file describes it (PDD section A, the proposal's outline).
struct ProjectFacts: TemplateRecord {
    var id = DocumentText()
    var name = DocumentText()
    var description: DocumentText?
    var hostCountry = DocumentText()
    var city: DocumentText?
    var site = SiteFacts()
    var technology = DocumentText()
    var startOfOperation = DocumentText()
    var legalDurableYears = ValueFacts()
    /// How long the project is expected to operate, apart from the legal durable years.
    var expectedOperationalLifetime: ValueFacts?
    var estimationPeriod = AmountFacts()
    var participants: [ParticipantFacts] = []
    var representative: ParticipantFacts?
    var monitoringPeriods: [PeriodFacts] = []
    var equipment: [EquipmentFacts] = []
    /// What the programme call asks of a project (investment, subsidy requested, schedule,
    /// commitments), as the project gives it.
    var programmeData: [SpecificationFacts] = []
}

struct SiteFacts: TemplateRecord {
    var name: DocumentText?
    var address: DocumentText?
    /// Plain decimal degrees.
    var latitude = DocumentText()
    var longitude = DocumentText()
}

struct ParticipantFacts: TemplateRecord {
    var name = DocumentText()
    var country = DocumentText()
    var role = DocumentText()
    var entityKind: DocumentText?
    var responsibilities: DocumentText?
}

struct PeriodFacts: TemplateRecord {
    var id = DocumentText()
    var start = DocumentText()
    var end = DocumentText()
}

struct EquipmentFacts: TemplateRecord {
    var id = DocumentText()
    var name: DocumentText?
    var specifications: [SpecificationFacts] = []
}

/// One declared field of an equipment item, such as the motor's rated power.
struct SpecificationFacts: TemplateRecord {
    /// `motor.rated_power`
    var field = DocumentText()
    /// The methodology's description of the field.
    var description = DocumentText()
    /// What a reader sees: the description, or the field where the methodology gives none.
    var label = DocumentText()
    var value = ValueFacts()
}

extension ProjectFacts {
    init(_ project: Project, methodology: Methodology?, programme: Programme?, _ facts: FactsBuilder) {
        func text(_ path: String) -> DocumentText { facts.text(project.text(path) ?? "") }
        func optionalText(_ path: String) -> DocumentText? { project.text(path).map(facts.text) }
        func coordinate(_ path: String) -> DocumentText {
            facts.text(project.quantity(path).map { DecimalText.plain($0.value) } ?? "")
        }
        func date(_ node: DataNode?) -> DocumentText { facts.text(node.map { facts.style.value($0.value) } ?? "") }
        id = text("id")
        name = text("name")
        description = optionalText("description")
        hostCountry = text("host_country")
        city = optionalText("city")
        site = SiteFacts(
            name: optionalText("site.name"), address: optionalText("site.address"),
            latitude: coordinate("site.latitude"), longitude: coordinate("site.longitude"))
        technology = text("technology")
        startOfOperation = facts.text(project.date("start_of_operation").map(facts.style.date) ?? "")
        legalDurableYears = ValueFacts(project.data.field("legal_durable_years")?.value ?? .unknown(missing: ["legal_durable_years"]), facts)
        estimationPeriod = AmountFacts(project.estimationPeriod, facts)
        expectedOperationalLifetime = project.data.field("expected_operational_lifetime")
            .map { ValueFacts($0.value, facts) }
        participants = project.records("participants").map { participant in
            let role = Self.text(participant, "role") ?? ""
            return ParticipantFacts(
                name: facts.text(Self.text(participant, "name") ?? ""),
                country: facts.text(Self.text(participant, "country") ?? ""),
                role: facts.label(canonical: role, worded: facts.wording.role(role)),
                entityKind: Self.text(participant, "entity_kind").map(facts.text),
                responsibilities: Self.text(participant, "responsibilities").map(facts.text))
        }
        representative = zip(project.records("participants"), participants)
            .first { Self.text($0.0, "role") == "representative" }?.1
        monitoringPeriods = project.records("monitoring_periods").map { period in
            PeriodFacts(id: facts.text(Self.text(period, "id") ?? ""), start: date(period.field("start")),
                        end: date(period.field("end")))
        }
        let parameterSymbols = Set(methodology?.rules.parameters.map(\.symbol) ?? [])
        let equipmentSpec = methodology?.equipment
        equipment = facts.map(project.equipment) { item, facts in
            EquipmentFacts(
                id: facts.text(Self.text(item, "id") ?? ""), name: Self.text(item, "name").map(facts.text),
                specifications: Self.specifications(item, skipping: parameterSymbols, spec: equipmentSpec, facts))
        }
        programmeData = (programme?.rules.projectFields ?? []).compactMap { path, spec in
            project.data.descendant(path).map { node in
                SpecificationFacts(field: facts.text(path), description: facts.localized(spec.description), value: ValueFacts(node.value, facts))
            }
        }
    }

    /// The text at `path` below `node`, when it is text.
    private static func text(_ node: DataNode, _ path: String) -> String? {
        if case .leaf(.text(let text))? = node.descendant(path)?.content { return text }
        return nil
    }

    /// Every leaf of an equipment item except its identity and the parameter values, which the
    /// monitoring plan and calculation show.
    private static func specifications(_ item: DataNode, skipping symbols: Set<String>, spec: RecordSpec?, _ facts: FactsBuilder) -> [SpecificationFacts] {
        func leaves(_ node: DataNode, prefix: String) -> [(String, Value)] {
            switch node.content {
            // A curve or step table is data for the calculation, not a specification.
            case .leaf(.table): return []
            case .leaf(let value): return [(prefix, value)]
            case .sequence: return [(prefix, node.value)]
            case .mapping(let fields):
                return fields.flatMap { field in leaves(field.node, prefix: prefix.isEmpty ? field.key : "\(prefix).\(field.key)") }
            }
        }
        guard case .mapping(let fields) = item.content else { return [] }
        return fields.filter { !["id", "name"].contains($0.key) && !symbols.contains($0.key) }
            .flatMap { leaves($0.node, prefix: $0.key) }
            .map { path, value in
                let described = description(of: path, in: spec).map(facts.localized)
                return SpecificationFacts(field: facts.text(path), description: described ?? facts.text(""),
                                          label: described ?? facts.text(path), value: ValueFacts(value, facts))
            }
    }

    private static func description(of path: String, in spec: RecordSpec?) -> LocalizedText? {
        guard var record = spec else { return nil }
        let parts = path.split(separator: ".").map(String.init)
        for (index, part) in parts.enumerated() {
            switch record.fields[part] {
            case .leaf(let field)? where index == parts.count - 1: return field.description
            case .record(let inner)?: record = inner
            default: return nil
            }
        }
        return nil
    }
}
