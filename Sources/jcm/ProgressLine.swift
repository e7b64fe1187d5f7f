import Foundation

/// The progress of a long batch on a terminal's standard error: done / total, rate and time
/// left, redrawn at most ten times a second once the run has taken a second
/// (`JCM_PROGRESS_AFTER` seconds, for tests). Never in a pipe, a file or under `CI`.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let enabled: Bool
    private let after: TimeInterval
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var width = 0

    init(total: Int, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1 && environment["CI"] == nil
        after = environment["JCM_PROGRESS_AFTER"].flatMap(TimeInterval.init) ?? 1
    }

    func update(_ done: Int) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            let elapsed = now.timeIntervalSince(start)
            guard elapsed >= after, now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
            lastDrawn = now
            let rate = Double(done) / max(elapsed, 0.001)
            let left = rate > 0 ? Double(total - done) / rate : 0
            let text = "jcm: \(done)/\(total) projects, \(Int(rate.rounded()))/s, about \(Int(left.rounded(.up))) s left"
            draw(text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0))
            width = text.count
        }
    }

    /// Clears the line, so that what follows starts at the margin.
    func finish() {
        lock.withLock {
            guard width > 0 else { return }
            draw(String(repeating: " ", count: width))
            FileHandle.standardError.write(Data("\r".utf8))
            width = 0
        }
    }

    private func draw(_ text: String) {
        FileHandle.standardError.write(Data(("\r" + text).utf8))
    }
}
