import Foundation
import JCMDiagnostics
import JCMMeterData
import JCMRules
import JCMUnits

/// A monitoring period computed from meter data: each meter's readings checked and summed, the
/// methodology's rules applied to missing and uncalibrated time, and the period's calculation
/// run on the resulting values. Nothing here prints or writes.
public struct PeriodMonitoring: Sendable {
    public var period: MonitoringPeriod
    public var window: MeterWindow
    public var files: [String]
    public var meters: [MeterAggregate]
    /// The period's calculation, on the values of `meters`.
    public var assessment: Assessment

    public var loaded: LoadedProject { assessment.loaded }

    /// Every finding of every meter, meter by meter in declaration order.
    public var findings: [MeterFinding] { meters.flatMap(\.summary.findings) }

    /// Meters whose value the data cannot determine.
    public var undetermined: [MeterAggregate] { meters.filter { $0.unmeasured != nil } }

    public static func run(
        _ loaded: LoadedProject, period id: String, files: [String]
    ) throws(DiagnosticError) -> PeriodMonitoring {
        guard !files.isEmpty else {
            throw DiagnosticError(.error(.F1, "no meter data: give the files with --data FILE"))
        }
        // The period first: an unknown one is reported before any data is read.
        let plain = try loaded.monitored(period: id)
        guard let period = plain.period else { throw DiagnosticError(.error(.P9, "no monitoring period '\(id)'")) }
        let (declarations, offset) = try MeterDeclarationReader.read(loaded)
        let window = MeterWindow(
            start: MeterDeclarationReader.midnight(period.start, offset: offset),
            end: MeterDeclarationReader.midnight(period.end, offset: offset) + 86400, offset: offset)
        var reader = try MeterDataReader(meters: declarations.map(\.spec), window: window)
        for file in files { try reader.read(file: file) }
        let meters = zip(declarations, reader.summaries()).map { MeterAggregate($0, $1) }
        var measured: [String: [DataNode.Field]] = [:]
        for meter in meters {
            let symbol = meter.declaration.parameter.symbol
            let path = FieldPath([.key("meters"), .item(meter.id)])
            let value: Value =
                meter.total.map { .quantity($0) }
                ?? .undefined(reason: .unmeasured(meter: meter.id, why: meter.unmeasured ?? .tooManyDigits))
            measured[meter.declaration.equipment, default: []].append(
                DataNode.Field(
                    key: symbol,
                    node: DataNode(
                        .leaf(value), path: path, location: meter.declaration.location,
                        origin: .meterData(
                            meter: meter.id, location: meter.declaration.location,
                            verified: meter.rulesVerified))))
        }
        let assessment = try Assessment.assess(try loaded.monitored(period: id, measured: measured))
        return PeriodMonitoring(period: period, window: window, files: files, meters: meters, assessment: assessment)
    }
}
