import Foundation
import JCMUnits

/// One meter's running state while its readings stream past: the previous reading, how far the
/// period is covered, the exact sums and the findings so far. Memory stays the same whatever the
/// number of readings: findings beyond `MeterFinding.keptPerKind` are only counted.
struct PointState {
    let id: String
    let isCumulative: Bool
    let interval: Int64
    let window: MeterWindow
    /// The most per hour, as `mantissa × 10^-scale` in the meter's unit.
    let bound: (mantissa: Int128, scale: Int)?
    /// For interval meters, the bound of one interval compared as `value × 3600 × 10^bound.scale`
    /// against `boundOfInterval[value.scale]`: worked out once, not each row.
    let boundOfInterval: [Int128]
    let rollover: MeterNumber?
    let replacements: [(at: Int64, oldFinal: MeterNumber, newInitial: MeterNumber)]
    /// Calibrated spans as two arrays of plain integers, cheap to walk row by row.
    let calibratedFrom: [Int64]
    let calibratedUntil: [Int64]
    /// `3600 × 10^bound.scale`, the factor of a value compared with `boundOfInterval`.
    let boundFactor: Int128

    var replacementIndex = 0
    var calibrationIndex = 0
    var hasPrevious = false
    var previousTime: Int64 = 0
    var previousValue = MeterNumber(mantissa: 0, scale: 0)
    var previousLine = 0
    var previousFile = 0
    /// The end of the last interval of the period accounted for.
    var coveredUntil: Int64
    var measured = ExactSum()
    var uncalibrated = ExactSum()
    var stretch: (start: Int64, end: Int64, line: Int, file: Int)?
    var summary: MeterSummary
    /// A unit other than the meter's, seen last, and its power of ten relative to the meter's unit.
    var otherUnit: (bytes: [UInt8], shift: Int)?

    init(spec: MeterSpec, window: MeterWindow, bound: (Int128, Int)?, rollover: MeterNumber?,
         replacements: [(Int64, MeterNumber, MeterNumber)]) {
        id = spec.id
        isCumulative = spec.reading == .cumulative
        interval = spec.intervalSeconds
        self.window = window
        self.bound = bound
        boundOfInterval = (0...MeterNumber.mostDigits).map { scale in
            guard let bound else { return Int128.max / 2 }
            let (product, overflow) = (bound.0 * Int128(spec.intervalSeconds)).multipliedReportingOverflow(by: ExactSum.power(scale))
            return overflow ? .max : product
        }
        self.rollover = rollover
        self.replacements = replacements.map { (at: $0.0, oldFinal: $0.1, newInitial: $0.2) }
        calibratedFrom = spec.calibrations.map(\.from)
        calibratedUntil = spec.calibrations.map(\.until)
        boundFactor = 3600 * ExactSum.power(bound?.1 ?? 0)
        coveredUntil = window.start
        summary = MeterSummary(meter: spec.id)
    }

    mutating func record(_ kind: MeterFinding.Kind, file: Int, line: Int, start: Int64, end: Int64,
                         detail: MeterFinding.Detail = .none) {
        let count = (summary.counts[kind] ?? 0) + 1
        summary.counts[kind] = count
        if count <= MeterFinding.keptPerKind {
            var finding = MeterFinding(kind: kind, meter: id, file: "", line: line, start: start, end: end, detail: detail)
            finding.fileNumber = file
            summary.findings.append(finding)
        }
    }

    /// One data row of this meter, its value in the meter's unit.
    @inline(__always)
    mutating func read(time: Int64, number: MeterNumber, line: Int, fileNumber file: Int) {
        summary.rows += 1
        let value = Int128(number.mantissa), scale = number.scale
        if hasPrevious {
            if time == previousTime {
                record(.duplicate, file: file, line: line, start: time, end: time, detail: .firstAt(line: previousLine))
                return
            }
            if time < previousTime {
                record(.outOfOrder, file: file, line: line, start: time, end: previousTime,
                       detail: .after(line: previousLine))
                return
            }
        }
        if isCumulative {
            readRegister(time: time, value: number, line: line, file: file)
        } else {
            let end = time + interval
            if value < 0 {
                record(.negativeValue, file: file, line: line, start: time, end: end, detail: .value(number.decimal))
                account(start: time, end: end, value: 0, scale: 0, usable: false, line: line, file: file)
            } else if value * boundFactor > boundOfInterval[scale] {
                record(.beyondBound, file: file, line: line, start: time, end: end, detail: .value(number.decimal))
                account(start: time, end: end, value: 0, scale: 0, usable: false, line: line, file: file)
            } else {
                account(start: time, end: end, value: value, scale: scale, usable: true, line: line, file: file)
            }
        }
        hasPrevious = true
        previousTime = time
        previousValue = number
        previousLine = line
        previousFile = file
    }

    @inline(__always)
    private mutating func readRegister(time: Int64, value: MeterNumber, line: Int, file: Int) {
        guard hasPrevious else { return }
        let start = previousTime
        let scale = max(value.scale, previousValue.scale)
        let current = Self.units(value, at: scale), previous = Self.units(previousValue, at: scale)
        var increment: (Int128, Int)?
        while replacementIndex < replacements.count, replacements[replacementIndex].at <= start { replacementIndex += 1 }
        if replacementIndex < replacements.count, replacements[replacementIndex].at <= time {
            let swap = replacements[replacementIndex]
            let common = max(scale, swap.oldFinal.scale, swap.newInitial.scale)
            let across = Self.units(swap.oldFinal, at: common) - Self.units(previousValue, at: common)
                + Self.units(value, at: common) - Self.units(swap.newInitial, at: common)
            replacementIndex += 1
            record(.replacement, file: file, line: line, start: start, end: time,
                   detail: .replacement(oldFinal: swap.oldFinal.decimal, newInitial: swap.newInitial.decimal))
            increment = across >= 0 ? (across, common) : nil
        } else if current >= previous {
            increment = (current - previous, scale)
        } else if let rollover {
            let common = max(scale, rollover.scale)
            increment = (Self.units(rollover, at: common) - Self.units(previousValue, at: common)
                + Self.units(value, at: common), common)
            record(.rollover, file: file, line: line, start: start, end: time,
                   detail: .registers(from: previousValue.decimal, to: value.decimal))
        }
        if let (amount, amountScale) = increment, amount >= 0 {
            if withinBound(amount, scale: amountScale, seconds: time - start) {
                if time - start > interval, start >= window.start, start < window.end {
                    record(.spannedGap, file: file, line: line, start: start, end: time)
                }
                account(start: start, end: time, value: amount, scale: amountScale, usable: true, line: line, file: file)
            } else {
                record(.beyondBound, file: file, line: line, start: start, end: time,
                       detail: .increment(Self.decimal(amount, scale: amountScale)))
                account(start: start, end: time, value: 0, scale: 0, usable: false, line: line, file: file)
            }
        } else {
            record(.registerReset, file: file, line: line, start: start, end: time,
                   detail: .registers(from: previousValue.decimal, to: value.decimal))
            account(start: start, end: time, value: 0, scale: 0, usable: false, line: line, file: file)
        }
    }

    /// Counts an interval `[start, end)` whose start lies in the period; a missing stretch before
    /// it is a gap, and an unusable interval is missing time too.
    @inline(__always)
    private mutating func account(start: Int64, end: Int64, value: Int128, scale: Int, usable: Bool, line: Int,
                                  file: Int) {
        guard start >= window.start, start < window.end else {
            summary.outsidePeriod += 1
            return
        }
        if start < coveredUntil {
            record(.overlapping, file: file, line: line, start: start, end: coveredUntil)
            return
        }
        if start > coveredUntil {
            record(.gap, file: file, line: line, start: coveredUntil, end: start)
            summary.missingSeconds += start - coveredUntil
        }
        coveredUntil = end
        let counted = min(end, window.end) - start
        guard usable else {
            summary.missingSeconds += counted
            return
        }
        summary.usedIntervals += 1
        measured.add(value, scale: scale)
        if !isCalibrated(at: start) {
            uncalibrated.add(value, scale: scale)
            summary.uncalibratedSeconds += counted
            if let open = stretch, open.end == start {
                stretch = (open.start, end, open.line, open.file)
            } else {
                closeStretch()
                stretch = (start, end, line, file)
            }
        }
    }

    @inline(__always)
    private mutating func isCalibrated(at time: Int64) -> Bool {
        while calibrationIndex < calibratedUntil.count, calibratedUntil[calibrationIndex] <= time { calibrationIndex += 1 }
        return calibrationIndex < calibratedFrom.count && calibratedFrom[calibrationIndex] <= time
    }

    private mutating func closeStretch() {
        guard let open = stretch else { return }
        record(.uncalibrated, file: open.file, line: open.line, start: open.start, end: open.end)
        stretch = nil
    }

    /// `amount × 3600 ≤ bound × seconds`, exactly; a meter without a bound has none to pass.
    @inline(__always)
    private func withinBound(_ amount: Int128, scale: Int, seconds: Int64) -> Bool {
        guard let bound else { return true }
        let (left, leftOverflow) = (amount * 3600).multipliedReportingOverflow(by: ExactSum.power(bound.scale))
        let (right, rightOverflow) = (bound.mantissa * Int128(seconds)).multipliedReportingOverflow(by: ExactSum.power(scale))
        if rightOverflow { return true }
        if leftOverflow { return false }
        return left <= right
    }

    /// The period's end: a stretch after the last reading is a gap.
    mutating func finish(files: [String]) -> MeterSummary {
        let file = previousFile
        if coveredUntil < window.end {
            record(.gap, file: file, line: previousLine, start: coveredUntil, end: window.end)
            summary.missingSeconds += window.end - coveredUntil
            coveredUntil = window.end
        }
        closeStretch()
        var result = summary
        result.measured = measured.decimal ?? 0
        result.uncalibrated = uncalibrated.decimal ?? 0
        result.overflowed = measured.overflowed || measured.decimal == nil
        result.findings = result.findings.map { finding in
            var named = finding
            named.file = files.indices.contains(finding.fileNumber) ? files[finding.fileNumber] : ""
            return named
        }
        return result
    }

    @inline(__always)
    static func units(_ number: MeterNumber, at scale: Int) -> Int128 {
        Int128(number.mantissa) * ExactSum.power(scale - number.scale)
    }

    static func decimal(_ amount: Int128, scale: Int) -> Decimal {
        var sum = ExactSum()
        sum.add(amount, scale: scale)
        return sum.decimal ?? 0
    }
}
