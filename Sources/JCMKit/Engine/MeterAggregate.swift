import Foundation
import JCMMeterData
import JCMRules
import JCMUnits

/// One meter's monitored value for a period: the measured sum of its readings, then the
/// methodology's treatment of missing time and of readings outside every calibration, each step
/// kept for the trace. `total` is nil when the data cannot determine the value, with `unmeasured`
/// saying why.
public struct MeterAggregate: Sendable {
    public var declaration: MeterDeclaration
    public var summary: MeterSummary
    /// The sum of the usable readings of the period, in the meter's unit.
    public var measured: Quantity
    /// Missing time, in hours.
    public var missingHours: Quantity
    /// What the gap rule adds for the missing time (nothing when excluded).
    public var gapFill: Quantity?
    public var gapRule: MeterDataRules.Rule<MeterDataRules.GapTreatment>?
    public var uncalibratedHours: Quantity
    /// The part of `measured` read outside every calibration.
    public var uncalibrated: Quantity
    /// What the calibration rule adds (positive) or takes away (negative).
    public var calibrationAdjustment: Quantity?
    public var lapseRule: MeterDataRules.Rule<MeterDataRules.LapseTreatment>?
    /// The value the period's calculation uses, in the parameter's unit.
    public var total: Quantity?
    public var unmeasured: UnmeasuredReason?

    public var id: String { declaration.id }

    /// False when a rule applied to this meter's data (for a gap or a calibration lapse) was not
    /// read in an official text: every figure using the value then says so.
    public var rulesVerified: Bool {
        (gapFill == nil || gapRule?.provenance.verified != false)
            && (calibrationAdjustment == nil || lapseRule?.provenance.verified != false)
    }

    init(_ declaration: MeterDeclaration, _ summary: MeterSummary) {
        self.declaration = declaration
        self.summary = summary
        let unit = declaration.unit
        let hour = JCMUnits.Unit(UnitCatalog.atom(named: "h")!)
        measured = Quantity(summary.measured, unit)
        uncalibrated = Quantity(summary.uncalibrated, unit)
        missingHours = Self.hours(summary.missingSeconds, hour)
        uncalibratedHours = Self.hours(summary.uncalibratedSeconds, hour)
        let rules = declaration.parameter.meterData
        gapRule = rules?.gaps
        lapseRule = rules?.calibrationLapse
        guard !summary.overflowed else {
            unmeasured = .tooManyDigits
            return
        }
        var total = measured
        if summary.missingSeconds > 0 {
            switch gapRule?.treatment {
            case nil:
                unmeasured = .noGapRule(hours: missingHours.value.description)
            case .exclude:
                gapFill = Quantity(0, unit)
            case .fillAtBound:
                if let bound = declaration.boundPerHour, let fill = try? Self.times(bound, missingHours) {
                    gapFill = fill
                    total = (try? total + fill) ?? total
                } else {
                    unmeasured = .noBound(
                        field: declaration.boundField ?? "a bound", hours: missingHours.value.description)
                }
            }
        }
        if summary.uncalibratedSeconds > 0, unmeasured == nil {
            if let rule = lapseRule {
                if let accuracy = declaration.accuracyClass, let share = try? accuracy.converted(to: .one),
                    let correction = try? uncalibrated * share
                {
                    let signed = rule.treatment == .increaseByAccuracy ? correction : -correction
                    calibrationAdjustment = signed
                    total = (try? total + signed) ?? total
                } else {
                    unmeasured = .noAccuracyClass(hours: uncalibratedHours.value.description)
                }
            } else {
                unmeasured = .noLapseRule(hours: uncalibratedHours.value.description)
            }
        }
        if unmeasured == nil { self.total = try? total.converted(to: declaration.parameter.unit) }
    }

    /// `seconds` in hours: exact whenever 3600 divides it into a terminating decimal, else marked ≈.
    public static func hours(_ seconds: Int64, _ hour: JCMUnits.Unit) -> Quantity {
        (try? Quantity(Decimal(seconds), JCMUnits.Unit(UnitCatalog.atom(named: "s")!)).converted(to: hour))
            ?? Quantity(0, hour)
    }

    /// `per hour × hours`, in the unit of `perHour`: the bound of an hour (250 kWh) times 4 h is 1,000 kWh.
    static func times(_ perHour: Quantity, _ hours: Quantity) throws -> Quantity {
        try perHour * Quantity(hours.value, .one, exact: hours.isExact)
    }
}
