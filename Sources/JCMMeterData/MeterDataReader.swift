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

    public let meters: [MeterSpec]
    public let window: MeterWindow
    private var points: [PointState]
    /// Each meter's state before any reading, for the parts of a file read in parallel.
    private let initial: [PointState]
    private let table: PointTable
    private var files: [String] = []

    /// How many parts a file of at least `from` bytes is read in, one a thread.
    public struct Parallelism: Sendable {
        public var parts: Int
        public var from: Int

        public init(parts: Int, from: Int) {
            self.parts = max(1, min(parts, 64))
            self.from = from
        }

        /// One part a core (at most 8), for files of 64 MiB or more.
        public static let standard = Parallelism(
            parts: min(ProcessInfo.processInfo.activeProcessorCount, 8), from: 64 << 20)
    }

    public let parallelism: Parallelism

    public init(meters: [MeterSpec], window: MeterWindow, parallelism: Parallelism = .standard) throws(DiagnosticError)
    {
        self.parallelism = parallelism
        guard meters.count <= Self.mostMeters else {
            throw DiagnosticError(
                .error(.E5, "\(meters.count) meters are declared; jcm reads at most \(Self.mostMeters)"))
        }
        self.meters = meters
        self.window = window
        var states: [PointState] = []
        for spec in meters {
            func exact(_ value: Decimal, _ what: String) throws(DiagnosticError) -> MeterNumber {
                guard let number = MeterNumber(exactly: value) else {
                    throw DiagnosticError(
                        .error(
                            .E4,
                            "meter \(spec.id): the \(what) \(value) \(spec.unit) has more digits than a reading may have (18)"
                        ))
                }
                return number
            }
            let bound = try spec.boundPerHour.map { value throws(DiagnosticError) in
                let number = try exact(value, "physical bound per hour")
                guard number.scale <= MeterNumber.mostFractionDigits, number.mantissa >= 0 else {
                    throw DiagnosticError(
                        .error(
                            .E4,
                            "meter \(spec.id): the physical bound per hour \(value) \(spec.unit) must be positive with at most 9 digits after the point"
                        ))
                }
                return (Int128(number.mantissa), number.scale)
            }
            let rollover = try spec.rollover.map { value throws(DiagnosticError) in try exact(value, "rollover value") }
            var replacements: [(Int64, MeterNumber, MeterNumber)] = []
            for swap in spec.replacements {
                replacements.append(
                    (
                        swap.at, try exact(swap.oldFinalReading, "old final reading"),
                        try exact(swap.newInitialReading, "new initial reading")
                    ))
            }
            states.append(
                PointState(
                    spec: spec, window: window, bound: bound, rollover: rollover,
                    replacements: replacements))
        }
        points = states
        initial = states
        table = PointTable(names: meters.map { Array($0.id.utf8) })
    }

    /// Reads one file; a meter's readings may continue from the previous file. A large file is
    /// read in parts on every core, joined as one pass would have read it (`PointState.absorb`).
    public mutating func read(file path: String) throws(DiagnosticError) {
        guard files.count < Self.mostFiles else {
            throw DiagnosticError(.error(.F1, "more than \(Self.mostFiles) meter data files; join some of them"))
        }
        files.append(path)
        // Without blocking: a FIFO is refused below rather than waited on for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw DiagnosticError(
                .error(.F1, "cannot read meter data file '\(path)': \(String(cString: strerror(errno)))"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw DiagnosticError(.error(.F1, "'\(path)' is not a regular file; meter data is read from files"))
        }
        let file = FilePart.File(descriptor: descriptor, path: path, number: files.count - 1, size: Int(status.st_size))
        let parts = parallelism.parts > 1 && file.size >= parallelism.from ? file.parts(parallelism.parts) : []
        guard parts.count > 1, let form = try file.headerForm(table: table, meters: meters, states: initial) else {
            var whole = FilePart(file: file, start: 0, end: Int.max, form: nil)
            _ = try whole.read(into: &points, table: table, meters: meters)
            return
        }
        try readInParts(file, parts, form: form)
    }

    private mutating func readInParts(
        _ file: FilePart.File, _ parts: [FilePart], form: MeterFileScan.Form
    ) throws(DiagnosticError) {
        let fresh = meters.indices.map { index -> PointState in
            var state = initial[index]
            state.startsLater = true
            return state
        }
        let table = self.table
        let meters = self.meters
        let before = points
        let results = PartResults(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            var states = index == 0 ? before : fresh
            var part = parts[index]
            if index > 0 { part.form = form }
            do throws(DiagnosticError) {
                let lines = try part.read(into: &states, table: table, meters: meters)
                results.store(.success((states, lines)), at: index)
            } catch {
                results.store(.failure(error), at: index)
            }
        }
        var lines = 0
        for (index, part) in parts.enumerated() {
            switch results.outcome(at: index) {
            case .failure(let error):
                throw DiagnosticError(
                    error.diagnostics.map { diagnostic in
                        var shifted = diagnostic
                        if index > 0, let location = diagnostic.location, location.file == file.path {
                            shifted.location?.line = location.line + lines
                        }
                        return shifted
                    })
            case .success(let (states, count)):
                if index == 0 {
                    points = states
                } else {
                    var joined = points
                    var whole = true
                    for meter in joined.indices {
                        var later = states[meter]
                        later.shiftLines(by: lines)
                        if !joined[meter].absorb(later) {
                            whole = false
                            break
                        }
                    }
                    if whole {
                        points = joined
                    } else {
                        // A first reading this part misjudged: read it again from the state before it.
                        var again = FilePart(
                            file: file, start: part.start, end: part.end, form: form, firstLine: lines + 1)
                        _ = try again.read(into: &points, table: table, meters: meters)
                    }
                }
                lines += count
            }
        }
    }

    /// What each meter's readings give for the period, in the order the meters were declared.
    public func summaries() -> [MeterSummary] {
        var states = points
        return states.indices.map { states[$0].finish(files: files) }
    }
}

/// What each part of a file read in parallel gave, stored from any thread.
private final class PartResults: @unchecked Sendable {
    private var outcomes: [Result<(states: [PointState], lines: Int), DiagnosticError>?]
    private let lock = NSLock()

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func store(_ outcome: Result<(states: [PointState], lines: Int), DiagnosticError>, at index: Int) {
        lock.withLock { outcomes[index] = outcome }
    }

    /// Every part has stored its outcome once `concurrentPerform` returns.
    func outcome(at index: Int) -> Result<(states: [PointState], lines: Int), DiagnosticError> {
        lock.withLock { outcomes[index]! }
    }
}
