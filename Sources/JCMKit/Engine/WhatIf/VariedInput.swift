import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits

/// An input of an assessment that what-if moves: a quantity the project gives, or the default of a
/// methodology or programme parameter (the grid emission factor, say).
public struct VariedInput: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case projectField(FieldPath)
        case parameterDefault(symbol: String, owner: RuleSetOwner)
    }

    /// How the input is named on the command line and in reports: `equipment[B-1].rated_flow`, `EF_elec`.
    public var name: String
    public var target: Target
    public var value: Quantity
    /// The declared bounds of the value; what-if never goes beyond them.
    public var minimum: Quantity?
    public var maximum: Quantity?
    /// A count (of days, of similar projects): only whole numbers are tried.
    public var isInteger: Bool
    public var origin: Origin

    /// The project with this input at `value` (in the input's unit), or nil when it cannot hold it.
    func applying(_ value: Decimal, to loaded: LoadedProject) -> LoadedProject {
        let quantity = Quantity(value, self.value.unit)
        var varied = loaded
        switch target {
        case .projectField(let path):
            varied.project.data = loaded.project.data.replacing(path, with: .quantity(quantity))
        case .parameterDefault(let symbol, let owner):
            func replace(_ rules: inout RuleSet) {
                guard let index = rules.parameters.firstIndex(where: { $0.symbol == symbol }) else { return }
                rules.parameters[index].defaultValue?.value = quantity
            }
            if owner == .methodology { replace(&varied.methodology!.rules) } else { replace(&varied.programme!.rules) }
        }
        return varied
    }
}

extension DataNode {
    /// The same tree with every leaf whose path is `path` holding `value`: a per-item parameter
    /// is read as a field of its item, under the path of the `parameters:` entry it was written as.
    func replacing(_ path: FieldPath, with value: Value) -> DataNode {
        var copy = self
        switch content {
        case .leaf where self.path == path: copy.content = .leaf(value)
        case .leaf: break
        case .mapping(let fields):
            copy.content = .mapping(fields.map { Field(key: $0.key, node: $0.node.replacing(path, with: value)) })
        case .sequence(let items): copy.content = .sequence(items.map { $0.replacing(path, with: value) })
        }
        return copy
    }
}

extension VariedInput {
    /// Every quantity the rules read that a project or a rule set gives, once each, in reading order;
    /// results of equations and values read from tables are not inputs.
    static func all(in loaded: LoadedProject, reads: [Evaluator.Read]) -> [VariedInput] {
        let schema = ProjectSchema.build(methodology: loaded.methodology, programme: loaded.programme)
        var seen: Set<String> = []
        var inputs: [VariedInput] = []
        for read in reads {
            guard case .quantity(let quantity) = read.value, let origin = read.origin, !seen.contains(read.name) else {
                continue
            }
            let input: VariedInput?
            switch origin {
            case .project(let path, _):
                let spec = schema.spec(at: path)
                input = VariedInput(
                    name: path.description, target: .projectField(path), value: quantity, minimum: spec?.minimum,
                    maximum: spec?.maximum, isInteger: spec?.kind == .integer, origin: origin)
            case .methodologyDefault(let symbol, _, _), .programmeValue(let symbol, _, _):
                let owner: RuleSetOwner = if case .methodologyDefault = origin { .methodology } else { .programme }
                let rules = owner == .methodology ? loaded.methodology?.rules : loaded.programme?.rules
                input = rules?.parameter(symbol).map { parameter in
                    VariedInput(
                        name: symbol, target: .parameterDefault(symbol: symbol, owner: owner), value: quantity,
                        minimum: parameter.minimum, maximum: parameter.maximum, isInteger: false, origin: origin)
                }
            default:
                input = nil
            }
            if let input {
                seen.insert(read.name)
                inputs.append(input)
            }
        }
        return inputs
    }
}

extension RecordSpec {
    /// The declaration of the leaf at `path` (`equipment[B-1].motor.rated_power`), if declared.
    func spec(at path: FieldPath) -> FieldSpec? {
        var schema = DataSchema.record(self)
        for segment in path.segments {
            switch (segment, schema) {
            case (.key(let key), .record(let record)):
                guard let field = record.fields[key] else { return nil }
                schema = field
            case (.item, .list(let element)):
                schema = element
            default:
                return nil
            }
        }
        if case .leaf(let spec) = schema { return spec }
        return nil
    }
}
