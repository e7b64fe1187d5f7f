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
    let rollover: MeterNumber?
    let replacements: [(at: Int64, oldFinal: MeterNumber, newInitial: MeterNumber)]
    /// Calibrated spans as two arrays of plain integers, cheap to walk row by row.
    let calibratedFrom: [Int64]
    let calibratedUntil: [Int64]
    /// `3600 × 10^bound.scale`, the factor of a value compared with `boundOfInterval`.
    let boundFactor: Int128
    /// For interval meters, the largest mantissa of each scale within the bound of one interval:
    /// `value × factor ≤ bound` is `mantissa ≤ ⌊bound / factor⌋` for whole mantissas.
    let mantissaLimit: [Int64]

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

    /// Set for a state that starts partway through a file (a later part read in parallel): its
    /// first reading is kept, not judged, to be replayed into the state of the parts before it
    /// (`absorb`), and its first interval of the period is kept to be checked against their coverage.
    var startsLater = false
    var pendingFirst: (time: Int64, number: MeterNumber, line: Int, file: Int)?
    var firstAccount: (start: Int64, line: Int, file: Int)?
    /// The first stretch outside every calibration that this part closed, to be joined to one the
    /// parts before left open.
    var leadingStretch: (start: Int64, end: Int64, line: Int, file: Int)?

    init(
        spec: MeterSpec, window: MeterWindow, bound: (Int128, Int)?, rollover: MeterNumber?,
        replacements: [(Int64, MeterNumber, MeterNumber)]
    ) {
        id = spec.id
        isCumulative = spec.reading == .cumulative
        interval = spec.intervalSeconds
        self.window = window
        self.bound = bound
        // The bound of one interval by the scale of a value, compared as `value × 3600 × 10^bound.scale`.
        let boundOfInterval: [Int128] = (0...MeterNumber.mostDigits).map { scale in
            guard let bound else { return Int128.max / 2 }
            let (product, overflow) = (bound.0 * Int128(spec.intervalSeconds)).multipliedReportingOverflow(
                by: ExactSum.power(scale))
            return overflow ? .max : product
        }
        self.rollover = rollover
        self.replacements = replacements.map { (at: $0.0, oldFinal: $0.1, newInitial: $0.2) }
        calibratedFrom = spec.calibrations.map(\.from)
        calibratedUntil = spec.calibrations.map(\.until)
        boundFactor = 3600 * ExactSum.power(bound?.1 ?? 0)
        let factor = boundFactor
        mantissaLimit = boundOfInterval.map { limit in
            let whole = limit / factor
            return whole > Int128(Int64.max) ? .max : Int64(whole)
        }
        coveredUntil = window.start
        summary = MeterSummary(meter: spec.id)
    }

    mutating func record(
        _ kind: MeterFinding.Kind, file: Int, line: Int, start: Int64, end: Int64,
        detail: MeterFinding.Detail = .none
    ) {
        let count = (summary.counts[kind] ?? 0) + 1
        summary.counts[kind] = count
        if count <= MeterFinding.keptPerKind {
            var finding = MeterFinding(
                kind: kind, meter: id, file: "", line: line, start: start, end: end, detail: detail)
            finding.fileNumber = file
            summary.findings.append(finding)
        }
    }

    /// One data row of this meter, its value in the meter's unit.
    @inline(__always)
    mutating func read(time: Int64, number: MeterNumber, line: Int, fileNumber file: Int) {
        if startsLater, !hasPrevious {
            pendingFirst = (time, number, line, file)
            hasPrevious = true
            previousTime = time
            previousValue = number
            previousLine = line
            previousFile = file
            return
        }
        summary.rows += 1
        let value = Int128(number.mantissa)
        let scale = number.scale
        if hasPrevious {
            if time == previousTime {
                record(.duplicate, file: file, line: line, start: time, end: time, detail: .firstAt(line: previousLine))
                return
            }
            if time < previousTime {
                record(
                    .outOfOrder, file: file, line: line, start: time, end: previousTime,
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
            } else if number.mantissa > mantissaLimit[scale] {
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
        let current = Self.units(value, at: scale)
        let previous = Self.units(previousValue, at: scale)
        var increment: (Int128, Int)?
        while replacementIndex < replacements.count, replacements[replacementIndex].at <= start {
            replacementIndex += 1
        }
        if replacementIndex < replacements.count, replacements[replacementIndex].at <= time {
            let swap = replacements[replacementIndex]
            let common = max(scale, swap.oldFinal.scale, swap.newInitial.scale)
            let across =
                Self.units(swap.oldFinal, at: common) - Self.units(previousValue, at: common)
                + Self.units(value, at: common) - Self.units(swap.newInitial, at: common)
            replacementIndex += 1
            record(
                .replacement, file: file, line: line, start: start, end: time,
                detail: .replacement(oldFinal: swap.oldFinal.decimal, newInitial: swap.newInitial.decimal))
            increment = across >= 0 ? (across, common) : nil
        } else if current >= previous {
            increment = (current - previous, scale)
        } else if let rollover {
            let common = max(scale, rollover.scale)
            let across =
                Self.units(rollover, at: common) - Self.units(previousValue, at: common) + Self.units(value, at: common)
            // A rollover explains the fall only when the register was below its rollover value.
            if across >= 0, Self.units(previousValue, at: common) < Self.units(rollover, at: common) {
                increment = (across, common)
                record(
                    .rollover, file: file, line: line, start: start, end: time,
                    detail: .registers(from: previousValue.decimal, to: value.decimal))
            }
        }
        if let (amount, amountScale) = increment, amount >= 0 {
            if withinBound(amount, scale: amountScale, seconds: time - start) {
                if time - start > interval, start >= window.start, start < window.end {
                    record(.spannedGap, file: file, line: line, start: start, end: time)
                }
                account(
                    start: start, end: time, value: amount, scale: amountScale, usable: true, line: line, file: file)
            } else {
                record(
                    .beyondBound, file: file, line: line, start: start, end: time,
                    detail: .increment(Self.decimal(amount, scale: amountScale)))
                account(start: start, end: time, value: 0, scale: 0, usable: false, line: line, file: file)
            }
        } else {
            record(
                .registerReset, file: file, line: line, start: start, end: time,
                detail: .registers(from: previousValue.decimal, to: value.decimal))
            account(start: start, end: time, value: 0, scale: 0, usable: false, line: line, file: file)
        }
    }

    /// Counts an interval `[start, end)` whose start lies in the period; a missing stretch before
    /// it is a gap, and an unusable interval is missing time too.
    @inline(__always)
    private mutating func account(
        start: Int64, end: Int64, value: Int128, scale: Int, usable: Bool, line: Int,
        file: Int
    ) {
        guard start >= window.start, start < window.end else {
            summary.outsidePeriod += 1
            return
        }
        if startsLater, firstAccount == nil {
            firstAccount = (start, line, file)
            coveredUntil = start
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
                if startsLater, firstStretchLine == 0 { firstStretchLine = line }
                stretch = (start, end, line, file)
            }
        }
    }

    @inline(__always)
    private mutating func isCalibrated(at time: Int64) -> Bool {
        while calibrationIndex < calibratedUntil.count, calibratedUntil[calibrationIndex] <= time {
            calibrationIndex += 1
        }
        return calibrationIndex < calibratedFrom.count && calibratedFrom[calibrationIndex] <= time
    }

    private mutating func closeStretch() {
        guard let open = stretch else { return }
        if startsLater, leadingStretch == nil, open.line == firstStretchLine {
            leadingStretch = open
        } else {
            record(.uncalibrated, file: open.file, line: open.line, start: open.start, end: open.end)
        }
        stretch = nil
    }

    /// The line of the first stretch this part opened (only the first may continue an earlier one).
    var firstStretchLine = 0

    /// Continues this state with a later part's (read in parallel from where the parts before
    /// ended): the later part's first reading is judged here, as a single pass would have, and
    /// its sums, counts and findings join these. False when the first reading is not what the
    /// later part took it for (a duplicate or a row out of order here, an overlap): that part is
    /// then read again in one pass.
    mutating func absorb(_ later: PointState) -> Bool {
        guard let first = later.pendingFirst else { return true }
        if hasPrevious, first.time <= previousTime { return false }
        read(time: first.time, number: first.number, line: first.line, fileNumber: first.file)
        if let account = later.firstAccount {
            if account.start < coveredUntil { return false }
            if account.start > coveredUntil {
                record(.gap, file: account.file, line: account.line, start: coveredUntil, end: account.start)
                summary.missingSeconds += account.start - coveredUntil
            }
            coveredUntil = later.coveredUntil
        }
        measured.add(later.measured)
        uncalibrated.add(later.uncalibrated)
        summary.rows += later.summary.rows
        summary.usedIntervals += later.summary.usedIntervals
        summary.outsidePeriod += later.summary.outsidePeriod
        summary.missingSeconds += later.summary.missingSeconds
        summary.uncalibratedSeconds += later.summary.uncalibratedSeconds
        for (kind, count) in later.summary.counts { summary.counts[kind, default: 0] += count }
        summary.findings += later.summary.findings
        for joined in [later.leadingStretch ?? later.stretch].compactMap({ $0 }) {
            if let open = stretch, open.end == joined.start {
                stretch = (open.start, joined.end, open.line, open.file)
            } else {
                closeStretch()
                stretch = joined
            }
        }
        if later.leadingStretch != nil {
            closeStretch()
            stretch = later.stretch
        }
        previousTime = later.previousTime
        previousValue = later.previousValue
        previousLine = later.previousLine
        previousFile = later.previousFile
        replacementIndex = later.replacementIndex
        calibrationIndex = max(calibrationIndex, later.calibrationIndex)
        otherUnit = later.otherUnit ?? otherUnit
        return true
    }

    /// Moves every line this state names by `offset`: a part read in parallel counts its lines from 1.
    mutating func shiftLines(by offset: Int) {
        guard offset != 0 else { return }
        previousLine += offset
        firstStretchLine += offset
        pendingFirst = pendingFirst.map { ($0.time, $0.number, $0.line + offset, $0.file) }
        firstAccount = firstAccount.map { ($0.start, $0.line + offset, $0.file) }
        stretch = stretch.map { ($0.start, $0.end, $0.line + offset, $0.file) }
        leadingStretch = leadingStretch.map { ($0.start, $0.end, $0.line + offset, $0.file) }
        for index in summary.findings.indices {
            summary.findings[index].line += offset
            switch summary.findings[index].detail {
            case .firstAt(let line): summary.findings[index].detail = .firstAt(line: line + offset)
            case .after(let line): summary.findings[index].detail = .after(line: line + offset)
            default: break
            }
        }
    }

    /// `amount × 3600 ≤ bound × seconds`, exactly; a meter without a bound has none to pass.
    @inline(__always)
    private func withinBound(_ amount: Int128, scale: Int, seconds: Int64) -> Bool {
        guard let bound else { return true }
        let (left, leftOverflow) = (amount * 3600).multipliedReportingOverflow(by: ExactSum.power(bound.scale))
        let (right, rightOverflow) = (bound.mantissa * Int128(seconds)).multipliedReportingOverflow(
            by: ExactSum.power(scale))
        if rightOverflow { return true }
        if leftOverflow { return false }
        return left <= right
    }

    /// The period's end: a stretch after the last reading is a gap.
    mutating func finish(files: [String]) -> MeterSummary {
        let file = previousFile
        if coveredUntil < window.end {
            record(.gap, file: file, line: max(previousLine, 1), start: coveredUntil, end: window.end)
            summary.missingSeconds += window.end - coveredUntil
            coveredUntil = window.end
        }
        closeStretch()
        var result = summary
        result.measured = measured.decimal ?? 0
        result.uncalibrated = uncalibrated.decimal ?? 0
        result.overflowed = measured.overflowed || measured.decimal == nil
        var kept: [MeterFinding.Kind: Int] = [:]
        // In line order, then time: the same whichever parts of the file recorded them.
        let kinds = MeterFinding.Kind.allCases
        let ordered = result.findings.sorted { a, b in
            (a.fileNumber, a.line, a.start, kinds.firstIndex(of: a.kind)!) < (
                b.fileNumber, b.line, b.start, kinds.firstIndex(of: b.kind)!
            )
        }
        result.findings = ordered.filter { finding in
            kept[finding.kind, default: 0] += 1
            return kept[finding.kind]! <= MeterFinding.keptPerKind
        }.map { finding in
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
