import Foundation
import JCMKit
import JCMRules
import JCMSpreadsheet
import JCMUnits

/// The cells formulas refer to by name: the input values, gathered as the formulas need them,
/// and the equations' results. Names are unique ignoring case and never read as cell references.
final class SheetBook {
    struct Input {
        var name: String
        /// The parameter symbol, or the project path for other values.
        var symbol: String
        /// The equipment id for a per-item value.
        var point: String?
        var value: Value
        var origin: Origin?
        /// The project path a missing value should be given at.
        var path: String
        var firstUse: Int
    }

    struct Result {
        var name: String
        var unit: JCMUnits.Unit
        var reference: CellReference
    }

    let parameters: [Parameter]
    private(set) var inputs: [Input] = []
    private var inputIndex: [String: Int] = [:]
    private var results: [String: Result] = [:]
    private var taken: Set<String> = []
    private var readIndexes: [String: ReadIndex] = [:]

    /// Where each value an equation read came from, looked up by name or by item and field, so
    /// that a sum over thousands of items finds each origin at once.
    struct ReadIndex {
        var byName: [String: TraceInput] = [:]
        /// `equipment[B-1]|V_PJ` → the read of `equipment[B-1].parameters.V_PJ`
        var byItemField: [String: TraceInput] = [:]

        init(_ inputs: [TraceInput]) {
            for input in inputs {
                byName[input.name] = byName[input.name] ?? input
                guard let close = input.name.firstIndex(of: "]"), let dot = input.name.lastIndex(of: "."), dot > close else { continue }
                let key = "\(input.name[...close])|\(input.name[input.name.index(after: dot)...])"
                byItemField[key] = byItemField[key] ?? input
            }
        }
    }

    func reads(of outcome: EquationOutcome) -> ReadIndex {
        if let index = readIndexes[outcome.equation.symbol] { return index }
        let index = ReadIndex(outcome.inputs)
        readIndexes[outcome.equation.symbol] = index
        return index
    }

    init(parameters: [Parameter]) {
        self.parameters = parameters
    }

    /// The name of the input cell for `key`, made on first use.
    func input(key: String, symbol: String, point: String?, value: Value, origin: Origin?, path: String) -> String {
        if let index = inputIndex[key] { return inputs[index].name }
        let name = uniqueName(point.map { "\(symbol)_\($0)" } ?? symbol)
        inputIndex[key] = inputs.count
        inputs.append(Input(name: name, symbol: symbol, point: point, value: value, origin: origin, path: path, firstUse: inputs.count))
        return name
    }

    func result(_ symbol: String) -> Result? { results[symbol] }

    func setResult(_ symbol: String, unit: JCMUnits.Unit, at reference: CellReference) {
        results[symbol] = Result(name: uniqueName(symbol), unit: unit, reference: reference)
    }

    var resultNames: [DefinedName] {
        results.values.map { DefinedName(name: $0.name, reference: $0.reference) }.sorted { $0.name < $1.name }
    }

    func parameter(_ symbol: String) -> Parameter? { parameters.first { $0.symbol == symbol } }

    func declaredUnit(_ symbol: String) -> JCMUnits.Unit? { parameter(symbol)?.unit }

    /// Inputs in the order of the rules' parameters, then items, then first use.
    var orderedInputs: [Input] {
        let rank = Dictionary(parameters.enumerated().map { ($1.symbol, $0) }, uniquingKeysWith: { first, _ in first })
        return inputs.sorted { lhs, rhs in
            let left = rank[lhs.symbol] ?? Int.max, right = rank[rhs.symbol] ?? Int.max
            return left != right ? left < right : lhs.firstUse < rhs.firstUse
        }
    }

    /// `V_PJ_B-1` → `V_PJ_B_1`; a name that would read as a cell (`PE1`) gets a leading `_`.
    private func uniqueName(_ wanted: String) -> String {
        var base = String(wanted.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_") ? Character(scalar) : "_"
        })
        if SpreadsheetLimits.definedNameProblem(base) != nil { base = "_" + base }
        base = String(base.prefix(SpreadsheetLimits.definedNameLength - 6))
        var name = base
        var counter = 2
        while !taken.insert(name.uppercased()).inserted {
            name = "\(base)_\(counter)"
            counter += 1
        }
        return name
    }
}
