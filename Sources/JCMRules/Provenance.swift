/// Where a value or a rule comes from, and whether it was checked against an official text.
public struct Provenance: Sendable, Equatable {
    /// The publication, page or URL a reader can look up, or "No public source read …".
    public var source: String
    public var reference: String?
    public var verified: Bool
    public var note: LocalizedText?

    public init(source: String, reference: String? = nil, verified: Bool, note: LocalizedText? = nil) {
        self.source = source
        self.reference = reference
        self.verified = verified
        self.note = note
    }
}
