import Foundation
import JCMDiagnostics

#if canImport(Glibc)
    import Glibc
#endif

/// A byte range of a meter data file, read a mebibyte at a time with `pread` (so parts of one
/// file can be read on several threads) into the meters' states.
struct FilePart: Sendable {
    struct File: Sendable {
        var descriptor: Int32
        var path: String
        var number: Int
        var size: Int

        /// Up to `count` parts of about equal size, each starting at a line.
        func parts(_ count: Int) -> [FilePart] {
            var starts = [0]
            for index in 1..<count {
                guard let start = lineStart(after: size / count * index), start > starts.last!, start < size else {
                    continue
                }
                starts.append(start)
            }
            return starts.indices.map { index in
                FilePart(
                    file: self, start: starts[index], end: index + 1 < starts.count ? starts[index + 1] : Int.max,
                    form: nil, firstLine: 1)
            }
        }

        /// The offset just after the first newline at or after `offset`.
        func lineStart(after offset: Int) -> Int? {
            var buffer = [UInt8](repeating: 0, count: MeterDataReader.longestLine + 1)
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
            guard count > 0, let newline = buffer[0..<count].firstIndex(of: 0x0A) else { return nil }
            return offset + newline + 1
        }

        /// The form its header gives, read from the start of the file; nil when the start is not
        /// a header line (the file is then read in one pass, which reports why).
        func headerForm(
            table: PointTable, meters: [MeterSpec], states: [PointState]
        ) throws(DiagnosticError) -> MeterFileScan.Form? {
            var states = states
            var head = FilePart(file: self, start: 0, end: MeterDataReader.longestLine + 4, form: nil, firstLine: 1)
            head.stopAfterHeader = true
            _ = try? head.read(into: &states, table: table, meters: meters)
            return head.foundForm
        }
    }

    var file: File
    var start: Int
    /// Exclusive; `Int.max` for the end of the file.
    var end: Int
    /// The form, when the header is in an earlier part.
    var form: MeterFileScan.Form?
    /// The number of the part's first line in the file, when known (1 for the first part).
    var firstLine = 1
    var stopAfterHeader = false
    private(set) var foundForm: MeterFileScan.Form?

    init(file: File, start: Int, end: Int, form: MeterFileScan.Form?, firstLine: Int = 1) {
        self.file = file
        self.start = start
        self.end = end
        self.form = form
        self.firstLine = firstLine
    }

    static let chunk = 1 << 20

    /// Reads the part; returns the number of lines it holds.
    mutating func read(
        into states: inout [PointState], table: PointTable, meters: [MeterSpec]
    ) throws(DiagnosticError) -> Int {
        let path = file.path
        let descriptor = file.descriptor
        let capacity = Self.chunk + MeterDataReader.longestLine + 1
        // A word of slack after the data: fields are searched and compared a word at a time.
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + Word.size)
        buffer.initialize(repeating: 0, count: capacity + Word.size)
        defer { buffer.deallocate() }
        let form = self.form
        let firstLine = self.firstLine
        let start = self.start
        let end = self.end
        let stop = stopAfterHeader
        var found: MeterFileScan.Form?
        let lines = try states.withUnsafeMutableBufferPointer {
            (points: inout UnsafeMutableBufferPointer<PointState>) throws(DiagnosticError) -> Int in
            var scan = MeterFileScan(path: path, fileNumber: file.number, points: points, table: table, meters: meters)
            scan.form = form
            scan.lineNumber = firstLine - 1
            var filled = 0
            var offset = start
            var first = start == 0
            while true {
                let wanted = min(capacity - filled, end - offset)
                let count = wanted <= 0 ? 0 : pread(descriptor, buffer + filled, wanted, off_t(offset))
                if count < 0 {
                    if errno == EINTR { continue }
                    throw DiagnosticError(
                        .error(.F1, "cannot read meter data file '\(path)': \(String(cString: strerror(errno)))"))
                }
                offset += count
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
                    if stop, scan.form != nil {
                        found = scan.form
                        return scan.lineNumber
                    }
                }
                let rest = filled - lineStart
                if count == 0 {
                    if rest > 0 { try scan.line(buffer, lineStart, filled) }
                    break
                }
                guard rest <= MeterDataReader.longestLine else {
                    throw MeterDataPlace(file: path, line: scan.lineNumber + 1, column: 1)
                        .error(
                            .E1,
                            "the line is longer than \(MeterDataReader.longestLine) bytes; meter data lines are short")
                }
                if rest > 0 { memmove(buffer, buffer + lineStart, rest) }
                filled = rest
            }
            if start == 0, scan.form == nil {
                throw MeterDataPlace(file: path, line: 1, column: 1).error(
                    .E1, "'\(path)' is empty; meter data starts with a header line")
            }
            return scan.lineNumber - (firstLine - 1)
        }
        foundForm = found
        return lines
    }
}
