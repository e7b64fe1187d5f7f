import JCMDiagnostics
import JCMRules
import JCMUnits

/// Evaluates one equation against a project and records its trace.
struct EquationEvaluation {
    let equation: Equation
    let rounding: RoundingRule?
    let owner: RuleSetOwner
    let scope: ProjectScope

    func run() throws(RuleFault) -> EquationOutcome {
        let evaluator = Evaluator(scope: scope)
        let raw: Value
        // When a condition is unmet the figure has no meaning: it is not computed, so no number for
        // it appears anywhere.
        let unmet = try unmetCondition(evaluator)
        if let unmet {
            raw = unmet
        } else {
            do {
                raw = try evaluator.evaluate(equation.expression.expression)
            } catch {
                throw RuleFault(message: "in \(equation.symbol): \(error.message)", location: equation.expression.location(of: error.offset))
            }
        }
        var computed: Quantity?
        var value = raw
        var step: RoundingStep?
        if case .quantity(let quantity) = raw {
            computed = quantity
            let converted: Quantity
            do {
                converted = try quantity.converted(to: equation.unit)
            } catch {
                throw RuleFault(message: "\(equation.symbol) gives \(quantity.dimension) (\(quantity.unit)) but is declared in \(equation.unit) (\(equation.unit.dimension))", location: equation.location)
            }
            value = .quantity(converted)
            if let rounding {
                let rounded = try apply(rounding, to: converted)
                step = RoundingStep(rule: rounding, before: converted, after: rounded)
                value = .quantity(rounded)
            }
        } else if case .undefined = raw {
            value = raw
        } else if !raw.isUnknown {
            throw RuleFault(message: "\(equation.symbol) must give a quantity, got \(raw.kindName)", location: equation.location)
        }
        let inputs = uniqueInputs(evaluator.reads)
        let substitution = Substitution(scope: scope)
        let roundingInputs = rounding.map { $0.provenance.verified ? [] : [UnverifiedInput(.roundingRule(equation: equation.symbol, provenance: $0.provenance))] }
        return EquationOutcome(
            equation: equation, owner: owner,
            substituted: substitution.substituted(
                equation.expression.expression, evaluatedAs: unmet == nil ? raw : nil),
            itemTerms: scope.tracesItems ? substitution.itemTerms(equation.expression.expression) : [],
            conditions: equation.definedWhen.map { substitution.substituted($0.condition.expression) },
            inputs: inputs, computed: computed, rounding: step, value: value,
            unverifiedInputs: (scope.unverifiedInputs(among: evaluator.reads) + (roundingInputs ?? [])).uniqued())
    }

    /// The first `defined_when` condition that does not hold, as the undefined value with its
    /// reason; missing data for a condition leaves the figure unknown.
    private func unmetCondition(_ evaluator: Evaluator) throws(RuleFault) -> Value? {
        for defined in equation.definedWhen {
            let value: Value
            do { value = try evaluator.evaluate(defined.condition.expression) } catch {
                throw RuleFault(message: "in defined_when of \(equation.symbol): \(error.message)", location: defined.condition.location(of: error.offset))
            }
            switch value {
            case .boolean(true): continue
            case .boolean(false): return .undefined(reason: .notDefined(condition: defined.condition.expression, reason: defined.reason))
            case .unknown, .undefined: return value
            default:
                throw RuleFault(message: "defined_when of \(equation.symbol) must be true or false, got \(value.kindName)", location: defined.condition.location)
            }
        }
        return nil
    }

    private func apply(_ rule: RoundingRule, to value: Quantity) throws(RuleFault) -> Quantity {
        do {
            return try value.rounded(toMultipleOf: rule.increment, rule.mode)
        } catch {
            throw RuleFault(message: "cannot round \(equation.symbol) to \(rule.increment): \(error.description)", location: equation.location)
        }
    }

    private func uniqueInputs(_ reads: [Evaluator.Read]) -> [TraceInput] {
        var seen: Set<String> = []
        return reads.compactMap { read in
            guard seen.insert(read.name).inserted else { return nil }
            return TraceInput(name: read.name, value: read.value, origin: read.origin)
        }
    }

}

/// Records the value of every name of an expression, for the trace.
struct Substitution {
    let scope: ProjectScope

    /// `value` is the whole expression's, when it was evaluated already: an equation that is one
    /// `sum(i in equipment: …)` is then not summed a second time for its trace.
    func substituted(_ expression: Expression, evaluatedAs value: Value? = nil) -> SubstitutedExpression {
        substituted(expression, evaluator: Evaluator(scope: scope), evaluatedAs: value)
    }

    private func substituted(_ expression: Expression, evaluator: Evaluator, evaluatedAs root: Value? = nil)
        -> SubstitutedExpression
    {
        // The values are taken in the order the printer will show them; a value that cannot be
        // computed is shown as its parts, which are then taken in turn. The walk offers the whole
        // expression first.
        var values: [Value?] = []
        var known = root
        ExpressionPrinter.walk(expression) { node in
            defer { known = nil }
            guard SubstitutedExpression.isSubstituted(node) else { return false }
            let value = known ?? (try? evaluator.evaluate(node))
            values.append(value)
            return value != nil
        }
        return SubstitutedExpression(expression: expression, leafValues: values)
    }

    /// Per-item lines of each outermost aggregate, `sum(i in equipment: …)` (or min, max, …).
    func itemTerms(_ expression: Expression) -> [ItemTerms] {
        switch expression {
        case .literal, .identifier: return []
        case .aggregate: return [ItemTerms(aggregate: expression, terms: terms(expression))]
        case .member(let base, _, _): return itemTerms(base)
        case .list(let items, _), .call(_, let items, _): return items.flatMap(itemTerms)
        case .unary(_, let operand, _): return itemTerms(operand)
        case .binary(_, let lhs, let rhs, _): return itemTerms(lhs) + itemTerms(rhs)
        case .conditional(let condition, let yes, let no, _): return itemTerms(condition) + itemTerms(yes) + itemTerms(no)
        }
    }

    private func terms(_ expression: Expression) -> [TraceTerm] {
        guard case .aggregate(_, let variable, let collection, let body, let offset) = expression else { return [] }
        let evaluator = Evaluator(scope: scope)
        guard let elements = try? evaluator.elements(of: collection, offset: offset) else { return [] }
        return elements.map { element in
            let label = element.origin?.projectPath?.description ?? element.value.description
            return evaluator.with(variable, bound: element) {
                TraceTerm(label: label, substituted: substituted(body, evaluator: evaluator),
                          value: (try? evaluator.evaluate(body)) ?? .unknown(missing: []))
            }
        }
    }
}
