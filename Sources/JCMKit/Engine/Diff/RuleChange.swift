import JCMRules
import JCMUnits

/// One difference between two versions of a methodology or two programme calls: a rule, value or
/// field added, removed or changed.
public struct RuleChange: Sendable {
    public enum Kind: String, Sendable {
        case criterion, plausibility, parameter, equation, table, rounding, list, field
    }

    public enum Detail: Sendable, Equatable {
        case condition(before: String, after: String)
        case expression(before: String, after: String)
        case text
        case unit(before: String, after: String)
        case value(before: String, after: String)
        /// Whether the value or rule was read in an official text.
        case verification(before: Bool, after: Bool)
        case rows
        case members(added: [String], removed: [String])
    }

    public enum Change: Sendable, Equatable {
        case added
        case removed
        case changed([Detail])
    }

    public var kind: Kind
    public var name: String
    public var change: Change
}

/// Compares two rule sets item by item, in the order of the newer one, then what the older alone has.
struct RuleComparison {
    var changes: [RuleChange] = []

    mutating func compare<Item>(
        _ kind: RuleChange.Kind, _ before: [Item], _ after: [Item], name: (Item) -> String,
        details: (Item, Item) -> [RuleChange.Detail]
    ) {
        for item in after {
            guard let old = before.first(where: { name($0) == name(item) }) else {
                changes.append(RuleChange(kind: kind, name: name(item), change: .added))
                continue
            }
            let found = details(old, item)
            if !found.isEmpty { changes.append(RuleChange(kind: kind, name: name(item), change: .changed(found))) }
        }
        for item in before where !after.contains(where: { name($0) == name(item) }) {
            changes.append(RuleChange(kind: kind, name: name(item), change: .removed))
        }
    }

    mutating func compare(_ before: RuleSet, _ after: RuleSet) {
        compare(.criterion, before.criteria, after.criteria, name: \.id, details: Self.criterion)
        compare(.plausibility, before.plausibility, after.plausibility, name: \.id, details: Self.criterion)
        compare(.parameter, before.parameters, after.parameters, name: \.symbol, details: Self.parameter)
        compare(.table, before.tables, after.tables, name: \.table.name) { old, new in
            var found: [RuleChange.Detail] =
                old.table.rows == new.table.rows && old.table.unit == new.table.unit ? [] : [.rows]
            if old.table.origin.verified != new.table.origin.verified {
                found.append(.verification(before: old.table.origin.verified, after: new.table.origin.verified))
            }
            return found
        }
        compare(.equation, before.equations, after.equations, name: \.symbol) { old, new in
            var found: [RuleChange.Detail] = []
            if old.expression.text.trimmed != new.expression.text.trimmed {
                found.append(.expression(before: old.expression.text.trimmed, after: new.expression.text.trimmed))
            }
            if old.unit != new.unit { found.append(.unit(before: old.unit.description, after: new.unit.description)) }
            if old.definedWhen.map(\.condition.text) != new.definedWhen.map(\.condition.text) {
                found.append(
                    .condition(
                        before: old.definedWhen.map(\.condition.text.trimmed).joined(separator: "; "),
                        after: new.definedWhen.map(\.condition.text.trimmed).joined(separator: "; ")))
            }
            return found
        }
        let fieldNames = { (rules: RuleSet) in rules.projectFields.map(\.path) }
        compare(.field, fieldNames(before), fieldNames(after), name: { $0 }, details: { _, _ in [] })
    }

    static func criterion(_ old: Criterion, _ new: Criterion) -> [RuleChange.Detail] {
        var found: [RuleChange.Detail] = []
        if old.condition.text.trimmed != new.condition.text.trimmed {
            found.append(.condition(before: old.condition.text.trimmed, after: new.condition.text.trimmed))
        }
        if old.text.english != new.text.english { found.append(.text) }
        let (was, now) = (old.provenance?.verified ?? true, new.provenance?.verified ?? true)
        if was != now { found.append(.verification(before: was, after: now)) }
        return found
    }

    static func parameter(_ old: Parameter, _ new: Parameter) -> [RuleChange.Detail] {
        var found: [RuleChange.Detail] = []
        if old.unit != new.unit { found.append(.unit(before: old.unit.description, after: new.unit.description)) }
        let shown = { (value: DefaultValue?) in value.map { ValueStyle.canonical.quantity($0.value) } ?? "none" }
        if shown(old.defaultValue) != shown(new.defaultValue) {
            found.append(.value(before: shown(old.defaultValue), after: shown(new.defaultValue)))
        }
        if let was = old.defaultValue?.provenance.verified, let now = new.defaultValue?.provenance.verified, was != now
        {
            found.append(.verification(before: was, after: now))
        }
        return found
    }
}

extension String {
    var trimmed: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
