import JCMDiagnostics
import JCMKit

/// Which command a batch report is for: the verdicts of `check` or the figures of `calc`.
public enum BatchCommand: String, Sendable {
    case check, calc

    /// The exit code of one project, as `jcm check` or `jcm calc` gives it for that file alone:
    /// 0 eligible (every figure computed), 1 not eligible, 2 bad input, 3 undetermined (evidence
    /// missing, or a figure undefined).
    public func exitCode(_ entry: BatchEntry) -> Int32 {
        guard let assessment = entry.assessment else { return 2 }
        switch self {
        case .check: return EligibilityDocument.exitCode(assessment.eligibility.verdict)
        case .calc:
            return !assessment.calculation.undefinedSteps.isEmpty || assessment.isIncomplete ? 3 : 0
        }
    }

    /// The run's exit code from its projects' codes: 2 if any file was bad, else 1 if any
    /// project fails, else 3 if any is undetermined, else 0.
    public static func exitCode(_ codes: some Sequence<Int32>) -> Int32 {
        let codes = Set(codes)
        for code: Int32 in [2, 1, 3] where codes.contains(code) { return code }
        return 0
    }
}
