import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits

/// One monitoring period of a project, as named in its file.
public struct MonitoringPeriod: Sendable, Equatable {
    public var id: String
    public var start: CalendarDate
    public var end: CalendarDate
    /// Set when the monitored values come from meter data (`jcm monitor`), not the project file.
    public var fromMeterData = false

    /// Both ends included: 2026-10-01 to 2027-09-30 is 365 days.
    public var days: Int { end.dayNumber - start.dayNumber + 1 }
}

extension LoadedProject {
    /// The project as measured in one monitoring period, for auditors reproducing the monitoring
    /// report: every monitored ex-post value comes from the period's `monitored` entries (never
    /// from the ex-ante estimate), and the calculation covers the period's days. The programme's
    /// financial figures are ex-ante by nature and are left out.
    ///
    /// `measured` holds values from meter data by equipment id (`jcm monitor`); they take the place
    /// of the period's typed values of the same parameter.
    public func monitored(period id: String, measured: [String: [DataNode.Field]] = [:]) throws(DiagnosticError) -> LoadedProject {
        let periods = project.records("monitoring_periods")
        guard let node = periods.first(where: { $0.field("id")?.value == .text(id) }),
            case .date(let start)? = node.field("start")?.value, case .date(let end)? = node.field("end")?.value
        else {
            let known = periods.compactMap { if case .text(let name)? = $0.field("id")?.value { name } else { nil } }
            throw DiagnosticError(.error(.P9, "no monitoring period '\(id)'\(Suggestion.hint(for: id, in: known)); the project has: \(known.joined(separator: ", "))", at: project.data.field("monitoring_periods")?.location))
        }
        guard let methodology else {
            throw DiagnosticError(.error(.P9, "a monitoring period is calculated with the methodology's equations, and the project names no methodology", at: node.location))
        }
        let symbols = Set(methodology.rules.parameters.filter { $0.kind == .monitoredExPost && $0.scope == .equipment }.map(\.symbol))
        let readings = project.readings(in: node).readings
        let items = project.equipment.map { item -> DataNode in
            guard case .mapping(let fields) = item.content else { return item }
            var kept = fields.filter { !symbols.contains($0.key) }
            guard case .text(let itemID)? = item.field("id")?.value else { return item }
            var given: [DataNode.Field] = if case .mapping(let values)? = readings[itemID]?.content { values.filter { symbols.contains($0.key) } } else { [] }
            for field in measured[itemID] ?? [] {
                given.removeAll { $0.key == field.key }
                given.append(field)
            }
            kept += given
            // A reading the period lacks is named where it belongs, not where the estimate is.
            for symbol in symbols.sorted() where !given.contains(where: { $0.key == symbol }) {
                let path = node.path.appending("monitored").item(itemID).appending(symbol)
                kept.append(.init(key: symbol, node: DataNode(.leaf(.unknown(missing: [path])), path: path, location: node.location)))
            }
            return DataNode(.mapping(kept), path: item.path, location: item.location)
        }
        var copy = self
        copy.period = MonitoringPeriod(id: id, start: start, end: end, fromMeterData: !measured.isEmpty)
        copy.programme = nil
        let length = Quantity(Decimal(MonitoringPeriod(id: id, start: start, end: end).days), Unit(UnitCatalog.atom(named: "d")!))
        copy.project.data = project.data
            .replacing("equipment", with: DataNode(.sequence(items), path: "equipment", location: project.data.field("equipment")?.location))
            .replacing("estimation_period", with: DataNode(.leaf(.quantity(length)), path: "estimation_period", location: node.location))
        return copy
    }

}

extension Project {
    /// A period's monitored readings keyed by equipment id, and the problems of readings that
    /// name equipment the project does not have or name an item twice.
    func readings(in period: DataNode) -> (readings: [String: DataNode], problems: [Diagnostic]) {
        let ids = equipment.compactMap { if case .text(let id)? = $0.field("id")?.value { id } else { nil } }
        var readings: [String: DataNode] = [:]
        var problems: [Diagnostic] = []
        for reading in period.field("monitored")?.items ?? [] {
            guard case .text(let item)? = reading.field("equipment")?.value else { continue }
            if !ids.contains(item) {
                problems.append(.error(.P9, "monitored values name equipment '\(item)', which the project does not have\(Suggestion.hint(for: item, in: ids))", at: reading.location))
            } else if readings.updateValue(reading, forKey: item) != nil {
                problems.append(.error(.P8, "monitored values for equipment '\(item)' are given twice in period \(period.path)", at: reading.location))
            }
        }
        return (readings, problems)
    }
}

extension DataNode {
    /// A copy of this record with `key` set to `node` (added at the end when absent).
    func replacing(_ key: String, with node: DataNode) -> DataNode {
        guard case .mapping(var fields) = content else { return self }
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].node = node
        } else {
            fields.append(.init(key: key, node: node))
        }
        return DataNode(.mapping(fields), path: path, location: location)
    }
}
