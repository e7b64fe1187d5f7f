import Foundation
import JCMUnits
import Testing

@testable import JCMRules

/// A scope over a few literal bindings and one equipment list, as a project would give.
struct FixtureScope: Scope {
    var bindings: [String: Value]

    func binding(for name: String) -> Binding? {
        bindings[name].map { Binding(value: $0, origin: .project(FieldPath([.key(name)]), location: nil)) }
    }

    var names: [String] { Array(bindings.keys) }
}

func leaf(_ path: FieldPath, _ value: Value) -> DataNode { DataNode(.leaf(value), path: path, location: nil) }

func blower(_ id: String, flow: String?, rated: String = "180,000 Nm3/h") throws -> DataNode {
    let item = FieldPath([.key("equipment"), .item(id)])
    var fields = [DataNode.Field(key: "id", node: leaf(item.appending("id"), .text(id)))]
    fields.append(.init(key: "rated_flow", node: leaf(item.appending("rated_flow"), .quantity(try Quantity(parsing: rated)))))
    if let flow {
        fields.append(.init(key: "average_flow", node: leaf(item.appending("average_flow"), .quantity(try Quantity(parsing: flow)))))
    }
    return DataNode(.mapping(fields), path: item, location: nil)
}

func evaluate(_ text: String, _ bindings: [String: Value] = [:]) throws -> Value {
    try Evaluator(scope: FixtureScope(bindings: bindings)).evaluate(Parser.parse(text))
}

@Suite struct ParsingTests {
    @Test func respectsPrecedence() throws {
        let expression = try Parser.parse("1 + 2 * 3 < 10 and not false or x")
        #expect(ExpressionPrinter().render(expression) == "1 + 2 × 3 < 10 and not false or x")
        #expect(try evaluate("1 + 2 * 3") == .quantity(Quantity(7)))
        #expect(try evaluate("(1 + 2) * 3") == .quantity(Quantity(9)))
    }

    @Test func readsUnitsAfterNumbers() throws {
        #expect(try evaluate("0.6592 tCO2/MWh * 1000 kWh").description == "0.6592 tCO2")
        #expect(try evaluate("30 kW <= 250 kW") == .boolean(true))
        #expect(try evaluate("90 % * 200 Nm3/h").description == "180 Nm3/h")
    }

    /// ASCII is classified without Unicode's tables; any other letter, digit or space is still read by them,
    /// and offsets count characters.
    @Test func tokensOfEveryScriptKeepTheirCharacterOffsets() throws {
        let kinds = try Lexer.tokenize("é_1 + ab9\u{00A0}*\r\n0.5 kW\tand x٣").map(\.kind)
        let half = Quantity(Decimal(string: "0.5")!, try Unit(parsing: "kW"))
        #expect(kinds == [.identifier("é_1"), .symbol("+"), .identifier("ab9"), .symbol("*"), .number(half),
                          .keyword("and"), .identifier("x٣"), .end])
        #expect(try Lexer.tokenize("Hải + x").map(\.offset) == [0, 4, 6, 7])
        #expect(throws: RuleSyntaxError(message: "unexpected character '≤'", offset: 2)) {
            try Lexer.tokenize("a ≤ b")
        }
    }

    @Test func reportsTheColumnOfASyntaxError() {
        #expect(throws: RuleSyntaxError(message: "expected a value, a name or '(', found 'and'", offset: 4)) {
            try Parser.parse("x < and y")
        }
        #expect(throws: RuleSyntaxError(message: "expected ')' to close '(', found the end of the expression", offset: 6)) {
            try Parser.parse("(1 + 2")
        }
    }

    @Test func rejectsUnknownFunctionsWithAHint() throws {
        do {
            _ = try Parser.parse("rounddwn(x, 1 tCO2)")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "unknown function 'rounddwn' (did you mean 'rounddown'?)")
        }
    }

    @Test func deepNestingIsASyntaxErrorNotAStackOverflow() {
        #expect(throws: RuleSyntaxError.self) { try Parser.parse(String(repeating: "(", count: 2000) + "1" + String(repeating: ")", count: 2000)) }
        #expect(throws: RuleSyntaxError.self) { try Parser.parse(String(repeating: "not ", count: 20000) + "true") }
        #expect(throws: RuleSyntaxError.self) { try Parser.parse(String(repeating: "-", count: 20000) + "1") }
        #expect(throws: Never.self) { try Parser.parse(String(repeating: "(", count: 30) + "1" + String(repeating: ")", count: 30)) }
        #expect(throws: RuleSyntaxError.self) { try Parser.parse(Array(repeating: "true", count: 2000).joined(separator: " and ")) }
        #expect(throws: RuleSyntaxError.self) { try Parser.parse(Array(repeating: "1", count: 20000).joined(separator: " + ")) }
    }

    @Test func misspeltUnitIsAnErrorNotAName() {
        #expect(throws: RuleSyntaxError.self) { try Parser.parse("30 kWW") }
    }
}

@Suite struct EvaluationTests {
    @Test func sumsOverItemsWithBoundVariables() throws {
        let list = Value.list([.record(try blower("B-1", flow: "108,000 Nm3/h")), .record(try blower("B-2", flow: "90,000 Nm3/h"))])
        #expect(try evaluate("sum(b in equipment: b.average_flow)", ["equipment": list]).description == "198,000 Nm3/h")
        #expect(try evaluate("max(b in equipment: b.average_flow)", ["equipment": list]).description == "108,000 Nm3/h")
        #expect(try evaluate("count(equipment)", ["equipment": list]) == .quantity(Quantity(2)))
    }

    @Test func conditionalAndMinMax() throws {
        #expect(try evaluate("if 2 > 1 then 10 kWh else 20 kWh").description == "10 kWh")
        #expect(try evaluate("min(3 MWh, 2500 kWh)").description == "2,500 kWh")
        #expect(try evaluate("max(1 tCO2, 900 kgCO2)").description == "1 tCO2")
    }

    @Test func roundingFunctions() throws {
        #expect(try evaluate("rounddown(1139.99 tCO2, 1 tCO2)").description == "1,139 tCO2")
        #expect(try evaluate("roundup(1139.01 tCO2, 1 tCO2)").description == "1,140 tCO2")
        #expect(try evaluate("round(2926.5437 JPY/tCO2, 0.01 JPY/tCO2)").description == "2,926.54 JPY/tCO2")
    }

    @Test func textDatesAndMembership() throws {
        #expect(try evaluate("x in [\"outlet damper\", \"inlet guide vanes\"]", ["x": .text("outlet damper")]) == .boolean(true))
        #expect(try evaluate("x in [\"IE3\", \"IE4\"]", ["x": .text("IE2")]) == .boolean(false))
        #expect(try evaluate("d >= date(\"2027-03-31\")", ["d": .date(CalendarDate(iso: "2028-01-01")!)]) == .boolean(true))
    }

    @Test func divisionByZeroGivesAnUndefinedFigureOfWhichNothingHolds() throws {
        let value = try evaluate("1000 JPY / (x * 9 yr)", ["x": .quantity(Quantity(0, try Unit(parsing: "tCO2/yr")))])
        #expect(value.description == "undefined (division by zero: x × 9 yr is 0 tCO2)")
        let zero: [String: Value] = ["x": .quantity(Quantity(0, try Unit(parsing: "tCO2")))]
        for text in ["1000 JPY / x <= 4000 JPY/tCO2", "round(1000 JPY / x, 1 JPY/tCO2) != 5 JPY/tCO2", "not (1000 JPY / x > 4000 JPY/tCO2)"] {
            let result = try evaluate(text, zero)
            guard case .undefined(.divisionByZero(let divisor, let divisorValue)) = result else {
                Issue.record("\(text) gave \(result), not an undefined figure")
                continue
            }
            #expect(ExpressionPrinter().render(divisor) == "x")
            #expect(divisorValue == zero["x"])
        }
        #expect(try evaluate("1000 JPY / x > 4000 JPY/tCO2 or true", zero) == .boolean(true))
        #expect(try evaluate("1000 JPY / x > 4000 JPY/tCO2 and false", zero) == .boolean(false))
    }

    @Test func unitMismatchIsAnErrorNotAVerdict() {
        #expect(throws: RuleError.self) { try evaluate("1 kWh + 1 tCO2") }
        #expect(throws: RuleError.self) { try evaluate("3 kW < 3 kWh") }
    }

    @Test func undefinedNameSuggestsTheClosest() throws {
        do {
            _ = try evaluate("EF_elc * 2", ["EF_elec": .quantity(Quantity(1))])
            Issue.record("expected an error")
        } catch let error as RuleError {
            #expect(error.message == "'EF_elc' is not defined (did you mean 'EF_elec'?)")
            #expect(error.offset == 0)
        }
    }
}

@Suite struct ThreeValuedLogicTests {
    let unknown = Value.unknown(missing: ["calibration"])

    @Test func falseDecidesAndTrueDecidesOr() throws {
        #expect(try evaluate("u and false", ["u": unknown]) == .boolean(false))
        #expect(try evaluate("u or true", ["u": unknown]) == .boolean(true))
        #expect(try evaluate("u and true", ["u": unknown]) == unknown)
        #expect(try evaluate("u or false", ["u": unknown]) == unknown)
        #expect(try evaluate("not u", ["u": unknown]) == unknown)
    }

    @Test func missingFieldIsNamed() throws {
        let list = Value.list([.record(try blower("B-1", flow: nil))])
        let result = try evaluate("all(b in equipment: b.average_flow < 90 % * b.rated_flow)", ["equipment": list])
        #expect(result == .unknown(missing: ["equipment[B-1].average_flow"]))
    }

    @Test func oneFailingItemFailsAllEvenWithAnotherUnknown() throws {
        let list = Value.list([.record(try blower("B-1", flow: nil)), .record(try blower("B-2", flow: "171,000 Nm3/h"))])
        #expect(try evaluate("all(b in equipment: b.average_flow < 90 % * b.rated_flow)", ["equipment": list]) == .boolean(false))
        #expect(try evaluate("any(b in equipment: b.average_flow < 90 % * b.rated_flow)", ["equipment": list]).isUnknown)
    }

    @Test func hasNeverReturnsUnknown() throws {
        #expect(try evaluate("has(u)", ["u": unknown]) == .boolean(false))
        #expect(try evaluate("has(u)", ["u": .text("x")]) == .boolean(true))
    }

    @Test func arithmeticWithMissingDataStaysUnknown() throws {
        #expect(try evaluate("u * 2 > 1", ["u": unknown]) == unknown)
    }
}

@Suite struct ExplanationTests {
    @Test func failingComparisonNamesItsValues() throws {
        let list = Value.list([.record(try blower("B-1", flow: "108,000 Nm3/h")), .record(try blower("B-2", flow: "171,000 Nm3/h"))])
        let evaluator = Evaluator(scope: FixtureScope(bindings: ["equipment": list]))
        let reasons = try Explainer(evaluator: evaluator).reasons(for: Parser.parse("all(b in equipment: b.average_flow < 90 % * b.rated_flow)"))
        guard reasons.count == 1, case .item(let label, .comparison(let lhs, let op, let rhs, let result)) = reasons[0] else {
            Issue.record("expected one comparison for one item, got \(reasons)")
            return
        }
        #expect(label == "equipment[B-2]")
        #expect(op == .less)
        #expect(lhs.shown == .named(.quantity(try Quantity(parsing: "171,000 Nm3/h"))))
        #expect(rhs.shown == .computed(.quantity(try Quantity(parsing: "162,000 Nm3/h"))))
        #expect(lhs.expression.hiddenVariables == ["b"])
        #expect(result == .boolean(false))
    }

    @Test func unknownNamesTheMissingField() throws {
        let list = Value.list([.record(try blower("B-1", flow: nil))])
        let evaluator = Evaluator(scope: FixtureScope(bindings: ["equipment": list]))
        let reasons = try Explainer(evaluator: evaluator).reasons(for: Parser.parse("all(b in equipment: b.average_flow < b.rated_flow)"))
        guard reasons.count == 1, case .item("equipment[B-1]", .undecided(_, let missing)) = reasons[0] else {
            Issue.record("expected one undecided item, got \(reasons)")
            return
        }
        #expect(missing == [FieldPath([.key("equipment"), .item("B-1"), .key("average_flow")])])
    }
}

extension ExplanationTests {
    /// 25 blowers, the first `failing` of them at 95 % of the rated flow.
    func blowers(failing: Int) throws -> Value {
        .list(try (1...25).map { .record(try blower("B-\($0)", flow: $0 <= failing ? "171,000 Nm3/h" : "108,000 Nm3/h")) })
    }

    @Test func aLongListIsExplainedForItsFirstItemsAndCountedForTheRest() throws {
        let condition = try Parser.parse("all(b in equipment: b.average_flow < 90 % * b.rated_flow)")
        let holding = try Explainer(evaluator: Evaluator(scope: FixtureScope(bindings: ["equipment": try blowers(failing: 0)])))
            .reasons(for: condition)
        #expect(holding.count == Explainer.itemsExplained + 1)
        guard case .item("equipment[B-20]", _) = holding[19], case .otherItems(5, _, .boolean(true)) = holding[20] else {
            Issue.record("expected 20 items then 5 more that hold, got \(holding)")
            return
        }
        let failing = try Explainer(evaluator: Evaluator(scope: FixtureScope(bindings: ["equipment": try blowers(failing: 23)])))
            .reasons(for: condition)
        guard failing.count == 21, case .otherItems(3, _, .boolean(false)) = failing[20] else {
            Issue.record("expected the 20 first failing items then 3 more that fail, got \(failing)")
            return
        }
        let few = try Explainer(evaluator: Evaluator(scope: FixtureScope(bindings: ["equipment": try blowers(failing: 2)])))
            .reasons(for: condition)
        #expect(few.count == 2)
    }
}

extension ExplanationTests {
    /// A condition explained in one pass has the value and the reasons of evaluating it and then
    /// explaining that value.
    @Test(arguments: [
        "all(b in equipment: b.average_flow < 90 % * b.rated_flow)",
        "count(equipment) >= 1 and all(b in equipment: b.average_flow < b.rated_flow)",
        "any(b in equipment: b.average_flow > 90 % * b.rated_flow) or flag",
        "all(b in equipment: b.average_flow < b.rated_flow) and any(b in equipment: b.rated_flow > 1 Nm3/h)",
        "not all(b in equipment: b.average_flow < b.rated_flow)",
        "all(b in none: b.average_flow < b.rated_flow) or all(b in missing: b.rated_flow > 1 Nm3/h)",
    ])
    func oneEvaluationExplainsAsTwoDid(condition: String) throws {
        let expression = try Parser.parse(condition)
        let unknownFlow = Value.record(try blower("B-26", flow: nil))
        for equipment in [try blowers(failing: 0), try blowers(failing: 23), .list([unknownFlow]), .list([])] {
            for flag in [Value.boolean(true), .boolean(false)] {
                let bindings = ["equipment": equipment, "flag": flag, "none": .list([]),
                                "missing": .unknown(missing: [FieldPath([.key("missing")])])]
                let explainer = Explainer(evaluator: Evaluator(scope: FixtureScope(bindings: bindings)))
                let reasons = try explainer.reasons(for: expression, value: try evaluate(condition, bindings))
                let fresh = Explainer(evaluator: Evaluator(scope: FixtureScope(bindings: bindings)))
                let once = try fresh.explained(expression)
                #expect(once.value == (try evaluate(condition, bindings)))
                #expect(once.reasons == reasons)
            }
        }
    }
}

@Suite struct FieldPathTests {
    @Test func printsAndReadsItemsAndKeys() {
        let path = FieldPath([.key("equipment"), .item("B-1"), .key("meters"), .key("electricity")])
        #expect(path.description == "equipment[B-1].meters.electricity")
        #expect(FieldPath(stringLiteral: "equipment[B-1].meters.electricity") == path)
        #expect(FieldPath(stringLiteral: "monitoring_periods[MP1].monitored[B-2].EC_PJ").segments.count == 5)
        #expect(path.lastKey == "electricity")
    }

    /// A path grown link by link from a shared parent equals, hashes and prints as one built whole.
    @Test func pathsSharingTheirStartAreTheSameAsPathsBuiltWhole() {
        let item = FieldPath([.key("equipment")]).item("B-1")
        let motor = item.appending("motor")
        let grown = [motor.appending("rated_power"), motor.appending("efficiency_class")]
        let whole = [
            FieldPath([.key("equipment"), .item("B-1"), .key("motor"), .key("rated_power")]),
            FieldPath(stringLiteral: "equipment[B-1].motor.efficiency_class"),
        ]
        #expect(grown == whole)
        #expect(Set(grown + whole).count == 2)
        #expect(grown.map(\.hashValue) == whole.map(\.hashValue))
        #expect(grown[0] != grown[1] && grown[0] != item && item != FieldPath())
        #expect(FieldPath([.key("equipment"), .key("B-1")]) != FieldPath([.key("equipment"), .item("B-1")]))
        #expect(grown[0].description == "equipment[B-1].motor.rated_power")
        #expect(item.appending(FieldPath(stringLiteral: "motor.rated_power")) == grown[0])
        #expect(item.lastSegment == .item("B-1") && item.lastKey == "equipment" && FieldPath().lastSegment == nil)
        #expect(grown[0].segments == whole[0].segments && FieldPath().isEmpty && !item.isEmpty)
        #expect(FieldPath().description.isEmpty && FieldPath([.item("0")]).description == "[0]")
    }
}

@Suite struct ValueStyleTests {
    @Test func groupsDigitsAsTheLanguageWritesThem() throws {
        var style = ValueStyle()
        style.decimalMark = ","
        style.groupSeparator = "."
        #expect(style.number(Decimal(string: "1139.2663552")!) == "1.139,2663552")
        #expect(style.number(Decimal(string: "-2109608.5")!) == "-2.109.608,5")
        #expect(style.quantity(try Quantity(parsing: "864,000 kNm3")) == "864.000 kNm3")
        #expect(ValueStyle.canonical.quantity(try Quantity(parsing: "864,000 kNm3")) == "864,000 kNm3")
    }

    @Test func fillsOnlyKnownPlaceholders() {
        #expect(ValueStyle.fill("{a} and {b} but {c", ["a": "1", "b": "{a}"]) == "1 and {a} but {c")
    }
}
