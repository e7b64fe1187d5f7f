import JCMKit

/// When a template renders its document: always, or only for the projects a condition names. The
/// templates of a condition lie in a folder of its name inside the language's folder
/// (`Templates/en/proposed-methodology/`).
public enum RenderCondition: String, Sendable, CaseIterable {
    case always = ""
    /// The methodology applied is proposed or a draft, so the application includes its form.
    case proposedMethodology = "proposed-methodology"

    func holds(for assessment: Assessment) -> Bool {
        switch self {
        case .always: true
        case .proposedMethodology: assessment.methodology.map { $0.status != .approved } ?? false
        }
    }
}
