import Foundation

/// A data-quality or calibration finding about one meter's readings, where it is in the data.
public struct MeterFinding: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// Intervals of the period without a usable reading: handled by the parameter's gap rule.
        case gap
        /// Readings of a cumulative meter further apart than one interval: the increment spans it.
        case spannedGap = "spanned_gap"
        case duplicate
        case outOfOrder = "out_of_order"
        /// An interval value starting before the previous interval ended.
        case overlapping
        /// A negative interval value.
        case negativeValue = "negative_value"
        /// A register below its predecessor with no rollover or replacement to explain it.
        case registerReset = "register_reset"
        case rollover
        case replacement
        case beyondBound = "beyond_bound"
        case unitDiffers = "unit_differs"
        /// Readings outside every calibration of the meter: handled by the parameter's calibration rule.
        case uncalibrated

        /// Findings that change what is counted, as opposed to ones that record how data was read.
        public var changesTotals: Bool {
            switch self {
            case .gap, .uncalibrated, .duplicate, .outOfOrder, .overlapping, .negativeValue, .registerReset,
                .beyondBound:
                true
            case .spannedGap, .rollover, .replacement, .unitDiffers: false
            }
        }
    }

    public var kind: Kind
    public var meter: String
    public var file: String
    public var line: Int
    /// The span of time concerned, seconds since the epoch: `end` exclusive.
    public var start: Int64
    public var end: Int64
    /// What explains the finding, in values a report words in its language.
    public enum Detail: Sendable, Hashable {
        case none
        /// The line an instant was first read at (a duplicate).
        case firstAt(line: Int)
        /// The line of the later reading an earlier one came after (out of order).
        case after(line: Int)
        /// The value read (negative, or beyond the bound).
        case value(Decimal)
        /// A register's previous and current reading (a rollover, a reset).
        case registers(from: Decimal, to: Decimal)
        /// A replacement's old final and new initial reading.
        case replacement(oldFinal: Decimal, newInitial: Decimal)
        /// A register increment beyond the bound.
        case increment(Decimal)
        /// The unit written and the meter's unit.
        case unit(written: String, meter: String)
    }

    public var detail: Detail
    /// Which of the files read this is in, until the summary names it.
    var fileNumber = 0

    public init(kind: Kind, meter: String, file: String, line: Int, start: Int64, end: Int64, detail: Detail = .none) {
        self.kind = kind
        self.meter = meter
        self.file = file
        self.line = line
        self.start = start
        self.end = end
        self.detail = detail
    }

    public var seconds: Int64 { end - start }

    /// At most this many findings of a kind are kept per meter; the rest are counted.
    public static let keptPerKind = 100
}

/// What one meter's readings give for the period.
public struct MeterSummary: Sendable {
    public var meter: String
    /// Data rows that named this meter.
    public var rows = 0
    /// Intervals of the period with a usable reading.
    public var usedIntervals = 0
    /// Rows whose interval starts outside the period: counted and ignored.
    public var outsidePeriod = 0
    /// The sum of the usable intervals of the period, in the meter's unit.
    public var measured: Decimal = 0
    /// The part of `measured` read outside every calibration, and the time it spans.
    public var uncalibrated: Decimal = 0
    public var uncalibratedSeconds: Int64 = 0
    /// Time of the period without a usable reading.
    public var missingSeconds: Int64 = 0
    /// Set when a sum left the range jcm sums exactly (more than 38 digits): the figures are not used.
    public var overflowed = false
    public var counts: [MeterFinding.Kind: Int] = [:]
    public var findings: [MeterFinding] = []

    public init(meter: String) { self.meter = meter }

    public func count(_ kind: MeterFinding.Kind) -> Int { counts[kind] ?? 0 }
}
