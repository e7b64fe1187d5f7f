import Foundation
import FuzzSupport
import JCMRules
import JCMUnits

/// A few bindings and an equipment list, as a project would give them.
struct FuzzScope: Scope {
    static let equipment: Value = .list((1...3).map { index in
        let path = FieldPath([.key("equipment"), .item("B-\(index)")])
        let fields: [DataNode.Field] = [
            .init(key: "id", node: DataNode(.leaf(.text("B-\(index)")), path: path.appending("id"), location: nil)),
            .init(key: "rated_power", node: DataNode(.leaf(.quantity(Quantity(Decimal(250 * index), try! Unit(parsing: "kW")))),
                                                     path: path.appending("rated_power"), location: nil)),
            .init(key: "installed", node: DataNode(.leaf(.boolean(index != 2)), path: path.appending("installed"), location: nil)),
        ]
        return .record(DataNode(.mapping(fields), path: path, location: nil))
    })

    let bindings: [String: Value] = [
        "equipment": equipment, "x": .quantity(Quantity(0)), "energy": .quantity(Quantity(736, try! Unit(parsing: "MWh"))),
        "missing": .unknown(missing: ["missing"]), "start": .date(CalendarDate(iso: "2026-03-01")!), "name": .text("blower"),
    ]

    func binding(for name: String) -> Binding? { bindings[name].map { Binding(value: $0, origin: nil) } }
    var names: [String] { Array(bindings.keys) }
}

struct FuzzTypes: TypeEnvironment {
    static let item = RecordSchema(name: "equipment item", fields: ["id": .text, "rated_power": .quantity(try! Unit(parsing: "kW").dimension),
                                                                      "installed": .boolean])

    func type(of name: String) -> StaticType? {
        switch name {
        case "equipment": .list(.record(Self.item))
        case "energy": .quantity(try! Unit(parsing: "MWh").dimension)
        case "start": .date
        case "name": .text
        case "x", "missing": .any
        default: nil
        }
    }
    var names: [String] { ["equipment", "energy", "start", "name", "x", "missing"] }
}

/// The rule language: parse, type-check, evaluate and explain any text without a trap or a hang.
func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let expression = try? Parser.parse(FuzzDriver.text(data, size)) else { return 0 }
    _ = try? TypeChecker(environment: FuzzTypes()).check(expression)
    guard expression.aggregateDepth <= 3 else { return 0 }
    let evaluator = Evaluator(scope: FuzzScope())
    _ = try? evaluator.evaluate(expression)
    _ = try? Explainer(evaluator: Evaluator(scope: FuzzScope())).reasons(for: expression)
    _ = ExpressionPrinter().render(expression)
    return 0
}

@_cdecl("FuzzRules_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { fuzzRules($0, $1) }
}
