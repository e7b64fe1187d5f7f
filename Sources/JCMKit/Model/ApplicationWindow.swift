import JCMRules

/// When a call takes applications: from the day it opens to its last deadline. A rolling call
/// has several deadlines (FY2025: 16 May, 25 July and 30 September 2025), each closing a round of
/// selection; an application belongs to the round of the next deadline.
public struct ApplicationWindow: Sendable, Equatable {
    public var opens: CalendarDate
    /// Ascending; never empty.
    public var deadlines: [CalendarDate]
    public var provenance: Provenance

    public init(opens: CalendarDate, deadlines: [CalendarDate], provenance: Provenance) {
        self.opens = opens
        self.deadlines = deadlines
        self.provenance = provenance
    }

    public var closes: CalendarDate { deadlines[deadlines.count - 1] }

    public func contains(_ date: CalendarDate) -> Bool { opens <= date && date <= closes }

    /// The deadline of the round an application made on `date` goes to.
    public func deadline(for date: CalendarDate) -> CalendarDate? {
        contains(date) ? deadlines.first { date <= $0 } : nil
    }

    /// `2025-04-04 – 2025-09-30`, with "(unverified)" when the dates were not read in the call.
    public var span: String { "\(opens) – \(closes)\(provenance.verified ? "" : " (unverified)")" }
}
