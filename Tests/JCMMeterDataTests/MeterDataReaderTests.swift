import Foundation
import JCMDiagnostics
import Testing
@testable import JCMMeterData

/// Each data-quality rule, calibration case and form of docs/meter-data.md, on small files whose
/// totals are worked out by hand.
@Suite struct MeterDataReaderTests {
    typealias F = MeterDataFixture
    static let header = "timestamp,point,value,unit\n"

    @Test func aFullDayOfIntervalsSumsExactly() throws {
        let summary = try F.read(Self.header + F.minutes("EM-B1", F.fullDay("1.001")), meters: [F.meter()])[0]
        #expect(summary.measured == Decimal(string: "1441.44"))
        #expect(summary.usedIntervals == 1440)
        #expect(summary.missingSeconds == 0)
        #expect(summary.findings.isEmpty)
    }

    @Test func decimalsThatFloatingPointLosesStayExact() throws {
        // 0.1 + 0.2 a thousand times: a float sum drifts, the exact one is 300.
        let values = (0..<1440).map { $0 < 1000 ? "0.3" : ($0 % 2 == 0 ? "0.1" : "0.2") } as [String?]
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter()])[0]
        #expect(summary.measured == Decimal(string: "366")!)
    }

    @Test func aGapIsNamedWithItsSpanAndLine() throws {
        var values = F.fullDay("1")
        for minute in 600..<840 { values[minute] = nil }
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter()])[0]
        #expect(summary.missingSeconds == 240 * 60)
        let gap = try #require(summary.findings.first { $0.kind == .gap })
        #expect(MeterTimestamp.text(gap.start, offset: F.offset) == "2026-10-01T10:00:00+07:00")
        #expect(MeterTimestamp.text(gap.end, offset: F.offset) == "2026-10-01T14:00:00+07:00")
        #expect(gap.line == 602)  // the header, 600 rows, then the first row after the gap
        #expect(summary.measured == 1200)
    }

    @Test func missingStartAndEndOfThePeriodAreGapsToo() throws {
        var values = F.fullDay("1")
        values[0] = nil
        values[1439] = nil
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter()])[0]
        #expect(summary.count(.gap) == 2)
        #expect(summary.missingSeconds == 120)
    }

    @Test func aDuplicateIsReportedAndNotCounted() throws {
        let rows = F.minutes("EM-B1", F.fullDay("2")).split(separator: "\n").map(String.init)
        let csv = Self.header + (rows[0...10] + [rows[10]] + rows[11...]).joined(separator: "\n")
        let summary = try F.read(csv, meters: [F.meter()])[0]
        #expect(summary.count(.duplicate) == 1)
        #expect(summary.findings.first { $0.kind == .duplicate }?.line == 13)
        #expect(summary.measured == 2880)
    }

    @Test func aRowOutOfOrderIsReportedAndNotUsed() throws {
        var rows = F.minutes("EM-B1", F.fullDay("1")).split(separator: "\n").map(String.init)
        rows.swapAt(5, 6)
        let summary = try F.read(Self.header + rows.joined(separator: "\n"), meters: [F.meter()])[0]
        #expect(summary.count(.outOfOrder) == 1)
        #expect(summary.count(.gap) == 1)  // the minute that came too late is missing where it belonged
        #expect(summary.measured == 1439)
    }

    @Test func negativeIntervalValuesAreMissingTime() throws {
        var values = F.fullDay("1")
        values[3] = "-0.5"
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter()])[0]
        #expect(summary.count(.negativeValue) == 1)
        #expect(summary.missingSeconds == 60)
        #expect(summary.measured == 1439)
    }

    @Test func valuesBeyondThePhysicalBoundAreMissingTime() throws {
        // 250 kW for one minute is 4.1666… kWh: 4.166 passes, 4.167 does not.
        var values = F.fullDay("4.166")
        values[7] = "4.167"
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter(boundPerHour: 250)])[0]
        #expect(summary.count(.beyondBound) == 1)
        #expect(summary.findings.first { $0.kind == .beyondBound }?.line == 9)
    }

    @Test func readingsOutsideThePeriodAreCountedAndIgnored() throws {
        let csv = Self.header + F.minutes("EM-B1", ["5", "5"], from: "2026-09-30T23:58:00+07:00") + "\n"
            + F.minutes("EM-B1", F.fullDay("1")) + "\n" + F.minutes("EM-B1", ["7"], from: "2026-10-02T00:00:00+07:00")
        let summary = try F.read(csv, meters: [F.meter()])[0]
        #expect(summary.outsidePeriod == 3)
        #expect(summary.measured == 1440)
    }

    @Test func registersGiveIncrementsStampedAtTheEarlierReading() throws {
        // 1441 register readings, 00:00 of the day to 00:00 of the next: 1440 increments of 0.5.
        let values = (0...1440).map { String(1000 + Double($0) / 2) } as [String?]
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter("EM-B1", .cumulative)])[0]
        #expect(summary.measured == 720)
        #expect(summary.usedIntervals == 1440)
        #expect(summary.outsidePeriod == 0)
        #expect(summary.missingSeconds == 0)
    }

    @Test func aRegisterGapIsSpannedByItsIncrement() throws {
        var values = (0...1440).map { String(1000 + $0) } as [String?]
        for minute in 100..<160 { values[minute] = nil }
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter("EM-B1", .cumulative)])[0]
        #expect(summary.measured == 1440)
        #expect(summary.count(.spannedGap) == 1)
        #expect(summary.count(.gap) == 0)
    }

    @Test func aRolloverWrapsTheRegister() throws {
        let values = (0...1440).map { String((999_000 + 2 * $0) % 1_000_000) } as [String?]
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter("EM-B1", .cumulative, rollover: 1_000_000)])[0]
        #expect(summary.measured == 2880)
        #expect(summary.count(.rollover) == 1)
        #expect(summary.findings.first { $0.kind == .rollover }?.line == 502)
    }

    @Test func withoutADeclaredRolloverAFallIsAReset() throws {
        let values = (0...1440).map { String((999_000 + 2 * $0) % 1_000_000) } as [String?]
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter("EM-B1", .cumulative)])[0]
        #expect(summary.count(.registerReset) == 1)
        #expect(summary.missingSeconds == 60)
        #expect(summary.measured == 2878)
    }

    @Test func aFallFromAboveTheRolloverValueIsAResetNotARollover() throws {
        // The register reads 2,000 and more, above its declared rollover of 1,000: a fall is no rollover.
        let values = (0...1440).map { $0 == 700 ? "940" : String(2000 + $0) } as [String?]
        let summary = try F.read(Self.header + F.minutes("EM-B1", values), meters: [F.meter("EM-B1", .cumulative, rollover: 1000)])[0]
        #expect(summary.count(.rollover) == 0)
        #expect(summary.count(.registerReset) == 1)
        // 1,438 increments of 1, the reset minute missing, then 940 → 2,701.
        #expect(summary.measured == Decimal(3199))
        #expect(summary.missingSeconds == 60)
    }

    @Test func aReplacementJoinsTheOldAndTheNewRegister() throws {
        // The old meter reads 5000 + minute until 09:59; at 10:00 the new one reads 0 + what ran since.
        let swap = MeterSpec.Replacement(at: F.time("2026-10-01T10:00:00+07:00"), oldFinalReading: Decimal(string: "5599.5")!,
                                         newInitialReading: 0)
        let values: [String?] = (0...1440).map { (minute: Int) -> String? in
            minute < 600 ? "\(5000 + minute)" : "\(minute - 600).5"
        }
        let summary = try F.read(Self.header + F.minutes("EM-B1", values),
                                 meters: [F.meter("EM-B1", .cumulative, replacements: [swap])])[0]
        #expect(summary.count(.replacement) == 1)
        #expect(summary.findings.first { $0.kind == .replacement }?.line == 602)
        // 599 increments of 1 before, 0.5 + 0.5 across, 840 of 1 after.
        #expect(summary.measured == 1440)
        #expect(summary.count(.registerReset) == 0)
    }

    @Test func readingsOutsideEveryCalibrationAreSummedApart() throws {
        let calibrated = [("2026-01-01T00:00:00+07:00", "2026-10-01T06:00:00+07:00"),
                          ("2026-10-01T08:00:00+07:00", "2027-01-01T00:00:00+07:00")]
        let summary = try F.read(Self.header + F.minutes("EM-B1", F.fullDay("1.5")), meters: [F.meter(calibrated: calibrated)])[0]
        #expect(summary.uncalibrated == 180)
        #expect(summary.uncalibratedSeconds == 7200)
        let lapse = try #require(summary.findings.first { $0.kind == .uncalibrated })
        #expect(MeterTimestamp.text(lapse.start, offset: F.offset) == "2026-10-01T06:00:00+07:00")
        #expect(MeterTimestamp.text(lapse.end, offset: F.offset) == "2026-10-01T08:00:00+07:00")
        #expect(lapse.line == 362)
    }

    @Test func theWideFormReadsTheSameAsTheLongForm() throws {
        var wide = "timestamp,EM-B1 [kWh],FM-B1 [kNm3]\n"
        var long = Self.header
        for minute in 0..<1440 {
            let stamp = MeterTimestamp.text(F.day.start + Int64(minute) * 60, offset: F.offset)
            let flow = minute == 30 ? "" : "0.0\(minute % 10)"
            wide += "\(stamp),1.25,\(flow)\n"
            long += "\(stamp),EM-B1,1.25,kWh\n" + (flow.isEmpty ? "" : "\(stamp),FM-B1,\(flow),kNm3\n")
        }
        let meters = [F.meter(), F.meter("FM-B1", unit: "kNm3")]
        let fromWide = try F.read(wide, meters: meters), fromLong = try F.read(long, meters: meters)
        for (a, b) in zip(fromWide, fromLong) {
            #expect(a.measured == b.measured)
            #expect(a.missingSeconds == b.missingSeconds)
        }
        #expect(fromWide[0].measured == 1800)
        #expect(fromWide[1].count(.gap) == 1)
    }

    @Test func anotherUnitOfTheSameDimensionIsConvertedAndReported() throws {
        var rows = F.minutes("EM-B1", F.fullDay("1")).split(separator: "\n").map(String.init)
        rows[3] = rows[3].replacingOccurrences(of: ",1,kWh", with: ",0.001,MWh")
        let summary = try F.read(Self.header + rows.joined(separator: "\n"), meters: [F.meter()])[0]
        #expect(summary.measured == 1440)
        #expect(summary.count(.unitDiffers) == 1)
    }

    @Test func quotesCRLFAndAByteOrderMarkAreRead() throws {
        let csv = "\u{FEFF}\"timestamp\",\"point\",\"value\",\"unit\"\r\n"
            + F.minutes("EM-B1", F.fullDay("1")).split(separator: "\n").map { row in
                row.split(separator: ",").map { "\"\($0)\"" }.joined(separator: ",")
            }.joined(separator: "\r\n") + "\r\n\r\n"
        #expect(try F.read(csv, meters: [F.meter()])[0].measured == 1440)
    }

    @Test(arguments: [
        ("Time;Value\n", "E1", 1, 1, "is not meter data"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00,EM-B1,1,kWh\n", "E2", 2, 1, "has no UTC offset"),
        ("timestamp,point,value,unit\n2026-02-30T00:00:00+07:00,EM-B1,1,kWh\n", "E2", 2, 1, "not a time of the calendar"),
        ("timestamp,point,value,unit\n01/10/2026 00:00,EM-B1,1,kWh\n", "E2", 2, 1, "is not a timestamp"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B1,\"1,5\",kWh\n", "E3", 2, 34, "is not a number jcm reads"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B1,1e3,kWh\n", "E3", 2, 33, "no exponent"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B1,1.0000000001,kWh\n", "E3", 2, 33, "9 digits after"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B1,1,Nm3\n", "E4", 2, 35, "'Nm3' is normal volume"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B1,1,kWhh\n", "E4", 2, 35, "not a unit jcm knows"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B2,1,kWh\n", "E5", 2, 27, "did you mean 'EM-B1'"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B1,1\n", "E1", 2, 1, "has 4 fields"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,EM-B1,1,kWh,x\n", "E1", 2, 39, "has more"),
        ("timestamp,point,value,unit\n2026-10-01T00:00:00+07:00,\"EM-B1,1,kWh\n", "E1", 2, 27, "not closed"),
        ("timestamp,EM-B1\n", "E1", 1, 11, "does not say its unit"),
        ("timestamp,EM-B1 [kWh]\n2026-10-01T00:00:00+07:00,1,2\n", "E1", 2, 29, "more fields"),
        ("", "E1", 1, 1, "is empty"),
    ])
    func badInputNamesItsPlace(csv: String, code: String, line: Int, column: Int, words: String) throws {
        let problem = try #require(F.error(csv, meters: [F.meter()]))
        #expect(problem.code.rawValue == code, "\(problem)")
        #expect(problem.location?.line == line, "\(problem)")
        #expect(problem.location?.column == column, "\(problem)")
        #expect(problem.message.contains(words), "\(problem)")
    }

    @Test func aBadRowAfterManyGoodOnesFailsWithItsLine() {
        let csv = Self.header + F.minutes("EM-B1", F.fullDay("1")) + "\n2026-10-02T00:00:00+07:00,EM-B1,one,kWh\n"
        #expect(F.error(csv, meters: [F.meter()])?.location?.line == 1442)
    }

    @Test func aLineLongerThanTheLimitIsRefused() {
        let csv = Self.header + String(repeating: "x", count: 5000) + "\n"
        #expect(F.error(csv, meters: [F.meter()])?.message.contains("longer than 4096 bytes") == true)
    }

    @Test func timestampsAreTheInstantsTheyName() {
        #expect(F.time("2026-10-01T00:00:00+07:00") == F.time("2026-09-30T17:00:00Z"))
        #expect(F.time("1970-01-01T00:00:00Z") == 0)
        #expect(F.time("2000-03-01T00:00:00Z") == 951_868_800)
        #expect(F.time("2028-02-29T23:59:59-05:30") == 1_835_501_399)
        #expect(MeterTimestamp.text(1_835_501_399, offset: -19800) == "2028-02-29T23:59:59-05:30")
    }
}

/// A file read in parts on several threads gives what one pass gives, whatever falls on the
/// boundaries between parts: duplicates, rows out of order, gaps, replacements, rollovers and
/// calibration lapses.
@Suite struct ParallelReadingTests {
    typealias F = MeterDataFixture

    /// A day of two interval meters and a register, with every anomaly sprinkled by a fixed LCG.
    static let day: String = {
        var seed: UInt64 = 42
        func next(_ bound: UInt64) -> UInt64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (seed >> 33) % bound
        }
        var rows = ["timestamp,point,value,unit"]
        var register = 999_000.0
        for minute in 0..<1440 {
            let stamp = MeterTimestamp.text(F.day.start + Int64(minute) * 60, offset: F.offset)
            let roll = next(100)
            if roll < 3 { continue }  // a gap of every meter
            let a = "\(next(4000) / 1000).\(next(1000))", b = roll == 5 ? "-1.5" : "\(next(3000)).\(next(10))"
            register += Double(next(3000)) / 1000
            if register >= 1_000_000 { register -= 1_000_000 }
            let r = String(format: "%.3f", register)
            rows += ["\(stamp),EM-B1,\(a),kWh", "\(stamp),FM-B1,\(b),Nm3", "\(stamp),EM-B2,\(r),kWh"]
            if roll == 7 { rows.append("\(stamp),EM-B1,\(a),kWh") }  // a duplicate
            if roll == 9, minute > 2 {  // a row out of order
                rows.append("\(MeterTimestamp.text(F.day.start + Int64(minute - 2) * 60, offset: F.offset)),FM-B1,1.0,Nm3")
            }
            if roll == 11 { rows.append("\(stamp),FM-B1,0.5,kNm3") }  // another unit
        }
        return rows.joined(separator: "\n") + "\n"
    }()

    static var meters: [MeterSpec] {
        let swap = MeterSpec.Replacement(at: F.time("2026-10-01T13:00:30+07:00"), oldFinalReading: 0, newInitialReading: 0)
        return [F.meter("EM-B1", boundPerHour: 200),
                F.meter("FM-B1", unit: "Nm3", calibrated: [("2026-01-01T00:00:00+07:00", "2026-10-01T05:00:00+07:00"),
                                                           ("2026-10-01T05:07:00+07:00", "2026-10-01T09:00:00+07:00"),
                                                           ("2026-10-01T11:00:00+07:00", "2027-01-01T00:00:00+07:00")]),
                F.meter("EM-B2", .cumulative, rollover: 1_000_000, replacements: [swap])]
    }

    /// The day, written once: both readings name the same file.
    static let file = F.write(day)

    static func read(parts: Int) throws -> [MeterSummary] {
        let path = file
        var reader = try MeterDataReader(meters: meters, window: F.day, parallelism: .init(parts: parts, from: 0))
        try reader.read(file: path)
        return reader.summaries()
    }

    @Test(arguments: [2, 3, 5, 8, 13, 64])
    func partsGiveWhatOnePassGives(parts: Int) throws {
        let whole = try Self.read(parts: 1), split = try Self.read(parts: parts)
        #expect(whole.reduce(0) { $0 + $1.findings.count } > 20)  // the day has anomalies worth checking
        for (a, b) in zip(whole, split) {
            #expect(a.measured == b.measured, "\(a.meter)")
            #expect(a.uncalibrated == b.uncalibrated, "\(a.meter)")
            #expect(a.rows == b.rows && a.usedIntervals == b.usedIntervals && a.outsidePeriod == b.outsidePeriod, "\(a.meter)")
            #expect(a.missingSeconds == b.missingSeconds && a.uncalibratedSeconds == b.uncalibratedSeconds, "\(a.meter)")
            #expect(a.counts == b.counts, "\(a.meter)")
            let differing = zip(a.findings, b.findings).first { $0.0 != $0.1 }
            #expect(a.findings.count == b.findings.count && differing == nil, "\(a.meter): \(String(describing: differing))")
        }
    }

    @Test func aBadRowInALaterPartIsReportedAtItsLineInTheFile() throws {
        let path = F.write(Self.day + "2026-10-02T00:00:00+07:00,EM-B1,x,kWh\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try MeterDataReader(meters: Self.meters, window: F.day, parallelism: .init(parts: 4, from: 0))
        let lines = Self.day.split(separator: "\n").count
        #expect(throws: DiagnosticError.self) { try reader.read(file: path) }
        do { try reader.read(file: path) } catch { #expect(error.diagnostics.first?.location?.line == lines + 1) }
    }
}

/// The fuzzer's first find (Fuzz/Sources/FuzzMeterData): a later part whose first reading is a
/// duplicate, read again in one pass; its counts once compared in a dictionary's order.
@Suite struct ParallelReadingFindings {
    typealias F = MeterDataFixture

    @Test(arguments: [2, 3, 5])
    func aDuplicateFirstReadingOfALaterPart(parts: Int) throws {
        let text = """
            timestamp,point,value,unit
            2026-10-01T00:00:00+07:00,EM-B2,999999.5,kWh
            2026-10-01T00:01:00+07:00,EM-B2,0.5,kWh
            2026-10-01T00:01:00+07:00,EM-B2,0.5,kWh
            2026-10-01T06:00:00Z,FM-B1,-1,Nm3
            2026-10-01T00:02:00+07:00,EM-B1,5,kWh

            """
        let meters = [F.meter("EM-B1", boundPerHour: 250), F.meter("EM-B2", .cumulative, rollover: 1_000_000), F.meter("FM-B1", unit: "Nm3")]
        let path = F.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        func read(_ parts: Int) throws -> [String] {
            var reader = try MeterDataReader(meters: meters, window: F.day, parallelism: .init(parts: parts, from: 0))
            try reader.read(file: path)
            return reader.summaries().map { summary in
                let counts = summary.counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
                return "\(summary.measured) \(summary.rows) \(summary.usedIntervals) \(summary.missingSeconds) \(counts) \(summary.findings)"
            }
        }
        let split = try read(parts), whole = try read(1)
        for (a, b) in zip(split, whole) { #expect(a == b) }
    }
}
