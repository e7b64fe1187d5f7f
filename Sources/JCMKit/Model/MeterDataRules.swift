import JCMRules

/// How a methodology treats the meter data of one monitored parameter: the physical bound of a
/// reading, and what happens to intervals without usable data and to readings outside every
/// calibration. Each rule carries its text and where it comes from, for the trace.
public struct MeterDataRules: Sendable {
    /// A rate field of the equipment item (`motor.rated_power`, `rated_flow`): an interval holds
    /// at most this much per hour.
    public var bound: String?
    public var gaps: Rule<GapTreatment>?
    public var calibrationLapse: Rule<LapseTreatment>?

    public struct Rule<Treatment: Sendable>: Sendable {
        public var treatment: Treatment
        public var text: LocalizedText
        public var provenance: Provenance
    }

    public enum GapTreatment: String, Sendable, CaseIterable {
        /// Missing time counted at the bound (rated power × hours): conservative for project-side
        /// consumption.
        case fillAtBound = "fill_at_bound"
        /// Missing time counted as nothing: conservative for reference-side quantities.
        case exclude
    }

    public enum LapseTreatment: String, Sendable, CaseIterable {
        /// Uncalibrated readings raised by the meter's accuracy class (project-side quantities).
        case increaseByAccuracy = "increase_by_accuracy"
        /// Uncalibrated readings lowered by the meter's accuracy class (reference-side quantities).
        case decreaseByAccuracy = "decrease_by_accuracy"
    }
}
