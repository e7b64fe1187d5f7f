import Foundation
import JCMDiagnostics
import JCMMeterData
import JCMRules
import JCMUnits

/// A monitoring report's figures checked against those recomputed from the meter data, in the
/// verifier's categories: a corrective action request for a figure that is wrong, missing or
/// unsupported, a clarification request for one that agrees only at the precision it was written
/// to, a forward action request for each data-quality problem to prevent in the next period.
public struct Verification: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case correctiveAction = "CAR"
        case clarification = "CL"
        case forwardAction = "FAR"
    }

    public enum Issue: Sendable {
        /// The claimed figure differs from the recomputed one; `material` when by more than the threshold.
        case differs(claimed: Quantity, recomputed: Quantity, difference: Quantity, relative: Decimal?, material: Bool?)
        /// The claimed figure agrees with the recomputed one only at its own precision.
        case rounded(claimed: Quantity, recomputed: Quantity, precision: Decimal)
        /// A figure the report must give and does not.
        case notReported(recomputed: Value)
        /// A claimed figure the meter data cannot determine.
        case unsupported(claimed: Quantity, reason: UndefinedCause?)
        /// Data that changed a total, to be prevented in the next period.
        case dataQuality(kind: MeterFinding.Kind, count: Int, first: MeterFinding?)
    }

    public struct Finding: Sendable {
        public var category: Category
        /// A meter id or a result's symbol.
        public var subject: String
        public var issue: Issue
        public var location: SourceLocation?
    }

    public var monitoring: PeriodMonitoring
    public var claimed: ClaimedFigures
    public var materiality: Materiality?
    public var findings: [Finding]

    public enum Outcome: Sendable { case verified, discrepancies, undetermined }

    /// Undetermined when the data cannot recompute a figure; discrepancies with any CAR or CL.
    public var outcome: Outcome {
        if !monitoring.undetermined.isEmpty || !monitoring.assessment.calculation.undefinedSteps.isEmpty {
            return .undetermined
        }
        return findings.contains { $0.category != .forwardAction } ? .discrepancies : .verified
    }

    public static func check(
        _ monitoring: PeriodMonitoring, claimed: ClaimedFigures
    ) throws(DiagnosticError) -> Verification {
        let calculation = monitoring.assessment.calculation
        var headline: [(symbol: String, value: Value)] = []
        var names: [String: (symbol: String, value: Value)] = [:]
        for (role, step) in [
            ("reference_emissions", calculation.referenceEmissions),
            ("project_emissions", calculation.projectEmissions),
            ("emission_reductions", calculation.emissionReductions),
        ] {
            guard let step else { continue }
            headline.append((step.equation.symbol, step.value))
            names[role] = (step.equation.symbol, step.value)
        }
        for step in calculation.steps { names[step.equation.symbol] = (step.equation.symbol, step.value) }
        var problems: [Diagnostic] = []
        if let period = claimed.period, period != monitoring.period.id {
            problems.append(
                .error(
                    .E6, "the claimed figures are of period \(period), not \(monitoring.period.id)",
                    at: claimed.periodLocation))
        }
        let projectID = monitoring.loaded.project.id
        if let project = claimed.project, project != projectID {
            problems.append(
                .error(
                    .E6, "the claimed figures are of project \(project), not \(projectID)", at: claimed.projectLocation)
            )
        }
        var findings: [Finding] = []
        var reported: Set<String> = []
        let meters = Dictionary(uniqueKeysWithValues: monitoring.meters.map { ($0.id, $0) })
        let materiality = monitoring.loaded.methodology?.materiality
        for figure in claimed.figures {
            let subject: String
            let recomputed: Value
            if let meter = meters[figure.name] {
                subject = meter.id
                recomputed =
                    meter.total.map { .quantity($0) }
                    ?? .undefined(reason: .unmeasured(meter: meter.id, why: meter.unmeasured ?? .tooManyDigits))
            } else if let result = names[figure.name] {
                (subject, recomputed) = result
            } else {
                let known = monitoring.meters.map(\.id) + headline.map(\.symbol)
                problems.append(
                    .error(
                        .E6,
                        "claimed figure '\(figure.name)' is neither a meter of the project nor a result of the methodology"
                            + "\(Suggestion.hint(for: figure.name, in: known)); expected one of: \(known.joined(separator: ", "))",
                        at: figure.location))
                continue
            }
            guard reported.insert(subject).inserted else {
                problems.append(.error(.E6, "'\(subject)' is claimed twice", at: figure.location))
                continue
            }
            guard case .quantity(let value) = recomputed else {
                let cause: UndefinedCause? = if case .undefined(let reason) = recomputed { reason } else { nil }
                findings.append(
                    Finding(
                        category: .correctiveAction, subject: subject,
                        issue: .unsupported(claimed: figure.value, reason: cause),
                        location: figure.location))
                continue
            }
            guard figure.value.dimension == value.dimension,
                let claimedValue = try? figure.value.converted(to: value.unit)
            else {
                problems.append(
                    .error(
                        .E6,
                        "claimed \(subject) is '\(figure.value.unit)' (\(figure.value.dimension)); "
                            + "\(subject) is \(value.dimension), like '\(value.unit)'", at: figure.location))
                continue
            }
            if let issue = compare(claimedValue, written: figure.value, recomputed: value, materiality: materiality) {
                let category: Category = if case .rounded = issue { .clarification } else { .correctiveAction }
                findings.append(Finding(category: category, subject: subject, issue: issue, location: figure.location))
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        for meter in monitoring.meters where !reported.contains(meter.id) {
            findings.append(
                Finding(
                    category: .correctiveAction, subject: meter.id,
                    issue: .notReported(recomputed: meter.total.map { .quantity($0) } ?? .unknown(missing: [])),
                    location: nil))
        }
        for (symbol, value) in headline where !reported.contains(symbol) {
            findings.append(
                Finding(
                    category: .correctiveAction, subject: symbol, issue: .notReported(recomputed: value), location: nil)
            )
        }
        for meter in monitoring.meters {
            for kind in MeterFinding.Kind.allCases where kind.changesTotals && meter.summary.count(kind) > 0 {
                findings.append(
                    Finding(
                        category: .forwardAction, subject: meter.id,
                        issue: .dataQuality(
                            kind: kind, count: meter.summary.count(kind),
                            first: meter.summary.findings.first { $0.kind == kind }),
                        location: nil))
            }
        }
        return Verification(monitoring: monitoring, claimed: claimed, materiality: materiality, findings: findings)
    }

    /// Nil when the figures are equal; a rounding when the claim agrees at the precision it was
    /// written to (half a unit of its last digit); otherwise the difference, material or not.
    ///
    /// The rounding is judged in the unit the claim is written in: 2,882.17 kWh is to the hundredth
    /// of a kWh whatever unit the recomputation uses. A recomputed value that has no exact decimal
    /// (a gap filled at 250 kW for one minute) is matched by any claim that agrees to its digits.
    static func compare(
        _ claimed: Quantity, written: Quantity, recomputed: Quantity, materiality: Materiality?
    ) -> Issue? {
        guard claimed.value != recomputed.value else { return nil }
        let difference = claimed.value - recomputed.value
        let precision = Self.precision(of: written.value)
        if let inWritten = try? recomputed.converted(to: written.unit),
            abs(written.value - inWritten.value) * 2 <= precision
        {
            if !recomputed.isExact || !inWritten.isExact { return nil }
            return .rounded(claimed: written, recomputed: inWritten, precision: precision)
        }
        let relative: Decimal? = recomputed.value == 0 ? nil : abs(difference) / abs(recomputed.value)
        let threshold = materiality.flatMap { try? $0.threshold.converted(to: .one).value }
        let material: Bool? =
            if let threshold, let relative { relative > threshold } else { materiality == nil ? nil : true }
        return .differs(
            claimed: claimed, recomputed: recomputed, difference: Quantity(difference, recomputed.unit),
            relative: relative, material: material)
    }

    /// One unit of the last digit written: 0.01 for 2,100.85, 1 for 1,104.
    static func precision(of value: Decimal) -> Decimal {
        value.exponent >= 0 ? 1 : Decimal(sign: .plus, exponent: value.exponent, significand: 1)
    }
}
