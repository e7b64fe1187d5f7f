import JCMDiagnostics
import JCMRules
import JCMUnits

/// What what-if watches while an input moves: every criterion's and requirement's verdict, the
/// overall verdict, and whether each figure exists for the project.
public enum WhatIfSubject: Hashable, Sendable {
    case verdict
    case criterion(owner: RuleSetOwner, id: String)
    case figure(symbol: String)
}

public enum WhatIfState: Hashable, Sendable {
    case verdict(Verdict)
    case defined
    case undefined
    case unknown
}

/// The states of one assessment, computed without the explanations a report needs, so that
/// what-if can afford hundreds of them.
struct AssessmentStates {
    var states: [(subject: WhatIfSubject, state: WhatIfState)]
    /// The methodology's emission reductions, for the sensitivity table.
    var emissionReductions: Value?
    /// Every value the rules read, for finding the inputs to move.
    var reads: [Evaluator.Read]

    func state(of subject: WhatIfSubject) -> WhatIfState? { states.first { $0.subject == subject }?.state }

    /// Nil when a rule cannot run with these values (an input beyond what a rule accepts).
    static func evaluate(_ loaded: LoadedProject) -> AssessmentStates? {
        let scope = ProjectScope(loaded)
        var states: [(WhatIfSubject, WhatIfState)] = []
        var reads: [Evaluator.Read] = []
        let equations = (loaded.methodology?.rules.equations ?? []) + (loaded.programme?.rules.equations ?? [])
        for equation in equations {
            guard let outcome = try? scope.outcome(of: equation.symbol) else { return nil }
            reads += outcome.inputs.map { Evaluator.Read(name: $0.name, value: $0.value, origin: $0.origin) }
            let state: WhatIfState =
                switch outcome.value {
                case .undefined: .undefined
                case .unknown: .unknown
                default: .defined
                }
            states.append((.figure(symbol: equation.symbol), state))
        }
        var verdicts: [Verdict] = []
        let groups: [(RuleSetOwner, [Criterion])] = [
            (.methodology, loaded.methodology?.rules.criteria ?? []),
            (.programme, loaded.programme?.rules.criteria ?? []),
        ]
        for (owner, criteria) in groups {
            for criterion in criteria {
                let evaluator = Evaluator(scope: scope)
                guard let value = try? evaluator.evaluate(criterion.condition.expression),
                    let verdict = EligibilityChecker.verdict(of: value)
                else { return nil }
                reads += evaluator.reads
                verdicts.append(verdict)
                states.append((.criterion(owner: owner, id: criterion.id), .verdict(verdict)))
            }
        }
        states.insert((.verdict, .verdict(Verdict.combined(verdicts))), at: 0)
        let reductions = loaded.methodology.flatMap { try? scope.outcome(of: $0.results.emissionReductions).value }
        return AssessmentStates(states: states, emissionReductions: reductions, reads: reads)
    }
}
