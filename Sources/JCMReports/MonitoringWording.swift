import Foundation
import JCMKit
import JCMMeterData
import JCMRules
import JCMUnits

extension Wording {
    /// The name of a kind of finding, in the report's language.
    public func findingKind(_ kind: MeterFinding.Kind) -> String {
        let key: WordingKey =
            switch kind {
            case .gap: .findingGap
            case .spannedGap: .findingSpannedGap
            case .duplicate: .findingDuplicate
            case .outOfOrder: .findingOutOfOrder
            case .overlapping: .findingOverlapping
            case .negativeValue: .findingNegativeValue
            case .registerReset: .findingRegisterReset
            case .rollover: .findingRollover
            case .replacement: .findingReplacement
            case .beyondBound: .findingBeyondBound
            case .unitDiffers: .findingUnitDiffers
            case .uncalibrated: .findingUncalibrated
            }
        return text(key)
    }

    public func readingKind(_ reading: MeterSpec.Reading) -> String {
        text(reading == .interval ? .monitorReadingInterval : .monitorReadingCumulative)
    }

    /// A local timestamp of the period: `2027-01-15T10:00:00+07:00`.
    public func instant(_ seconds: Int64, _ window: MeterWindow) -> String {
        MeterTimestamp.text(seconds, offset: window.offset)
    }

    /// `2027-01-15T10:00:00+07:00 to 2027-01-15T14:00:00+07:00 (4 h)`, or the one instant.
    public func span(_ finding: MeterFinding, _ window: MeterWindow) -> String {
        guard finding.end > finding.start else {
            return finding.start == 0 ? "" : text(.monitorInstant, ["time": instant(finding.start, window)])
        }
        return text(
            .monitorSpan,
            [
                "start": instant(finding.start, window), "end": instant(finding.end, window),
                "duration": duration(finding.seconds),
            ])
    }

    /// `4 h`, `9 min`, `30 s`: the largest unit that divides the time, so no digit is lost.
    public func duration(_ seconds: Int64) -> String {
        if seconds % 3600 == 0 { return text(.durationHours, ["count": ruleStyle.number(Decimal(seconds / 3600))]) }
        if seconds % 60 == 0 { return text(.durationMinutes, ["count": ruleStyle.number(Decimal(seconds / 60))]) }
        return text(.durationSeconds, ["count": ruleStyle.number(Decimal(seconds))])
    }

    /// One finding as a line: where, what, which meter, when.
    public func finding(_ finding: MeterFinding, _ window: MeterWindow) -> String {
        text(
            .monitorFinding,
            [
                "place": "\(finding.file):\(finding.line)", "kind": findingKind(finding.kind), "meter": finding.meter,
                "span": span(finding, window), "detail": detail(finding.detail).map { " (\($0))" } ?? "",
            ])
    }

    /// What explains a finding, worded: nil when nothing does.
    public func detail(_ detail: MeterFinding.Detail) -> String? {
        let number = { (value: Decimal) in ruleStyle.number(value) }
        return switch detail {
        case .none: nil
        case .firstAt(let line): text(.detailFirstAt, ["line": String(line)])
        case .after(let line): text(.detailAfter, ["line": String(line)])
        case .value(let value): text(.detailValue, ["value": number(value)])
        case .registers(let from, let to): text(.detailRegisters, ["from": number(from), "to": number(to)])
        case .replacement(let old, let new): text(.detailReplacement, ["old": number(old), "new": number(new)])
        case .increment(let value): text(.detailIncrement, ["value": number(value)])
        case .unit(let written, let meter): text(.detailUnit, ["written": written, "meter": meter])
        }
    }

    /// A methodology rule of meter data, with its text and whether it was verified.
    func meterRule(_ text: LocalizedText, _ provenance: Provenance) -> String {
        localized(text).text + (provenance.verified ? "" : " " + self.text(.monitorRuleUnverified))
    }

    /// The lines of one meter's aggregation: readings, measured sum, rules applied, the value.
    public func aggregation(_ meter: MeterAggregate) -> [String] {
        let declaration = meter.declaration
        let summary = meter.summary
        var lines = [
            text(
                .monitorMeter,
                [
                    "meter": meter.id, "equipment": declaration.equipment, "parameter": declaration.parameter.symbol,
                    "reading": readingKind(declaration.spec.reading), "unit": ruleStyle.unit(declaration.unit),
                ]),
            "  "
                + text(
                    .monitorReadings,
                    [
                        "used": ruleStyle.number(Decimal(summary.usedIntervals)),
                        "outside": ruleStyle.number(Decimal(summary.outsidePeriod)),
                    ]),
            "  " + text(.monitorMeasured, ["value": ruleStyle.quantity(meter.measured)]),
        ]
        if summary.missingSeconds > 0, let rule = meter.gapRule, let fill = meter.gapFill {
            lines.append(
                "  "
                    + text(
                        .monitorMissing,
                        [
                            "duration": duration(meter.summary.missingSeconds),
                            "rule": meterRule(rule.text, rule.provenance), "value": ruleStyle.quantity(fill),
                        ]))
        }
        if summary.uncalibratedSeconds > 0, let rule = meter.lapseRule, let adjustment = meter.calibrationAdjustment {
            lines.append(
                "  "
                    + text(
                        .monitorUncalibrated,
                        [
                            "duration": duration(meter.summary.uncalibratedSeconds),
                            "value": ruleStyle.quantity(meter.uncalibrated),
                            "rule": meterRule(rule.text, rule.provenance),
                            "adjustment": ruleStyle.quantity(adjustment),
                        ]))
        }
        if let total = meter.total {
            lines.append(
                "  "
                    + text(
                        .monitorTotal,
                        [
                            "symbol": declaration.parameter.symbol, "equipment": declaration.equipment,
                            "value": ruleStyle.quantity(total),
                        ]))
        } else if let why = meter.unmeasured {
            lines.append(
                "  " + text(.monitorUndetermined, ["reason": ruleStyle.cause(.unmeasured(meter: meter.id, why: why))]))
        }
        return lines
    }

    /// The findings kept, then a line for each kind of a meter with more than were kept.
    public func findingLines(_ monitoring: PeriodMonitoring) -> [String] {
        var lines = monitoring.findings.map { finding($0, monitoring.window) }
        for meter in monitoring.meters {
            for kind in MeterFinding.Kind.allCases where meter.summary.count(kind) > MeterFinding.keptPerKind {
                lines.append(
                    text(
                        .monitorMoreFindings,
                        [
                            "count": ruleStyle.number(Decimal(meter.summary.count(kind) - MeterFinding.keptPerKind)),
                            "kind": findingKind(kind), "meter": meter.id,
                        ]))
            }
        }
        return lines
    }

    /// Every finding counted, kept or not.
    public func findingCount(_ monitoring: PeriodMonitoring) -> Int {
        monitoring.meters.reduce(0) { $0 + $1.summary.counts.values.reduce(0, +) }
    }
}
