import Foundation
import JCMKit
import JCMMeterData
import JCMReports
import JCMRules
import JCMUnits

/// The Monitoring Report Sheet of one period computed from meter data: the parameters monitored
/// ex post in the JCM columns (a) to (k), how each meter's data gave its value, the calibration
/// records, and every data-quality and calibration finding. Read by the monitoring report
/// templates only; the period's calculation is the context's `calculation`.
struct MonitoringReportFacts: TemplateRecord {
    var period = DocumentText()
    var start = DocumentText()
    var end = DocumentText()
    /// The period's bounds as instants of local time: `from` included, `until` excluded.
    var from = DocumentText()
    var until = DocumentText()
    var files: [DataFileFacts] = []
    var parameters: [MonitoredValueFacts] = []
    var meters: [MeterFacts] = []
    var calibrations: [CalibrationFacts] = []
    var findings: [FindingFacts] = []
    var hasFindings = false
    var findingCount = DocumentText()
    /// Lines for the findings counted but not listed, one per meter and kind.
    var notListed: [DocumentText] = []
    var isDetermined = true
}

struct DataFileFacts: TemplateRecord {
    var file = DocumentText()
    var sha256 = DocumentText()
}

/// One row of the sheet: (a) period … (k) other comments.
struct MonitoredValueFacts: TemplateRecord {
    var period = DocumentText()
    var number = DocumentText()
    var parameter = DocumentText()
    var description = DocumentText()
    var value = ValueFacts()
    var unit = DocumentText()
    var option = DocumentText()
    var source = DocumentText()
    var method = DocumentText()
    var frequency = DocumentText()
    var comments = DocumentText()
    var meter = DocumentText()
    var equipment = DocumentText()
}

struct MeterFacts: TemplateRecord {
    var meter = DocumentText()
    var equipment = DocumentText()
    var parameter = DocumentText()
    /// `interval` or `cumulative` in XML, worded in Markdown.
    var reading = DocumentText()
    var unit = DocumentText()
    var used = DocumentText()
    var outside = DocumentText()
    var measured = AmountFacts()
    var missing: TreatmentFacts?
    var uncalibrated: TreatmentFacts?
    var total: AmountFacts?
    var undetermined: DocumentText?
}

/// A methodology rule applied to a meter's data: the time concerned, the rule, what it changed.
struct TreatmentFacts: TemplateRecord {
    /// `4 h`, `9 minute(s)`: the time concerned, worded; `seconds` for XML.
    var duration = DocumentText()
    var seconds = DocumentText()
    /// The readings concerned (for a calibration lapse).
    var amount: AmountFacts?
    var treatment = DocumentText()
    var rule = DocumentText()
    var change = AmountFacts()
    var verified = true
}

struct CalibrationFacts: TemplateRecord {
    var meter = DocumentText()
    var certificate = DocumentText()
    var issuer: DocumentText?
    var accredited: DocumentText?
    var accuracyClass: AmountFacts?
    var validFrom = DocumentText()
    var validUntil = DocumentText()
}

struct FindingFacts: TemplateRecord {
    var kind = DocumentText()
    var meter = DocumentText()
    var file = DocumentText()
    var line = DocumentText()
    var startsAt: DocumentText?
    var endsAt: DocumentText?
    var span = DocumentText()
    var detail: DocumentText?
}

extension MonitoringReportFacts {
    init(_ monitoring: PeriodMonitoring, files: [FileFingerprint], _ facts: FactsBuilder) {
        let wording = facts.wording
        let window = monitoring.window
        period = facts.text(monitoring.period.id)
        start = facts.text(facts.style.date(monitoring.period.start))
        end = facts.text(facts.style.date(monitoring.period.end))
        from = facts.text(wording.instant(window.start, window))
        until = facts.text(wording.instant(window.end, window))
        self.files = files.map { DataFileFacts(file: facts.text($0.file), sha256: facts.text($0.sha256)) }
        let comments = { (meter: MeterAggregate) -> String in
            let counted = meter.summary.counts.filter { $0.key.changesTotals }.values.reduce(0, +)
            return wording.text(
                .sheetMeterComment,
                [
                    "meter": meter.id, "intervals": facts.style.number(Decimal(meter.summary.usedIntervals)),
                    "findings": facts.style.number(Decimal(counted)),
                ])
        }
        parameters = monitoring.meters.enumerated().map { index, meter in
            let parameter = meter.declaration.parameter
            let value: Value =
                meter.total.map { .quantity($0) }
                ?? .undefined(reason: .unmeasured(meter: meter.id, why: meter.unmeasured ?? .tooManyDigits))
            return MonitoredValueFacts(
                period: facts.text(
                    "\(facts.style.date(monitoring.period.start)) – \(facts.style.date(monitoring.period.end))"),
                number: facts.text("(\(index + 1))"), parameter: facts.text(parameter.display),
                description: facts.localized(parameter.description), value: ValueFacts(value, facts),
                unit: facts.text(AmountFacts.unitName(parameter.unit)),
                option: facts.text(parameter.monitoring?.option ?? ""),
                source: parameter.monitoring.map { facts.localized($0.source) } ?? DocumentText(),
                method: parameter.monitoring.map { facts.localized($0.method) } ?? DocumentText(),
                frequency: parameter.monitoring.map { facts.localized($0.frequency) } ?? DocumentText(),
                comments: facts.text(comments(meter)), meter: facts.text(meter.id),
                equipment: facts.text(meter.declaration.equipment))
        }
        meters = monitoring.meters.map { MeterFacts($0, facts) }
        calibrations = monitoring.meters.flatMap { meter in
            meter.declaration.calibrations.map { record in
                CalibrationFacts(
                    meter: facts.text(meter.id), certificate: facts.text(record.certificate),
                    issuer: record.issuer.map(facts.text),
                    accredited: record.accredited.map {
                        facts.label(canonical: $0 ? "true" : "false", worded: facts.style.value(.boolean($0)))
                    },
                    accuracyClass: record.accuracyClass.map { AmountFacts($0, facts) },
                    validFrom: facts.text(facts.style.date(record.validFrom)),
                    validUntil: facts.text(facts.style.date(record.validUntil)))
            }
        }
        findings = monitoring.findings.map { finding in
            FindingFacts(
                kind: facts.label(canonical: finding.kind.rawValue, worded: wording.findingKind(finding.kind)),
                meter: facts.text(finding.meter), file: facts.text((finding.file as NSString).lastPathComponent),
                line: facts.text(String(finding.line)),
                startsAt: finding.start == 0 ? nil : facts.text(wording.instant(finding.start, window)),
                endsAt: finding.end > finding.start ? facts.text(wording.instant(finding.end, window)) : nil,
                span: facts.text(wording.span(finding, window)), detail: wording.detail(finding.detail).map(facts.text))
        }
        let count = wording.findingCount(monitoring)
        hasFindings = count > 0
        findingCount = facts.label(canonical: String(count), worded: facts.style.number(Decimal(count)))
        notListed = wording.findingLines(monitoring).dropFirst(monitoring.findings.count).map(facts.text)
        isDetermined = monitoring.undetermined.isEmpty
    }
}

extension MeterFacts {
    init(_ meter: MeterAggregate, _ facts: FactsBuilder) {
        let declaration = meter.declaration
        let summary = meter.summary
        self.meter = facts.text(meter.id)
        equipment = facts.text(declaration.equipment)
        parameter = facts.text(declaration.parameter.symbol)
        reading = facts.label(
            canonical: declaration.spec.reading.rawValue, worded: facts.wording.readingKind(declaration.spec.reading))
        unit = facts.text(declaration.unit.description)
        used = facts.label(
            canonical: String(summary.usedIntervals), worded: facts.style.number(Decimal(summary.usedIntervals)))
        outside = facts.label(
            canonical: String(summary.outsidePeriod), worded: facts.style.number(Decimal(summary.outsidePeriod)))
        measured = AmountFacts(meter.measured, facts)
        if let rule = meter.gapRule, let fill = meter.gapFill {
            missing = TreatmentFacts(
                duration: facts.text(facts.wording.duration(summary.missingSeconds)),
                seconds: facts.text(String(summary.missingSeconds)), treatment: facts.text(rule.treatment.rawValue),
                rule: facts.localized(rule.text), change: AmountFacts(fill, facts), verified: rule.provenance.verified)
        }
        if let rule = meter.lapseRule, let adjustment = meter.calibrationAdjustment {
            uncalibrated = TreatmentFacts(
                duration: facts.text(facts.wording.duration(summary.uncalibratedSeconds)),
                seconds: facts.text(String(summary.uncalibratedSeconds)),
                amount: AmountFacts(meter.uncalibrated, facts),
                treatment: facts.text(rule.treatment.rawValue), rule: facts.localized(rule.text),
                change: AmountFacts(adjustment, facts), verified: rule.provenance.verified)
        }
        total = meter.total.map { AmountFacts($0, facts) }
        undetermined = meter.unmeasured.map { facts.text(facts.style.cause(.unmeasured(meter: meter.id, why: $0))) }
    }
}
