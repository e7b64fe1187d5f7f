import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules
import JCMUnits

/// Stable JSON for pipelines. Amounts are strings so no digit is lost to floating point, and
/// numbers inside sentences keep the canonical style whatever the language.
public struct JSONReporter: Reporter {
    public static let name = "json"
    let wording: Wording

    public init(wording: Wording) { self.wording = wording.withCanonicalNumbers() }

    public func eligibility(_ assessment: Assessment) -> String { JSONReport.encode(EligibilityDocument(assessment, wording)) }

    public func calculation(_ assessment: Assessment) -> String { JSONReport.encode(CalculationDocument(assessment, wording)) }

    public func diagnostics(_ diagnostics: [Diagnostic]) -> String? { JSONReport.diagnostics(diagnostics) }

    /// `{"command", "exit_code", "projects": [{file, exit_code, report | diagnostics}]}`: each project's
    /// object is encoded on its own and its lines indented into the array, which gives the bytes that
    /// encoding the whole document would (a newline in JSON text is always layout: strings escape theirs).
    public func partBody(_ entry: BatchEntry, command: BatchCommand) -> String {
        let object = JSONReport.encode(BatchProjectEntry(entry, command, wording)).dropLast()
        return object.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    public func batch(_ parts: [BatchPart<String>], command: BatchCommand) -> [String] {
        let exitCode = BatchCommand.exitCode(parts.lazy.map(\.exitCode))
        guard !parts.isEmpty else {
            return [JSONReport.encode(BatchDocument(command: command.rawValue, exit_code: exitCode, projects: []))]
        }
        let head = "{\n  \"command\" : \"\(command.rawValue)\",\n"
            + "  \"exit_code\" : \(exitCode),\n  \"projects\" : [\n"
        return [head] + parts.enumerated().map { $0.element.body + ($0.offset == parts.count - 1 ? "\n" : ",\n") }
            + ["  ]\n}\n"]
    }
}

/// One JSON object per project, one per line, for streaming pipelines (`--format jsonl`).
public struct JSONLinesReporter: Reporter {
    public static let name = "jsonl"
    let wording: Wording

    public init(wording: Wording) { self.wording = wording.withCanonicalNumbers() }

    public func eligibility(_ assessment: Assessment) -> String { partBody(BatchEntry(assessment), command: .check) }

    public func calculation(_ assessment: Assessment) -> String { partBody(BatchEntry(assessment), command: .calc) }

    public func diagnostics(_ diagnostics: [Diagnostic]) -> String? {
        JSONReport.encode(["diagnostics": diagnostics.map(DiagnosticEntry.init)], compact: true)
    }

    public func partBody(_ entry: BatchEntry, command: BatchCommand) -> String {
        JSONReport.encode(BatchProjectEntry(entry, command, wording), compact: true)
    }
}

struct BatchDocument: Encodable {
    var command: String
    var exit_code: Int32
    var projects: [BatchProjectEntry]
}

/// A project of a batch: its report as `jcm check` or `jcm calc --format json` gives it, or the
/// problems of its file.
struct BatchProjectEntry: Encodable {
    var file: String
    var exit_code: Int32
    var eligibility: EligibilityDocument?
    var calculation: CalculationDocument?
    var diagnostics: [DiagnosticEntry]?

    init(_ entry: BatchEntry, _ command: BatchCommand, _ wording: Wording) {
        file = entry.file
        exit_code = command.exitCode(entry)
        if let assessment = entry.assessment {
            switch command {
            case .check: eligibility = EligibilityDocument(assessment, wording)
            case .calc: calculation = CalculationDocument(assessment, wording)
            }
        } else {
            diagnostics = entry.problems.map(DiagnosticEntry.init)
        }
    }
}

public enum JSONReport {
    public static func diagnostics(_ diagnostics: [Diagnostic]) -> String {
        encode(["diagnostics": diagnostics.map(DiagnosticEntry.init)])
    }

    static func encode<T: Encodable>(_ value: T, compact: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }
}

struct DiagnosticEntry: Encodable {
    var severity: String, code: String, message: String, location: String?
    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code.rawValue
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

    init(_ assessment: Assessment) {
        let loaded = assessment.loaded
        func input(_ role: InputFile.Role) -> [String: String] {
            assessment.inputs.first { $0.role == role }.map { ["file": $0.path, "sha256": $0.sha256] } ?? [:]
        }
        project = ["id": loaded.project.id, "name": loaded.project.name].merging(input(.project)) { $1 }
        methodology = loaded.methodology.map { ["id": $0.id, "version": $0.version, "status": $0.status.rawValue].merging(input(.methodology)) { $1 } }
        programme = loaded.programme.map { programme in
            var entry = ["id": programme.id, "fiscal_year": programme.fiscalYear].merging(input(.programme)) { $1 }
            // Why this call: `application_date`, `schedule.grant_decision`, `named` (--programme) or `newest`.
            if let choice = loaded.callChoice {
                entry["chosen_by"] = choice.basis.rawValue
                if let date = choice.date { entry["chosen_by_date"] = date.description }
                if choice.outsideWindow { entry["outside_application_window"] = "true" }
            }
            return entry
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
    /// Plausibility rules that do not hold; they change no verdict.
    var warnings: [Entry]
    var unverified_inputs: [String]

    init(_ assessment: Assessment, _ wording: Wording) {
        let report = assessment.eligibility
        header = Header(assessment)
        verdict = report.verdict.rawValue
        exit_code = Self.exitCode(report.verdict)
        unverified_inputs = report.unverifiedInputs.map(wording.unverified)
        func entry(_ result: CriterionResult, verdict: String) -> Entry {
            Entry(id: result.criterion.id, text: wording.localized(result.criterion.text).text, verdict: verdict,
                  reasons: result.reasons.map(wording.sentence), missing: result.missing.map(\.description),
                  evidence: wording.localized(result.criterion.evidence).text, location: result.location?.description,
                  source: result.criterion.provenance?.source, verified: result.criterion.provenance?.verified,
                  unverified_inputs: result.unverifiedInputs.map(wording.unverified))
        }
        groups = report.groups.map { group in
            Group(title: wording.groupTitle(group.owner, assessment), verdict: group.verdict.rawValue,
                  criteria: group.results.map { entry($0, verdict: $0.verdict.rawValue) })
        }
        warnings = report.warnings.map { entry($0, verdict: "warning") }
    }

    /// The exit code `jcm check` gives for the verdict, so that a pipeline reading the JSON
    /// need not keep the process status (documented in the README).
    static func exitCode(_ verdict: Verdict) -> Int32 {
        switch verdict {
        case .pass: 0
        case .fail: 1
        case .needsEvidence: 3
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
        case .unknown(let fields): missing = fields.map(\.description)
        case .undefined(let reason): undefined = reason.description
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

    init(_ assessment: Assessment, _ wording: Wording) {
        let calculation = assessment.calculation, loaded = assessment.loaded
        header = Header(assessment)
        estimation_period = AmountEntry(loaded.project.estimationPeriod)
        monitoring_period = loaded.period.map { ["id": $0.id, "start": $0.start.description, "end": $0.end.description, "days": String($0.days)] }
        steps = calculation.steps.map { step in
            Step(symbol: step.equation.symbol, name: wording.localized(step.equation.name).text, unit: step.equation.unit.description,
                 formula: step.formula, expression: step.expressionText, substituted: step.substituted.render(),
                 terms: step.terms.map { Term(item: $0.label, substituted: $0.substituted.render(), value: ValueEntry($0.value)) },
                 inputs: step.inputs.map { input in
                     Input(name: input.name, value: ValueEntry(input.value), origin: wording.origin(input.origin),
                           location: input.origin?.location?.description, verified: input.origin?.verified ?? true)
                 },
                 computed: step.computed.map(AmountEntry.init),
                 rounding: step.rounding.map { rounding in
                     Rounding(mode: rounding.rule.mode.rawValue, increment: AmountEntry(rounding.rule.increment), before: AmountEntry(rounding.before),
                              after: AmountEntry(rounding.after), rule: wording.localized(rounding.rule.text).text,
                              verified: rounding.rule.provenance.verified)
                 },
                 value: ValueEntry(step.value), unverified_inputs: step.unverifiedInputs.map(wording.unverified))
        }
        var results: [String: ValueEntry] = [:]
        results["reference_emissions"] = calculation.referenceEmissions.map { ValueEntry($0.value) }
        results["project_emissions"] = calculation.projectEmissions.map { ValueEntry($0.value) }
        results["emission_reductions"] = calculation.emissionReductions.map { ValueEntry($0.value) }
        results["energy_saving"] = loaded.methodology?.results.energySaving.flatMap(calculation.step).map { ValueEntry($0.value) }
        for step in calculation.programmeSteps { results[step.equation.symbol] = ValueEntry(step.value) }
        self.results = results
        unverified_inputs = calculation.unverifiedInputs.map(wording.unverified)
    }
}
