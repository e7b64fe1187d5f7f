import JCMDiagnostics
import JCMUnits

/// The figures a project reported for a monitoring period (its monitoring report), to be
/// checked by `jcm verify` against those recomputed from the meter data: monitored values by
/// meter, results by symbol (`ER_p`) or role (`emission_reductions`).
public struct ClaimedFigures: Sendable {
    public struct Figure: Sendable {
        public var name: String
        public var value: Quantity
        public var location: SourceLocation?
    }

    public var project: String?
    public var period: String?
    /// Where the claim names its project and period, for messages.
    public var projectLocation: SourceLocation?
    public var periodLocation: SourceLocation?
    /// Monitored values and results together, in the file's order.
    public var figures: [Figure]
    public var file: String
}
