import Foundation
import JCMServer
import Testing

@Suite("what-if analyses run one at a time, and never hold up a stop")
struct AnalysisGateTests {
    /// Waits, off the cooperative threads, until `semaphore` is signalled.
    func wait(_ semaphore: DispatchSemaphore) async {
        await Task.detached { semaphore.wait() }.value
    }

    @Test("a second analysis while one runs is refused at once (503), and accepted after")
    func oneAtATime() async throws {
        let gate = AnalysisGate()
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let first = Task {
            try await gate.run { () throws(ServeError) in
                started.signal()
                release.wait()
                return 1
            }
        }
        await wait(started)
        await #expect(throws: ServeError.self) { try await gate.run { () throws(ServeError) in 2 } }
        do { _ = try await gate.run { () throws(ServeError) in 2 } } catch { #expect(error.status == 503) }
        release.signal()
        #expect(try await first.value == 1)
        #expect(try await gate.run { () throws(ServeError) in 3 } == 3)
    }

    @Test("a cancelled request stops waiting while its analysis is still running")
    func cancellation() async throws {
        let gate = AnalysisGate()
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let waiting = Task {
            try await gate.run { () throws(ServeError) in
                started.signal()
                release.wait()
                return 1
            }
        }
        await wait(started)
        waiting.cancel()
        let outcome = await waiting.result
        #expect(throws: ServeError.self) { try outcome.get() }
        release.signal()
    }
}
