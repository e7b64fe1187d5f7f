import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits

/// A test case kept as data next to the rules it tests (`format: jcm-test/1`): a project (optionally
/// edited), and the verdicts and figures the rules must give for it.
public struct RuleTestCase: Sendable {
    /// A text replacement applied to the project before it is read; it must match.
    public struct Edit: Sendable {
        public var replace: String
        public var with: String
    }

    public var name: String
    public var description: String
    public var file: String
    public var project: String
    public var edits: [Edit]
    public var programme: String?
    public var period: String?
    public var verdict: Verdict?
    public var criteria: [(id: String, verdict: Verdict)]
    public var results: [(symbol: String, value: ExpectedFigure)]
    public var missing: [String]

    static let format = "jcm-test/1"

    public static func load(_ path: String) throws(DiagnosticError) -> RuleTestCase {
        try read(try YAMLFile.load(path))
    }

    static func read(_ file: YAMLFile) throws(DiagnosticError) -> RuleTestCase {
        let log = DiagnosticLog(for: .rules)
        let keys = ["format", "description", "project", "edits", "programme", "period", "expect"]
        let reader = try documentReader(file, format: format, allowed: keys, what: "a test case", log: log)
        let project = reader.text("project").map { relative in
            (relative as NSString).isAbsolutePath ? relative : ((file.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
        }
        let edits: [Edit] = reader.optional("edits")?.items(log)?.compactMap { item in
            guard let edit = MappingReader(item, allowed: ["replace", "with"], log: log, what: "an edit"),
                let replace = edit.text("replace"), let with = edit.required("with")?.scalarText
            else { return nil }
            return Edit(replace: replace, with: with)
        } ?? []
        var criteria: [(String, Verdict)] = []
        var results: [(String, ExpectedFigure)] = []
        var verdict: Verdict?
        var missing: [String] = []
        if let expect = reader.required("expect"),
            let expectations = MappingReader(expect, allowed: ["verdict", "criteria", "results", "missing"], log: log, what: "the expectations")
        {
            verdict = expectations.optional("verdict").flatMap { readVerdict($0, log: log) }
            for entry in expectations.optional("criteria")?.entries(log) ?? [] {
                if let value = readVerdict(entry.value, log: log) { criteria.append((entry.key, value)) }
            }
            for entry in expectations.optional("results")?.entries(log) ?? [] {
                if entry.value.scalarText == "undefined" {
                    results.append((entry.key, .undefined))
                } else if let value = QuantityReading.read(entry.value, log: log) {
                    results.append((entry.key, .amount(value)))
                }
            }
            missing = expectations.optional("missing")?.items(log)?.compactMap { $0.text(log) } ?? []
            if verdict == nil, criteria.isEmpty, results.isEmpty, missing.isEmpty, !log.hasErrors {
                log.error(.M5, "the test case expects nothing; give a verdict, criteria, results or missing fields", at: expect.location)
            }
        }
        try log.check()
        guard let project else { throw DiagnosticError(.error(.M1, "incomplete test case", at: file.rootNode.location)) }
        return RuleTestCase(
            name: ((file.path as NSString).lastPathComponent as NSString).deletingPathExtension,
            description: reader.text("description", required: false) ?? "", file: file.path, project: project, edits: edits,
            programme: reader.text("programme", required: false), period: reader.text("period", required: false),
            verdict: verdict, criteria: criteria, results: results, missing: missing)
    }

    private static func readVerdict(_ node: LocatedNode, log: DiagnosticLog) -> Verdict? {
        guard let text = node.text(log) else { return nil }
        guard let verdict = Verdict(rawValue: text) else {
            log.error(.P3, "a verdict is 'pass', 'fail' or 'needs evidence', got '\(text)'", at: node.location)
            return nil
        }
        return verdict
    }

    /// Every test case under `directory`, sorted by path.
    public static func discover(in directory: String) throws(DiagnosticError) -> [RuleTestCase] {
        let paths = (FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var cases: [RuleTestCase] = []
        var problems: [Diagnostic] = []
        for relative in paths {
            let path = (directory as NSString).appendingPathComponent(relative)
            do {
                let file = try YAMLFile.load(path)
                if file.rootNode.node["format"]?.text == format { cases.append(try read(file)) }
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return cases
    }
}

/// A figure a test case expects: an exact amount, or no figure at all (a division by zero).
public enum ExpectedFigure: Sendable, CustomStringConvertible {
    case amount(Quantity)
    case undefined

    public var description: String {
        switch self {
        case .amount(let quantity): return quantity.description
        case .undefined: return "undefined"
        }
    }
}

/// What running a test case found: nothing when the rules give what it expects.
public struct RuleTestOutcome: Sendable {
    public var testCase: RuleTestCase
    public var failures: [String]
    /// The verdicts the case checked, with their reasons, for a reporter to show beside a failure.
    public var results: [CriterionResult]
    public var passed: Bool { failures.isEmpty }
}

extension RuleTestCase {
    /// Runs the case; input problems (a missing project, an edit that matches nothing) are thrown.
    public func run(catalog: Catalog) throws(DiagnosticError) -> RuleTestOutcome {
        var text = try YAMLFile.readText(project)
        // Edits change lines; a case whose edits grow the project past four times its size (or the
        // file limit) is a runaway, stopped before the text is built.
        let limit = min(YAMLFile.maximumSize, text.utf8.count * 4 + 65_536)
        for edit in edits {
            guard text.contains(edit.replace) else {
                throw DiagnosticError(.error(.M5, "test case \(name): the edit '\(edit.replace)' matches nothing in \(project)", at: SourceLocation(file: file, line: 1, column: 1)))
            }
            // The size the edit would give, counted before the text is built.
            let occurrences = text.components(separatedBy: edit.replace).count - 1
            let grown = text.utf8.count + occurrences * (edit.with.utf8.count - edit.replace.utf8.count)
            guard grown <= limit else {
                throw DiagnosticError(.error(.M5, "test case \(name): the edits make \(project) \(grown) bytes long, more than four times its size", at: SourceLocation(file: file, line: 1, column: 1)))
            }
            text = text.replacingOccurrences(of: edit.replace, with: edit.with)
        }
        var loaded = try ProjectLoader.load(text: text, path: project, catalog: catalog, programmeYear: programme)
        if let period { loaded = try loaded.monitored(period: period) }
        let assessment = try Assessment.assess(loaded)
        let checked = assessment.eligibility.groups.flatMap(\.results).filter { result in criteria.contains { $0.0 == result.criterion.id } }
        return RuleTestOutcome(testCase: self, failures: try compare(assessment.eligibility, assessment.calculation), results: checked)
    }

    private func compare(_ report: EligibilityReport, _ calculation: Calculation) throws(DiagnosticError) -> [String] {
        var failures: [String] = []
        if let verdict, report.verdict != verdict {
            failures.append("verdict: expected \(verdict.rawValue), got \(report.verdict.rawValue)")
        }
        let verdicts = report.groups.flatMap(\.results)
        for (id, expected) in criteria {
            guard let result = verdicts.first(where: { $0.criterion.id == id }) else {
                throw DiagnosticError(.error(.M5, "test case \(name): no criterion or requirement '\(id)'\(Suggestion.hint(for: id, in: verdicts.map(\.criterion.id)))", at: SourceLocation(file: file, line: 1, column: 1)))
            }
            if result.verdict != expected {
                let missing = result.missing.isEmpty ? "" : " (missing \(result.missing.map(\.description).joined(separator: ", ")))"
                failures.append("\(id): expected \(expected.rawValue), got \(result.verdict.rawValue)\(missing)")
            }
        }
        for (symbol, expected) in results {
            guard let step = calculation.step(symbol) else {
                let reason = period == nil ? "no equation '\(symbol)'\(Suggestion.hint(for: symbol, in: calculation.steps.map(\.equation.symbol)))"
                    : "'\(symbol)' is not computed for a monitoring period (programme figures are ex ante)"
                throw DiagnosticError(.error(.M5, "test case \(name): \(reason)", at: SourceLocation(file: file, line: 1, column: 1)))
            }
            switch (expected, step.value) {
            case (.undefined, .undefined):
                continue
            case (.amount(let amount), .quantity(let actual)):
                guard amount.dimension == actual.dimension else {
                    throw DiagnosticError(.error(.M5, "test case \(name): \(symbol) is \(actual.unit.dimension) (\(step.equation.unit)); the expected \(amount) is not", at: SourceLocation(file: file, line: 1, column: 1)))
                }
                if (try? Quantity.compare(actual, amount)) != .orderedSame { failures.append("\(symbol): expected \(expected), got \(step.value)") }
            default:
                failures.append("\(symbol): expected \(expected), got \(step.value)")
            }
        }
        let actualMissing = Set(verdicts.flatMap(\.missing))
        for field in missing where !actualMissing.contains(FieldPath(stringLiteral: field)) {
            failures.append("missing: expected '\(field)' to be named as missing evidence")
        }
        return failures
    }
}
