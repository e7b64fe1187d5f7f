import JCMRules

/// Families of JCM methodologies, for screening projects that have none: which approved JCM
/// methodologies of a family exist in any partner country and which this catalogue implements,
/// and the path a proposed methodology takes to approval.
public struct MethodologyFamilies: Sendable {
    public struct Family: Sendable {
        public var id: String
        public var name: LocalizedText
        /// Approved JCM methodologies of the family, as the data names them (`ID_AM001 (Indonesia)`).
        public var approved: [String]
        /// Methodology ids of this catalogue that implement the family.
        public var shipped: [String]
        public var provenance: Provenance
    }

    /// One step of a proposed methodology's way to approval, with its usual duration.
    public struct ApprovalStep: Sendable {
        public var name: LocalizedText
        public var days: Int
        /// The longest the step may take, when it can be extended.
        public var upTo: Int?
    }

    public var families: [Family]
    public var approvalPath: [ApprovalStep]
    public var approvalProvenance: Provenance
    public var translations: [String: TranslationStatus]
    public var file: SourceFile

    public func family(_ id: String) -> Family? { families.first { $0.id == id } }

    /// The family of a methodology this catalogue ships.
    public func family(ofMethodology id: String) -> Family? { families.first { $0.shipped.contains(id) } }
}
