import JCMKit
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
    init(_ methodology: Methodology, project: Project, _ format: DocumentFormat) {
        let parameters = methodology.rules.parameters.map { ParameterFacts($0, project: project, format) }
        let kinds = methodology.rules.parameters.map(\.kind)
        monitoredExPost = zip(kinds, parameters).filter { $0.0 == .monitoredExPost }.map(\.1)
        fixedExAnte = zip(kinds, parameters).filter { $0.0 == .fixedExAnte || $0.0 == .projectSpecificExAnte }.map(\.1)
    }
}

extension ParameterFacts {
    init(_ parameter: Parameter, project: Project, _ format: DocumentFormat) {
        symbol = DocumentText(parameter.symbol, format)
        display = DocumentText(parameter.display, format)
        description = DocumentText(parameter.description, format)
        unit = DocumentText(AmountFacts.unitName(parameter.unit), format)
        kind = DocumentText(parameter.kind.rawValue, format)
        kindLabel = DocumentText(parameter.kind.label, format)
        measurement = parameter.monitoring.map {
            MonitoringSpecFacts(option: DocumentText($0.option, format), source: DocumentText($0.source, format),
                                method: DocumentText($0.method, format), frequency: DocumentText($0.frequency, format))
        }
        defaultValue = parameter.defaultValue.map {
            DefaultValueFacts(value: AmountFacts($0.value, format), vintage: $0.vintage.map { DocumentText($0, format) },
                              source: DocumentText($0.provenance.source, format), note: $0.provenance.note.map { DocumentText($0, format) },
                              verified: $0.provenance.verified)
        }
        conservative = parameter.conservative.map { DocumentText($0, format) }
        guard parameter.isProjectInput else { return }
        switch parameter.scope {
        case .equipment:
            points = project.equipment.map { item in
                let id = item.field("id").map { ValueFacts.plainText($0.value) } ?? item.path
                return PointFacts(item.field(parameter.symbol), point: id, missing: "\(item.path).parameters.\(parameter.symbol)", format)
            }
        case .project:
            points = [PointFacts(project.data.field("parameters")?.field(parameter.symbol), point: "project", missing: "parameters.\(parameter.symbol)", format)]
        }
    }
}

extension PointFacts {
    init(_ node: DataNode?, point: String, missing: String, _ format: DocumentFormat) {
        self.point = DocumentText(point, format)
        value = ValueFacts(node?.value ?? .unknown(missing: [missing]), format)
        location = node?.location.map { DocumentText($0.place, format) }
    }
}
