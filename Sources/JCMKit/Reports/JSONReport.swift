import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits

/// Stable JSON for pipelines. Amounts are strings so no digit is lost to floating point.
public enum JSONReport {
    public static func eligibility(_ report: EligibilityReport, loaded: LoadedProject) -> String {
        encode(EligibilityDocument(report, loaded))
    }

    public static func calculation(_ calculation: Calculation, loaded: LoadedProject) -> String {
        encode(CalculationDocument(calculation, loaded))
    }

    public static func diagnostics(_ diagnostics: [Diagnostic]) -> String {
        encode(["diagnostics": diagnostics.map(DiagnosticEntry.init)])
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }
}

struct DiagnosticEntry: Encodable {
    var severity: String, code: String, message: String, location: String?
    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code
        message = diagnostic.message
        location = diagnostic.location?.description
    }
}

/// Who made the report and from exactly which inputs (SHA-256 of each file's bytes).
struct Header: Encodable {
    var tool: [String: String] = ["name": "jcm", "version": ToolVersion.current]
    var project: [String: String]
    var methodology: [String: String]?
    var programme: [String: String]?

    init(_ loaded: LoadedProject) {
        project = ["id": loaded.project.id, "name": loaded.project.name, "file": loaded.project.file.path,
                   "sha256": SHA256.hex(loaded.project.file.text)]
        methodology = loaded.methodology.map {
            ["id": $0.id, "version": $0.version, "status": $0.status.rawValue, "file": $0.file.path, "sha256": SHA256.hex($0.file.text)]
        }
        programme = loaded.programme.map {
            ["id": $0.id, "fiscal_year": $0.fiscalYear, "file": $0.file.path, "sha256": SHA256.hex($0.file.text)]
        }
    }
}

struct EligibilityDocument: Encodable {
    struct Entry: Encodable {
        var id: String, text: String, verdict: String, reasons: [String], missing: [String], evidence: String
        var location: String?
        var source: String?
        var verified: Bool?
        var unverified_inputs: [String]
    }
    struct Group: Encodable { var title: String, verdict: String, criteria: [Entry] }

    var header: Header
    var verdict: String
    var exit_code: Int32
    var groups: [Group]
    var unverified_inputs: [String]

    init(_ report: EligibilityReport, _ loaded: LoadedProject) {
        header = Header(loaded)
        verdict = report.verdict.rawValue
        exit_code = ExitStatus(report.verdict).rawValue
        unverified_inputs = report.unverifiedInputs
        groups = report.groups.map { group in
            Group(title: group.title, verdict: group.verdict.rawValue, criteria: group.results.map { result in
                Entry(id: result.criterion.id, text: result.criterion.text, verdict: result.verdict.rawValue, reasons: result.reasons,
                      missing: result.missing, evidence: result.criterion.evidence, location: result.location?.description,
                      source: result.criterion.provenance?.source, verified: result.criterion.provenance?.verified,
                      unverified_inputs: result.unverifiedInputs)
            })
        }
    }
}

struct AmountEntry: Encodable {
    var value: String, unit: String
    /// `false` when a division that does not terminate cut the value to 38 digits.
    var exact: Bool?
    init(_ quantity: Quantity) {
        value = DecimalText.plain(quantity.value)
        unit = quantity.unit.description
        exact = quantity.isExact ? nil : false
    }
}

/// A value in JSON: an amount, text, the missing fields, or why the figure is undefined.
struct ValueEntry: Encodable {
    var amount: AmountEntry?
    var text: String?
    var missing: [String]?
    var undefined: String?
    init(_ value: Value) {
        switch value {
        case .quantity(let quantity): amount = AmountEntry(quantity)
        case .unknown(let fields): missing = fields
        case .undefined(let reason): undefined = reason
        default: text = value.description
        }
    }
}

struct CalculationDocument: Encodable {
    struct Input: Encodable {
        var name: String, value: ValueEntry, origin: String, location: String?, verified: Bool
    }
    struct Term: Encodable { var item: String, substituted: String, value: ValueEntry }
    struct Rounding: Encodable { var mode: String, increment: AmountEntry, before: AmountEntry, after: AmountEntry, rule: String, verified: Bool }
    struct Step: Encodable {
        var symbol: String, name: String, unit: String, formula: String, expression: String, substituted: String
        var terms: [Term], inputs: [Input]
        var computed: AmountEntry?
        var rounding: Rounding?
        var value: ValueEntry
        var unverified_inputs: [String]
    }

    var header: Header
    var estimation_period: AmountEntry
    /// Present when the figures are those of one monitoring period.
    var monitoring_period: [String: String]?
    var steps: [Step]
    var results: [String: ValueEntry]
    var unverified_inputs: [String]

    init(_ calculation: Calculation, _ loaded: LoadedProject) {
        header = Header(loaded)
        estimation_period = AmountEntry(loaded.project.estimationPeriod)
        monitoring_period = loaded.period.map { ["id": $0.id, "start": $0.start.description, "end": $0.end.description, "days": String($0.days)] }
        steps = calculation.steps.map { step in
            Step(symbol: step.equation.symbol, name: step.equation.name, unit: step.equation.unit.description, formula: step.formula,
                 expression: step.expressionText, substituted: step.substituted,
                 terms: step.terms.map { Term(item: $0.label, substituted: $0.substituted, value: ValueEntry($0.value)) },
                 inputs: step.inputs.map { input in
                     Input(name: input.name, value: ValueEntry(input.value), origin: TextReport.originText(input.origin),
                           location: input.origin?.location?.description, verified: input.origin?.verified ?? true)
                 },
                 computed: step.computed.map(AmountEntry.init),
                 rounding: step.rounding.map { rounding in
                     Rounding(mode: rounding.rule.mode.rawValue, increment: AmountEntry(rounding.rule.increment), before: AmountEntry(rounding.before),
                              after: AmountEntry(rounding.after), rule: rounding.rule.text, verified: rounding.rule.provenance.verified)
                 },
                 value: ValueEntry(step.value), unverified_inputs: step.unverifiedInputs)
        }
        var results: [String: ValueEntry] = [:]
        results["reference_emissions"] = calculation.referenceEmissions.map { ValueEntry($0.value) }
        results["project_emissions"] = calculation.projectEmissions.map { ValueEntry($0.value) }
        results["emission_reductions"] = calculation.emissionReductions.map { ValueEntry($0.value) }
        results["energy_saving"] = loaded.methodology?.results.energySaving.flatMap(calculation.step).map { ValueEntry($0.value) }
        for step in calculation.programmeSteps { results[step.equation.symbol] = ValueEntry(step.value) }
        self.results = results
        unverified_inputs = calculation.unverifiedInputs
    }
}
