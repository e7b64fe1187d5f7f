import Foundation
import JCMKit
import JCMMeterData
import JCMRules
import JCMUnits

/// `jcm monitor` on a terminal and for pipelines: the period, each meter's aggregation, the
/// findings, then the period's calculation as `jcm calc` shows it.
public enum MonitoringReport {
    public static func text(_ monitoring: PeriodMonitoring, wording: Wording) -> String {
        let window = monitoring.window
        let period = monitoring.period
        var lines = [
            wording.text(
                .monitorHeading,
                [
                    "period": period.id, "start": wording.ruleStyle.date(period.start),
                    "end": wording.ruleStyle.date(period.end),
                ]),
            wording.text(
                .monitorBoundary,
                ["start": wording.instant(window.start, window), "end": wording.instant(window.end, window)]),
            wording.text(.monitorFiles, ["files": monitoring.files.joined(separator: ", ")]),
            "",
            wording.text(.monitorMetersHeading),
        ]
        for meter in monitoring.meters { lines += wording.aggregation(meter).map { "  " + $0 } }
        lines.append("")
        let findings = wording.findingLines(monitoring)
        if findings.isEmpty {
            lines.append(wording.text(.monitorNoFindings))
        } else {
            lines.append(
                wording.text(
                    .monitorFindingsHeading,
                    ["count": wording.ruleStyle.number(Decimal(wording.findingCount(monitoring)))]))
            lines += findings.map { "  " + $0 }
        }
        lines.append("")
        return lines.joined(separator: "\n") + "\n" + TextReporter(wording: wording).calculation(monitoring.assessment)
    }

    public static func json(_ monitoring: PeriodMonitoring, wording: Wording) -> String {
        JSONReport.encode(MonitoringDocument(monitoring, wording.withCanonicalNumbers()))
    }
}

/// The JSON of `jcm monitor`: amounts as strings, exact; times as local ISO 8601.
struct MonitoringDocument: Encodable {
    struct Rule: Encodable { var treatment: String, text: String, verified: Bool }
    struct Meter: Encodable {
        var id: String, equipment: String, parameter: String, reading: String, unit: String
        var rows: Int, used_intervals: Int, outside_period: Int
        /// The sum of the usable readings, in the meter's unit, as a plain decimal.
        var measured: String
        var missing_hours: AmountEntry, gap_rule: Rule?, gap_fill: AmountEntry?
        var uncalibrated_hours: AmountEntry, uncalibrated: AmountEntry, calibration_rule: Rule?,
            calibration_adjustment: AmountEntry?
        var total: AmountEntry?
        var undetermined: String?
        var findings: [String: Int]
    }
    struct Finding: Encodable {
        var kind: String, meter: String, file: String, line: Int, start: String?, end: String?, detail: String?
    }

    var project: String
    var period: [String: String]
    var files: [String]
    var meters: [Meter]
    var findings: [Finding]
    var findings_not_listed: Int
    var calculation: CalculationDocument

    init(_ monitoring: PeriodMonitoring, _ wording: Wording) {
        let window = monitoring.window
        project = monitoring.loaded.project.id
        period = [
            "id": monitoring.period.id, "start": monitoring.period.start.description,
            "end": monitoring.period.end.description,
            "from": wording.instant(window.start, window), "until": wording.instant(window.end, window),
            "boundary": "start included, end excluded; an interval belongs to the period when its start does",
        ]
        files = monitoring.files
        meters = monitoring.meters.map { meter in
            let summary = meter.summary
            return Meter(
                id: meter.id, equipment: meter.declaration.equipment, parameter: meter.declaration.parameter.symbol,
                reading: meter.declaration.spec.reading.rawValue, unit: meter.declaration.unit.description,
                rows: summary.rows, used_intervals: summary.usedIntervals, outside_period: summary.outsidePeriod,
                measured: DecimalText.plain(meter.measured.value), missing_hours: AmountEntry(meter.missingHours),
                gap_rule: meter.gapRule.map {
                    Rule(
                        treatment: $0.treatment.rawValue, text: wording.localized($0.text).text,
                        verified: $0.provenance.verified)
                },
                gap_fill: meter.gapFill.map(AmountEntry.init), uncalibrated_hours: AmountEntry(meter.uncalibratedHours),
                uncalibrated: AmountEntry(meter.uncalibrated),
                calibration_rule: meter.lapseRule.map {
                    Rule(
                        treatment: $0.treatment.rawValue, text: wording.localized($0.text).text,
                        verified: $0.provenance.verified)
                },
                calibration_adjustment: meter.calibrationAdjustment.map(AmountEntry.init),
                total: meter.total.map(AmountEntry.init),
                undetermined: meter.unmeasured.map { wording.ruleStyle.cause(.unmeasured(meter: meter.id, why: $0)) },
                findings: Dictionary(uniqueKeysWithValues: summary.counts.map { ($0.key.rawValue, $0.value) }))
        }
        findings = monitoring.findings.map { finding in
            Finding(
                kind: finding.kind.rawValue, meter: finding.meter, file: finding.file, line: finding.line,
                start: finding.start == 0 ? nil : wording.instant(finding.start, window),
                end: finding.end > finding.start ? wording.instant(finding.end, window) : nil,
                detail: wording.detail(finding.detail))
        }
        findings_not_listed = wording.findingCount(monitoring) - findings.count
        calculation = CalculationDocument(monitoring.assessment, wording)
    }
}
