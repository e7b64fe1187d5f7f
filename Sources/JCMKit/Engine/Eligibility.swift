import JCMDiagnostics
import JCMRules

/// The three answers a criterion can get.
public enum Verdict: String, Sendable, Codable {
    case pass
    case fail
    case needsEvidence = "needs evidence"

    /// fail outweighs needs-evidence, which outweighs pass.
    static func combined(_ verdicts: [Verdict]) -> Verdict {
        if verdicts.contains(.fail) { return .fail }
        if verdicts.contains(.needsEvidence) { return .needsEvidence }
        return .pass
    }
}

/// A criterion's verdict with the facts that decided it.
public struct CriterionResult: Sendable {
    public var criterion: Criterion
    public var verdict: Verdict
    /// The facts that decided the verdict, for reporters to put into words.
    public var reasons: [Reason]
    /// Project fields whose absence left the criterion undecided.
    public var missing: [FieldPath]
    /// The place in the project file that a user should look at.
    public var location: SourceLocation?
    /// Values not verified against an official text that the verdict rests on.
    public var unverifiedInputs: [UnverifiedInput]
}

/// Criteria grouped by where they come from: the methodology, then the programme call.
public struct EligibilityReport: Sendable {
    public struct Group: Sendable {
        /// The methodology's criteria or the programme call's requirements.
        public var owner: RuleSetOwner
        public var results: [CriterionResult]
        public var verdict: Verdict { Verdict.combined(results.map(\.verdict)) }
    }

    public var groups: [Group]
    /// Plausibility rules that do not hold: warnings for a reviewer, outside every verdict.
    public var warnings: [CriterionResult] = []
    public var verdict: Verdict { Verdict.combined(groups.map(\.verdict)) }

    /// Every unverified value some verdict rests on, once each.
    public var unverifiedInputs: [UnverifiedInput] { groups.flatMap(\.results).flatMap(\.unverifiedInputs).uniqued() }

    public func group(_ owner: RuleSetOwner) -> Group? { groups.first { $0.owner == owner } }

    /// The criteria and requirements that decide a verdict other than pass: those that fail, or,
    /// for an undetermined project, those whose evidence is missing. Empty for an eligible project.
    public var deciding: [CriterionResult] {
        let verdict = verdict
        guard verdict != .pass else { return [] }
        return groups.flatMap(\.results).filter { $0.verdict == verdict }
    }
}

public enum EligibilityChecker {
    /// Checks every criterion; a rule that cannot run (not missing data, a real fault) is thrown.
    /// A project with `spreadingFrom` equipment items or more has its criteria evaluated on every core.
    public static func check(_ loaded: LoadedProject, scope: ProjectScope? = nil, spreadingFrom: Int = spreadFrom)
        throws(DiagnosticError) -> EligibilityReport
    {
        let scope = scope ?? ProjectScope(loaded)
        // Criteria read equation results; an equation that cannot be computed (a value out of
        // range, say) is an error here too, never a silent "needs evidence".
        _ = try Calculation.run(loaded, scope: scope)
        let criteria = loaded.methodology?.rules.criteria ?? []
        let requirements = loaded.programme?.rules.criteria ?? []
        let plausibility = (loaded.methodology?.rules.plausibility ?? []) + (loaded.programme?.rules.plausibility ?? [])
        let all = criteria + requirements + plausibility
        let spread = (scope.project.data.field("equipment")?.items.count ?? 0) >= spreadingFrom
        let outcomes = spread
            ? Concurrent.map(all) { evaluate($0, scope: scope) }
            : all.map { evaluate($0, scope: scope) }
        let faults = outcomes.compactMap { outcome -> Diagnostic? in
            if case .failure(let fault) = outcome { return fault }
            return nil
        }
        if !faults.isEmpty { throw DiagnosticError(faults) }
        let results = outcomes.compactMap { try? $0.get() }
        var groups: [EligibilityReport.Group] = []
        if loaded.methodology != nil {
            groups.append(.init(owner: .methodology, results: Array(results.prefix(criteria.count))))
        }
        if loaded.programme != nil {
            let programmeResults = results.dropFirst(criteria.count).prefix(requirements.count)
            groups.append(.init(owner: .programme, results: Array(programmeResults)))
        }
        let warnings = results.suffix(plausibility.count).filter { $0.verdict == .fail }
        return EligibilityReport(groups: groups, warnings: warnings)
    }

    /// A project of this many equipment items has its criteria evaluated on every core, each
    /// criterion on one: spreading a small project's would cost more than it saves, and a batch
    /// spreads its projects already.
    public static let spreadFrom = 1_000

    /// A condition's value as a verdict: unknown needs evidence, undefined fails; nil for a value
    /// that is no truth value at all.
    static func verdict(of value: Value) -> Verdict? {
        switch value {
        case .boolean(true): .pass
        case .boolean(false): .fail
        case .unknown: .needsEvidence
        case .undefined: .fail
        default: nil
        }
    }

    /// A criterion's result, or the fault of a rule that cannot run.
    private static func evaluate(_ criterion: Criterion, scope: ProjectScope) -> Result<CriterionResult, Diagnostic> {
        let evaluator = Evaluator(scope: scope)
        do throws(RuleError) {
            let (value, reasons) = try Explainer(evaluator: evaluator).explained(criterion.condition.expression)
            guard let verdict = verdict(of: value) else {
                return .failure(.error(.R2, "criterion \(criterion.id) must give true/false, got \(value.kindName)",
                                       at: criterion.condition.location))
            }
            let location = verdict == .needsEvidence
                ? value.missing.first.flatMap { scope.project.data.closestNode(to: $0)?.location }
                : evaluator.reads.first { $0.origin?.location != nil }?.origin?.location
            return .success(CriterionResult(
                criterion: criterion, verdict: verdict, reasons: reasons, missing: value.missing,
                location: location ?? scope.project.data.location,
                unverifiedInputs: scope.unverifiedInputs(among: evaluator.reads)))
        } catch {
            return .failure(.error(.R2, "criterion \(criterion.id): \(error.message)",
                                   at: criterion.condition.location(of: error.offset)))
        }
    }
}

extension DataNode {
    /// The deepest node that exists on the way to `path` (e.g. `equipment[B-1].meters.electricity`
    /// for a missing `equipment[B-1].meters.electricity.calibration`).
    func closestNode(to path: FieldPath) -> DataNode? {
        var node = self
        for segment in path.segments {
            switch segment {
            case .key(let key):
                guard let child = node.field(key) else { return node }
                node = child
            case .item(let id):
                guard let item = node.items.first(where: { $0.path.lastSegment == .item(id) }) else { return node }
                node = item
            }
        }
        return node
    }
}
