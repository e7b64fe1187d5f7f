import JCMDiagnostics
import JCMRules
import JCMUnits

/// `jcm diff`: one project assessed under two versions of its methodology, or two programme calls,
/// side by side; each change of a verdict or a figure with the rule changes that reach it, as
/// OpenFisca explains a reform.
public struct VersionDiff: Sendable {
    public struct VerdictChange: Sendable {
        public var owner: RuleSetOwner
        public var id: String
        /// Nil on the side that has no such criterion.
        public var before: Verdict?
        public var after: Verdict?
        public var causes: [RuleChange]
    }

    public struct FigureChange: Sendable {
        public var symbol: String
        public var before: Value?
        public var after: Value?
        public var causes: [RuleChange]
    }

    /// What is compared: `VN_PM_DRAFT_BLOWER Ver0.1` and `Ver0.2`, or `FY2024` and `FY2025`.
    public var subject: String
    public var beforeName: String
    public var afterName: String
    public var before: Assessment
    public var after: Assessment
    /// Values the project gives that one side's rules do not declare, left out on that side.
    public var ignoredBefore: [FieldPath]
    public var ignoredAfter: [FieldPath]
    public var ruleChanges: [RuleChange]
    public var verdictChanges: [VerdictChange]
    public var figureChanges: [FigureChange]

    /// What to compare: two versions of the project's methodology or two programme calls.
    public enum Versions: Sendable {
        case methodology(id: String, before: String, after: String)
        case programme(before: String, after: String)
    }

    public static func compare(
        project path: String, catalog: Catalog, versions: Versions, programmeYear: String? = nil
    )
        throws(DiagnosticError) -> VersionDiff
    {
        let named = try ProjectLoader.load(path, catalog: catalog, programmeYear: programmeYear)
        switch versions {
        case .methodology(let id, let beforeVersion, let afterVersion):
            let old = try catalog.methodology(id: id, version: beforeVersion)
            let new = try catalog.methodology(id: id, version: afterVersion)
            let year = programmeYear ?? named.programme?.fiscalYear
            let (a, ignoredA) = try side(old.reference) { () throws(DiagnosticError) in
                try ProjectLoader.load(path, catalog: catalog, programmeYear: year, under: old)
            }
            let (b, ignoredB) = try side(new.reference) { () throws(DiagnosticError) in
                try ProjectLoader.load(path, catalog: catalog, programmeYear: year, under: new)
            }
            var comparison = RuleComparison()
            comparison.compare(old.rules, new.rules)
            comparison.compareMethodology(old, new)
            return try build("\(id)", old.version, new.version, a, b, ignoredA, ignoredB, comparison.changes)
        case .programme(let beforeYear, let afterYear):
            guard let old = catalog.programme(fiscalYear: beforeYear),
                let new = catalog.programme(fiscalYear: afterYear)
            else {
                let known = catalog.programmes.map(\.fiscalYear)
                let missing = catalog.programme(fiscalYear: beforeYear) == nil ? beforeYear : afterYear
                throw DiagnosticError(
                    .error(
                        .D2,
                        "no programme call '\(missing)'\(Suggestion.hint(for: missing, in: known)); shipped calls: "
                            + known.joined(separator: ", ")))
            }
            let (a, ignoredA) = try side(old.fiscalYear) { () throws(DiagnosticError) in
                try ProjectLoader.load(path, catalog: catalog, programmeYear: old.fiscalYear, under: named.methodology)
            }
            let (b, ignoredB) = try side(new.fiscalYear) { () throws(DiagnosticError) in
                try ProjectLoader.load(path, catalog: catalog, programmeYear: new.fiscalYear, under: named.methodology)
            }
            var comparison = RuleComparison()
            comparison.compare(old.rules, new.rules)
            comparison.compareLists(old, new)
            return try build(
                old.title.english, old.fiscalYear, new.fiscalYear, a, b, ignoredA, ignoredB, comparison.changes)
        }
    }

    /// Reads the project for one side; its problems say which side rejects the project.
    private static func side<T>(_ name: String, _ read: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        do { return try read() } catch {
            throw DiagnosticError(
                error.diagnostics.map { problem in
                    var marked = problem
                    marked.message = "under \(name): " + problem.message
                    return marked
                })
        }
    }

    private static func build(
        _ subject: String, _ beforeName: String, _ afterName: String, _ a: LoadedProject, _ b: LoadedProject,
        _ ignoredA: [FieldPath], _ ignoredB: [FieldPath], _ changes: [RuleChange]
    )
        throws(DiagnosticError) -> VersionDiff
    {
        let before = try Assessment.assess(a)
        let after = try Assessment.assess(b)
        let reach = Reach(a, b)
        func causes(_ names: Set<String>) -> [RuleChange] {
            changes.filter {
                names.contains($0.name)
                    || ($0.kind == .field && names.contains(String($0.name.split(separator: ".").last ?? "")))
            }
        }
        var verdicts: [VerdictChange] = []
        for owner in [RuleSetOwner.methodology, .programme] {
            let old = before.eligibility.group(owner)?.results ?? []
            let new = after.eligibility.group(owner)?.results ?? []
            let ids =
                new.map(\.criterion.id)
                + old.map(\.criterion.id).filter { id in !new.contains { $0.criterion.id == id } }
            for id in ids {
                let was = old.first { $0.criterion.id == id }?.verdict
                let now = new.first { $0.criterion.id == id }?.verdict
                let found = causes(reach.names(criterion: id).union([id]))
                guard was != now || found.contains(where: { $0.name == id }) else { continue }
                verdicts.append(VerdictChange(owner: owner, id: id, before: was, after: now, causes: found))
            }
        }
        var figures: [FigureChange] = []
        let symbols =
            after.calculation.steps.map(\.equation.symbol)
            + before.calculation.steps.map(\.equation.symbol).filter {
                !after.calculation.steps.map(\.equation.symbol).contains($0)
            }
        for symbol in symbols {
            let was = before.calculation.step(symbol)?.value
            let now = after.calculation.step(symbol)?.value
            guard was?.description != now?.description else { continue }
            figures.append(
                FigureChange(
                    symbol: symbol, before: was, after: now,
                    causes: causes(reach.names(equation: symbol).union([symbol]))))
        }
        return VersionDiff(
            subject: subject, beforeName: beforeName, afterName: afterName, before: before, after: after,
            ignoredBefore: ignoredA, ignoredAfter: ignoredB, ruleChanges: changes, verdictChanges: verdicts,
            figureChanges: figures)
    }
}

extension RuleComparison {
    mutating func compareMethodology(_ old: Methodology, _ new: Methodology) {
        let fields = { (methodology: Methodology) in Self.leaves(methodology.equipment, prefix: "equipment.") }
        compare(.field, fields(old), fields(new), name: \.path) { was, now in
            // What a project must write there: the kind (a curve of at least 3 points) and the bounds.
            let shown = { (leaf: (path: String, spec: FieldSpec?)) in
                leaf.spec.map { spec in
                    [spec.expectation, spec.minimum.map { "min \($0)" }, spec.maximum.map { "max \($0)" }]
                        .compactMap { $0 }.joined(separator: ", ")
                } ?? "free-form"
            }
            return shown(was) == shown(now) ? [] : [.value(before: shown(was), after: shown(now))]
        }
        let rounding = { (methodology: Methodology) in
            methodology.rounding.map {
                ["\($0.equation)", $0.mode.rawValue, ValueStyle.canonical.quantity($0.increment)].joined(separator: " ")
            }
        }
        if rounding(old) != rounding(new) {
            let name = new.rounding?.equation ?? old.rounding?.equation ?? ""
            changes.append(
                RuleChange(
                    kind: .rounding, name: name,
                    change: .changed([.value(before: rounding(old) ?? "none", after: rounding(new) ?? "none")])))
        }
    }

    mutating func compareLists(_ old: Programme, _ new: Programme) {
        compare(.list, old.lists, new.lists, name: \.name) { was, now in
            var found: [RuleChange.Detail] = []
            let added = now.values.filter { !was.values.contains($0) }
            let removed = was.values.filter { !now.values.contains($0) }
            if !added.isEmpty || !removed.isEmpty { found.append(.members(added: added, removed: removed)) }
            if was.provenance.verified != now.provenance.verified {
                found.append(.verification(before: was.provenance.verified, after: now.provenance.verified))
            }
            return found
        }
    }

    /// `equipment.reference_sec.curve` and its declaration, for every leaf of a record.
    static func leaves(_ record: RecordSpec, prefix: String) -> [(path: String, spec: FieldSpec?)] {
        record.order.flatMap { key -> [(path: String, spec: FieldSpec?)] in
            switch record.fields[key] {
            case .record(let inner): return leaves(inner, prefix: prefix + key + ".")
            case .leaf(let spec): return [(prefix + key, spec)]
            default: return [(prefix + key, nil)]
            }
        }
    }
}

/// Every name a criterion or an equation reads, directly or through the equations it reads, on
/// either side: a rule change reaches a result when the result reads its name.
public struct Reach {
    private var expressions: [String: [Expression]] = [:]
    private var criteria: [String: [Expression]] = [:]
    private var aliases: [String: String] = [:]

    public init(_ sides: LoadedProject...) {
        for side in sides {
            for rules in [side.methodology?.rules, side.programme?.rules].compactMap({ $0 }) {
                for equation in rules.equations {
                    expressions[equation.symbol, default: []] +=
                        [equation.expression.expression] + equation.definedWhen.map(\.condition.expression)
                }
                for criterion in rules.criteria + rules.plausibility {
                    criteria[criterion.id, default: []].append(criterion.condition.expression)
                }
            }
            if let results = side.methodology?.results {
                aliases["reference_emissions"] = results.referenceEmissions
                aliases["project_emissions"] = results.projectEmissions
                aliases["emission_reductions"] = results.emissionReductions
                aliases["energy_saving"] = results.energySaving
            }
        }
    }

    func names(criterion id: String) -> Set<String> { closure(criteria[id] ?? []) }
    public func names(equation symbol: String) -> Set<String> { closure(expressions[symbol] ?? []) }

    private func closure(_ start: [Expression]) -> Set<String> {
        var seen: Set<String> = []
        var queue = start
        while let next = queue.popLast() {
            for name in next.mentions where seen.insert(name).inserted {
                let target = aliases[name] ?? name
                if target != name { seen.insert(target) }
                queue += expressions[target] ?? []
            }
        }
        return seen
    }
}

extension Expression {
    /// Every name and field the expression reads, aggregate variables and members included.
    public var mentions: Set<String> {
        switch self {
        case .literal: return []
        case .identifier(let name, _): return [name]
        case .member(let base, let field, _): return base.mentions.union([field])
        case .list(let items, _), .call(_, let items, _): return items.reduce(into: []) { $0.formUnion($1.mentions) }
        case .unary(_, let operand, _): return operand.mentions
        case .binary(_, let lhs, let rhs, _): return lhs.mentions.union(rhs.mentions)
        case .conditional(let condition, let yes, let no, _):
            return condition.mentions.union(yes.mentions).union(no.mentions)
        case .aggregate(_, _, let collection, let body, _): return collection.mentions.union(body.mentions)
        }
    }
}
