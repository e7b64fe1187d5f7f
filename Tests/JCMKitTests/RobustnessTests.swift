import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits
import Testing

@testable import JCMKit

/// A small deterministic generator, so a failure reproduces exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The tool never crashes on user input: mangled project files and rule texts end in a verdict,
/// a figure or a diagnostic, never a trap.
@Suite struct RobustnessTests {
    /// Deletes, duplicates or swaps characters and lines of the example.
    static func mangle(_ text: String, using generator: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let index = Int.random(in: 0..<lines.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines[index] = String(lines[index].shuffled(using: &generator))
            case 3: lines[index] = lines[index].replacingOccurrences(of: ":", with: "")
            default:
                var characters = Array(lines[index])
                if !characters.isEmpty { characters[Int.random(in: 0..<characters.count, using: &generator)] = ["-", "0", "[", "{", "\"", "%", " "].randomElement(using: &generator)! }
                lines[index] = String(characters)
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func mangledProjectsGiveDiagnosticsOrResults() throws {
        let example = try String(contentsOf: Fixture.root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml"), encoding: .utf8)
        var generator = SplitMix64(state: 20261122)
        var outcomes = (loaded: 0, rejected: 0, unchanged: 0)
        for _ in 0..<150 {
            let text = Self.mangle(example, using: &generator)
            guard text != example else { outcomes.unchanged += 1; continue }
            do {
                let loaded = try Fixture.load(Fixture.blower) { _ in text }
                _ = try? EligibilityChecker.check(loaded)
                _ = try? Calculation.run(loaded)
                outcomes.loaded += 1
            } catch let error as DiagnosticError {
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics.allSatisfy { !$0.message.isEmpty })
                outcomes.rejected += 1
            }
        }
        #expect(outcomes.rejected > 0 && outcomes.loaded > 0 && outcomes.loaded + outcomes.rejected + outcomes.unchanged == 150 && outcomes.unchanged < 10, "\(outcomes)")
    }

    @Test func randomRuleTextNeverTraps() {
        var generator = SplitMix64(state: 7)
        let pieces = ["sum(", "i", " in ", "equipment", ":", ")", "1", "2.5", " kWh", "/", "*", "-", "+", "(", "and ", "or ", "not ",
                      "if ", " then ", " else ", "\"x\"", "[", "]", ",", ".", "<", "==", "min(", "has(", "rounddown(", "%", " tCO2/MWh"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard let expression = try? Parser.parse(text) else { continue }
            let evaluator = Evaluator(scope: EmptyScope())
            _ = try? evaluator.evaluate(expression)
            _ = ExpressionPrinter().render(expression)
        }
    }

    @Test func randomQuantityTextNeverTraps() {
        var generator = SplitMix64(state: 11)
        let alphabet = Array("0123456789.,-+ kMGWhJtCO2Nm3/%^()·yrdsJPYVND")
        for _ in 0..<3000 {
            let text = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            if let quantity = try? Quantity(parsing: text) { _ = quantity.description }
        }
    }
}

private struct EmptyScope: Scope {
    func binding(for name: String) -> Binding? { nil }
    var names: [String] { [] }
}
