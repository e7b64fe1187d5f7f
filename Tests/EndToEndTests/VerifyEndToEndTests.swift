import Foundation
import Testing

/// `jcm verify` on the blower's generated year against the figures its monitoring report claims.
@Suite struct VerifyEndToEndTests {
    static let project = MonitorEndToEndTests.project
    static let claimed = "Examples/haiphong-blower-inverter/monitoring-report-MP1.yaml"

    struct Report: Decodable {
        struct Finding: Decodable { var category: String, subject: String, issue: String, text: String, location: String? }
        var outcome: String, exit_code: Int32, findings: [Finding]
    }

    static func verify(claimed: String, _ extra: [String] = []) throws -> (JCMProcess.Result, Report?) {
        let result = try JCMProcess.run(["verify", project, "--period", "MP1", "--data", MonitorEndToEndTests.year.long,
                                         "--claimed", claimed, "--format", "json"] + extra)
        return (result, try? JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)))
    }

    /// A copy of the shipped claim with one line changed.
    static func edited(_ from: String, _ to: String, name: String = "claimed.yaml") throws -> String {
        let folder = try JCMProcess.temporaryDirectory()
        let text = try String(contentsOf: JCMProcess.root.appendingPathComponent(claimed), encoding: .utf8)
        #expect(text.contains(from))
        let file = folder.appendingPathComponent(name)
        try text.replacingOccurrences(of: from, with: to).write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func figuresEqualToTheRecomputedOnesAreVerifiedWithForwardActionsForTheData() throws {
        let (result, parsed) = try Self.verify(claimed: Self.claimed)
        #expect(result.status == 0, "\(result.stdout.prefix(2000))\(result.stderr)")
        let report = try #require(parsed)
        #expect(report.outcome == "verified")
        let forward = report.findings.filter { $0.category == "FAR" }.map { "\($0.subject) \($0.issue)" }
        #expect(forward == ["FM-B1 gap", "EM-B2 uncalibrated", "FM-B2 duplicate"])
        #expect(report.findings.allSatisfy { $0.category == "FAR" })
    }

    @Test func theTextNamesTheGapAndTheLapseWithTheirTreatment() throws {
        let result = try JCMProcess.run(["verify", Self.project, "--period", "MP1", "--data", MonitorEndToEndTests.year.long,
                                         "--claimed", Self.claimed])
        #expect(result.status == 0)
        #expect(result.stdout.contains("FAR (forward action request)"))
        #expect(result.stdout.contains("FM-B1: gap (1 in the period, first: "))
        #expect(result.stdout.contains("Correction: 95.352065 kWh"))
        #expect(result.stdout.contains("is excluded (counted as no air delivered)"))
        #expect(result.stdout.contains("Verified: every claimed figure equals the recomputed one."))
    }

    @Test func oneChangedFigureIsACorrectiveActionNamingThePointAndBothValues() throws {
        let file = try Self.edited("EM-B1: 753.825251 MWh", "EM-B1: 752.1 MWh")
        let (result, parsed) = try Self.verify(claimed: file)
        #expect(result.status == 1)
        let report = try #require(parsed)
        let car = try #require(report.findings.first { $0.category == "CAR" })
        #expect(car.subject == "EM-B1")
        #expect(car.text.contains("claimed 752.1 MWh, recomputed 753.825251 MWh"), "\(car.text)")
        #expect(car.text.contains("-1.725251 MWh"), "\(car.text)")
        #expect(car.location?.hasSuffix("claimed.yaml:10:10") == true, "\(String(describing: car.location))")
        #expect(report.findings.filter { $0.category == "CAR" }.count == 1)
    }

    @Test func aMaterialOverclaimIsSaidToBeMaterial() throws {
        let file = try Self.edited("ER_p: 1,104 tCO2", "ER_p: 1,250 tCO2")
        let (result, parsed) = try Self.verify(claimed: file)
        #expect(result.status == 1)
        let car = try #require(parsed?.findings.first { $0.subject == "ER_p" })
        #expect(car.text.contains("+146 tCO2 (13.2246 % of the recomputed value: material)"), "\(car.text)")
    }

    @Test func aFigureRoundedInTheClaimIsAClarificationRequest() throws {
        let file = try Self.edited("RE_p: 2,100.8542091027072 tCO2", "RE_p: 2,100.85 tCO2")
        let (result, parsed) = try Self.verify(claimed: file)
        #expect(result.status == 1)
        let finding = try #require(parsed?.findings.first { $0.subject == "RE_p" })
        #expect(finding.category == "CL")
        #expect(finding.text.contains("only to the 0.01 tCO2 it is written to"), "\(finding.text)")
    }

    @Test func roundingIsJudgedInTheUnitTheClaimIsWrittenIn() throws {
        // 758.224579065 MWh written as 758,224.58 kWh: right to the hundredth of a kWh it states.
        let file = try Self.edited("EM-B2: 758.224579065 MWh", "EM-B2: 758,224.58 kWh")
        let (result, parsed) = try Self.verify(claimed: file)
        #expect(result.status == 1)
        let finding = try #require(parsed?.findings.first { $0.subject == "EM-B2" })
        #expect(finding.category == "CL", "\(finding.text)")
        #expect(finding.text.contains("only to the 0.01 kWh it is written to"), "\(finding.text)")
    }

    @Test func aFigureLeftOutIsACorrectiveActionRequest() throws {
        let file = try Self.edited("  PE_p: 996.743247978848 tCO2\n", "")
        let (result, parsed) = try Self.verify(claimed: file)
        #expect(result.status == 1)
        let finding = try #require(parsed?.findings.first { $0.subject == "PE_p" })
        #expect(finding.category == "CAR")
        #expect(finding.issue == "not_reported")
    }

    @Test func theSameClaimAsCSVIsReadToo() throws {
        let folder = try JCMProcess.temporaryDirectory()
        let file = folder.appendingPathComponent("claimed.csv")
        try """
            item,value,unit
            EM-B1,753.825251,MWh
            FM-B1,858295.2699,kNm3
            EM-B2,758224.579065,kWh
            FM-B2,862533.8006,kNm3
            reference_emissions,2100.8542091027072,tCO2
            project_emissions,996.743247978848,tCO2
            emission_reductions,1104,tCO2

            """.write(to: file, atomically: true, encoding: .utf8)
        let (result, parsed) = try Self.verify(claimed: file.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(parsed?.outcome == "verified")
    }

    @Test(arguments: [
        ("EM-B1: 753.825251 MWh", "EM-B9: 753.825251 MWh", ":10:10: error: [E6]", "neither a meter of the project nor a result"),
        ("EM-B1: 753.825251 MWh", "EM-B1: 753.825251 tCO2", ":10:10: error: [E6]", "is energy"),
        ("EM-B1: 753.825251 MWh", "EM-B1: 753,825.251.1 kWh", ":10:10: error: [E6]", "number"),
        ("format: jcm-claimed/1", "format: jcm-claimed/9", ":6:9: error: [E6]", "jcm-claimed/1"),
        ("period: MP1", "period: MP2", "claimed.yaml:8:9: error: [E6]", "of period MP2, not MP1"),
        ("project: VN-HP-BLOWER-01", "project: VN-HP-OTHER", "claimed.yaml:7:10: error: [E6]", "of project VN-HP-OTHER"),
    ])
    func aBadClaimIsExitTwoWithItsPlace(from: String, to: String, place: String, words: String) throws {
        let file = try Self.edited(from, to)
        let (result, _) = try Self.verify(claimed: file)
        #expect(result.status == 2)
        #expect(result.stderr.contains(place), "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
    }
}
