import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits

/// `jcm what-if`: for each input, the values at which a verdict changes or a figure appears or
/// vanishes, nearest first on each side, and the emission reductions at ±10 %.
public struct WhatIfAnalysis: Sendable {
    public var assessment: Assessment
    public var digits: Int
    public var inputs: [InputAnalysis]
}

public enum WhatIf {
    public static let defaultDigits = 7
    /// Inputs analysed in one run without --vary: each costs some hundred assessments.
    public static let maximumInputs = 200
    /// What the search tries, as shares of the input's value, before narrowing down on a change.
    static let downShares: [Decimal] = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1]
    static let upShares: [Decimal] = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 9, 19, 49, 99, 999]
    /// From zero, the values tried upwards.
    static let upFromZero: [Decimal] = (0...9).flatMap { power in
        [1, 2, 5].map { Decimal($0) * ThresholdSearch.power(power) }
    }

    /// Analyses every input of `loaded`'s assessment (or only the one named `vary`).
    public static func analyse(
        _ loaded: LoadedProject, vary: String? = nil, digits: Int = defaultDigits
    )
        throws(DiagnosticError) -> WhatIfAnalysis
    {
        let assessment = try Assessment.assess(loaded)
        guard let base = AssessmentStates.evaluate(loaded) else {
            throw DiagnosticError(.error(.R2, "the rules cannot be evaluated for this project"))
        }
        var inputs = VariedInput.all(in: loaded, reads: base.reads)
        if let vary {
            guard let chosen = inputs.first(where: { $0.name == vary }) else {
                let names = inputs.map(\.name)
                throw DiagnosticError(
                    .error(
                        .D2,
                        "'\(shown(vary))' is not an input of this project's figures or verdicts"
                            + Suggestion.hint(for: vary, in: names) + "; inputs: " + names.joined(separator: ", ")))
            }
            inputs = [chosen]
        } else if inputs.count > maximumInputs {
            throw DiagnosticError(
                .error(
                    .D2,
                    "this project has \(inputs.count) inputs; what-if moves at most \(maximumInputs) in one run: "
                        + "name one with --vary (such as \(inputs[0].name))"))
        }
        let analyses = Concurrent.map(inputs) { input in analyse(input, loaded: loaded, base: base, digits: digits) }
        return WhatIfAnalysis(assessment: assessment, digits: digits, inputs: analyses)
    }

    static func analyse(
        _ input: VariedInput, loaded: LoadedProject, base: AssessmentStates, digits: Int
    ) -> InputAnalysis {
        // Subjects that change in the same stretch retrace the same values: each is evaluated once.
        var cache: [Decimal: AssessmentStates?] = [:]
        let evaluate = { (value: Decimal) -> AssessmentStates? in
            if let known = cache[value] { return known }
            let states = AssessmentStates.evaluate(input.applying(value, to: loaded))
            cache[value] = states
            return states
        }
        var flips: [Flip] = []
        var stops: [(direction: Flip.Direction, value: Quantity)] = []
        for direction in [Flip.Direction.down, .up] {
            var pending = base.states
            var previous = input.value.value
            for candidate in candidates(input, direction) {
                guard !pending.isEmpty else { break }
                guard let states = evaluate(candidate) else {
                    stops.append((direction, Quantity(candidate, input.value.unit)))
                    break
                }
                for (subject, baseState) in pending {
                    guard let state = states.state(of: subject), state != baseState else { continue }
                    let search = ThresholdSearch(digits: digits, isInteger: input.isInteger) {
                        evaluate($0)?.state(of: subject)
                    }
                    let found = search.refine(
                        base: baseState, unchanged: previous, changed: candidate, changedTo: state)
                    let unit = input.value.unit
                    flips.append(
                        Flip(
                            subject: subject, from: baseState, to: found.changedTo, direction: direction,
                            threshold: Quantity(found.threshold, unit), boundary: found.boundary,
                            lastUnchanged: Quantity(found.lastUnchanged, unit),
                            firstChanged: Quantity(found.firstChanged, unit)))
                }
                pending.removeAll { pair in flips.contains { $0.direction == direction && $0.subject == pair.subject } }
                previous = candidate
            }
        }
        return InputAnalysis(
            input: input, flips: flips, stops: stops, sensitivity: sensitivity(input, loaded: loaded, base: base))
    }

    /// The values tried on one side, nearest first, within the declared bounds (and not below zero
    /// for a value that is not negative, unless the bounds allow it).
    static func candidates(_ input: VariedInput, _ direction: Flip.Direction) -> [Decimal] {
        let value = input.value.value
        let size = value.magnitude
        var raw: [Decimal]
        switch direction {
        case .down: raw = size.isZero ? [] : downShares.map { value - size * $0 }
        case .up: raw = size.isZero ? upFromZero.map { value + $0 } : upShares.map { value + size * $0 }
        }
        let floor = input.minimum.flatMap { try? $0.converted(to: input.value.unit).value } ?? (value >= 0 ? 0 : nil)
        let ceiling = input.maximum.flatMap { try? $0.converted(to: input.value.unit).value }
        var result: [Decimal] = []
        for var candidate in raw {
            if input.isInteger { candidate = whole(candidate, direction == .down ? .down : .up) }
            var last = false
            if let floor, candidate < floor {
                candidate = floor
                last = true
            }
            if let ceiling, candidate > ceiling {
                candidate = ceiling
                last = true
            }
            if candidate != value, !result.contains(candidate) { result.append(candidate) }
            if last { break }
        }
        return result
    }

    static func sensitivity(_ input: VariedInput, loaded: LoadedProject, base: AssessmentStates) -> Sensitivity? {
        guard let reductions = base.emissionReductions else { return nil }
        func point(_ share: Decimal) -> Sensitivity.Point {
            var moved = input.value.value * share
            if input.isInteger { moved = whole(moved, .plain) }
            let quantity = Quantity(moved, input.value.unit)
            let inside =
                (input.minimum.map { (try? Quantity.compare(quantity, $0)) != .orderedAscending } ?? true)
                && (input.maximum.map { (try? Quantity.compare(quantity, $0)) != .orderedDescending } ?? true)
            guard inside else { return Sensitivity.Point(input: quantity, outcome: .beyondBounds) }
            guard let reductions = AssessmentStates.evaluate(input.applying(moved, to: loaded))?.emissionReductions
            else {
                return Sensitivity.Point(input: quantity, outcome: .notEvaluable)
            }
            return Sensitivity.Point(input: quantity, outcome: .reductions(reductions))
        }
        return Sensitivity(base: reductions, lower: point(0.9), upper: point(1.1))
    }

    /// A name as typed, every control character (a newline, a tab) shown by its code.
    private static func shown(_ name: String) -> String {
        name.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }
            .joined()
    }

    private static func whole(_ value: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var copy = value
        var result = Decimal()
        NSDecimalRound(&result, &copy, 0, mode)
        return result
    }
}
