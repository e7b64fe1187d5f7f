import Foundation
import JCMDiagnostics
import JCMUnits

#if canImport(Glibc)
    import Glibc
#endif

/// Reads meter data files (docs/meter-data.md) for the meters of one project and one period, in
/// constant memory: a file is read a mebibyte at a time and each row updates its meter's running
/// state. The first problem that makes a file unreadable is thrown with its file, line and column;
/// data-quality problems are findings, returned with the summaries.
public struct MeterDataReader {
    public static let longestLine = 4096
    public static let mostMeters = 1000
    public static let mostFiles = 1000
    static let chunk = 1 << 20

    public let meters: [MeterSpec]
    public let window: MeterWindow
    private var points: [PointState]
    private let table: PointTable
    private var files: [String] = []

    public init(meters: [MeterSpec], window: MeterWindow) throws(DiagnosticError) {
        guard meters.count <= Self.mostMeters else {
            throw DiagnosticError(.error(.E5, "\(meters.count) meters are declared; jcm reads at most \(Self.mostMeters)"))
        }
        self.meters = meters
        self.window = window
        var states: [PointState] = []
        for spec in meters {
            func exact(_ value: Decimal, _ what: String) throws(DiagnosticError) -> MeterNumber {
                guard let number = MeterNumber(exactly: value) else {
                    throw DiagnosticError(.error(.E4, "meter \(spec.id): the \(what) \(value) \(spec.unit) has more digits than a reading may have (18)"))
                }
                return number
            }
            let bound = try spec.boundPerHour.map { value throws(DiagnosticError) in
                let number = try exact(value, "physical bound per hour")
                guard number.scale <= MeterNumber.mostFractionDigits, number.mantissa >= 0 else {
                    throw DiagnosticError(.error(.E4, "meter \(spec.id): the physical bound per hour \(value) \(spec.unit) must be positive with at most 9 digits after the point"))
                }
                return (Int128(number.mantissa), number.scale)
            }
            let rollover = try spec.rollover.map { value throws(DiagnosticError) in try exact(value, "rollover value") }
            var replacements: [(Int64, MeterNumber, MeterNumber)] = []
            for swap in spec.replacements {
                replacements.append((swap.at, try exact(swap.oldFinalReading, "old final reading"),
                                     try exact(swap.newInitialReading, "new initial reading")))
            }
            states.append(PointState(spec: spec, window: window, bound: bound, rollover: rollover,
                                     replacements: replacements))
        }
        points = states
        table = PointTable(names: meters.map { Array($0.id.utf8) })
    }

    /// Reads one file; a meter's readings may continue from the previous file.
    public mutating func read(file path: String) throws(DiagnosticError) {
        guard files.count < Self.mostFiles else {
            throw DiagnosticError(.error(.F1, "more than \(Self.mostFiles) meter data files; join some of them"))
        }
        files.append(path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DiagnosticError(.error(.F1, "cannot read meter data file '\(path)': \(String(cString: strerror(errno)))"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw DiagnosticError(.error(.F1, "'\(path)' is not a regular file; meter data is read from files"))
        }
        let fileNumber = files.count - 1
        let capacity = Self.chunk + Self.longestLine + 1
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        let table = self.table
        let meters = self.meters
        try points.withUnsafeMutableBufferPointer { (states: inout UnsafeMutableBufferPointer<PointState>) throws(DiagnosticError) in
            var scan = MeterFileScan(path: path, fileNumber: fileNumber, points: states, table: table, meters: meters)
            var filled = 0
            var first = true
            while true {
                let count = Glibc.read(descriptor, buffer + filled, capacity - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw DiagnosticError(.error(.F1, "cannot read meter data file '\(path)': \(String(cString: strerror(errno)))"))
                }
                filled += count
                var lineStart = 0
                if first, filled >= 3 || count == 0 {
                    first = false
                    if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { lineStart = 3 }
                }
                while lineStart < filled, let newline = memchr(buffer + lineStart, 0x0A, filled - lineStart) {
                    let lineEnd = buffer.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                    try scan.line(buffer, lineStart, lineEnd)
                    lineStart = lineEnd + 1
                }
                let rest = filled - lineStart
                if count == 0 {
                    if rest > 0 { try scan.line(buffer, lineStart, filled) }
                    break
                }
                guard rest <= Self.longestLine else {
                    throw MeterDataPlace(file: path, line: scan.lineNumber + 1, column: 1)
                        .error(.E1, "the line is longer than \(Self.longestLine) bytes; meter data lines are short")
                }
                if rest > 0 { memmove(buffer, buffer + lineStart, rest) }
                filled = rest
            }
            guard scan.form != nil else {
                throw MeterDataPlace(file: path, line: 1, column: 1).error(.E1, "'\(path)' is empty; meter data starts with a header line")
            }
        }
    }

    /// What each meter's readings give for the period, in the order the meters were declared.
    public func summaries() -> [MeterSummary] {
        var states = points
        return states.indices.map { states[$0].finish(files: files) }
    }
}
