import JCMKit
import JCMReports

/// The what-if analysis for the eligibility report (`jcm render --what-if`): for each input, the
/// thresholds at which a verdict or a figure changes and the reductions at ±10 %.
struct WhatIfFacts: TemplateRecord {
    var intro = DocumentText()
    var inputs: [WhatIfInputFacts] = []
}

struct WhatIfInputFacts: TemplateRecord {
    var name = DocumentText()
    var value = DocumentText()
    var origin = DocumentText()
    /// One sentence per threshold, stop or the sensitivity, as `jcm what-if` prints them.
    var lines: [DocumentText] = []
}

extension WhatIfFacts {
    init(_ analysis: WhatIfAnalysis, _ facts: FactsBuilder) {
        let wording = facts.wording
        intro = facts.text(.whatIfIntro, ["verdict": wording.verdictSentence(analysis.assessment.eligibility.verdict),
                                          "digits": String(analysis.digits)])
        inputs = analysis.inputs.map { input in
            WhatIfInputFacts(name: facts.text(input.input.name), value: facts.text(facts.style.quantity(input.input.value)),
                             origin: facts.text(wording.documentOrigin(input.input.origin)),
                             lines: wording.whatIfLines(input, digits: analysis.digits, style: facts.style).map(facts.text))
        }
    }
}
