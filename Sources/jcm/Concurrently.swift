import Foundation

/// Two independent pieces of work run at once.
enum Concurrently {
    /// The first runs on a thread of its own and the second on the calling thread, which stays
    /// free to spread its own work over the cores: work nested in a dispatch worker would run
    /// serially there.
    static func both<A: Sendable, B: Sendable>(
        _ first: @escaping @Sendable () throws -> A, _ second: () throws -> B
    ) -> (Result<A, any Error>, Result<B, any Error>) {
        let outcome = FirstOutcome<A>()
        let thread = Thread { outcome.finish(Result { try first() }) }
        thread.start()
        let other = Result { try second() }
        return (outcome.wait(), other)
    }

    /// The first result, handed from its thread to the caller.
    private final class FirstOutcome<A: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<A, any Error>?

        func finish(_ result: Result<A, any Error>) {
            self.result = result
            done.signal()
        }

        /// The semaphore orders the thread's write before this read.
        func wait() -> Result<A, any Error> {
            done.wait()
            return result!
        }
    }
}
