import Foundation
import JCMRules

extension Wording {
    /// A reason as one sentence: `motor.rated_power (250 kW) >= 30 kW: holds`.
    public func sentence(_ reason: Reason) -> String {
        switch reason {
        case .comparison(let lhs, let op, let rhs, let result):
            return text(
                .reasonComparison,
                ["lhs": side(lhs), "operator": op.rawValue, "rhs": side(rhs), "verdict": verdict(result)])
        case .presence(let expression, let result):
            return text(.reasonPresence, ["expression": printed(expression), "verdict": verdict(result)])
        case .statement(let expression, let value):
            return text(.reasonStatement, ["expression": printed(expression), "value": ruleStyle.value(value)])
        case .undecided(let expression, let missing):
            return text(
                .reasonUndecided,
                ["expression": printed(expression), "fields": missing.map(\.description).joined(separator: ", ")])
        case .collectionNotGiven(let collection):
            return text(.reasonCollectionNotGiven, ["collection": printed(collection)])
        case .collectionEmpty(let collection):
            return text(.reasonCollectionEmpty, ["collection": printed(collection)])
        case .item(let label, let inner):
            return text(.reasonItem, ["item": label, "reason": sentence(inner)])
        case .otherItems(let count, let collection, let result):
            return text(
                .reasonOtherItems,
                ["count": style.number(Decimal(count)), "collection": printed(collection), "verdict": verdict(result)])
        case .negation(let inner):
            return text(.reasonNegation, ["reason": sentence(inner)])
        }
    }

    /// An expression of the rule language, with this language's digits in its literals.
    public func printed(_ expression: ReasonExpression) -> String {
        ExpressionPrinter(hiddenVariables: expression.hiddenVariables, style: ruleStyle).render(expression.expression)
    }

    private func verdict(_ result: Value) -> String {
        switch result {
        case .boolean(true): text(.reasonHolds)
        case .boolean(false): text(.reasonDoesNotHold)
        default: text(.reasonIsValue, ["value": ruleStyle.value(result)])
        }
    }

    /// `rated_flow (180,000 Nm3/h)`, `90 % × rated_flow (= 162,000 Nm3/h)`, or the literal alone.
    private func side(_ term: ReasonTerm) -> String {
        let expression = printed(term.expression)
        switch term.shown {
        case .literal: return expression
        case .named(let value): return text(.reasonNamed, ["expression": expression, "value": shown(value)])
        case .computed(let value): return text(.reasonComputed, ["expression": expression, "value": shown(value)])
        }
    }

    /// A long list such as the 29 partner countries says nothing a reader needs in a reason.
    private func shown(_ value: Value) -> String {
        if case .list(let items) = value, items.count > 6 {
            return text(.reasonLongList, ["count": String(items.count)])
        }
        return ruleStyle.value(value)
    }
}
