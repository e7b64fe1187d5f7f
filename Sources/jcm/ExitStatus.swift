import JCMKit

/// The documented exit codes of `jcm`.
public enum ExitStatus: Int32, Sendable {
    case eligible = 0
    case notEligible = 1
    case badInput = 2
    case undetermined = 3

    public init(_ verdict: Verdict) {
        switch verdict {
        case .pass: self = .eligible
        case .fail: self = .notEligible
        case .needsEvidence: self = .undetermined
        }
    }
}
