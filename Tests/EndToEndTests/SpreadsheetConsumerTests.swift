import Foundation
import Testing

/// The Monitoring Spreadsheet as its users open it: LibreOffice recalculates every formula and
/// must find jcm's figures; openpyxl must find a formula, not a value, in every result cell.
/// Needs python3 with openpyxl and LibreOffice (`soffice`), which `.ci/run` installs.
@Suite(.serialized) struct SpreadsheetConsumerTests {
    struct Report: Decodable {
        struct File: Decodable {
            var file: String
            var rows: [Row]
            var defined_names: [String: String]
        }
        struct Row: Decodable {
            var sheet: String
            var cell: String
            var symbol: String
            var step: String?
            var formula: String?
            var computed: String?
            var exact: String?
        }
        var files: [File]
    }

    /// Each example with the exit code of its render: the check's verdict (the composting project fails,
    /// Lan Ha Bay is undetermined); the documents are written either way.
    static let examples = ["haiphong-blower-inverter": 0, "haiphong-rooftop-pv": 0, "haiphong-takakura-composting": 1,
                           "lan-ha-bay-floating-village-solar": 3]

    /// Renders every example in every language and returns the spreadsheets' paths.
    static func renderAll(into directory: URL) throws -> [String] {
        var files: [String] = []
        for (example, status) in examples.sorted(by: { $0.key < $1.key }) {
            let out = directory.appendingPathComponent(example).path
            let result = try JCMProcess.run(["render", "Examples/\(example)/project.yaml", "--out", out, "--language", "en,vi,ja"])
            #expect(result.status == status, "\(example): \(result.stderr)")
            files += [out, out + ".vi", out + ".ja"].map { $0 + "/monitoring-spreadsheet.xlsx" }
        }
        return files
    }

    static func read(_ files: [String], settings: [String] = []) throws -> Report {
        let script = JCMProcess.root.appendingPathComponent("Tests/Consumers/xlsx_results.py").path
        let result = try JCMProcess.tool("python3", [script] + settings.flatMap { ["--set", $0] } + files)
        guard result.status == 0 else {
            Issue.record("the spreadsheet reader failed (needs python3 with openpyxl and LibreOffice's soffice; .ci/run installs them): \(result.stderr)")
            return Report(files: [])
        }
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }

    @Test func libreOfficeRecalculatesEveryResultToJcmsValue() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try Self.renderAll(into: directory)
        let report = try Self.read(files)
        #expect(report.files.count == files.count)
        var compared = 0
        for file in report.files {
            for row in file.rows {
                let place = "\(file.file) \(row.sheet)!\(row.cell) (\(row.symbol) \(row.step ?? ""))"
                let formula = try #require(row.formula, "\(place) holds a value, not a formula")
                #expect(formula.hasPrefix("="), "\(place)")
                guard let exact = row.exact.flatMap({ Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }) else {
                    // jcm could not compute it (a missing input): the spreadsheet shows an error, not a number.
                    #expect(row.computed?.hasPrefix("#") ?? true, "\(place): jcm says \(row.exact ?? "nothing") but LibreOffice computed \(row.computed ?? "")")
                    continue
                }
                let computed = try #require(row.computed.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) },
                                            "\(place): LibreOffice gives \(row.computed ?? "nothing") where jcm gives \(exact)")
                if formula.contains("ROUND") {
                    #expect(computed == exact, "\(place): LibreOffice rounds to \(computed), jcm to \(exact)")
                } else {
                    let tolerance = max(exact.magnitude, 1) * Decimal(string: "1e-12")!
                    #expect((computed - exact).magnitude <= tolerance, "\(place): LibreOffice gives \(computed), jcm \(exact)")
                }
                compared += 1
            }
        }
        // 4 examples × 3 languages; the blower alone has 16 result rows with a number.
        #expect(compared >= 12 * 10)
    }

    @Test func theResultsFollowAChangedInput() throws {
        let directory = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("blower").path
        let result = try JCMProcess.run(["render", "Examples/haiphong-blower-inverter/project.yaml", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        // With 0.5 tCO2/MWh instead of 0.6592: RE = 2 × 864,000 kNm3 × 1.852 kWh/kNm3 × 0.5 = 1,600.128 t,
        // PE = 2 × 736 MWh × 0.5 = 736 t, ER = 864.128 t, rounded down to 864 t.
        let report = try Self.read([out + "/monitoring-spreadsheet.xlsx"], settings: ["EF_elec=0.5"])
        let rows = report.files.first?.rows ?? []
        #expect(rows.first { $0.symbol == "RE_p" && $0.step == nil }?.computed == "1600.128")
        #expect(rows.last { $0.symbol == "ER_p" }?.computed == "864")
        #expect(rows.first { $0.symbol == "credits_to_government_of_japan" }?.computed == "3888")
        #expect(report.files.first?.defined_names["EF_elec"] == "'MPS(input)'!$D$11")

        // Blower B-1 using 5,000 MWh: the reductions turn negative, and the figures that need
        // reductions give #N/A, as jcm gives them no number.
        let negative = try Self.read([out + "/monitoring-spreadsheet.xlsx"], settings: ["EC_PJ_B_1=5000"])
        let changed = negative.files.first?.rows ?? []
        // RE 2,109.6087552 t − PE 5,736 MWh × 0.6592 = −1,671.5624448 t, rounded down towards minus
        // infinity as jcm does (Excel's ROUNDDOWN alone would give −1,671).
        #expect(changed.last { $0.symbol == "ER_p" }?.computed == "-1672")
        for symbol in ["cost_effectiveness", "expected_credits", "credits_to_government_of_japan"] {
            #expect(changed.first { $0.symbol == symbol }?.computed == "#N/A", "\(symbol)")
        }
    }
}
