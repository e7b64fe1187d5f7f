import Foundation

/// Work spread over every core, with the results in the order of the items.
package enum Concurrent {
    /// `progress` is called with the number done after each item, from any thread.
    package static func map<T: Sendable, R: Sendable>(
        _ items: [T], progress: (@Sendable (Int) -> Void)? = nil,
        _ transform: @Sendable (T) -> R
    ) -> [R] {
        let results = Results<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let done = results.store(transform(items[index]), at: index)
            progress?(done)
        }
        return results.values
    }

    /// `transform` of each run of `length` consecutive items (the last may be shorter), spread
    /// over every core, with the runs' results in the items' order.
    package static func map<T: Sendable, R: Sendable>(
        _ items: [T], inRunsOf length: Int, _ transform: @Sendable (ArraySlice<T>) -> R
    ) -> [R] {
        map(Array(stride(from: 0, to: items.count, by: length))) { start in
            transform(items[start..<min(start + length, items.count)])
        }
    }

    /// The slots the worker threads fill, one per item.
    private final class Results<R>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [R?]
        private var done = 0

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ value: R, at index: Int) -> Int {
            lock.withLock {
                slots[index] = value
                done += 1
                return done
            }
        }

        var values: [R] { lock.withLock { slots.compactMap { $0 } } }
    }
}
