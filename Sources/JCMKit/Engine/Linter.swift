import JCMDiagnostics
import JCMRules
import JCMUnits

/// Proves, before any project is run, that every criterion is a true/false test and every
/// equation has its declared dimension, with every name defined.
public enum Linter {
    public static func lint(_ methodology: Methodology) -> [Diagnostic] {
        let environment = RuleEnvironment(methodology: methodology, programme: nil)
        var diagnostics = check(methodology.rules, environment: environment)
        if let rounding = methodology.rounding {
            if rounding.increment.value <= 0 {
                diagnostics.append(.error(.R4, "the rounding increment must be above zero, got \(rounding.increment)", at: SourceLocation(file: methodology.file.path, line: 1, column: 1)))
            }
            if let equation = methodology.rules.equation(rounding.equation) {
                if rounding.increment.dimension != equation.unit.dimension {
                    diagnostics.append(.error(.R4, "rounding increment \(rounding.increment) does not match \(equation.symbol)'s unit \(equation.unit)", at: equation.location))
                }
            } else {
                diagnostics.append(.error(.R3, "the rounding rule names '\(rounding.equation)', which is not an equation", at: SourceLocation(file: methodology.file.path, line: 1, column: 1)))
            }
        }
        let results = methodology.results
        for symbol in [results.referenceEmissions, results.projectEmissions, results.emissionReductions] + [results.energySaving].compactMap({ $0 })
        where methodology.rules.equation(symbol) == nil {
            diagnostics.append(.error(.R3, "results name '\(symbol)', which is not an equation" + Suggestion.hint(for: symbol, in: methodology.rules.equations.map(\.symbol)), at: SourceLocation(file: methodology.file.path, line: 1, column: 1)))
        }
        return diagnostics
    }

    /// Lints a programme call as it would run beside a methodology that gives the usual results.
    public static func lint(_ programme: Programme) -> [Diagnostic] {
        check(programme.rules, environment: RuleEnvironment(methodology: nil, programme: programme))
    }

    private static func check(_ rules: RuleSet, environment: RuleEnvironment) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let checker = TypeChecker(environment: environment)
        var symbols: Set<String> = []
        for parameter in rules.parameters where !symbols.insert(parameter.symbol).inserted {
            diagnostics.append(.error(.R5, "symbol \(parameter.symbol) is declared twice", at: parameter.location))
        }
        for declared in rules.tables where !symbols.insert(declared.table.name).inserted {
            diagnostics.append(.error(.R5, "symbol \(declared.table.name) is declared twice", at: declared.location))
        }
        for equation in rules.equations {
            if !symbols.insert(equation.symbol).inserted {
                diagnostics.append(.error(.R5, "symbol \(equation.symbol) is declared twice", at: equation.location))
            }
            do throws(RuleError) {
                let type = try checker.check(equation.expression.expression)
                guard case .quantity(let dimension) = type else {
                    if type != .any {
                        diagnostics.append(.error(.R4, "\(equation.symbol) must give a quantity, but gives \(type)", at: equation.expression.location))
                    }
                    continue
                }
                if dimension != equation.unit.dimension {
                    diagnostics.append(.error(.R4, "\(equation.symbol) gives \(dimension) but is declared in \(equation.unit) (\(equation.unit.dimension))", at: equation.expression.location))
                }
            } catch {
                diagnostics.append(.error(code(for: error), "in \(equation.symbol): \(error.message)", at: equation.expression.location(of: error.offset)))
            }
            for condition in equation.definedWhen.map(\.condition) {
                do throws(RuleError) {
                    let type = try checker.check(condition.expression)
                    if type != .boolean, type != .any {
                        diagnostics.append(.error(.R4, "defined_when of \(equation.symbol) must be a true/false test, but gives \(type)", at: condition.location))
                    }
                } catch {
                    diagnostics.append(.error(code(for: error), "in defined_when of \(equation.symbol): \(error.message)", at: condition.location(of: error.offset)))
                }
            }
        }
        diagnostics += cycles(rules.equations)
        diagnostics += tooDeep(rules)
        var ids: Set<String> = []
        for criterion in rules.criteria + rules.plausibility {
            if !ids.insert(criterion.id).inserted {
                diagnostics.append(.error(.R5, "criterion \(criterion.id) is declared twice", at: criterion.condition.location))
            }
            do throws(RuleError) {
                let type = try checker.check(criterion.condition.expression)
                if type != .boolean, type != .any {
                    diagnostics.append(.error(.R4, "criterion \(criterion.id) must be a true/false test, but gives \(type)", at: criterion.condition.location))
                }
            } catch {
                diagnostics.append(.error(code(for: error), "in criterion \(criterion.id): \(error.message)", at: criterion.condition.location(of: error.offset)))
            }
        }
        return diagnostics
    }

    /// No rule needs longer chains of equations; longer ones would exhaust the evaluator's stack.
    static let maximumChain = 64

    /// An equation that needs its own result, directly or through others, has no value; a chain
    /// of equations deeper than `maximumChain` is refused as well.
    private static func cycles(_ equations: [Equation]) -> [Diagnostic] {
        let symbols = Set(equations.map(\.symbol))
        let dependencies = Dictionary(equations.map { equation in
            (equation.symbol, equation.definedWhen.reduce(equation.expression.expression.names) { $0.union($1.condition.expression.names) }
                .intersection(symbols))
        }, uniquingKeysWith: { $0.union($1) })
        var depth: [String: Int] = [:]
        // Equations in an order where each comes after those it reads, as far as there are no cycles.
        var pending = equations.map(\.symbol)
        while !pending.isEmpty {
            let ready = pending.filter { symbol in (dependencies[symbol] ?? []).allSatisfy { depth[$0] != nil } }
            if ready.isEmpty { break }
            for symbol in ready { depth[symbol] = 1 + ((dependencies[symbol] ?? []).compactMap { depth[$0] }.max() ?? 0) }
            pending.removeAll { ready.contains($0) }
        }
        if let deep = equations.first(where: { (depth[$0.symbol] ?? 0) > maximumChain }) {
            return [.error(.R6, "equation \(deep.symbol) sits at the end of a chain of more than \(maximumChain) equations", at: deep.expression.location)]
        }
        return equations.compactMap { equation in
            var seen: Set<String> = []
            var frontier = dependencies[equation.symbol] ?? []
            while let next = frontier.popFirst() {
                if next == equation.symbol {
                    return .error(.R6, "equation \(equation.symbol) depends on its own result", at: equation.expression.location)
                }
                if seen.insert(next).inserted { frontier.formUnion(dependencies[next] ?? []) }
            }
            return nil
        }
    }

    /// Aggregates nested more than this deep multiply the work by a list's length at each level:
    /// no methodology needs it, and 40 levels would never finish.
    static let maximumAggregateDepth = 3

    private static func tooDeep(_ rules: RuleSet) -> [Diagnostic] {
        let texts = rules.equations.flatMap { equation in [(equation.symbol, equation.expression)] + equation.definedWhen.map { (equation.symbol, $0.condition) } }
            + rules.criteria.map { ($0.id, $0.condition) }
        return texts.compactMap { name, rule in
            let depth = rule.expression.aggregateDepth
            guard depth > maximumAggregateDepth else { return nil }
            return .error(.R6, "\(name) nests aggregates \(depth) deep; at most \(maximumAggregateDepth) keep the work bounded", at: rule.location)
        }
    }

    /// R3 for names that do not exist, R4 for everything about types and dimensions.
    private static func code(for error: RuleError) -> DiagnosticCode {
        error.kind == .undefinedName ? .R3 : .R4
    }
}

/// The static types of every name the rules of a methodology and programme may use.
struct RuleEnvironment: TypeEnvironment {
    var types: [String: StaticType] = [:]

    init(methodology: Methodology?, programme: Programme?) {
        let schema = ProjectSchema.build(methodology: methodology, programme: programme)
        for key in schema.order where key != "parameters" && key != "equipment" {
            types[key] = schema.fields[key]!.staticType
        }
        var item = methodology?.equipment ?? RecordSpec(name: "equipment item")
        item.set("id", .leaf(FieldSpec(.text)))
        item.set("name", .leaf(FieldSpec(.text)))
        for parameter in methodology?.rules.parameters ?? [] where parameter.scope == .equipment {
            item.set(parameter.symbol, .leaf(parameter.fieldSpec))
        }
        types["equipment"] = methodology == nil ? .list(.any) : .list(DataSchema.record(item).staticType)
        types["estimation_period"] = .quantity(.time)
        types["methodology_host_country"] = .text
        for rules in [methodology?.rules, programme?.rules].compactMap({ $0 }) {
            for parameter in rules.parameters where parameter.scope == .project {
                types[parameter.symbol] = .quantity(parameter.unit.dimension)
            }
            for equation in rules.equations { types[equation.symbol] = .quantity(equation.unit.dimension) }
            for declared in rules.tables {
                types[declared.table.name] = .table(input: declared.table.inputUnit.dimension, output: declared.table.unit.dimension)
            }
        }
        for list in programme?.lists ?? [] { types[list.name] = .list(.text) }
        if let results = methodology?.results {
            for (alias, symbol) in [("reference_emissions", results.referenceEmissions), ("project_emissions", results.projectEmissions),
                                    ("emission_reductions", results.emissionReductions), ("energy_saving", results.energySaving ?? "")] {
                if let type = types[symbol] { types[alias] = type }
            }
        } else {
            for alias in ["reference_emissions", "project_emissions", "emission_reductions"] { types[alias] = .quantity(.co2) }
            types["energy_saving"] = .quantity(.energy)
        }
    }

    func type(of name: String) -> StaticType? { types[name] }
    var names: [String] { Array(types.keys) }
}

extension Linter {
    /// Loads one methodology or programme file and lints it; load problems are thrown.
    public static func lint(file path: String) throws(DiagnosticError) -> [Diagnostic] {
        let file = try YAMLFile.load(path)
        switch file.rootNode.node["format"]?.text {
        case Methodology.format: return lint(try Methodology.read(file))
        case Programme.format: return lint(try Programme.read(file))
        default:
            throw DiagnosticError(.error(.M1, "not a methodology or programme file: 'format' must be '\(Methodology.format)' or '\(Programme.format)'", at: file.rootNode.location))
        }
    }
}
