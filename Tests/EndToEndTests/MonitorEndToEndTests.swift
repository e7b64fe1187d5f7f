import Foundation
import Testing

/// `jcm monitor` on the blower's generated year of 1-minute data (scripts/generate-blower-meter-data.py),
/// whose gap, duplicate, replacement, rollover and calibration lapse are known by construction.
@Suite struct MonitorEndToEndTests {
    static let project = "Examples/haiphong-blower-inverter/project.yaml"

    /// The year in long and wide form, generated once for the suite.
    static let year: (folder: URL, long: String, wide: String) = {
        let folder = try! JCMProcess.temporaryDirectory()
        let long = folder.appendingPathComponent("year.csv").path, wide = folder.appendingPathComponent("year-wide.csv").path
        _ = try! JCMProcess.tool("python3", ["scripts/generate-blower-meter-data.py", "--out", long])
        _ = try! JCMProcess.tool("python3", ["scripts/generate-blower-meter-data.py", "--wide", "--out", wide])
        return (folder, long, wide)
    }()

    struct Report: Decodable {
        struct Amount: Decodable { var value: String, unit: String }
        struct Meter: Decodable {
            var id: String, measured: String, total: Amount?, undetermined: String?, findings: [String: Int]
            var gap_fill: Amount?, calibration_adjustment: Amount?, used_intervals: Int, outside_period: Int
        }
        struct Finding: Decodable, Equatable { var kind: String, meter: String, line: Int, start: String?, end: String? }
        struct Calculation: Decodable {
            struct Entry: Decodable { var amount: Amount? }
            var results: [String: Entry]
        }
        var meters: [Meter], findings: [Finding], calculation: Calculation
    }

    static func monitor(_ data: String, _ extra: [String] = [], project: String = project) throws -> (JCMProcess.Result, Report?) {
        let result = try JCMProcess.run(["monitor", project, "--period", "MP1", "--data", data, "--format", "json"] + extra)
        return (result, try? JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)))
    }

    @Test func theGeneratedYearGivesThePinnedFiguresAndExactlyTheInjectedFindings() throws {
        let (result, parsed) = try Self.monitor(Self.year.long)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(parsed)
        let measured = Dictionary(uniqueKeysWithValues: report.meters.map { ($0.id, $0.measured) })
        // The sums the generator made, by construction, in Python's decimal arithmetic.
        #expect(measured == ["EM-B1": "753825.251", "FM-B1": "858295269.9", "EM-B2": "758129.227", "FM-B2": "862533800.6"])
        let totals = Dictionary(uniqueKeysWithValues: report.meters.map { ($0.id, $0.total.map { "\($0.value) \($0.unit)" } ?? "-") })
        // EM-B2: 216 h outside every calibration, 19,070.413 kWh, raised by its 0.5 % class: +95.352065 kWh.
        #expect(totals == ["EM-B1": "753.825251 MWh", "FM-B1": "858295.2699 kNm3", "EM-B2": "758.224579065 MWh", "FM-B2": "862533.8006 kNm3"])
        let fm1 = try #require(report.meters.first { $0.id == "FM-B1" })
        #expect(fm1.gap_fill?.value == "0")  // the reference side's gap is excluded
        #expect(fm1.used_intervals == 525_600 - 240)
        #expect(report.meters.first { $0.id == "EM-B2" }?.calibration_adjustment?.value == "95.352065")
        #expect(report.findings == [
            .init(kind: "replacement", meter: "EM-B1", line: 762_494, start: "2027-02-10T09:59:00+07:00", end: "2027-02-10T10:00:00+07:00"),
            .init(kind: "gap", meter: "FM-B1", line: 613_695, start: "2027-01-15T10:00:00+07:00", end: "2027-01-15T14:00:00+07:00"),
            .init(kind: "rollover", meter: "EM-B2", line: 2564, start: "2026-10-01T10:36:00+07:00", end: "2026-10-01T10:37:00+07:00"),
            .init(kind: "uncalibrated", meter: "EM-B2", line: 1_048_101, start: "2027-04-01T00:00:00+07:00", end: "2027-04-10T00:00:00+07:00"),
            .init(kind: "duplicate", meter: "FM-B2", line: 883_038, start: "2027-03-03T08:15:00+07:00", end: nil),
        ])
        let results = report.calculation.results.mapValues { $0.amount.map { "\($0.value) \($0.unit)" } ?? "-" }
        #expect(results["reference_emissions"] == "2100.8542091027072 tCO2")
        #expect(results["project_emissions"] == "996.743247978848 tCO2")
        #expect(results["emission_reductions"] == "1104 tCO2")
    }

    @Test func theWideFormGivesTheSameFigures() throws {
        let (long, wide) = (try Self.monitor(Self.year.long).1, try Self.monitor(Self.year.wide).1)
        let pairs = zip(try #require(long).meters, try #require(wide).meters)
        for (a, b) in pairs {
            #expect(a.measured == b.measured)
            #expect(a.total?.value == b.total?.value)
            // The wide form repeats the whole row of 2027-03-03T08:15: a duplicate for every meter.
            #expect(a.findings.filter { $0.key != "duplicate" } == b.findings.filter { $0.key != "duplicate" }, "\(a.id)")
            #expect(b.findings["duplicate"] == 1, "\(b.id)")
        }
    }

    @Test(arguments: [("en", "gap, meter FM-B1", "95.352065 kWh"), ("vi", "khoảng trống dữ liệu, thiết bị đo FM-B1", "95,352065 kWh"),
                      ("ja", "欠測、計量器FM-B1", "95.352065 kWh")])
    func theTextReportNamesTheGapAndTheLapseInEveryLanguage(language: String, gap: String, correction: String) throws {
        let result = try JCMProcess.run(["monitor", Self.project, "--period", "MP1", "--data", Self.year.long, "--language", language])
        #expect(result.status == 0)
        #expect(result.stdout.contains("year.csv:613695"))
        #expect(result.stdout.contains(gap), "\(result.stdout.prefix(3000))")
        #expect(result.stdout.contains("year.csv:1048101"))
        #expect(result.stdout.contains(correction))
    }

    /// The Monitoring Report Sheet of the year, in every language, is the committed one
    /// (Output/monitoring/, made by scripts/regenerate-output.sh); the XML was validated on the way.
    @Test func theMonitoringReportSheetOfTheYearIsTheCommittedOneInEveryLanguage() throws {
        let out = Self.year.folder.appendingPathComponent("report-\(UUID().uuidString)")
        let project = JCMProcess.root.appendingPathComponent(Self.project).path
        let result = try JCMProcess.run(["monitor", project, "--period", "MP1", "--data", "year.csv", "--out", out.path,
                                         "--language", "en,vi,ja", "--methodologies", JCMProcess.root.appendingPathComponent("Methodologies").path,
                                         "--templates", JCMProcess.root.appendingPathComponent("Templates").path],
                                        in: Self.year.folder)
        #expect(result.status == 0, "\(result.stderr)")
        let committed = JCMProcess.root.appendingPathComponent("Output/monitoring")
        for (suffix, gap) in [("", "| year.csv:613695 | gap | FM-B1 |"), (".vi", "| year.csv:613695 | khoảng trống dữ liệu | FM-B1 |"),
                              (".ja", "| year.csv:613695 | 欠測 | FM-B1 |")] {
            let folder = URL(fileURLWithPath: out.path + suffix), golden = committed.appendingPathComponent("VN-HP-BLOWER-01.MP1" + suffix)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["manifest.json", "monitoring-report.md", "monitoring-report.xml"])
            for name in names {
                let fresh = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let kept = (try? String(contentsOf: golden.appendingPathComponent(name), encoding: .utf8)) ?? ""
                #expect(fresh == kept, "Output/monitoring/VN-HP-BLOWER-01.MP1\(suffix)/\(name) is stale: run scripts/regenerate-output.sh")
            }
            let markdown = try String(contentsOf: folder.appendingPathComponent("monitoring-report.md"), encoding: .utf8)
            #expect(markdown.contains(gap), "\(suffix)")
            #expect(markdown.contains("year.csv:1048101"))
            #expect(markdown.contains("b622aec4712eed08acf86175c2fbcb42c1d3989b68b1ba81921ac1bb16dfe664"))
        }
    }

    @Test func aLapseWithoutAnAccuracyClassLeavesThePeriodUndetermined() throws {
        let folder = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: JCMProcess.root.appendingPathComponent(Self.project), encoding: .utf8)
            .replacingOccurrences(of: "accuracy_class: 0.5 %, valid_from: 2027-04-10", with: "valid_from: 2027-04-10")
            .replacingOccurrences(of: "accuracy_class: 0.5 %, valid_from: 2025-04-01, valid_until: 2027-03-31",
                                  with: "valid_from: 2025-04-01, valid_until: 2027-03-31")
        let edited = folder.appendingPathComponent("project.yaml")
        try text.write(to: edited, atomically: true, encoding: .utf8)
        let (result, report) = try Self.monitor(Self.year.long, ["--methodologies", "Methodologies"], project: edited.path)
        #expect(result.status == 3, "\(result.stderr)")
        let meter = try #require(report?.meters.first { $0.id == "EM-B2" })
        #expect(meter.total == nil)
        #expect(meter.undetermined?.contains("accuracy class") == true)
        #expect(report?.calculation.results["project_emissions"]?.amount == nil)
    }

    @Test(arguments: [
        ("2026-10-01T00:00:00+07:00,EM-B1,1;5,kWh", "E3", ":2:33:", "is not a number"),
        ("2026-10-01T00:00:00+07:00,EM-B9,1.5,kWh", "E5", ":2:27:", "not declared by the project"),
        ("2026-10-01T00:00:00+07:00,EM-B1,1.5,Nm3", "E4", ":2:37:", "'Nm3' is normal volume"),
        ("2026-10-01T00:00:00,EM-B1,1.5,kWh", "E2", ":2:1:", "has no UTC offset"),
        ("2026-10-01T00:00:00+07:00,EM-B1,1.5", "E1", ":2:1:", "has 4 fields"),
    ])
    func badMeterDataIsExitTwoWithItsPlace(row: String, code: String, place: String, words: String) throws {
        let folder = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.csv")
        try ("timestamp,point,value,unit\n" + row + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["monitor", Self.project, "--period", "MP1", "--data", file.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad.csv\(place) error: [\(code)]"), "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
    }

    @Test func aFileThatIsNotCSVIsRefusedAtItsFirstLine() throws {
        let result = try JCMProcess.run(["monitor", Self.project, "--period", "MP1", "--data", "Templates/docx/reference.docx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("reference.docx:1:1: error: [E1]"), "\(result.stderr)")
    }

    @Test func aBadRowAtTheEndOfAYearFailsWithItsLine() throws {
        let folder = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("year-bad.csv")
        try FileManager.default.copyItem(atPath: Self.year.long, toPath: file.path)
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data("2027-10-01T00:01:00+07:00,EM-B1,12.5.3,kWh\n".utf8))
        try handle.close()
        let result = try JCMProcess.run(["monitor", Self.project, "--period", "MP1", "--data", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("year-bad.csv:2102177:"), "\(result.stderr)")
    }

    @Test func aFIFOIsRefusedAtOnceNotWaitedOn() throws {
        let folder = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("meters.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try JCMProcess.run(["monitor", Self.project, "--period", "MP1", "--data", fifo])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a regular file"), "\(result.stderr)")
    }

    @Test(arguments: [
        ("    rollover: 1,000,000 kWh", "    rollover: 0 kWh", "[P5] meter EM-B2: a register rolls over at a value above 0"),
        ("  - id: EM-B1\n", "  - id: \"EM\\nB1\"\n", "[P3] meter id"),
        ("  - id: EM-B1\n", "  - id: \"EM [B1]\"\n", "cannot name a column of meter data"),
    ])
    func aMeterDeclarationThatCannotBeReadIsBadInput(from: String, to: String, words: String) throws {
        let folder = try JCMProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: JCMProcess.root.appendingPathComponent(Self.project), encoding: .utf8)
        #expect(text.contains(from))
        let edited = folder.appendingPathComponent("project.yaml")
        try text.replacingOccurrences(of: from, with: to).write(to: edited, atomically: true, encoding: .utf8)
        let result = try JCMProcess.run(["monitor", edited.path, "--period", "MP1", "--data", Self.year.long,
                                         "--methodologies", JCMProcess.root.appendingPathComponent("Methodologies").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(result.stderr.contains("project.yaml:"), "\(result.stderr)")
    }

    @Test func anUnknownPeriodOrNoDataIsBadInput() throws {
        let unknown = try JCMProcess.run(["monitor", Self.project, "--period", "MP9", "--data", Self.year.long])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no monitoring period 'MP9'"))
        let missing = try JCMProcess.run(["monitor", Self.project, "--period", "MP1", "--data", "/nonexistent.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read meter data file '/nonexistent.csv'"))
    }
}
