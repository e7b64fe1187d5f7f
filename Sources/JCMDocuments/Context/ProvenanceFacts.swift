/// What a document was made from, for its footer: the tool, the input files and the templates,
/// each with its SHA-256.
struct ProvenanceFacts: TemplateRecord {
    var toolVersion = DocumentText()
    var project = FingerprintFacts()
    var methodology: FingerprintFacts?
    var programme: FingerprintFacts?
    var templates: [FingerprintFacts] = []
    var schema: FingerprintFacts?
    /// The template of the document being rendered.
    var template = FingerprintFacts()
}

struct FingerprintFacts: TemplateRecord {
    var file = DocumentText()
    var sha256 = DocumentText()
    var shortSHA256 = DocumentText()
}

extension FingerprintFacts {
    init(_ fingerprint: FileFingerprint, _ facts: FactsBuilder) {
        file = facts.text(fingerprint.file)
        sha256 = facts.text(fingerprint.sha256)
        shortSHA256 = facts.text(fingerprint.shortSHA256)
    }
}
