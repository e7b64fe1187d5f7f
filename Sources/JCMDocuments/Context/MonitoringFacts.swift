import JCMKit
import JCMReports
import JCMRules

/// The Monitoring Plan Sheet: parameters monitored ex post and fixed ex ante, each with the
/// values this project gives or the methodology sets.
struct MonitoringFacts: TemplateRecord {
    var monitoredExPost: [ParameterFacts] = []
    /// Fixed and project-specific ex-ante parameters.
    var fixedExAnte: [ParameterFacts] = []
}

struct ParameterFacts: TemplateRecord {
    var symbol = DocumentText()
    var display = DocumentText()
    var description = DocumentText()
    var unit = DocumentText()
    /// `monitored_ex_post`, `fixed_ex_ante`, `project_specific_ex_ante`
    var kind = DocumentText()
    var kindLabel = DocumentText()
    /// How a monitored parameter is measured.
    var measurement: MonitoringSpecFacts?
    var defaultValue: DefaultValueFacts?
    /// `lower` or `higher`: which direction of error is conservative.
    var conservative: DocumentText?
    /// The ex-ante values by monitoring point (an equipment item, or the project as a whole).
    var points: [PointFacts] = []
}

struct MonitoringSpecFacts: TemplateRecord {
    /// A: public data; B: transaction records; C: own measurement.
    var option = DocumentText()
    var source = DocumentText()
    var method = DocumentText()
    var frequency = DocumentText()
}

struct DefaultValueFacts: TemplateRecord {
    var value = AmountFacts()
    var vintage: DocumentText?
    var source = DocumentText()
    var note: DocumentText?
    var verified = true
}

struct PointFacts: TemplateRecord {
    /// An equipment id, or `project`.
    var point = DocumentText()
    var value = ValueFacts()
    var location: DocumentText?
}

extension MonitoringFacts {
    init(_ methodology: Methodology, project: Project, _ facts: FactsBuilder) {
        let parameters = methodology.rules.parameters.map { ParameterFacts($0, project: project, facts) }
        let kinds = methodology.rules.parameters.map(\.kind)
        monitoredExPost = zip(kinds, parameters).filter { $0.0 == .monitoredExPost }.map(\.1)
        fixedExAnte = zip(kinds, parameters).filter { $0.0 == .fixedExAnte || $0.0 == .projectSpecificExAnte }.map(\.1)
    }
}

extension ParameterFacts {
    init(_ parameter: Parameter, project: Project, _ facts: FactsBuilder) {
        symbol = facts.text(parameter.symbol)
        display = facts.text(parameter.display)
        description = facts.localized(parameter.description)
        unit = facts.text(AmountFacts.unitName(parameter.unit))
        kind = facts.text(parameter.kind.rawValue)
        kindLabel = facts.text(facts.wording.kind(parameter.kind))
        measurement = parameter.monitoring.map {
            MonitoringSpecFacts(option: facts.text($0.option), source: facts.localized($0.source),
                                method: facts.localized($0.method), frequency: facts.localized($0.frequency))
        }
        defaultValue = parameter.defaultValue.map {
            DefaultValueFacts(value: AmountFacts($0.value, facts), vintage: $0.vintage.map(facts.text),
                              source: facts.text($0.provenance.source), note: $0.provenance.note.map(facts.localized),
                              verified: $0.provenance.verified)
        }
        conservative = parameter.conservative.map(facts.text)
        guard parameter.isProjectInput else { return }
        switch parameter.scope {
        case .equipment:
            let symbol = parameter.symbol
            points = facts.map(project.equipment) { item, facts in
                let id = item.field("id").map { facts.style.value($0.value) } ?? item.path.description
                let missing = item.path.appending("parameters").appending(symbol)
                return PointFacts(item.field(symbol), point: id, missing: missing, facts)
            }
        case .project:
            points = [PointFacts(project.data.field("parameters")?.field(parameter.symbol), point: facts.wording.text(.documentProjectPoint),
                                 missing: FieldPath([.key("parameters"), .key(parameter.symbol)]), facts)]
        }
    }
}

extension PointFacts {
    init(_ node: DataNode?, point: String, missing: FieldPath, _ facts: FactsBuilder) {
        self.point = facts.text(point)
        value = ValueFacts(node?.value ?? .unknown(missing: [missing]), facts)
        location = node?.location.map { facts.text($0.place) }
    }
}
