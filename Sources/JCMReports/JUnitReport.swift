import JCMDiagnostics
import JCMKit
import JCMRules
import JCMXML

/// JUnit XML for CI dashboards: a test suite per project, a test case per criterion and
/// requirement (`check`) or per equation (`calc`). A failing criterion or an undefined figure is
/// a failure, needs-evidence or a missing input is skipped with the missing fields, and a file
/// that cannot be read is an error.
public struct JUnitReporter: Reporter {
    public static let name = "junit"
    let wording: Wording

    public init(wording: Wording) { self.wording = wording.withCanonicalNumbers() }

    public func eligibility(_ assessment: Assessment) -> String { batch([BatchEntry(assessment)], command: .check) }

    public func calculation(_ assessment: Assessment) -> String { batch([BatchEntry(assessment)], command: .calc) }

    public func diagnostics(_ diagnostics: [Diagnostic]) -> String? {
        let file = diagnostics.first?.location?.file ?? "input"
        return batch([BatchEntry(file: file, outcome: .failure(DiagnosticError(diagnostics)))], command: .check)
    }

    struct TestCase {
        enum Outcome { case passed, failed(String, String), skipped(String), error(String, String, String) }
        var classname: String
        var name: String
        var outcome: Outcome
    }

    /// A project's test suite and its counts, for the totals of the run.
    public struct Part: Sendable {
        var suite: String
        var tests: Int, failures: Int, errors: Int, skipped: Int
    }

    public func partBody(_ entry: BatchEntry, command: BatchCommand) -> Part {
        let cases = testCases(entry, command)
        let failures = cases.filter { if case .failed = $0.outcome { true } else { false } }.count
        let errors = cases.filter { if case .error = $0.outcome { true } else { false } }.count
        let skipped = cases.filter { if case .skipped = $0.outcome { true } else { false } }.count
        let name = entry.assessment?.project.id ?? entry.file
        var suite = "  <testsuite name=\"\(Self.escape(name))\" tests=\"\(cases.count)\" failures=\"\(failures)\" "
            + "errors=\"\(errors)\" skipped=\"\(skipped)\" file=\"\(Self.escape(entry.file))\">\n"
        for test in cases { suite += Self.element(test, file: entry.file) }
        return Part(suite: suite + "  </testsuite>\n", tests: cases.count, failures: failures, errors: errors,
                    skipped: skipped)
    }

    public func batch(_ parts: [BatchPart<Part>], command: BatchCommand) -> [String] {
        let suites = parts.map(\.body)
        func total(_ count: KeyPath<Part, Int>) -> Int { suites.reduce(0) { $0 + $1[keyPath: count] } }
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"jcm \(command.rawValue)\" tests=\"\(total(\.tests))\" "
            + "failures=\"\(total(\.failures))\" errors=\"\(total(\.errors))\" skipped=\"\(total(\.skipped))\">\n"
        return [head] + suites.map(\.suite) + ["</testsuites>\n"]
    }

    private func testCases(_ entry: BatchEntry, _ command: BatchCommand) -> [TestCase] {
        guard let assessment = entry.assessment else {
            let problems = entry.problems
            let first = problems.first
            return [TestCase(classname: "jcm", name: "read \(entry.file)",
                             outcome: .error(first?.message ?? "bad input", first?.code.rawValue ?? "input",
                                             problems.map(\.description).joined(separator: "\n")))]
        }
        let id = assessment.project.id
        switch command {
        case .check:
            return assessment.eligibility.groups.flatMap { group in
                group.results.map { result in
                    let reasons = result.reasons.map(wording.sentence)
                    let outcome: TestCase.Outcome = switch result.verdict {
                    case .pass: .passed
                    case .fail: .failed(reasons.first ?? wording.label(.fail), reasons.joined(separator: "\n"))
                    case .needsEvidence: .skipped(reasons.joined(separator: "; "))
                    }
                    return TestCase(classname: "\(id).\(group.owner.rawValue)",
                                    name: "\(result.criterion.id): \(wording.localized(result.criterion.text).text)", outcome: outcome)
                }
            }
        case .calc:
            return assessment.calculation.steps.map { step in
                let outcome: TestCase.Outcome = switch step.value {
                case .undefined: .failed(wording.style.value(step.value), wording.style.value(step.value))
                case .unknown: .skipped(wording.style.value(step.value))
                default: .passed
                }
                return TestCase(classname: "\(id).\(step.owner.rawValue)",
                                name: "\(step.equation.symbol): \(wording.localized(step.equation.name).text)", outcome: outcome)
            }
        }
    }

    private static func element(_ test: TestCase, file: String) -> String {
        let open = "    <testcase classname=\"\(escape(test.classname))\" name=\"\(escape(test.name))\" file=\"\(escape(file))\""
        switch test.outcome {
        case .passed:
            return open + "/>\n"
        case .failed(let message, let detail):
            return open + ">\n      <failure message=\"\(escape(message))\" type=\"fail\">\(escape(detail))</failure>\n    </testcase>\n"
        case .skipped(let message):
            return open + ">\n      <skipped message=\"\(escape(message))\"/>\n    </testcase>\n"
        case .error(let message, let type, let detail):
            return open + ">\n      <error message=\"\(escape(message))\" type=\"\(escape(type))\">\(escape(detail))</error>\n    </testcase>\n"
        }
    }

    static func escape(_ text: String) -> String {
        XMLEscaping.escape(text).replacingOccurrences(of: "\n", with: "&#10;")
    }
}
