import JCMRules

/// One entry of section B of the methodology form, "Terms and definitions".
public struct MethodologyTerm: Sendable {
    public var term: LocalizedText
    public var definition: LocalizedText

    public init(term: LocalizedText, definition: LocalizedText) {
        self.term = term
        self.definition = definition
    }
}
