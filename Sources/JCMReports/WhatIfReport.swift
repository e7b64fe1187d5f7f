import Foundation
import JCMKit
import JCMRules
import JCMUnits

/// `jcm what-if` on a terminal and for pipelines: for each input, where a verdict changes or a
/// figure appears or vanishes, then the emission reductions at ±10 % of it.
public enum WhatIfReport {
    public static func text(_ analysis: WhatIfAnalysis, wording: Wording) -> String {
        let assessment = analysis.assessment
        var lines = [
            wording.text(.textHeader, ["id": assessment.project.id, "name": assessment.project.name]),
            wording.text(
                .whatIfIntro,
                [
                    "verdict": wording.verdictSentence(assessment.eligibility.verdict),
                    "digits": String(analysis.digits),
                ]),
            "",
        ]
        if analysis.inputs.isEmpty { lines.append(wording.text(.whatIfNoInputs)) }
        for input in analysis.inputs {
            lines.append(
                wording.text(
                    .whatIfInput,
                    [
                        "name": input.input.name, "value": wording.ruleStyle.quantity(input.input.value),
                        "origin": wording.origin(input.input.origin),
                    ]))
            lines += wording.whatIfLines(input, digits: analysis.digits, style: wording.ruleStyle).map { "  " + $0 }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ analysis: WhatIfAnalysis, wording: Wording) -> String {
        JSONReport.encode(WhatIfDocument(analysis, wording.withCanonicalNumbers()))
    }
}

extension Wording {
    /// The thresholds, stops and sensitivity of one input, one sentence each.
    public func whatIfLines(_ input: InputAnalysis, digits: Int, style: ValueStyle) -> [String] {
        var lines = input.flips.map { flip($0, digits: digits, style: style) }
        for stop in input.stops {
            lines.append(text(stop.direction == .down ? .whatIfStopDown : .whatIfStopUp, ["value": style.quantity(stop.value)]))
        }
        if input.flips.isEmpty, input.stops.isEmpty { lines.append(text(.whatIfNoChange)) }
        if let sensitivity = input.sensitivity { lines.append(self.sensitivity(sensitivity, style: style)) }
        return lines
    }

    /// `PR8: PASS → FAIL below 0.4825674 tCO2/MWh (…)`
    func flip(_ flip: Flip, digits: Int, style: ValueStyle) -> String {
        let values = [
            "subject": subject(flip.subject), "from": state(flip.from), "to": state(flip.to),
            "threshold": style.quantity(flip.threshold),
        ]
        switch (flip.boundary, flip.direction) {
        case (.lastUnchanged, .down): return text(.whatIfDownTo, values)
        case (.lastUnchanged, .up): return text(.whatIfUpTo, values)
        case (.firstChanged, .down): return text(.whatIfFromDown, values)
        case (.firstChanged, .up): return text(.whatIfFromUp, values)
        case (.between, let direction):
            let between = values.merging([
                "digits": String(digits), "last": style.quantity(flip.lastUnchanged),
                "first": style.quantity(flip.firstChanged),
            ]) { $1 }
            return text(direction == .down ? .whatIfBelow : .whatIfAbove, between)
        }
    }

    func sensitivity(_ sensitivity: Sensitivity, style: ValueStyle) -> String {
        func shown(_ point: Sensitivity.Point) -> String {
            switch point.outcome {
            case .reductions(let value): style.value(value)
            case .beyondBounds: text(.whatIfBeyondBounds)
            case .notEvaluable: text(.whatIfNotEvaluable)
            }
        }
        return text(
            .whatIfSensitivity,
            [
                "base": style.value(sensitivity.base),
                "lowInput": style.quantity(sensitivity.lower.input), "low": shown(sensitivity.lower),
                "highInput": style.quantity(sensitivity.upper.input), "high": shown(sensitivity.upper),
            ])
    }

    func subject(_ subject: WhatIfSubject) -> String {
        switch subject {
        case .verdict: text(.whatIfVerdict)
        case .criterion(_, let id): id
        case .figure(let symbol): symbol
        }
    }

    func state(_ state: WhatIfState) -> String {
        switch state {
        case .verdict(let verdict): label(verdict)
        case .defined: text(.whatIfDefined)
        case .undefined: text(.whatIfUndefined)
        case .unknown: text(.whatIfUnknown)
        }
    }
}

/// `{"project", "digits", "verdict", "inputs": [{name, value, origin, verified, thresholds, sensitivity}]}`
struct WhatIfDocument: Encodable {
    struct Threshold: Encodable {
        var subject: String
        var kind: String
        var from: String
        var to: String
        var direction: String
        var threshold: AmountEntry
        var boundary: String
        var last_unchanged: AmountEntry
        var first_changed: AmountEntry
    }

    struct Point: Encodable {
        var input: AmountEntry
        /// Absent when the moved input lies beyond its declared bounds or the rules cannot run with it.
        var emission_reductions: ValueEntry?
        /// `beyond bounds` or `not evaluable` when there are no reductions to give.
        var note: String?

        init(_ point: JCMKit.Sensitivity.Point) {
            input = AmountEntry(point.input)
            switch point.outcome {
            case .reductions(let value): emission_reductions = ValueEntry(value)
            case .beyondBounds: note = "beyond bounds"
            case .notEvaluable: note = "not evaluable"
            }
        }
    }

    struct Sensitivity: Encodable {
        var emission_reductions: ValueEntry
        var minus_10_percent: Point
        var plus_10_percent: Point
    }

    struct Input: Encodable {
        var name: String
        var value: AmountEntry
        var origin: String
        var verified: Bool
        var thresholds: [Threshold]
        /// `{direction, value}`: where the rules could not be evaluated and the search stopped.
        var stopped: [[String: String]]
        var sensitivity: Sensitivity?
    }

    var project: String
    var digits: Int
    var verdict: String
    var inputs: [Input]

    init(_ analysis: WhatIfAnalysis, _ wording: Wording) {
        project = analysis.assessment.project.id
        digits = analysis.digits
        verdict = analysis.assessment.eligibility.verdict.rawValue
        inputs = analysis.inputs.map { input in
            Input(
                name: input.input.name, value: AmountEntry(input.input.value),
                origin: wording.origin(input.input.origin),
                verified: input.input.origin.verified, thresholds: input.flips.map(Self.threshold),
                stopped: input.stops.map {
                    ["direction": $0.direction.rawValue, "value": ValueStyle.canonical.quantity($0.value)]
                },
                sensitivity: input.sensitivity.map { sensitivity in
                    Sensitivity(
                        emission_reductions: ValueEntry(sensitivity.base),
                        minus_10_percent: Point(sensitivity.lower), plus_10_percent: Point(sensitivity.upper))
                })
        }
    }

    static func threshold(_ flip: Flip) -> Threshold {
        let (subject, kind): (String, String) =
            switch flip.subject {
            case .verdict: ("verdict", "verdict")
            case .criterion(let owner, let id): (id, owner == .methodology ? "criterion" : "requirement")
            case .figure(let symbol): (symbol, "figure")
            }
        return Threshold(
            subject: subject, kind: kind, from: state(flip.from), to: state(flip.to),
            direction: flip.direction.rawValue,
            threshold: AmountEntry(flip.threshold), boundary: flip.boundary.rawValue,
            last_unchanged: AmountEntry(flip.lastUnchanged), first_changed: AmountEntry(flip.firstChanged))
    }

    static func state(_ state: WhatIfState) -> String {
        switch state {
        case .verdict(let verdict): verdict.rawValue
        case .defined: "defined"
        case .undefined: "undefined"
        case .unknown: "unknown"
        }
    }
}
