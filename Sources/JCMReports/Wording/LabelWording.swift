import JCMKit
import JCMRules
import JCMUnits

extension Wording {
    /// `PASS`, `FAIL`, `NEEDS EVIDENCE`
    public func label(_ verdict: Verdict) -> String {
        switch verdict {
        case .pass: text(.verdictPass)
        case .fail: text(.verdictFail)
        case .needsEvidence: text(.verdictNeedsEvidence)
        }
    }

    public func verdictSentence(_ verdict: Verdict) -> String {
        switch verdict {
        case .pass: text(.verdictSentencePass)
        case .fail: text(.verdictSentenceFail)
        case .needsEvidence: text(.verdictSentenceNeedsEvidence)
        }
    }

    public func status(_ status: Methodology.Status) -> String {
        switch status {
        case .approved: text(.statusApproved)
        case .proposed: text(.statusProposed)
        case .draft: text(.statusDraft)
        }
    }

    public func roundingMode(_ mode: Quantity.Rounding) -> String {
        switch mode {
        case .down: text(.roundingDown)
        case .up: text(.roundingUp)
        case .nearest: text(.roundingNearest)
        }
    }

    public func kind(_ kind: ParameterKind) -> String {
        switch kind {
        case .monitoredExPost: text(.kindMonitoredExPost)
        case .fixedExAnte: text(.kindFixedExAnte)
        case .projectSpecificExAnte: text(.kindProjectSpecificExAnte)
        case .programmeValue: text(.kindProgrammeValue)
        }
    }

    /// A participant's role in the consortium, as the project format names it (`representative`).
    public func role(_ role: String) -> String {
        WordingKey(rawValue: "participant_role.\(role)").map { text($0) } ?? role
    }

    /// `Methodology VN_AM007 Ver1.0 (approved): eligibility criteria`
    public func groupTitle(_ owner: RuleSetOwner, _ assessment: Assessment) -> String {
        switch owner {
        case .methodology:
            let methodology = assessment.methodology
            return text(.groupMethodology, ["reference": methodology?.reference ?? "", "status": methodology.map { status($0.status) } ?? ""])
        case .programme:
            let programme = assessment.programme
            return text(.groupProgramme, ["title": programme.map { localized($0.title).text } ?? "", "fiscalYear": programme?.fiscalYear ?? ""])
        }
    }

    /// The formula of a step: a display written as a map of languages is a text to translate; one
    /// written as a plain string is symbols only (`RE_p = Σ_i (…)`) and reads the same everywhere.
    public func formula(_ step: EquationOutcome) -> String {
        Self.translatableFormula(step).map { localized($0).text } ?? step.formula
    }

    /// The display of a step when it is a text to translate, nil when it is symbols only.
    public static func translatableFormula(_ step: EquationOutcome) -> LocalizedText? {
        step.equation.display.flatMap { $0.translations.isEmpty ? nil : $0 }
    }

    /// The translation notice's status words: "unreviewed draft translation". A document is only
    /// as reviewed as the least reviewed of its wording and the data files' translations.
    public func translationStatusText(_ assessment: Assessment) -> String {
        guard let translation else { return text(.translationOriginal) }
        var statuses = [translation]
        // A data file that says nothing of this language has no reviewed translation for it.
        let unreviewed = TranslationStatus(review: .unreviewedDraft)
        if let methodology = assessment.methodology { statuses.append(methodology.translations[language] ?? unreviewed) }
        if let programme = assessment.programme { statuses.append(programme.translations[language] ?? unreviewed) }
        return text(statuses.allSatisfy(\.isReviewed) ? .translationReviewed : .translationUnreviewedDraft)
    }
}

extension Wording {
    /// The banner of the documents of a project that fails or is undetermined, and what its items
    /// are; nil for an eligible project.
    public func banner(_ verdict: Verdict) -> (title: String, itemsLabel: String)? {
        switch verdict {
        case .pass: nil
        case .fail: (text(.documentBannerFail), text(.documentBannerFailingItems))
        case .needsEvidence: (text(.documentBannerNeedsEvidence), text(.documentBannerMissingEvidence))
        }
    }

    /// Why the project is checked against this call: "chosen by the application date 2025-07-18
    /// (application window 2025-04-04 – 2025-09-30; round closing 2025-07-25)".
    /// Without a choice (a project assembled in code), the call counts as named.
    public func callChoice(_ choice: CallChoice?, _ programme: Programme) -> String {
        guard let choice else { return text(.callNamed) }
        let date = choice.date.map(style.date) ?? "—"
        switch choice.basis {
        case .applicationDate:
            let deadline = choice.date.flatMap { choice.window?.deadline(for: $0) }
            return text(.callApplicationDate, ["date": date, "window": choice.window.map(span) ?? "—",
                                               "deadline": deadline.map(style.date) ?? "—"])
        case .grantDecision:
            return text(.callGrantDecision, ["date": date, "fiscalYear": programme.fiscalYear])
        case .named where choice.outsideWindow:
            return text(.callNamedOutsideWindow, ["date": date, "window": programme.applicationWindows.map(span).joined(separator: ", ")])
        case .named:
            return text(.callNamed)
        case .newest:
            return text(.callNewest)
        }
    }

    /// `2024-04-05 – 2024-11-29 [UNVERIFIED]`
    private func span(_ window: ApplicationWindow) -> String {
        let dates = "\(style.date(window.opens)) – \(style.date(window.closes))"
        return window.provenance.verified ? dates : text(.originUnverified, ["origin": dates])
    }
}
