import Foundation
import JCMDiagnostics
import JCMUnits

/// The reading of one file: its header decides the form, then each line is split into fields
/// and handed to its meter. Works on raw bytes; a String is made only for a message.
struct MeterFileScan {
    enum Form {
        case long
        /// Per column after the timestamp: the meter and the power of ten to its unit.
        case wide([(point: Int, shift: Int)])
    }

    let path: String
    let fileNumber: Int
    let points: UnsafeMutableBufferPointer<PointState>
    let table: PointTable
    let meters: [MeterSpec]
    /// Each meter's unit as written, compared with each row's.
    let units: ByteStrings
    var form: Form?
    var lineNumber = 0
    var days = MeterTimestamp.DayCache()
    /// The previous row's timestamp text and instant: in the long form the meters of one instant
    /// follow each other, so most rows repeat it.
    var lastStamp = (count: 0, words: (UInt64(0), UInt64(0), UInt64(0), UInt64(0)), time: Int64(0))
    /// The previous row's meter: rows often follow the declared order, so the next is tried first.
    var lastPoint = 0

    static let longHeader = ["timestamp", "point", "value", "unit"]

    init(
        path: String, fileNumber: Int, points: UnsafeMutableBufferPointer<PointState>, table: PointTable,
        meters: [MeterSpec]
    ) {
        self.path = path
        self.fileNumber = fileNumber
        self.points = points
        self.table = table
        self.meters = meters
        units = ByteStrings(meters.map { Array($0.unit.description.utf8) })
    }

    func place(_ column: Int) -> MeterDataPlace { MeterDataPlace(file: path, line: lineNumber, column: column) }

    @inline(__always)
    mutating func line(_ bytes: UnsafeMutablePointer<UInt8>, _ start: Int, _ lineEnd: Int) throws(DiagnosticError) {
        lineNumber += 1
        var end = lineEnd
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        if end == start { return }
        guard end - start <= MeterDataReader.longestLine else {
            throw place(1).error(
                .E1, "the line is longer than \(MeterDataReader.longestLine) bytes; meter data lines are short")
        }
        // The long form first, without looking into the enum's payload: most files are long.
        if isLong { return try longRow(UnsafePointer(bytes), start, end) }
        switch form {
        case .long: try longRow(UnsafePointer(bytes), start, end)
        case .wide(let columns): try wideRow(UnsafePointer(bytes), start, end, columns)
        case nil: try header(UnsafePointer(bytes), start, end)
        }
    }

    var isLong: Bool { if case .long = form { true } else { false } }

    /// The next field from `index`: its bounds (quotes removed) and where the one after starts,
    /// `end + 1` when it was the last.
    @inline(__always)
    func field(
        _ bytes: UnsafePointer<UInt8>, _ index: Int, _ lineStart: Int, _ end: Int
    ) throws(DiagnosticError)
        -> (start: Int, end: Int, next: Int)
    {
        if index < end, bytes[index] == 0x22 {
            var close = index + 1
            while close < end, bytes[close] != 0x22 { close += 1 }
            guard close < end else {
                throw place(index - lineStart + 1).error(.E1, "a quoted field is not closed")
            }
            guard close + 1 == end || bytes[close + 1] == 0x2C else {
                throw place(close - lineStart + 2).error(
                    .E1, "a quote inside a field; meter data fields hold no quotes")
            }
            return (index + 1, close, close + 1 == end ? end + 1 : close + 2)
        }
        let comma = Word.comma(bytes, index, end)
        return (index, comma, comma == end ? end &+ 1 : comma &+ 1)
    }

    func text(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let shown = min(end - start, 60)
        let words = String(decoding: UnsafeBufferPointer(start: bytes + start, count: shown), as: UTF8.self)
        return shown < end - start ? words + "…" : words
    }

    mutating func header(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) throws(DiagnosticError) {
        var fields: [(start: Int, end: Int)] = []
        var index = start
        while index <= end {
            let next = try field(bytes, index, start, end)
            fields.append((next.start, next.end))
            index = next.next
            guard fields.count <= MeterDataReader.mostMeters + 1 else {
                throw place(1).error(
                    .E1, "more than \(MeterDataReader.mostMeters + 1) columns; jcm reads at most that many")
            }
        }
        let names = fields.map { text(bytes, $0.start, $0.end) }
        if names == Self.longHeader {
            form = .long
            return
        }
        guard names.count >= 2, names[0] == "timestamp" else {
            throw place(1).error(
                .E1,
                "'\(path)' is not meter data: its first line must be 'timestamp,point,value,unit' "
                    + "(long form) or 'timestamp,POINT [UNIT],…' (wide form), not '\(text(bytes, start, end))'")
        }
        var columns: [(point: Int, shift: Int)] = []
        for (offset, bounds) in fields.enumerated().dropFirst() {
            let column = bounds.start - start + 1
            let heading = String(
                decoding: UnsafeBufferPointer(start: bytes + bounds.start, count: bounds.end - bounds.start),
                as: UTF8.self)
            guard heading.hasSuffix("]"), let open = heading.range(of: " [", options: .backwards) else {
                throw place(column).error(
                    .E1,
                    "column \(offset + 1) '\(names[offset])' does not say its unit: write 'POINT [UNIT]', like 'EM-B1 [kWh]'"
                )
            }
            let name = String(heading[..<open.lowerBound])
            let unitText = String(heading[open.upperBound..<heading.index(before: heading.endIndex)])
            guard let point = meters.firstIndex(where: { $0.id == name }) else {
                throw place(column).error(.E5, unknownPoint(name))
            }
            guard !columns.contains(where: { $0.point == point }) else {
                throw place(column).error(.E1, "meter '\(name)' has two columns")
            }
            let shift = try unitShift(unitText, for: point, column: column)
            if shift != 0 {
                points[point].record(
                    .unitDiffers, file: fileNumber, line: lineNumber, start: 0, end: 0,
                    detail: .unit(written: unitText, meter: meters[point].unit.description))
            }
            columns.append((point, shift))
        }
        form = .wide(columns)
    }

    func unknownPoint(_ name: String) -> String {
        let known = meters.map(\.id)
        let listed = known.prefix(10).joined(separator: ", ") + (known.count > 10 ? ", …" : "")
        return
            "meter '\(name)' is not declared by the project\(Suggestion.hint(for: name, in: known)); it declares: \(listed)"
    }

    /// The power of ten from `text` to the meter's unit: 1 MWh is 10^3 kWh. A unit of another
    /// dimension, or one that is no power of ten away, is refused.
    func unitShift(_ text: String, for point: Int, column: Int) throws(DiagnosticError) -> Int {
        let meter = meters[point]
        let unit: JCMUnits.Unit
        do { unit = try JCMUnits.Unit(parsing: text) } catch {
            throw place(column).error(
                .E4, "'\(text)' is not a unit jcm knows (meter \(meter.id) records \(meter.unit))")
        }
        guard unit.dimension == meter.unit.dimension else {
            throw place(column).error(
                .E4,
                "meter \(meter.id) records \(meter.unit.dimension) in \(meter.unit); "
                    + "'\(text)' is \(unit.dimension.isDimensionless ? "a bare number" : "\(unit.dimension)")")
        }
        let factor = (try? unit.convert(1, to: meter.unit).0) ?? 0
        for shift in -9...9 {
            let power = shift >= 0 ? pow(Decimal(10), shift) : 1 / pow(Decimal(10), -shift)
            if power == factor { return shift }
        }
        throw place(column).error(
            .E4,
            "'\(text)' is not a power of ten away from \(meter.unit), the unit of meter "
                + "\(meter.id); convert the file to \(meter.unit)")
    }

    /// The instant of a timestamp field, from the previous row's when the text repeats.
    @inline(__always)
    mutating func instant(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int
    ) -> Result<Int64, MeterTimestamp.Refusal> {
        let count = end - start
        var words = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        if count >= 19, count <= 32 {
            let raw = UnsafeRawPointer(bytes + start)
            words = (
                raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: min(16, count - 8), as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            )
            if count == lastStamp.count, words == lastStamp.words { return .success(lastStamp.time) }
        }
        let result = MeterTimestamp.parse(bytes, start, end, cache: &days)
        if case .success(let time) = result, count >= 19, count <= 32 { lastStamp = (count, words, time) }
        return result
    }

    @inline(__always)
    mutating func timestamp(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ lineStart: Int
    )
        throws(DiagnosticError) -> Int64
    {
        switch instant(bytes, start, end) {
        case .success(let time): return time
        case .failure(let refusal):
            let written = text(bytes, start, end)
            let message =
                switch refusal {
                case .noOffset:
                    "timestamp '\(written)' has no UTC offset: write it as 2026-10-01T00:00:00+07:00 (jcm never guesses a time zone)"
                case .impossible:
                    "timestamp '\(written)' is not a time of the calendar (years 1900 to 2999, hours 00 to 23, offsets up to ±14:00)"
                case .notISO8601: "'\(written)' is not a timestamp written YYYY-MM-DDTHH:MM:SS+HH:MM"
                }
            throw place(start - lineStart + 1).error(.E2, message)
        }
    }

    @inline(__always)
    func value(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ lineStart: Int, shift: Int
    )
        throws(DiagnosticError) -> MeterNumber
    {
        switch MeterNumber.parse(bytes, start, end) {
        case .success(var number):
            if shift == 0 { return number }
            if shift < 0 {
                number.scale -= shift
            } else {
                let (raised, overflow) = number.mantissa.multipliedReportingOverflow(by: Int64(pow(10, Double(shift))))
                guard !overflow else {
                    throw place(start - lineStart + 1).error(
                        .E3, "'\(text(bytes, start, end))' has too many digits once converted")
                }
                number.mantissa = raised
            }
            return number
        case .failure(let refusal):
            let written = text(bytes, start, end)
            let message =
                switch refusal {
                case .empty: "the value is empty"
                case .tooManyDigits: "'\(written)' has more than \(MeterNumber.mostDigits) digits"
                case .tooManyFractionDigits:
                    "'\(written)' has more than \(MeterNumber.mostFractionDigits) digits after the point"
                case .notANumber:
                    "'\(written)' is not a number jcm reads: digits with a decimal point, like 1520.125 (no thousands separators, no exponent)"
                }
            throw place(start - lineStart + 1).error(.E3, message)
        }
    }

    @inline(__always)
    mutating func longRow(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) throws(DiagnosticError) {
        // Most timestamps are 25 bytes (`2026-10-01T00:00:00+07:00`), unquoted: read in place when
        // the 25 bytes are one (the parser checks every byte, so a comma among them fails), else
        // the row is split field by field.
        if end - start > 26, bytes[start + 25] == 0x2C, case .success(let seconds) = instant(bytes, start, start + 25) {
            return try longRow(bytes, start, end, time: (start, start + 25, start + 26), seconds: seconds)
        }
        let time = try field(bytes, start, start, end)
        guard time.next <= end else {
            throw place(1).error(.E1, "a row of the long form has 4 fields: timestamp,point,value,unit")
        }
        let seconds = try timestamp(bytes, time.start, time.end, start)
        try longRow(bytes, start, end, time: time, seconds: seconds)
    }

    @inline(__always)
    mutating func longRow(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, time: (start: Int, end: Int, next: Int),
        seconds: Int64
    ) throws(DiagnosticError) {
        let point = try field(bytes, time.next, start, end)
        let reading = try field(bytes, point.next, start, end)
        let unit = try field(bytes, reading.next, start, end)
        guard point.next <= end, reading.next <= end else {
            throw place(1).error(.E1, "a row of the long form has 4 fields: timestamp,point,value,unit")
        }
        guard unit.next == end + 1 else {
            throw place(unit.next - start + 1).error(
                .E1, "a row of the long form has 4 fields: timestamp,point,value,unit; this one has more")
        }
        var index = lastPoint + 1 == points.count ? 0 : lastPoint + 1
        if !table.matches(index, bytes, point.start, point.end) {
            guard let found = table.index(of: bytes, point.start, point.end) else {
                throw place(point.start - start + 1).error(.E5, unknownPoint(text(bytes, point.start, point.end)))
            }
            index = found
        }
        lastPoint = index
        var shift = 0
        if !units.equal(index, bytes, unit.start, unit.end) {
            shift = try otherUnit(bytes, unit.start, unit.end, start, point: index, time: seconds)
        }
        let number = try value(bytes, reading.start, reading.end, start, shift: shift)
        points[index].read(time: seconds, number: number, line: lineNumber, fileNumber: fileNumber)
    }

    /// A row whose unit is not its meter's: converted when it can be, and reported.
    mutating func otherUnit(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ lineStart: Int, point: Int, time: Int64
    )
        throws(DiagnosticError) -> Int
    {
        let shift: Int
        if let seen = points[point].otherUnit, PointTable.equal(seen.bytes, bytes, start, end) {
            shift = seen.shift
        } else {
            let written = String(decoding: UnsafeBufferPointer(start: bytes + start, count: end - start), as: UTF8.self)
            shift = try unitShift(written, for: point, column: start - lineStart + 1)
            points[point].otherUnit = (Array(UnsafeBufferPointer(start: bytes + start, count: end - start)), shift)
        }
        points[point].record(
            .unitDiffers, file: fileNumber, line: lineNumber, start: time, end: time,
            detail: .unit(written: text(bytes, start, end), meter: meters[point].unit.description))
        return shift
    }

    @inline(__always)
    mutating func wideRow(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ columns: [(point: Int, shift: Int)]
    )
        throws(DiagnosticError)
    {
        let time = try field(bytes, start, start, end)
        let seconds = try timestamp(bytes, time.start, time.end, start)
        var index = time.next
        for column in columns {
            guard index <= end else {
                throw place(end - start + 1).error(
                    .E1, "the row has fewer fields than the header's \(columns.count + 1)")
            }
            let cell = try field(bytes, index, start, end)
            index = cell.next
            if cell.start == cell.end { continue }
            let number = try value(bytes, cell.start, cell.end, start, shift: column.shift)
            points[column.point].read(time: seconds, number: number, line: lineNumber, fileNumber: fileNumber)
        }
        guard index == end + 1 else {
            throw place(index - start + 1).error(.E1, "the row has more fields than the header's \(columns.count + 1)")
        }
    }
}
