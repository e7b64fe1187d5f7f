import Foundation
import Testing

/// A cost breakdown that does not add up, or that breaks a rule of the call, is bad input: exit 2, a
/// message at the file, line and column of the key, and nothing written.
@Suite struct CostBreakdownEndToEndTests {
    static let cases: [(from: String, to: String, place: String, words: String)] = [
        (
            "initial_investment: 66,950,000 JPY", "initial_investment: 66,940,000 JPY", ":49:23: error: [P12]",
            "the cost items add up to 66,950,000 JPY (61,000,000 JPY and 5,950,000 JPY consumption tax), but "
                + "'finance.initial_investment' is 66,940,000 JPY"
        ),
        (
            "      amount: 21,000,000 JPY", "      amount: 20,000,000 JPY", ":215:5: error: [P12]",
            "the subsidy by fiscal year adds up to 29,000,000 JPY, but 'finance.subsidy_requested' is 30,000,000 JPY"
        ),
        (
            "fiscal_year: FY2025", "fiscal_year: FY2027", ":215:20: error: [P12]",
            "subsidy for FY2027 falls outside the project's fiscal years: FY2025 to FY2026"
        ),
        ("fiscal_year: FY2025", "fiscal_year: 2025", ":215:20: error: [P12]", "is '2025', not a Japanese fiscal year"),
        ("category: office_costs", "category: office_cost", ":206:17: error: [P3]", "(did you mean 'office_costs'?)"),
        (
            "      quotation: HPMS-2025-078\n", "", ":200:7: error: [P2]",
            "missing required key 'quotation' in 'cost_breakdown.items[4]'"
        ),
        (
            "      own_supply_profit: 1,000,000 JPY\n", "", ":187:7: error: [P12]",
            "is supplied by the consortium member 'Kitakyushu Blower Engineering Co., Ltd.': give its 'own_supply_profit'"
        ),
        (
            // Pasted with a trailing space and in capitals, the supplier is still the consortium member.
            "      supplier: Kitakyushu Blower Engineering Co., Ltd.\n      quotation: Q-KBE-2025-031\n"
                + "      own_supply_profit: 1,000,000 JPY\n",
            "      supplier: \"KITAKYUSHU BLOWER ENGINEERING CO., LTD. \"\n      quotation: Q-KBE-2025-031\n",
            ":187:7: error: [P12]", "give its 'own_supply_profit' (0 JPY when supplied at cost)"
        ),
        (
            "      amount: 38,000,000 JPY", "      amount: 38,000,000.5 JPY", ":177:15: error: [P12]",
            "'cost_breakdown.items[0].amount' is 38,000,000.5 JPY; amounts are whole yen"
        ),
        (
            "      amount: 26,950,000 JPY", "      amount: 16,950,000 JPY", ":220:5: error: [P12]",
            "the funding plan adds up to 26,950,000 JPY, but the part not subsidised"
        ),
    ]

    @Test(arguments: cases)
    func aBreakdownThatDoesNotAddUpIsExitTwoAndWritesNothing(
        from: String, to: String, place: String, words: String
    ) throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory) {
            $0.replacingOccurrences(of: from, with: to)
        }
        let check = try JCMProcess.run(["check", project])
        #expect(check.status == 2)
        #expect(check.stderr.contains(project + place), "\(check.stderr)")
        #expect(check.stderr.contains(words), "\(check.stderr)")
        let out = directory.appendingPathComponent("out")
        let render = try JCMProcess.run(["render", project, "--out", out.path])
        #expect(render.status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
    }

    @Test func aRefusedAmountIsReportedOnceNotAgainInTheSums() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory) {
            $0.replacingOccurrences(of: "own_supply_profit: 1,000,000 JPY", with: "own_supply_profit: -1,000,000 JPY")
        }
        let check = try JCMProcess.run(["check", project])
        #expect(check.status == 2)
        #expect(check.stderr.contains(":193:26: error: [P5]"), "\(check.stderr)")
        #expect(!check.stderr.contains("[P12]"), "\(check.stderr)")
    }

    @Test func aFiscalYearWrittenInLowerCaseIsPrintedAsTheCallWritesIt() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try JCMProcess.editedExample("haiphong-blower-inverter", in: directory) {
            $0.replacingOccurrences(of: "fiscal_year: FY2025", with: "fiscal_year: fy2025")
        }
        let out = directory.appendingPathComponent("out")
        #expect(try JCMProcess.run(["render", project, "--out", out.path]).status == 0)
        for document in ["cost-breakdown.md", "application-form.md"] {
            let text = try String(contentsOf: out.appendingPathComponent(document), encoding: .utf8)
            #expect(text.contains("| FY2025 |") && !text.contains("fy2025"), "\(document)")
        }
    }
}
