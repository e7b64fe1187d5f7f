import JCMDiagnostics
import JCMRules
import JCMUnits

/// Plain-text reports for people at a terminal.
public enum TextReport {
    public static func eligibility(_ report: EligibilityReport, loaded: LoadedProject) -> String {
        var lines = [header(loaded), ""]
        for group in report.groups {
            lines.append("\(group.title): \(label(group.verdict))")
            for result in group.results {
                lines.append("  \(label(result.verdict).padded(to: 15)) \(result.criterion.id)  \(result.criterion.text)")
                if let provenance = result.criterion.provenance {
                    lines.append("      source: \(provenance.source)\(provenance.verified ? "" : " [UNVERIFIED]")")
                }
                for reason in result.reasons { lines.append("      - \(reason)") }
                for input in result.unverifiedInputs { lines.append("      depends on UNVERIFIED \(input)") }
                if result.verdict != .pass {
                    if let location = result.location { lines.append("      at \(location)") }
                    lines.append("      evidence: \(result.criterion.evidence)")
                }
            }
            lines.append("")
        }
        lines.append("Verdict: \(verdictSentence(report.verdict))")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func calculation(_ calculation: Calculation, loaded: LoadedProject) -> String {
        var lines = [header(loaded), scopeSentence(loaded), ""]
        for step in calculation.steps { lines += describe(step) + [""] }
        lines.append("Summary")
        for (label, step) in [("Reference emissions", calculation.referenceEmissions), ("Project emissions", calculation.projectEmissions),
                              ("Emission reductions", calculation.emissionReductions)] {
            if let step { lines.append("  \(label.padded(to: 21)) \(step.equation.symbol.padded(to: 6)) \(step.value)") }
        }
        if let programme = loaded.programme, !calculation.programmeSteps.isEmpty {
            lines.append("Financials (\(programme.title), \(programme.fiscalYear))")
            for step in calculation.programmeSteps { lines.append("  \(step.equation.name): \(step.value)") }
        }
        let unverified = calculation.unverifiedInputs
        if !unverified.isEmpty {
            lines.append("")
            lines.append("UNVERIFIED values change these results (not read in an official text):")
            lines += unverified.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Three lines for the end of a render: who, the verdict, the headline figures.
    public static func headline(_ report: EligibilityReport, _ calculation: Calculation, loaded: LoadedProject) -> String {
        var lines = [header(loaded), "Verdict: \(verdictSentence(report.verdict))"]
        let figures = [("reference emissions", calculation.referenceEmissions), ("project emissions", calculation.projectEmissions),
                       ("emission reductions", calculation.emissionReductions)]
            .compactMap { label, step in step.map { "\(label) \($0.value)" } }
        if !figures.isEmpty {
            lines.append("Per \(loaded.project.estimationPeriod): " + figures.joined(separator: "; ") + (calculation.unverifiedInputs.isEmpty ? "" : " (depends on unverified values)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the figures cover: the ex-ante estimate or one monitoring period's measured values.
    public static func scopeSentence(_ loaded: LoadedProject) -> String {
        guard let period = loaded.period else {
            return "Ex-ante estimate for an estimation period of \(loaded.project.estimationPeriod)."
        }
        return "Monitoring period \(period.id), \(period.start) to \(period.end) (\(period.days) days): monitored ex-post values from the project file."
    }

    /// Every line an auditor needs to redo one equation by hand.
    static func describe(_ step: EquationOutcome) -> [String] {
        var lines = ["\(step.equation.symbol): \(step.equation.name) [\(step.equation.unit)]", "  \(step.formula)"]
        for term in step.terms { lines.append("    \(term.label): \(term.substituted) = \(term.value)") }
        if step.terms.isEmpty { lines.append("  = \(step.substituted)") }
        if let computed = step.computed, computed.unit != step.equation.unit {
            lines.append("  = \(computed) = \(step.unrounded)")
        } else {
            lines.append("  = \(step.unrounded)")
        }
        if let rounding = step.rounding {
            let verified = rounding.rule.provenance.verified ? "" : " [UNVERIFIED rule]"
            lines.append("  rounded \(rounding.rule.mode.rawValue) to a multiple of \(rounding.rule.increment): \(rounding.before) → \(rounding.after)\(verified)")
        }
        lines.append("  inputs:")
        for input in step.inputs { lines.append("    \(input.name) = \(input.value)  (\(originText(input.origin)))") }
        return lines
    }

    static func originText(_ origin: Origin?) -> String {
        guard let origin else { return "not given" }
        var text: String
        switch origin.kind {
        case .projectInput: text = origin.location.map { "project \($0)" } ?? "project \(origin.detail)"
        case .methodologyDefault: text = "methodology default: \(origin.detail)"
        case .programmeValue: text = "programme: \(origin.detail)"
        case .equation: text = "equation \(origin.detail)"
        }
        if !origin.verified { text += " [UNVERIFIED]" }
        return text
    }

    static func header(_ loaded: LoadedProject) -> String {
        let methodology = loaded.methodology.map { "\($0.reference) (\($0.status.rawValue))" } ?? "no methodology"
        return "\(loaded.project.id): \(loaded.project.name)\nMethodology: \(methodology)" + (loaded.programme.map { "\nProgramme: \($0.title) (\($0.fiscalYear))" } ?? "")
    }

    static func label(_ verdict: Verdict) -> String {
        switch verdict {
        case .pass: return "PASS"
        case .fail: return "FAIL"
        case .needsEvidence: return "NEEDS EVIDENCE"
        }
    }

    static func verdictSentence(_ verdict: Verdict) -> String {
        switch verdict {
        case .pass: return "eligible: every criterion and requirement passes."
        case .fail: return "not eligible: at least one criterion or requirement fails."
        case .needsEvidence: return "undetermined: no criterion fails, but evidence is missing for at least one."
        }
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
