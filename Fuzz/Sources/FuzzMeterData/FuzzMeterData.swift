import Foundation
import FuzzSupport
import JCMMeterData
import JCMUnits

/// Three meters of every kind: an interval meter with a bound, a register with a rollover and a
/// replacement, an interval meter with a lapse between two calibrations; a day of Viet Nam's time.
let meters: [MeterSpec] = {
    func at(_ text: String) -> Int64 { MeterTimestamp.seconds(text)! }
    let kWh = try! JCMUnits.Unit(parsing: "kWh"), nm3 = try! JCMUnits.Unit(parsing: "Nm3")
    return [
        MeterSpec(id: "EM-B1", reading: .interval, unit: kWh, intervalSeconds: 60, boundPerHour: 250),
        MeterSpec(id: "EM-B2", reading: .cumulative, unit: kWh, intervalSeconds: 60, rollover: 1_000_000,
                  replacements: [.init(at: at("2026-10-01T12:00:00+07:00"), oldFinalReading: 500, newInitialReading: 0)]),
        MeterSpec(id: "FM-B1", reading: .interval, unit: nm3, intervalSeconds: 60,
                  calibrations: [.init(certificate: "A", from: at("2026-01-01T00:00:00+07:00"), until: at("2026-10-01T06:00:00+07:00")),
                                 .init(certificate: "B", from: at("2026-10-01T08:00:00+07:00"), until: at("2027-01-01T00:00:00+07:00"))]),
    ]
}()
let window = MeterWindow(start: MeterTimestamp.seconds("2026-10-01T00:00:00+07:00")!,
                         end: MeterTimestamp.seconds("2026-10-02T00:00:00+07:00")!, offset: 25200)
let file = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-fuzz-meters-\(getpid()).csv").path

/// What a reading of the file gives: the summaries, or the first problem.
func outcome(parts: Int) -> String {
    do {
        var reader = try MeterDataReader(meters: meters, window: window, parallelism: .init(parts: parts, from: 0))
        try reader.read(file: file)
        return reader.summaries().map { summary in
            "\(summary.measured) \(summary.uncalibrated) \(summary.rows) \(summary.usedIntervals) \(summary.outsidePeriod) "
                + "\(summary.missingSeconds) \(summary.uncalibratedSeconds) \(counts(summary)) \(summary.findings)"
        }.joined(separator: "\n")
    } catch {
        return error.description
    }
}

/// The counts in a fixed order: a dictionary's order is not the data's.
func counts(_ summary: MeterSummary) -> String {
    summary.counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: ",")
}

/// Any bytes as meter data: never a trap, and a file read in parts gives what one pass gives.
func fuzzMeterData(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = FileManager.default.createFile(atPath: file, contents: Data(bytes: data, count: size))
    let whole = outcome(parts: 1)
    for parts in [2, 5] where outcome(parts: parts) != whole {
        fatalError("read in \(parts) parts, the file gives another result than in one pass")
    }
    return 0
}

@_cdecl("FuzzMeterData_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { fuzzMeterData($0, $1) }
}
