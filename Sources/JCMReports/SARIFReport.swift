import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules

/// SARIF 2.1.0 for code-scanning views: a rule per criterion, requirement or equation (with its
/// text and source) and per input diagnostic code; a result per failing or undetermined one, at
/// the line and column of the project field that decided it. Fail and bad input are errors,
/// needs-evidence and undefined figures warnings, a figure missing its data a note.
public struct SARIFReporter: Reporter {
    public static let name = "sarif"
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    let wording: Wording

    public init(wording: Wording) { self.wording = wording.withCanonicalNumbers() }

    public func eligibility(_ assessment: Assessment) -> String { batch([BatchEntry(assessment)], command: .check) }

    public func calculation(_ assessment: Assessment) -> String { batch([BatchEntry(assessment)], command: .calc) }

    public func diagnostics(_ diagnostics: [Diagnostic]) -> String? {
        batch([BatchEntry(file: diagnostics.first?.location?.file ?? "input", outcome: .failure(DiagnosticError(diagnostics)))], command: .check)
    }

    /// A project's results, their rule indexes counted in `rules`, the rules it met.
    public struct Part: Sendable {
        var rules: RuleBook
        var results: [Log.Result]
    }

    public func partBody(_ entry: BatchEntry, command: BatchCommand) -> Part {
        var rules = RuleBook()
        guard let assessment = entry.assessment else {
            let results = entry.problems.map { problem in
                let index = rules.index(id: problem.code.rawValue, text: problem.code.meaning, help: nil)
                return Log.Result(ruleId: problem.code.rawValue, ruleIndex: index, level: "error",
                                  message: .init(text: problem.message),
                                  locations: [location(problem.location, file: entry.file)])
            }
            return Part(rules: rules, results: results)
        }
        let results = switch command {
        case .check: criteria(assessment, file: entry.file, rules: &rules)
        case .calc: figures(assessment, file: entry.file, rules: &rules)
        }
        return Part(rules: rules, results: results)
    }

    /// One run: the projects' rules merged in the order first met, each result pointing at its rule.
    public func batch(_ parts: [BatchPart<Part>], command: BatchCommand) -> [String] {
        var rules = RuleBook()
        var results: [Log.Result] = []
        for part in parts {
            let indexes = part.body.rules.rules.map { rules.index(of: $0) }
            results += part.body.results.map { result in
                var result = result
                result.ruleIndex = indexes[result.ruleIndex]
                return result
            }
        }
        let driver = Log.Driver(name: "jcm", version: ToolVersion.current, rules: rules.rules)
        let run = Log.Run(tool: .init(driver: driver), results: results)
        return [JSONReport.encode(Log(schema: Self.schema, version: "2.1.0", runs: [run]))]
    }

    private func criteria(_ assessment: Assessment, file: String, rules: inout RuleBook) -> [Log.Result] {
        let warnings = assessment.eligibility.warnings.map { warning -> Log.Result in
            let isMethodology = assessment.methodology?.rules.plausibility.contains { $0.id == warning.criterion.id } ?? false
            let owner = isMethodology ? assessment.methodology.map { "\($0.id)/\($0.version)" } : assessment.programme?.id
            let id = "\(owner ?? "rules")/\(warning.criterion.id)"
            let index = rules.index(id: id, text: wording.localized(warning.criterion.text).text, help: warning.criterion.provenance?.source)
            let reasons = warning.reasons.map(wording.sentence).joined(separator: "; ")
            return Log.Result(ruleId: id, ruleIndex: index, level: "warning",
                              message: .init(text: "\(assessment.project.id): \(wording.text(.textWarning)): \(reasons)"),
                              locations: [location(warning.location, file: file)])
        }
        return assessment.eligibility.groups.flatMap { group in
            group.results.compactMap { result -> Log.Result? in
                let owner = group.owner == .methodology ? assessment.methodology.map { "\($0.id)/\($0.version)" } : assessment.programme?.id
                let id = "\(owner ?? group.owner.rawValue)/\(result.criterion.id)"
                let index = rules.index(id: id, text: wording.localized(result.criterion.text).text, help: result.criterion.provenance?.source)
                let level: String
                switch result.verdict {
                case .pass: return nil
                case .fail: level = "error"
                case .needsEvidence: level = "warning"
                }
                let reasons = result.reasons.map(wording.sentence).joined(separator: "; ")
                let message = "\(assessment.project.id): \(wording.label(result.verdict)): \(reasons)"
                return Log.Result(ruleId: id, ruleIndex: index, level: level, message: .init(text: message),
                                  locations: [location(result.location ?? missingFieldLocation(result, assessment), file: file)])
            }
        } + warnings
    }

    private func figures(_ assessment: Assessment, file: String, rules: inout RuleBook) -> [Log.Result] {
        assessment.calculation.steps.compactMap { step -> Log.Result? in
            let level: String
            switch step.value {
            case .undefined: level = "warning"
            case .unknown: level = "note"
            default: return nil
            }
            let owner = step.owner == .methodology ? assessment.methodology.map { "\($0.id)/\($0.version)" } : assessment.programme?.id
            let id = "\(owner ?? step.owner.rawValue)/\(step.equation.symbol)"
            let index = rules.index(id: id, text: wording.localized(step.equation.name).text, help: nil)
            let location = step.inputs.compactMap { $0.origin?.location }.first
            return Log.Result(ruleId: id, ruleIndex: index, level: level,
                              message: .init(text: "\(assessment.project.id): \(step.equation.symbol) = \(wording.style.value(step.value))"),
                              locations: [self.location(location, file: file)])
        }
    }

    /// Where a missing field would go: the nearest part of its path the project has.
    private func missingFieldLocation(_ result: CriterionResult, _ assessment: Assessment) -> SourceLocation? {
        for path in result.missing {
            var segments = path.segments
            while !segments.isEmpty {
                segments.removeLast()
                if let location = Self.node(assessment.project.data, segments[...])?.location { return location }
            }
        }
        return nil
    }

    private static func node(_ node: DataNode, _ segments: ArraySlice<FieldPath.Segment>) -> DataNode? {
        guard let first = segments.first else { return node }
        switch first {
        case .key(let key): return node.field(key).flatMap { Self.node($0, segments.dropFirst()) }
        case .item(let id):
            let items = node.items
            let found = items.first { $0.field("id")?.value == .text(id) } ?? Int(id).flatMap { $0 < items.count ? items[$0] : nil }
            return found.flatMap { Self.node($0, segments.dropFirst()) }
        }
    }

    private func location(_ location: SourceLocation?, file: String) -> Log.Location {
        let path = location?.file ?? file
        return Log.Location(physicalLocation: .init(
            artifactLocation: .init(uri: Self.uri(path)),
            region: location.map { .init(startLine: max(1, $0.line), startColumn: max(1, $0.column)) } ?? .init(startLine: 1, startColumn: 1)))
    }

    /// A relative path stays relative (the repository's view); an absolute one is a file URI.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// The rules met so far, each once, in the order first met.
    struct RuleBook: Sendable {
        var rules: [Log.Rule] = []
        var indexes: [String: Int] = [:]

        mutating func index(id: String, text: String, help: String?) -> Int {
            index(of: Log.Rule(id: id, shortDescription: .init(text: text), fullDescription: .init(text: text),
                               help: help.map { .init(text: $0) }))
        }

        mutating func index(of rule: Log.Rule) -> Int {
            if let index = indexes[rule.id] { return index }
            indexes[rule.id] = rules.count
            rules.append(rule)
            return rules.count - 1
        }
    }

    /// The parts of the SARIF log jcm writes.
    struct Log: Encodable {
        struct Text: Encodable, Sendable { var text: String }
        struct Rule: Encodable, Sendable { var id: String, shortDescription: Text, fullDescription: Text, help: Text? }
        struct Driver: Encodable { var name: String, version: String, rules: [Rule] }
        struct Tool: Encodable { var driver: Driver }
        struct Region: Encodable, Sendable { var startLine: Int, startColumn: Int }
        struct ArtifactLocation: Encodable, Sendable { var uri: String }
        struct PhysicalLocation: Encodable, Sendable { var artifactLocation: ArtifactLocation, region: Region }
        struct Location: Encodable, Sendable { var physicalLocation: PhysicalLocation }
        struct Result: Encodable, Sendable {
            var ruleId: String, ruleIndex: Int, level: String, message: Text, locations: [Location]
        }
        struct Run: Encodable { var tool: Tool, results: [Result] }

        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }
}
