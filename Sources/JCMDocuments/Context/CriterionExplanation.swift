import JCMKit
import JCMReports
import JCMRules

/// PDD B.2 for one criterion: the methodology's sentence filled with the project's values (once, or
/// once per equipment item), and the documents the project cites for it.
extension CriterionFacts {
    mutating func explain(_ criterion: Criterion, in project: Project, _ facts: FactsBuilder) {
        if let prose = criterion.prose {
            let pieces = (try? CriterionProse.pieces(facts.localizedString(prose.text))) ?? []
            let subjects = prose.each.map { project.data.descendant($0)?.items ?? [] } ?? [project.data]
            let projectData = project.data
            explanation = facts.map(subjects) { subject, facts in
                facts.text(Self.sentence(pieces, from: [subject, projectData], facts))
            }
        }
        citedEvidence = (project.data.field("eligibility_evidence")?.items ?? [])
            .filter { $0.field("criterion")?.value == .text(criterion.id) }
            .map { document in
                let name = document.field("document").map { facts.style.value($0.value) } ?? ""
                let reference = document.field("reference").map { " (\(facts.style.value($0.value)))" } ?? ""
                return name + reference
            }
            .reduce(into: [String]()) { cited, document in
                if !cited.contains(document) { cited.append(document) }  // a document given twice is cited once
            }
            .map(facts.text)
        hasExplanation = !explanation.isEmpty
        hasCitedEvidence = !citedEvidence.isEmpty
    }

    /// The sentence with each placeholder replaced by the value at its path, looked up in the
    /// subjects in turn (the item, then the project), or a note that the project does not give it.
    private static func sentence(_ pieces: [CriterionProse.Piece], from subjects: [DataNode], _ facts: FactsBuilder)
        -> String
    {
        pieces.map { piece in
            switch piece {
            case .literal(let words): return words
            case .field(let path):
                guard let node = subjects.lazy.compactMap({ $0.descendant(path) }).first, node.isPrintable else {
                    return facts.wording.text(.proseToBeCompleted, ["field": path])
                }
                return facts.style.value(node.value)
            }
        }.joined()
    }
}

extension DataNode {
    /// One value a sentence can quote: not a group of fields, nor a curve.
    fileprivate var isPrintable: Bool {
        switch content {
        case .mapping, .leaf(.table): return false
        case .leaf, .sequence: return true
        }
    }
}
