import ArgumentParser
import Foundation
import JCMDiagnostics
import JCMKit
import JCMReports

struct TestCases: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the test cases kept as data next to the methodologies and programme calls.",
        discussion: """
            A test case (format jcm-test/1) names a project, optional text edits to it, and the \
            verdicts and figures the rules must give. Exit 0 when every case passes, 1 when one \
            fails, 2 on bad input.

            Examples:
              jcm test
              jcm test Methodologies/VN_PM_DRAFT_BLOWER/tests/*.yaml
            """
    )

    @Argument(help: ArgumentHelp("Test case files (default: every test case in the methodology folder).", valueName: "case.yaml"))
    var files: [String] = []

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reporting(json: false) {
            let wording = try language.wording()
            let catalog = try data.catalog(near: files.first)
            var cases: [RuleTestCase] = []
            if files.isEmpty {
                cases = try RuleTestCase.discover(in: catalog.directory)
            } else {
                for file in files { cases.append(try RuleTestCase.load(file)) }
            }
            var failed = 0
            for testCase in cases {
                let outcome = try testCase.run(catalog: catalog)
                Console.out("\(outcome.passed ? "PASS" : "FAIL")  \(testCase.name)  (\(testCase.file))\n")
                for failure in outcome.failures { Console.out("      - \(failure)\n") }
                for result in outcome.results where !outcome.passed && outcome.failures.contains(where: { $0.hasPrefix("\(result.criterion.id):") }) {
                    for reason in result.reasons { Console.out("          \(wording.sentence(reason))\n") }
                }
                if !outcome.passed { failed += 1 }
            }
            Console.out("\(cases.count - failed) passed, \(failed) failed\n")
            return failed == 0 ? .eligible : .notEligible
        }
    }
}
