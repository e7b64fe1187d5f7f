import JCMDiagnostics
import JCMMeterData
import JCMRules
import JCMUnits

/// A meter of the project: what the data reader needs (`spec`) and what the monitoring report
/// says of it (the equipment, the parameter, the calibration records).
public struct MeterDeclaration: Sendable {
    public struct Calibration: Sendable {
        public var certificate: String
        public var issuer: String?
        public var accredited: Bool?
        public var accuracyClass: Quantity?
        public var validFrom: CalendarDate
        public var validUntil: CalendarDate
    }

    public var spec: MeterSpec
    public var equipment: String
    public var parameter: Parameter
    public var calibrations: [Calibration]
    /// The most an hour can hold, from the methodology's bound field of the equipment.
    public var boundPerHour: Quantity?
    public var boundField: String?
    public var location: SourceLocation?

    public var id: String { spec.id }
    public var unit: Unit { spec.unit }

    /// The accuracy class applied to uncalibrated readings: the widest of the meter's records,
    /// which is the conservative choice whichever way the correction goes.
    public var accuracyClass: Quantity? {
        calibrations.compactMap(\.accuracyClass).max { $0.value < $1.value }
    }
}
