import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules
import JCMSpreadsheet

/// Turns jcm's Markdown documents into Word files with pandoc, styled by the reference document
/// shipped under `Templates/docx/`. Pandoc reads on its standard input and writes on its standard
/// output, so no file is written outside the output folder. The conversion takes two steps:
/// Markdown to pandoc's document tree, through the filter that keeps line breaks and drops images,
/// then the tree to .docx; so no image named in a template is ever fetched or read.
public struct WordConverter: Sendable {
    public static let folder = "docx"
    public static let referenceName = "reference.docx"
    public static let filterName = "line-breaks.lua"
    /// A document pandoc has not converted in this time is abandoned.
    public static let timeLimit: TimeInterval = 120
    /// Pandoc's output beyond this is no document of jcm's (the largest is well under 1 MiB).
    public static let outputLimit = 64 << 20

    public var pandoc: String
    /// `pandoc 2.17.1.1`: the same inputs give the same bytes with the same pandoc.
    public var version: String
    public var reference: FileFingerprint
    var referencePath: String
    var filterPath: String

    /// Finds pandoc on the PATH and the reference document and filter in `templates`.
    public static func locate(templates directory: String, environment: [String: String]) throws(DiagnosticError) -> WordConverter {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent(Self.folder)
        let referenceURL = folder.appendingPathComponent(referenceName)
        guard let reference = FileManager.default.contents(atPath: referenceURL.path) else {
            throw DiagnosticError(.error(.S3, "no \(referenceName) in '\(folder.path)' for the styles of the Word documents"))
        }
        guard let entries = OfficePackage.entries(in: reference), entries.contains("word/styles.xml") else {
            throw DiagnosticError(.error(.S3, "'\(referenceURL.path)' is not a Word document with styles (a .docx holding word/styles.xml)"))
        }
        let filter = folder.appendingPathComponent(filterName)
        guard FileManager.default.isReadableFile(atPath: filter.path) else {
            throw DiagnosticError(.error(.S3, "no \(filterName) in '\(folder.path)': it keeps the line breaks inside table cells"))
        }
        guard let pandoc = Self.executable("pandoc", path: environment["PATH"] ?? "") else {
            throw DiagnosticError(.error(.S2, "--docx needs pandoc, which is not installed: on Debian or Ubuntu, apt-get install pandoc; "
                + "elsewhere see https://pandoc.org/installing.html"))
        }
        let probe = try run(pandoc, ["--version"], input: Data())
        let version = String(decoding: probe.prefix(200), as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "pandoc"
        return WordConverter(pandoc: pandoc, version: version,
                             reference: FileFingerprint(path: referenceURL.path, bytes: [UInt8](reference)),
                             referencePath: referenceURL.path, filterPath: filter.path)
    }

    /// The .docx of one Markdown document. `date` fixes the dates pandoc writes into the
    /// package (1980-01-01 without one, or for a date before it), so that the same inputs give the
    /// same bytes.
    public func convert(_ markdown: String, date: CalendarDate?) throws(DiagnosticError) -> Data {
        let unixDay = CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber ?? 0
        // A ZIP entry's date starts in 1980.
        let epoch = max(315_532_800, date.map { ($0.dayNumber - unixDay) * 86_400 } ?? 0)
        // Raw OpenXML or TeX blocks in an edited template are read as text, never passed through.
        let tree = try Self.run(pandoc, ["--from", "markdown-smart-raw_attribute-raw_tex", "--to", "json", "--lua-filter", filterPath],
                                input: Data(markdown.utf8))
        let docx = try Self.run(pandoc, ["--from", "json", "--to", "docx", "--output", "-", "--reference-doc", referencePath],
                                input: tree, environment: ["SOURCE_DATE_EPOCH": String(epoch)])
        guard let entries = OfficePackage.entries(in: docx), entries.contains("word/document.xml") else {
            throw DiagnosticError(.error(.S2, "\(URL(fileURLWithPath: pandoc).lastPathComponent) gave no Word document (\(docx.count) bytes that are not a .docx)"))
        }
        return docx
    }

    private static func executable(_ name: String, path: String) -> String? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the program with `input` on its standard input and returns its standard output; a
    /// failure, an output over `outputLimit` or a run over `timeLimit` is S2 with what it said.
    private static func run(_ program: String, _ arguments: [String], input: Data,
                            environment: [String: String] = [:]) throws(DiagnosticError) -> Data {
        let name = URL(fileURLWithPath: program).lastPathComponent
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch {
            throw DiagnosticError(.error(.S2, "cannot start \(program): \(error.localizedDescription)"))
        }
        // Standard error is drained to the end, only its start kept for the message.
        let output = Collected(limit: outputLimit, failsOver: true), errors = Collected(limit: 600, failsOver: false)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            // A program that stops reading early is its own failure, reported by its exit status.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        for (handle, into) in [(stdout.fileHandleForReading, output), (stderr.fileHandleForReading, errors)] {
            DispatchQueue.global().async(group: group) {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty || !into.append(chunk) { break }
                }
            }
        }
        // Stopped at once when its output outgrows the limit, or when the time is up.
        let deadline = Date().addingTimeInterval(timeLimit)
        while group.wait(timeout: .now() + 0.05) == .timedOut {
            guard output.overflowed || Date() > deadline else { continue }
            kill(process.processIdentifier, SIGKILL)
            throw DiagnosticError(.error(.S2, output.overflowed ? "\(name) wrote more than \(outputLimit >> 20) MiB; stopped"
                : "\(name) took more than \(Int(timeLimit)) s; stopped"))
        }
        if output.overflowed { throw DiagnosticError(.error(.S2, "\(name) wrote more than \(outputLimit >> 20) MiB; stopped")) }
        process.waitUntilExit()
        let said = String(decoding: errors.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if process.terminationReason == .uncaughtSignal {
            throw DiagnosticError(.error(.S2, "\(name) was stopped by signal \(process.terminationStatus)\(said.isEmpty ? "" : ": \(said)")"))
        }
        guard process.terminationStatus == 0 else {
            throw DiagnosticError(.error(.S2, "\(name) failed (exit \(process.terminationStatus)): \(said)"))
        }
        return output.data
    }

    /// What a program wrote on one stream, read on its own thread, kept up to a limit.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private let limit: Int
        private let failsOver: Bool
        private var stored = Data()
        private var over = false

        init(limit: Int, failsOver: Bool) {
            self.limit = limit
            self.failsOver = failsOver
        }

        /// False once the limit is passed on a stream that must fit: the reader stops and the run
        /// fails. Another stream's excess is dropped.
        func append(_ chunk: Data) -> Bool {
            lock.withLock {
                let room = limit - stored.count
                guard chunk.count > room else {
                    stored.append(chunk)
                    return true
                }
                stored.append(chunk.prefix(max(room, 0)))
                over = over || failsOver
                return !failsOver
            }
        }

        var data: Data { lock.withLock { stored } }
        var overflowed: Bool { lock.withLock { over } }
    }
}
