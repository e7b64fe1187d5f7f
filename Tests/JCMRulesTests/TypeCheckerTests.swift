import JCMUnits
import Testing

@testable import JCMRules

struct FixtureTypes: TypeEnvironment {
    var types: [String: StaticType]
    func type(of name: String) -> StaticType? { types[name] }
    var names: [String] { Array(types.keys) }
}

@Suite struct TypeCheckerTests {
    let item = RecordSchema(name: "blower", fields: [
        "V_PJ": .quantity(.normalVolume),
        "SEC_RE": .quantity(Dimension.energy / .normalVolume),
        "kind": .text,
    ])

    var environment: FixtureTypes {
        FixtureTypes(types: ["equipment": .list(.record(item)), "EF_elec": .quantity(Dimension.co2 / .energy)])
    }

    func check(_ text: String) throws -> StaticType {
        try TypeChecker(environment: environment).check(Parser.parse(text))
    }

    @Test func referenceEmissionsHaveTheDimensionOfCO2() throws {
        #expect(try check("sum(i in equipment: i.V_PJ * i.SEC_RE * EF_elec)") == .quantity(.co2))
    }

    @Test func addingEnergyToEmissionsIsRejected() throws {
        #expect(throws: RuleError.self) { try check("sum(i in equipment: i.V_PJ * i.SEC_RE) + 1 tCO2") }
    }

    @Test func unknownFieldIsRejectedWithAHint() throws {
        do {
            _ = try check("all(i in equipment: i.knd == \"blower\")")
            Issue.record("expected an error")
        } catch let error as RuleError {
            #expect(error.message == "a blower record has no field 'knd' (did you mean 'kind'?)")
        }
    }

    @Test func conditionsMustBeBooleans() throws {
        #expect(throws: RuleError.self) { try check("EF_elec and true") }
        #expect(try check("all(i in equipment: i.kind in [\"blower\"])") == .boolean)
    }
}

@Suite struct ListTypeTests {
    @Test func aListMixingTypesIsRejected() throws {
        #expect(throws: RuleError.self) { try TypeChecker(environment: FixtureTypes(types: [:])).check(Parser.parse("\"IE3\" in [\"IE3\", 4 kW, true]")) }
        #expect(try TypeChecker(environment: FixtureTypes(types: [:])).check(Parser.parse("\"IE3\" in [\"IE3\", \"IE4\"]")) == .boolean)
    }
}

@Suite struct RoundingIncrementTests {
    @Test func aLiteralIncrementMustBeAboveZero() throws {
        let checker = TypeChecker(environment: FixtureTypes(types: ["x": .quantity(.co2)]))
        #expect(throws: RuleError.self) { try checker.check(Parser.parse("rounddown(x, 0 tCO2)")) }
        #expect(throws: RuleError.self) { try checker.check(Parser.parse("round(x, -1 tCO2)")) }
        #expect(try checker.check(Parser.parse("roundup(x, 1 tCO2)")) == .quantity(.co2))
    }
}

@Suite struct TableTypeTests {
    let environment = FixtureTypes(types: ["tiers": .table(input: .none, output: .none), "n": .quantity(.none),
                                           "flow": .quantity(.normalVolume / .time)])

    @Test func aLookupHasTheTablesOutputDimensionAndChecksItsInput() throws {
        let checker = TypeChecker(environment: environment)
        #expect(try checker.check(Parser.parse("lookup(tiers, n)")) == .quantity(.none))
        #expect(throws: RuleError.self) { try checker.check(Parser.parse("lookup(tiers, flow)")) }
        #expect(throws: RuleError.self) { try checker.check(Parser.parse("lookup(n, n)")) }
    }
}
