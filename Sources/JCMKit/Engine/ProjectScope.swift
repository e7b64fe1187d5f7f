import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits

/// Resolves the names a methodology's or programme's rules use against one project:
/// project fields, parameter values (the project's or the default), programme lists, and
/// equation results, computed on first use. Criteria may be evaluated on several threads at
/// once: the equations' results are computed and kept under a lock (a recursive one, since an
/// equation reads others).
public final class ProjectScope: Scope, @unchecked Sendable {
    let loaded: LoadedProject
    private let lock = NSRecursiveLock()
    private var results: [String: EquationOutcome] = [:]
    private var evaluating: Set<String> = []

    /// Top-level project keys the schema declares: one that is absent is missing data, not an unknown name.
    private let declaredTopLevel: Set<String>

    /// The methodology's then the programme's parameters and equations, gathered once: every
    /// name a rule reads is looked up here.
    let parameters: [Parameter]
    let equations: [(Equation, RuleSetOwner)]
    /// The methodology's then the programme's tables, by name.
    private let tables: [String: LookupTable]
    private let parameterIndex: [String: Int]
    private let equationIndex: [String: Int]
    /// Whether equation outcomes carry the per-item lines of their aggregates (`itemTerms`).
    let tracesItems: Bool

    public init(_ loaded: LoadedProject, tracingItems: Bool = true) {
        self.loaded = loaded
        tracesItems = tracingItems
        declaredTopLevel = Set(ProjectSchema.build(methodology: loaded.methodology, programme: loaded.programme).order)
        parameters = (loaded.methodology?.rules.parameters ?? []) + (loaded.programme?.rules.parameters ?? [])
        equations = (loaded.methodology?.rules.equations ?? []).map { ($0, .methodology) }
            + (loaded.programme?.rules.equations ?? []).map { ($0, .programme) }
        let declared = (loaded.methodology?.rules.tables ?? []) + (loaded.programme?.rules.tables ?? [])
        tables = Dictionary(declared.map { ($0.table.name, $0.table) }, uniquingKeysWith: { first, _ in first })
        // The first declaration of a symbol wins, as a search from the start would find it.
        parameterIndex = Dictionary(parameters.enumerated().map { ($1.symbol, $0) }, uniquingKeysWith: { first, _ in first })
        equationIndex = Dictionary(equations.enumerated().map { ($1.0.symbol, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var project: Project { loaded.project }

    public var names: [String] {
        let fields: [String] = if case .mapping(let fields) = project.data.content { fields.map(\.key) } else { [] }
        return fields + parameters.map(\.symbol) + equations.map(\.0.symbol) + (loaded.programme?.lists.map(\.name) ?? []) + Array(aliases.keys)
            + Array(methodologyFacts.keys) + Array(tables.keys)
    }

    /// Facts about the methodology applied that programme rules may test.
    private let methodologyFacts: [String: @Sendable (Methodology) -> String] = [
        "methodology_host_country": { $0.hostCountry },
    ]

    static let resultRoles = ["reference_emissions", "project_emissions", "emission_reductions", "energy_saving"]

    /// Programme rules refer to a methodology's headline results by role, not by symbol.
    private var aliases: [String: String] {
        guard let results = loaded.methodology?.results else { return [:] }
        var map = ["reference_emissions": results.referenceEmissions, "project_emissions": results.projectEmissions,
                   "emission_reductions": results.emissionReductions]
        map["energy_saving"] = results.energySaving
        return map
    }

    public func binding(for name: String) -> Binding? {
        if let index = parameterIndex[name], parameters[index].scope == .project {
            let parameter = parameters[index]
            return parameterBinding(parameter)
        }
        if equationIndex[name] != nil {
            let outcome = try? outcome(of: name)
            return Binding(value: outcome?.value ?? .unknown(missing: [FieldPath([.key(name)])]),
                           origin: .equation(symbol: name, verified: !(outcome?.dependsOnUnverified ?? false)))
        }
        if let table = tables[name] { return Binding(value: .table(table), origin: table.origin) }
        if let target = aliases[name] { return binding(for: target) }
        if Self.resultRoles.contains(name) {
            // Programme rules need a methodology's results; without one they cannot be decided.
            let missing: FieldPath = loaded.methodology == nil ? "methodology" : FieldPath([.key(name)])
            return Binding(value: .unknown(missing: [missing]), origin: nil)
        }
        if let list = loaded.programme?.lists.first(where: { $0.name == name }) {
            return Binding(value: .list(list.values.map { .text($0) }),
                           origin: .programmeValue(name: name, provenance: list.provenance, vintage: nil))
        }
        if let fact = methodologyFacts[name] {
            guard let methodology = loaded.methodology else { return Binding(value: .unknown(missing: ["methodology"]), origin: nil) }
            return Binding(value: .text(fact(methodology)), origin: .methodology(reference: methodology.reference))
        }
        if name == "estimation_period" {
            let value = Value.quantity(project.estimationPeriod)
            guard let node = project.data.field(name) else { return Binding(value: value, origin: .formatDefault("estimation_period", value: value)) }
            return Binding(value: value, origin: .project(node.path, location: node.location))
        }
        if let node = project.data.field(name) {
            return Binding(value: node.value, origin: .project(node.path, location: node.location))
        }
        if declaredTopLevel.contains(name) { return Binding(value: .unknown(missing: [FieldPath([.key(name)])]), origin: nil) }
        return nil
    }

    private func parameterBinding(_ parameter: Parameter) -> Binding {
        if let node = project.data.field("parameters")?.field(parameter.symbol) {
            return Binding(value: node.value, origin: .project(node.path, location: node.location))
        }
        if let fallback = parameter.defaultValue {
            let origin: Origin = parameter.kind == .programmeValue
                ? .programmeValue(name: parameter.symbol, provenance: fallback.provenance, vintage: fallback.vintage)
                : .methodologyDefault(symbol: parameter.symbol, provenance: fallback.provenance, vintage: fallback.vintage)
            return Binding(value: .quantity(fallback.value), origin: origin)
        }
        return Binding(value: .unknown(missing: [FieldPath([.key("parameters"), .key(parameter.symbol)])]), origin: nil)
    }

    /// The values not verified against an official text among `reads`, directly or through the
    /// equations read, for a criterion's verdict or an equation's result alike.
    func unverifiedInputs(among reads: [Evaluator.Read]) -> [UnverifiedInput] {
        var found: [UnverifiedInput] = []
        for read in reads {
            guard let origin = read.origin else { continue }
            if case .equation(let symbol, _) = origin {
                found += (try? outcome(of: symbol).unverifiedInputs) ?? []
            } else if !origin.verified {
                found.append(UnverifiedInput(.value(name: read.name, value: read.value, origin: origin)))
            }
        }
        return found.uniqued()
    }

    /// Computes an equation once, with its trace; cycles between equations are rule errors.
    func outcome(of symbol: String) throws(RuleFault) -> EquationOutcome {
        lock.lock()
        defer { lock.unlock() }
        if let done = results[symbol] { return done }
        guard let (equation, owner) = equationIndex[symbol].map({ equations[$0] }) else {
            throw RuleFault(message: "'\(symbol)' is not an equation", location: nil)
        }
        guard evaluating.insert(symbol).inserted else {
            throw RuleFault(message: "equation \(symbol) depends on itself", location: equation.location)
        }
        defer { evaluating.remove(symbol) }
        let rounding = owner == .methodology ? loaded.methodology?.rounding.flatMap { $0.equation == symbol ? $0 : nil } : nil
        let outcome = try EquationEvaluation(equation: equation, rounding: rounding, owner: owner, scope: self).run()
        results[symbol] = outcome
        return outcome
    }
}

/// Whose rules a criterion or an equation is: the methodology's or the programme call's.
public enum RuleSetOwner: String, Sendable { case methodology, programme }

/// A rule that could not be evaluated (a unit mismatch at run time, a cycle): an error to fix
/// in the methodology, programme or project, located where possible.
public struct RuleFault: Error, Sendable {
    public var message: String
    public var location: SourceLocation?

    public var diagnostic: Diagnostic { .error(.R2, message, at: location) }
}
