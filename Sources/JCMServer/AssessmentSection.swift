import JCMDiagnostics
import JCMKit
import JCMReports

/// The page's rendering of one assessment: the verdict, the headline figures, every criterion
/// and requirement with its reasons, each equation's trace (expandable) and the unverified
/// values. Like every reporter it only reads the assessment.
public struct AssessmentSection: Sendable {
    public let wording: Wording
    public let links: PageLinks

    public init(wording: Wording, links: PageLinks) {
        self.wording = wording
        self.links = links
    }

    /// `<section id="results">`, replaced as a whole after each save.
    public func results(_ state: ProjectState, language: String) -> HTML {
        guard let assessment = state.assessment else {
            return """
                <section id="results" aria-labelledby="results-title">
                <h2 id="results-title">Verdicts and figures</h2>
                <p class="verdict verdict-bad">The project cannot be assessed: it has input problems \
                (see the problems list).</p>
                </section>
                """
        }
        let text = TextReporter(wording: wording)
        return """
            <section id="results" aria-labelledby="results-title">
            <h2 id="results-title">Verdicts and figures</h2>
            <p class="context">\(text.header(assessment))</p>
            \(verdict(assessment))
            \(headline(assessment))
            \(criteria(assessment, state: state))
            \(trace(assessment))
            \(unverified(assessment))
            <details id="what-if" data-src="\(links.whatIf(state.relative, language: language))">
            <summary>What-if: how far each input is from changing a verdict</summary>
            <p class="loading">Computed when opened (it re-assesses the project some hundred times).</p>
            </details>
            </section>
            """
    }

    func verdict(_ assessment: Assessment) -> HTML {
        let verdict = assessment.eligibility.verdict
        return
            """
            <p id="verdict" class="verdict verdict-\(cssClass(verdict))" data-verdict="\(verdict.rawValue)">\
            \(wording.verdictSentence(verdict))</p>
            """
    }

    func headline(_ assessment: Assessment) -> HTML {
        let calculation = assessment.calculation
        let style = wording.ruleStyle
        let main = [
            (WordingKey.textReferenceEmissions, calculation.referenceEmissions),
            (.textProjectEmissions, calculation.projectEmissions),
            (.textEmissionReductions, calculation.emissionReductions),
        ]
        .compactMap { key, step in step.map { (wording.text(key), $0) } }
        let programme = calculation.programmeSteps.map { (wording.localized($0.equation.name).text, $0) }
        let rows = HTML.joined(
            (main + programme).map { name, step in
                """
                <dt>\(name) <span class="symbol">\(step.equation.symbol)</span></dt>\
                <dd data-symbol="\(step.equation.symbol)">\(style.value(step.value))</dd>
                """
            }, separator: "\n")
        let scope = TextReporter(wording: wording).scopeSentence(assessment)
        return """
            <h3>Headline figures</h3>
            <p>\(scope)</p>
            <dl class="figures">
            \(rows)
            </dl>
            """
    }

    func criteria(_ assessment: Assessment, state: ProjectState) -> HTML {
        let report = assessment.eligibility
        let groups = HTML.joined(
            report.groups.map { group in
                let rows = HTML.joined(group.results.map { row($0, state: state) }, separator: "\n")
                return """
                    <h3>\(wording.groupTitle(group.owner, assessment)): \
                    <span class="verdict-\(cssClass(group.verdict))">\(wording.label(group.verdict))</span></h3>
                    <ul class="criteria">
                    \(rows)
                    </ul>
                    """
            }, separator: "\n")
        guard !report.warnings.isEmpty else { return groups }
        let warnings = HTML.joined(report.warnings.map { row($0, state: state, warning: true) }, separator: "\n")
        return groups + """

            <h3>\(wording.text(.textWarningsHeading, ["count": String(report.warnings.count)]))</h3>
            <ul class="criteria">
            \(warnings)
            </ul>
            """
    }

    func row(_ result: CriterionResult, state: ProjectState, warning: Bool = false) -> HTML {
        let label = warning ? wording.text(.textWarning) : wording.label(result.verdict)
        let reasons = HTML.joined(result.reasons.map { "<li>\(wording.sentence($0))</li>" }, separator: "")
        let unverified = HTML.joined(
            result.unverifiedInputs.map {
                let sentence = wording.text(.textDependsOnUnverified, ["input": wording.unverified($0)])
                return "<li class=\"unverified\">\(sentence)</li>"
            }, separator: "")
        var details: HTML = ""
        let evidence = wording.localized(result.criterion.evidence).text
        if warning || result.verdict != .pass {
            if let location = result.location {
                details = details + "<li>\(place(location, state: state))</li>"
            }
            details =
                details
                + "<li>\(wording.text(.textEvidence, ["evidence": evidence]))</li>"
        }
        let source: HTML =
            result.criterion.provenance.map { provenance in
                let key: WordingKey = provenance.verified ? .textSource : .textSourceUnverified
                return "<li class=\"source\">\(wording.text(key, ["source": provenance.source]))</li>"
            } ?? ""
        return """
            <li class="criterion" data-criterion="\(result.criterion.id)" data-verdict="\(result.verdict.rawValue)">\
            <span class="badge verdict-\(warning ? "warning" : cssClass(result.verdict))">\(label)</span> \
            <strong>\(result.criterion.id)</strong> \(wording.localized(result.criterion.text).text)\
            <ul>\(source)\(reasons)\(unverified)\(details)</ul></li>
            """
    }

    /// A location in the edited file is a button that selects its line in the editor.
    func place(_ location: SourceLocation, state: ProjectState) -> HTML {
        guard let shown = state.place(location) else { return "\(location.description)" }
        return goto(shown, label: shown.description)
    }

    /// A button that selects `place`'s line in the editor.
    func goto(_ place: SourceLocation, label: String) -> HTML {
        """
        <button type="button" class="goto" data-line="\(place.line)" data-column="\(place.column)">\
        \(label)</button>
        """
    }

    func trace(_ assessment: Assessment) -> HTML {
        let text = TextReporter(wording: wording)
        let style = wording.ruleStyle
        let steps = HTML.joined(
            assessment.calculation.steps.map { step in
                """
                <details class="step"><summary>\(step.equation.symbol): \(wording.localized(step.equation.name).text) \
                = \(style.value(step.value))</summary>
                <pre>\(text.describe(step).joined(separator: "\n"))</pre></details>
                """
            }, separator: "\n")
        return """
            <h3>Calculation trace</h3>
            \(steps)
            """
    }

    func unverified(_ assessment: Assessment) -> HTML {
        let inputs = assessment.unverifiedInputs
        guard !inputs.isEmpty else {
            return "<h3>Unverified values</h3>\n<p>None: every value used was read in an official source.</p>"
        }
        let items = HTML.joined(inputs.map { "<li>\(wording.unverified($0))</li>" }, separator: "\n")
        return """
            <h3>Unverified values</h3>
            <p>Every figure and verdict that rests on these says so; check them against the official text.</p>
            <ul class="unverified">
            \(items)
            </ul>
            """
    }

    /// `<section id="problems">`: the same `file:line:col: error: [C] message` lines as the
    /// command line, the project file named as the page names it.
    public func problems(_ state: ProjectState) -> HTML {
        let diagnostics = state.diagnostics
        let items = HTML.joined(
            diagnostics.map { diagnostic in
                let place = diagnostic.location.flatMap(state.place)
                let shown = state.shown([diagnostic])[0].description
                let content = place.map { goto($0, label: shown) } ?? "<code>\(shown)</code>"
                return "<li class=\"\(diagnostic.severity.rawValue)\">\(content)</li>"
            }, separator: "\n")
        let heading: HTML =
            diagnostics.isEmpty ? "<p>No problems in the file.</p>" : "<ul class=\"problems\">\n\(items)\n</ul>"
        return """
            <section id="problems" aria-labelledby="problems-title">
            <h2 id="problems-title">Problems (\(diagnostics.count))</h2>
            \(heading)
            </section>
            """
    }

    /// The editor's line numbers, a mark on each line with a problem.
    public func gutter(_ state: ProjectState) -> HTML {
        let marked = Set(state.diagnostics.compactMap { $0.location.flatMap(state.place)?.line })
        let lineCount = state.text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lines = (1...lineCount).map { marked.contains($0) ? "\($0) ●" : "\($0)  " }
        return "<pre id=\"gutter\" class=\"gutter\" aria-hidden=\"true\">\(lines.joined(separator: "\n"))</pre>"
    }

    func cssClass(_ verdict: Verdict) -> String {
        switch verdict {
        case .pass: "pass"
        case .fail: "fail"
        case .needsEvidence: "open"
        }
    }
}
