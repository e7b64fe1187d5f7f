import Foundation
import JCMKit
import JCMRules

/// `jcm diff` as text, Markdown and JSON: the rule changes, then each verdict and figure that
/// moved with the rule changes that reach it.
public enum VersionDiffReport {
    public static func text(_ diff: VersionDiff, wording: Wording) -> String {
        let (title, sections) = self.sections(diff, wording)
        var lines = [title]
        for (heading, items) in sections {
            lines.append("")
            lines.append(heading)
            lines += items.map { "  - " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ diff: VersionDiff, wording: Wording) -> String {
        let (title, sections) = self.sections(diff, wording)
        var lines = ["# " + MarkdownEscaping.escape(title)]
        for (heading, items) in sections {
            lines += ["", "## " + MarkdownEscaping.escape(heading), ""]
            lines += items.map { "- " + MarkdownEscaping.escape($0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ diff: VersionDiff, wording: Wording) -> String {
        JSONReport.encode(VersionDiffDocument(diff, wording.withCanonicalNumbers()))
    }

    static func sections(_ diff: VersionDiff, _ wording: Wording) -> (String, [(String, [String])]) {
        let style = wording.ruleStyle
        let title = wording.text(
            .diffHeading,
            [
                "project": diff.after.project.id, "subject": diff.subject,
                "before": diff.beforeName, "after": diff.afterName,
            ])
        var sections: [(String, [String])] = []
        let verdict = wording.text(
            .diffVerdict,
            [
                "before": wording.label(diff.before.eligibility.verdict),
                "after": wording.label(diff.after.eligibility.verdict),
            ])
        sections.append((verdict, []))
        sections.append(
            (
                wording.text(.diffRulesHeading, ["count": String(diff.ruleChanges.count)]),
                diff.ruleChanges.map { wording.ruleChange($0) }
            ))
        for (side, ignored) in [(diff.beforeName, diff.ignoredBefore), (diff.afterName, diff.ignoredAfter)]
        where !ignored.isEmpty {
            sections.append((wording.text(.diffIgnored, ["side": side]), ignored.map(\.description)))
        }
        let absent = wording.text(.diffAbsent)
        func line(_ change: VersionDiff.VerdictChange) -> String {
            wording.text(.diffVerdictChange, ["id": change.id, "before": change.before.map(wording.label) ?? absent,
                                              "after": change.after.map(wording.label) ?? absent])
                + wording.causes(change.causes)
        }
        let moved = diff.verdictChanges.filter { $0.before != $0.after }
        let kept = diff.verdictChanges.filter { $0.before == $0.after }
        sections.append((wording.text(.diffVerdictsHeading, ["count": String(moved.count)]), moved.map(line)))
        if !kept.isEmpty { sections.append((wording.text(.diffSameVerdict, ["count": String(kept.count)]), kept.map(line))) }
        sections.append(
            (
                wording.text(.diffFiguresHeading, ["count": String(diff.figureChanges.count)]),
                diff.figureChanges.map { change in
                    wording.text(
                        .diffFigureChange,
                        [
                            "symbol": change.symbol, "before": change.before.map(style.value) ?? absent,
                            "after": change.after.map(style.value) ?? absent,
                        ])
                        + wording.causes(change.causes)
                }
            ))
        return (title, sections)
    }
}

extension Wording {
    func ruleChange(_ change: RuleChange) -> String {
        let values = ["kind": text(change.kind.key), "name": change.name]
        switch change.change {
        case .added: return text(.diffAdded, values)
        case .removed: return text(.diffRemoved, values)
        case .changed(let details):
            return text(.diffChanged, values.merging(["details": details.map(detail).joined(separator: "; ")]) { $1 })
        }
    }

    func detail(_ detail: RuleChange.Detail) -> String {
        switch detail {
        case .condition(let before, let after): text(.diffDetailCondition, ["before": before, "after": after])
        case .expression(let before, let after): text(.diffDetailExpression, ["before": before, "after": after])
        case .text: text(.diffDetailText)
        case .unit(let before, let after): text(.diffDetailUnit, ["before": before, "after": after])
        case .value(let before, let after): text(.diffDetailValue, ["before": before, "after": after])
        case .verification(let before, let after):
            text(
                .diffDetailVerification,
                [
                    "before": text(before ? .diffVerified : .diffUnverified),
                    "after": text(after ? .diffVerified : .diffUnverified),
                ])
        case .rows: text(.diffDetailRows)
        case .members(let added, let removed):
            text(
                .diffDetailMembers,
                [
                    "added": added.isEmpty ? text(.diffNone) : added.joined(separator: ", "),
                    "removed": removed.isEmpty ? text(.diffNone) : removed.joined(separator: ", "),
                ])
        }
    }

    /// ` (because: C3 condition changed; …)`, or why nothing in the rules explains the change.
    func causes(_ causes: [RuleChange]) -> String {
        guard !causes.isEmpty else { return text(.diffNoCause) }
        return text(.diffBecause, ["causes": causes.map { "\(text($0.kind.key)) \($0.name)" }.joined(separator: ", ")])
    }
}

extension RuleChange.Kind {
    var key: WordingKey {
        switch self {
        case .criterion: .diffKindCriterion
        case .plausibility: .diffKindPlausibility
        case .parameter: .diffKindParameter
        case .equation: .diffKindEquation
        case .table: .diffKindTable
        case .rounding: .diffKindRounding
        case .list: .diffKindList
        case .field: .diffKindField
        }
    }
}

/// `{"subject", "before", "after", "verdict": {before, after}, "rule_changes", "ignored", "verdict_changes", "figure_changes"}`
struct VersionDiffDocument: Encodable {
    struct Change: Encodable {
        var kind: String
        var name: String
        var change: String
        var details: [String]
    }

    struct VerdictChange: Encodable {
        var owner: String
        var id: String
        var before: String?
        var after: String?
        var causes: [String]
    }

    struct FigureChange: Encodable {
        var symbol: String
        var before: ValueEntry?
        var after: ValueEntry?
        var causes: [String]
    }

    var project: String
    var subject: String
    var before: String
    var after: String
    var verdict: [String: String]
    var rule_changes: [Change]
    var ignored: [String: [String]]
    var verdict_changes: [VerdictChange]
    var figure_changes: [FigureChange]

    init(_ diff: VersionDiff, _ wording: Wording) {
        project = diff.after.project.id
        subject = diff.subject
        before = diff.beforeName
        after = diff.afterName
        verdict = [
            "before": diff.before.eligibility.verdict.rawValue, "after": diff.after.eligibility.verdict.rawValue,
        ]
        rule_changes = diff.ruleChanges.map { change in
            let (kind, details): (String, [String]) =
                switch change.change {
                case .added: ("added", [])
                case .removed: ("removed", [])
                case .changed(let details): ("changed", details.map(wording.detail))
                }
            return Change(kind: change.kind.rawValue, name: change.name, change: kind, details: details)
        }
        ignored = ["before": diff.ignoredBefore.map(\.description), "after": diff.ignoredAfter.map(\.description)]
        let names = { (causes: [RuleChange]) in causes.map { "\($0.kind.rawValue) \($0.name)" } }
        verdict_changes = diff.verdictChanges.map {
            VerdictChange(
                owner: $0.owner.rawValue, id: $0.id, before: $0.before?.rawValue, after: $0.after?.rawValue,
                causes: names($0.causes))
        }
        figure_changes = diff.figureChanges.map {
            FigureChange(
                symbol: $0.symbol, before: $0.before.map(ValueEntry.init), after: $0.after.map(ValueEntry.init),
                causes: names($0.causes))
        }
    }
}
