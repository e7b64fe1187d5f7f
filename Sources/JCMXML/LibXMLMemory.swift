import Foundation
internal import CLibXML2

/// libxml2 allocates through thin wrappers around malloc/free that count live
/// blocks per thread, so tests running in parallel can check for leaks on their
/// own thread. The wrappers add no header to blocks, so a block allocated before
/// they were installed can still be freed through them.
enum LibXMLMemory {
    static func installCountingAllocators() {
        _ = liveBlockKey
        xmlMemSetup(countingFree, countingMalloc, countingRealloc, countingStrdup)
    }

    /// Blocks allocated by libxml2 on this thread minus blocks freed on it.
    static var liveBlocksOnCurrentThread: Int {
        liveBlockCounter(creating: false)?.pointee ?? 0
    }
}

private let liveBlockKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { counter in free(counter) }
    precondition(status == 0, "pthread_key_create failed with status \(status)")
    return key
}()

private func liveBlockCounter(creating: Bool) -> UnsafeMutablePointer<Int>? {
    if let existing = pthread_getspecific(liveBlockKey) {
        return existing.assumingMemoryBound(to: Int.self)
    }
    guard creating, let storage = malloc(MemoryLayout<Int>.size) else { return nil }
    let counter = storage.bindMemory(to: Int.self, capacity: 1)
    counter.initialize(to: 0)
    guard pthread_setspecific(liveBlockKey, storage) == 0 else {
        free(storage)
        return nil
    }
    return counter
}

private func adjustLiveBlocks(by delta: Int) {
    // A thread's first libxml2 call may be a free of a block from another thread.
    liveBlockCounter(creating: true)?.pointee += delta
}

private func countingMalloc(_ size: Int) -> UnsafeMutableRawPointer? {
    let block = malloc(size)
    if block != nil { adjustLiveBlocks(by: 1) }
    return block
}

private func countingRealloc(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    let resized = realloc(block, size)
    if block == nil, resized != nil {
        adjustLiveBlocks(by: 1)
    } else if block != nil, resized == nil, size == 0 {
        adjustLiveBlocks(by: -1)
    }
    return resized
}

private func countingFree(_ block: UnsafeMutableRawPointer?) {
    guard let block else { return }
    free(block)
    adjustLiveBlocks(by: -1)
}

private func countingStrdup(_ text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    guard let text else { return nil }
    let copy = strdup(text)
    if copy != nil { adjustLiveBlocks(by: 1) }
    return copy
}
