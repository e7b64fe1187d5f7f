import Foundation
import JCMUnits

/// One meter as the project declares it, in the terms the reader needs: times in seconds since
/// the epoch, quantities in the meter's own unit.
public struct MeterSpec: Sendable {
    public enum Reading: String, Sendable, CaseIterable {
        /// The quantity of the interval that starts at the timestamp.
        case interval
        /// The register at the timestamp; consecutive readings give the increments.
        case cumulative
    }

    /// A meter swapped for another: the old register's last value and the new one's first.
    public struct Replacement: Sendable {
        public var at: Int64
        public var oldFinalReading: Decimal
        public var newInitialReading: Decimal

        public init(at: Int64, oldFinalReading: Decimal, newInitialReading: Decimal) {
            self.at = at
            self.oldFinalReading = oldFinalReading
            self.newInitialReading = newInitialReading
        }
    }

    /// A time span a calibration certificate covers: `from` inclusive, `until` exclusive.
    public struct CalibrationSpan: Sendable {
        public var certificate: String
        public var from: Int64
        public var until: Int64

        public init(certificate: String, from: Int64, until: Int64) {
            self.certificate = certificate
            self.from = from
            self.until = until
        }
    }

    public var id: String
    public var reading: Reading
    public var unit: JCMUnits.Unit
    public var intervalSeconds: Int64
    public var rollover: Decimal?
    public var replacements: [Replacement]
    public var calibrations: [CalibrationSpan]
    /// The most an interval can hold per hour, in the meter's unit (rated power, rated flow).
    public var boundPerHour: Decimal?

    public init(
        id: String, reading: Reading, unit: JCMUnits.Unit, intervalSeconds: Int64, rollover: Decimal? = nil,
        replacements: [Replacement] = [], calibrations: [CalibrationSpan] = [], boundPerHour: Decimal? = nil
    ) {
        self.id = id
        self.reading = reading
        self.unit = unit
        self.intervalSeconds = intervalSeconds
        self.rollover = rollover
        self.replacements = replacements.sorted { $0.at < $1.at }
        self.calibrations = calibrations.sorted { $0.from < $1.from }
        self.boundPerHour = boundPerHour
    }
}

/// The span of time a monitoring period covers: `start` inclusive, `end` exclusive.
public struct MeterWindow: Sendable, Equatable {
    public var start: Int64
    public var end: Int64
    /// The offset of local time from UTC, in seconds, for writing timestamps back.
    public var offset: Int64

    public init(start: Int64, end: Int64, offset: Int64) {
        self.start = start
        self.end = end
        self.offset = offset
    }
}
