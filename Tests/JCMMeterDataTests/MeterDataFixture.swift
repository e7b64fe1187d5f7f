import Foundation
import JCMDiagnostics
import JCMUnits
@testable import JCMMeterData

/// Meter data written to a temporary file and read for a one-day period in Viet Nam's time.
enum MeterDataFixture {
    static let offset: Int64 = 7 * 3600
    /// 2026-10-01T00:00+07:00 to 2026-10-02T00:00+07:00.
    static let day = MeterWindow(start: time("2026-10-01T00:00:00+07:00"), end: time("2026-10-02T00:00:00+07:00"), offset: offset)

    static func time(_ text: String) -> Int64 {
        var cache = MeterTimestamp.DayCache()
        let bytes = Array(text.utf8)
        return try! bytes.withUnsafeBufferPointer { MeterTimestamp.parse($0.baseAddress!, 0, bytes.count, cache: &cache) }.get()
    }

    static func unit(_ text: String) -> JCMUnits.Unit { try! JCMUnits.Unit(parsing: text) }

    static func meter(_ id: String = "EM-B1", _ reading: MeterSpec.Reading = .interval, unit: String = "kWh",
                      rollover: Decimal? = nil, replacements: [MeterSpec.Replacement] = [],
                      calibrated: [(String, String)] = [("2026-01-01T00:00:00+07:00", "2027-01-01T00:00:00+07:00")],
                      boundPerHour: Decimal? = nil) -> MeterSpec {
        MeterSpec(id: id, reading: reading, unit: self.unit(unit), intervalSeconds: 60, rollover: rollover,
                  replacements: replacements,
                  calibrations: calibrated.map { .init(certificate: "CAL", from: time($0.0), until: time($0.1)) },
                  boundPerHour: boundPerHour)
    }

    /// Readings every minute of the day from `values` (nil leaves a minute out), long form.
    static func minutes(_ point: String, _ values: [String?], unit: String = "kWh", from start: String = "2026-10-01T00:00:00+07:00") -> String {
        let first = time(start)
        return values.enumerated().compactMap { index, value in
            value.map { "\(MeterTimestamp.text(first + Int64(index) * 60, offset: offset)),\(point),\($0),\(unit)" }
        }.joined(separator: "\n")
    }

    static func read(_ csv: String, meters: [MeterSpec], window: MeterWindow = day) throws(DiagnosticError) -> [MeterSummary] {
        let path = write(csv)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try MeterDataReader(meters: meters, window: window)
        try reader.read(file: path)
        return reader.summaries()
    }

    static func write(_ csv: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("meter-\(UUID().uuidString).csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(csv.utf8))
        return path
    }

    static func error(_ csv: String, meters: [MeterSpec]) -> Diagnostic? {
        do {
            _ = try read(csv, meters: meters)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    /// A whole day of one reading a minute.
    static func fullDay(_ value: String) -> [String?] { Array(repeating: value, count: 1440) }
}
