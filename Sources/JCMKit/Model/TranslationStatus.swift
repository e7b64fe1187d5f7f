/// Whether a translation in a data file has been checked by a native speaker.
public struct TranslationStatus: Sendable, Equatable {
    public enum Review: String, Sendable, CaseIterable {
        /// Written by the team (or a machine) and not yet checked: documents say so.
        case unreviewedDraft = "unreviewed draft"
        case reviewed
    }

    public var review: Review
    public var reviewer: String?

    public init(review: Review, reviewer: String? = nil) {
        self.review = review
        self.reviewer = reviewer
    }

    public var isReviewed: Bool { review == .reviewed }
}
