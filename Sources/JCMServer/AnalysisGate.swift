import Foundation
import Synchronization

/// Runs a long analysis (the what-if re-assesses a project some hundred times) on a thread of
/// its own, one at a time. Saves and previews keep their threads meanwhile; a second analysis
/// asked for while one runs is refused at once instead of queueing; and a request cancelled
/// (the server stopping) stops waiting, so Ctrl-C is never held up by an analysis.
public final class AnalysisGate: Sendable {
    private let running = Mutex(false)

    public init() {}

    public func run<Result: Sendable>(
        _ work: @escaping @Sendable () throws(ServeError) -> Result
    ) async throws(ServeError) -> Result {
        let admitted = running.withLock { busy -> Bool in
            if busy { return false }
            busy = true
            return true
        }
        guard admitted else {
            throw ServeError(.busy, "another what-if analysis is running; open this again in a few seconds")
        }
        let waiter = Waiter<Result>()
        let outcome: Swift.Result<Result, ServeError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                waiter.wait(continuation)
                Thread.detachNewThread { [self] in
                    let result: Swift.Result<Result, ServeError>
                    do throws(ServeError) { result = .success(try work()) } catch { result = .failure(error) }
                    self.running.withLock { $0 = false }
                    waiter.resume(result)
                }
            }
        } onCancel: {
            waiter.resume(.failure(ServeError(.busy, "the server is stopping")))
        }
        return try outcome.get()
    }

    /// A continuation resumed once, by the analysis or by cancellation, whichever comes first.
    private final class Waiter<Value: Sendable>: Sendable {
        typealias Outcome = Swift.Result<Value, ServeError>
        private let state = Mutex<(continuation: CheckedContinuation<Outcome, Never>?, early: Outcome?)>((nil, nil))

        func wait(_ continuation: CheckedContinuation<Outcome, Never>) {
            let early = state.withLock { state -> Outcome? in
                if let early = state.early { return early }
                state.continuation = continuation
                return nil
            }
            if let early { continuation.resume(returning: early) }
        }

        func resume(_ result: Outcome) {
            let continuation = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
                defer { state.continuation = nil }
                if state.continuation == nil, state.early == nil { state.early = result }
                return state.continuation
            }
            continuation?.resume(returning: result)
        }
    }
}
