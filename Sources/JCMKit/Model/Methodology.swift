import JCMDiagnostics
import JCMRules
import JCMUnits

/// A JCM methodology as data: identity, status, eligibility criteria, parameters, equations
/// and the rounding step.
public struct Methodology: Sendable {
    public enum Status: String, Sendable, CaseIterable { case approved, proposed, draft }

    public var id: String
    public var version: String
    public var status: Status
    public var title: LocalizedText
    public var hostCountry: String
    public var sectoralScope: String
    public var source: MethodologySource
    public var summary: LocalizedText?
    /// The declared fields of one equipment item.
    public var equipment: RecordSpec
    public var rules: RuleSet
    /// Section E of the methodology form: what emits, in which scenario, which gas.
    public var emissionSources: [EmissionSource]
    public var rounding: RoundingRule?
    /// Which equations give the headline figures.
    public var results: Results
    public var file: SourceFile
    /// The review status of each translation the file holds, by language code.
    public var translations: [String: TranslationStatus]
    /// The materiality threshold of verification, when the methodology states one.
    public var materiality: Materiality? = nil
    /// Section B of the methodology form; empty when the file gives no `terms:`.
    public var terms: [MethodologyTerm] = []

    public struct Results: Sendable {
        public var referenceEmissions: String
        public var projectEmissions: String
        public var emissionReductions: String
        /// Energy the project saves or displaces from the grid; feeds the energy-cost savings.
        public var energySaving: String?
    }

    /// `VN_AM007 Ver1.0`
    public var reference: String { "\(id) \(version)" }
}

/// One emission source of the reference or project scenario and its greenhouse gas.
public struct EmissionSource: Sendable {
    public enum Scenario: String, Sendable { case reference, project }
    public var scenario: Scenario
    public var source: LocalizedText
    public var gas: String
}

/// Where a methodology's text is published and which parts of this data were checked against it.
public struct MethodologySource: Sendable {
    public var url: String
    public var verified: [String]
    public var unverified: [String]
    public var note: LocalizedText?
}

/// A data file that an output depends on: its path and exact text, for hashes in manifests.
public struct SourceFile: Sendable, Hashable {
    public let path: String
    public let text: String
    /// The SHA-256 of the text's bytes, taken once when the file is read: every report and
    /// document of a batch names the same methodology by it.
    public let sha256: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        sha256 = SHA256.hex(text)
    }
}
