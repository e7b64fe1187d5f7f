import Foundation
import JCMDiagnostics
import JCMKit
import JCMRules

/// Turns jcm's Markdown documents into Word files with pandoc, styled by the reference document
/// shipped under `Templates/docx/`. Pandoc reads the Markdown on its standard input and writes
/// the .docx on its standard output, so no file is written outside the output folder.
public struct WordConverter: Sendable {
    public static let folder = "docx"
    public static let referenceName = "reference.docx"
    public static let filterName = "line-breaks.lua"
    /// A document pandoc has not converted in this time is abandoned.
    public static let timeLimit: TimeInterval = 120

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
        guard reference.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw DiagnosticError(.error(.S3, "'\(referenceURL.path)' is not a .docx file (a Word document is a ZIP package)"))
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
    /// package (1980-01-01 without one), so that the same inputs give the same bytes.
    public func convert(_ markdown: String, date: CalendarDate?) throws(DiagnosticError) -> Data {
        let unixDay = CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber ?? 0
        // A ZIP entry's date starts in 1980.
        let epoch = max(315_532_800, date.map { ($0.dayNumber - unixDay) * 86_400 } ?? 0)
        let arguments = ["--from", "markdown-smart", "--to", "docx", "--output", "-", "--reference-doc", referencePath,
                         "--lua-filter", filterPath]
        return try Self.run(pandoc, arguments, input: Data(markdown.utf8), environment: ["SOURCE_DATE_EPOCH": String(epoch)])
    }

    private static func executable(_ name: String, path: String) -> String? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the program with `input` on its standard input and returns its standard output;
    /// a failure, or a run over the time limit, is S2 with what the program said.
    private static func run(_ program: String, _ arguments: [String], input: Data,
                            environment: [String: String] = [:]) throws(DiagnosticError) -> Data {
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
        let output = Collected(), errors = Collected()
        let group = DispatchGroup()
        for (handle, into) in [(stdout.fileHandleForReading, output), (stderr.fileHandleForReading, errors)] {
            DispatchQueue.global().async(group: group) { into.data = handle.readDataToEndOfFile() }
        }
        stdin.fileHandleForWriting.write(input)
        try? stdin.fileHandleForWriting.close()
        if group.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            throw DiagnosticError(.error(.S2, "\(URL(fileURLWithPath: program).lastPathComponent) took more than \(Int(timeLimit)) s; stopped"))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: errors.data.prefix(600), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw DiagnosticError(.error(.S2, "\(URL(fileURLWithPath: program).lastPathComponent) failed (exit \(process.terminationStatus)): \(said)"))
        }
        return output.data
    }

    /// What a program wrote on one stream, read on its own thread.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = Data()
        var data: Data {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }
}
