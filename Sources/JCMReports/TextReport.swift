import JCMDiagnostics
import JCMKit
import JCMRules
import JCMUnits

/// Plain-text reports for people at a terminal.
public struct TextReporter: Reporter {
    public static let name = "text"
    let wording: Wording

    public init(wording: Wording) { self.wording = wording }

    public func diagnostics(_ diagnostics: [Diagnostic]) -> String? { nil }

    public func eligibility(_ assessment: Assessment) -> String {
        let report = assessment.eligibility
        var lines = [header(assessment), ""]
        for group in report.groups {
            lines.append("\(wording.groupTitle(group.owner, assessment)): \(wording.label(group.verdict))")
            for result in group.results {
                lines.append("  \(wording.label(result.verdict).padded(to: 15)) \(result.criterion.id)  \(wording.localized(result.criterion.text).text)")
                if let provenance = result.criterion.provenance {
                    lines.append("      " + wording.text(provenance.verified ? .textSource : .textSourceUnverified, ["source": provenance.source]))
                }
                for reason in result.reasons { lines.append("      - \(wording.sentence(reason))") }
                for input in result.unverifiedInputs { lines.append("      " + wording.text(.textDependsOnUnverified, ["input": wording.unverified(input)])) }
                if result.verdict != .pass {
                    if let location = result.location { lines.append("      " + wording.text(.textAt, ["location": location.description])) }
                    lines.append("      " + wording.text(.textEvidence, ["evidence": wording.localized(result.criterion.evidence).text]))
                }
            }
            lines.append("")
        }
        if !report.warnings.isEmpty {
            lines.append(wording.text(.textWarningsHeading, ["count": String(report.warnings.count)]))
            for warning in report.warnings {
                lines.append("  \(wording.text(.textWarning).padded(to: 15)) \(warning.criterion.id)  \(wording.localized(warning.criterion.text).text)")
                for reason in warning.reasons { lines.append("      - \(wording.sentence(reason))") }
                if let location = warning.location { lines.append("      " + wording.text(.textAt, ["location": location.description])) }
                lines.append("      " + wording.text(.textEvidence, ["evidence": wording.localized(warning.criterion.evidence).text]))
            }
            lines.append("")
        }
        lines.append(wording.text(.textVerdict, ["sentence": wording.verdictSentence(report.verdict)]))
        return lines.joined(separator: "\n") + "\n"
    }

    public func calculation(_ assessment: Assessment) -> String {
        let calculation = assessment.calculation
        var lines = [header(assessment), scopeSentence(assessment), ""]
        for step in calculation.steps { lines += describe(step) + [""] }
        lines.append(wording.text(.textSummary))
        for (key, step) in [(WordingKey.textReferenceEmissions, calculation.referenceEmissions), (.textProjectEmissions, calculation.projectEmissions),
                            (.textEmissionReductions, calculation.emissionReductions)] {
            if let step { lines.append("  \(wording.text(key).padded(to: 21)) \(step.equation.symbol.padded(to: 6)) \(wording.ruleStyle.value(step.value))") }
        }
        if let programme = assessment.programme, !calculation.programmeSteps.isEmpty {
            lines.append(wording.text(.textFinancials, ["title": wording.localized(programme.title).text, "fiscalYear": programme.fiscalYear]))
            for step in calculation.programmeSteps {
                lines.append("  \(wording.localized(step.equation.name).text): \(wording.ruleStyle.value(step.value))")
            }
        }
        let unverified = calculation.unverifiedInputs
        if !unverified.isEmpty {
            lines.append("")
            lines.append(wording.text(.textUnverifiedHeading))
            lines += unverified.map { "  - \(wording.unverified($0))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A project's report, or the sentence saying its file is bad, and its line of the summary.
    public struct Part: Sendable {
        var report: String
        var line: String
    }

    public func partBody(_ entry: BatchEntry, command: BatchCommand) -> Part {
        guard let assessment = entry.assessment else {
            return Part(report: wording.text(.textBatchBadInput, ["file": entry.file]) + "\n",
                        line: "  \(wording.text(.textBatchStatusBad))  \(entry.file)")
        }
        let status = switch command {
        case .check: wording.label(assessment.eligibility.verdict)
        case .calc: wording.text(command.exitCode(entry) == 0 ? .textBatchStatusComputed : .textBatchStatusIncomplete)
        }
        return Part(report: command == .check ? eligibility(assessment) : calculation(assessment),
                    line: "  \(status)  \(assessment.project.id)  \(entry.file)")
    }

    /// Each project's report, then a summary with a line per file: status, project id, file.
    public func batch(_ parts: [BatchPart<Part>], command: BatchCommand) -> [String] {
        var counts: [Int32: Int] = [:]
        for part in parts { counts[part.exitCode, default: 0] += 1 }
        let summary = wording.text(.textBatchSummary, [
            "total": String(parts.count), "pass": String(counts[0] ?? 0), "fail": String(counts[1] ?? 0),
            "open": String(counts[3] ?? 0), "bad": String(counts[2] ?? 0),
        ])
        let reports = parts.enumerated().flatMap { index, part in
            index == 0 ? [part.body.report] : ["\n", part.body.report]
        }
        return reports + ["\n" + summary + "\n" + parts.map(\.body.line).joined(separator: "\n") + "\n"]
    }

    /// Three lines for the end of a render: who, the verdict, the headline figures.
    public func headline(_ assessment: Assessment) -> String {
        let calculation = assessment.calculation
        var lines = [header(assessment), wording.text(.textVerdict, ["sentence": wording.verdictSentence(assessment.eligibility.verdict)])]
        let figures = [(WordingKey.textHeadlineReference, calculation.referenceEmissions), (.textHeadlineProject, calculation.projectEmissions),
                       (.textHeadlineReductions, calculation.emissionReductions)]
            .compactMap { key, step in step.map { wording.text(key, ["value": wording.ruleStyle.value($0.value)]) } }
        if !figures.isEmpty {
            let key: WordingKey = calculation.unverifiedInputs.isEmpty ? .textHeadline : .textHeadlineUnverified
            lines.append(wording.text(key, ["period": wording.ruleStyle.quantity(assessment.project.estimationPeriod),
                                            "figures": figures.joined(separator: wording.text(.textHeadlineSeparator))]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the figures cover: the ex-ante estimate or one monitoring period's measured values.
    public func scopeSentence(_ assessment: Assessment) -> String {
        guard let period = assessment.period else {
            return wording.text(.textScopeEstimate, ["period": wording.ruleStyle.quantity(assessment.project.estimationPeriod)])
        }
        return wording.text(period.fromMeterData ? .textScopeMeterData : .textScopePeriod, ["id": period.id, "start": wording.style.date(period.start), "end": wording.style.date(period.end),
                                               "days": String(period.days)])
    }

    /// Every line an auditor needs to redo one equation by hand.
    public func describe(_ step: EquationOutcome) -> [String] {
        let style = wording.ruleStyle
        var lines = ["\(step.equation.symbol): \(wording.localized(step.equation.name).text) [\(style.unit(step.equation.unit))]", "  \(wording.formula(step))"]
        for term in step.terms { lines.append("    \(term.label): \(term.substituted.render(style)) = \(style.value(term.value))") }
        if step.terms.isEmpty { lines.append("  = \(step.substituted.render(style))") }
        if let computed = step.computed, computed.unit != step.equation.unit {
            lines.append("  = \(style.quantity(computed)) = \(style.value(step.unrounded))")
        } else {
            lines.append("  = \(style.value(step.unrounded))")
        }
        if let rounding = step.rounding {
            let key: WordingKey = rounding.rule.provenance.verified ? .textRounded : .textRoundedUnverified
            lines.append("  " + wording.text(key, ["mode": wording.roundingMode(rounding.rule.mode), "increment": style.quantity(rounding.rule.increment),
                                                   "before": style.quantity(rounding.before), "after": style.quantity(rounding.after)]))
        }
        lines.append("  " + wording.text(.textInputs))
        for input in step.inputs { lines.append("    \(input.name) = \(style.value(input.value))  (\(wording.origin(input.origin)))") }
        return lines
    }

    public func header(_ assessment: Assessment) -> String {
        let methodology = assessment.methodology.map {
            wording.text(.textMethodologyReference, ["reference": $0.reference, "status": wording.status($0.status)])
        } ?? wording.text(.textNoMethodology)
        var lines = [wording.text(.textHeader, ["id": assessment.project.id, "name": assessment.project.name]),
                     wording.text(.textMethodologyLine, ["methodology": methodology])]
        if let programme = assessment.programme {
            let choice = wording.callChoice(assessment.loaded.callChoice, programme)
            lines.append(wording.text(.textProgrammeLine, ["title": wording.localized(programme.title).text, "fiscalYear": programme.fiscalYear,
                                                           "choice": choice]))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
