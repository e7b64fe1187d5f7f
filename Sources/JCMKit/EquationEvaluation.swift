import JCMDiagnostics
import JCMRules
import JCMUnits

/// Evaluates one equation against a project and records its trace.
struct EquationEvaluation {
    let equation: Equation
    let rounding: RoundingRule?
    let scope: ProjectScope

    func run() throws(RuleFault) -> EquationOutcome {
        let evaluator = Evaluator(scope: scope)
        let raw: Value
        do {
            raw = try evaluator.evaluate(equation.expression.expression)
        } catch {
            throw RuleFault(message: "in \(equation.symbol): \(error.message)", location: equation.expression.location(of: error.offset))
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
        let printer = Substitution(scope: scope)
        return EquationOutcome(
            equation: equation,
            formula: equation.display ?? "\(equation.symbol) = \(ExpressionPrinter().render(equation.expression.expression))",
            expressionText: ExpressionPrinter().render(equation.expression.expression),
            substituted: printer.render(equation.expression.expression),
            terms: printer.terms(equation.expression.expression),
            inputs: inputs, computed: computed, rounding: step, value: value,
            unverifiedInputs: scope.unverifiedInputs(among: evaluator.reads)
                + (rounding.map { $0.provenance.verified ? [] : ["rounding rule (\($0.provenance.source))"] } ?? []))
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

/// Renders an expression with values in place of names, for the trace.
struct Substitution {
    let scope: ProjectScope

    func render(_ expression: Expression) -> String {
        render(expression, evaluator: Evaluator(scope: scope))
    }

    private func render(_ expression: Expression, evaluator: Evaluator) -> String {
        let printer = ExpressionPrinter(substitute: { node in
            switch node {
            case .identifier, .member, .aggregate:
                return (try? evaluator.evaluate(node)).map(\.description)
            default:
                return nil
            }
        })
        return printer.render(expression)
    }

    /// Per-item lines of a top-level `sum(i in equipment: …)` (or min, max).
    func terms(_ expression: Expression) -> [TraceTerm] {
        guard case .aggregate(_, let variable, let collection, let body, let offset) = expression else { return [] }
        let evaluator = Evaluator(scope: scope)
        guard let elements = try? evaluator.elements(of: collection, offset: offset) else { return [] }
        return elements.map { element in
            let label = element.origin?.detail ?? element.value.description
            return evaluator.with(variable, bound: element) {
                TraceTerm(label: label, substituted: render(body, evaluator: evaluator), value: (try? evaluator.evaluate(body)) ?? .unknown(missing: []))
            }
        }
    }
}
