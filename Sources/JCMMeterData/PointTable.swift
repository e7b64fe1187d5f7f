/// Short byte strings (meter names, units) in one block of memory, compared with a row's bytes
/// without touching an array or a reference count per row.
struct ByteStrings: @unchecked Sendable {
    /// Owns the block; the pointers below stay valid as long as a copy of this value lives.
    private final class Storage {
        let bytes: UnsafeMutablePointer<UInt8>
        let offsets: UnsafeMutablePointer<Int>

        init(_ strings: [[UInt8]]) {
            let total = strings.reduce(0) { $0 + $1.count }
            // Eight bytes more, so that a string is read a word at a time (`equal`).
            bytes = .allocate(capacity: total + Word.size)
            bytes.initialize(repeating: 0, count: total + Word.size)
            offsets = .allocate(capacity: strings.count + 1)
            var offset = 0
            for (index, string) in strings.enumerated() {
                offsets[index] = offset
                for byte in string {
                    bytes[offset] = byte
                    offset += 1
                }
            }
            offsets[strings.count] = offset
        }

        deinit {
            bytes.deallocate()
            offsets.deallocate()
        }
    }

    private let storage: Storage
    private let bytes: UnsafePointer<UInt8>
    private let offsets: UnsafePointer<Int>
    let count: Int

    init(_ strings: [[UInt8]]) {
        storage = Storage(strings)
        bytes = UnsafePointer(storage.bytes)
        offsets = UnsafePointer(storage.offsets)
        count = strings.count
    }

    @inline(__always)
    func equal(_ index: Int, _ other: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let from = offsets[index]
        let length = offsets[index + 1] - from
        guard length == end - start else { return false }
        if length <= Word.size {
            // `other` has a word of slack after any field too (`FilePart`).
            let mask: UInt64 = length == Word.size ? ~0 : (1 << UInt64(length * 8)) &- 1
            return Word.load(bytes, from) & mask == Word.load(other, start) & mask
        }
        var offset = 0
        while offset < length {
            if bytes[from &+ offset] != other[start &+ offset] { return false }
            offset &+= 1
        }
        return true
    }
}

/// Finds a meter by the bytes of its name without making a String per row: open addressing over
/// an FNV-1a hash, each slot checked against the name's bytes.
struct PointTable: Sendable {
    private let slots: [Int32]
    private let names: ByteStrings
    private let mask: Int

    init(names: [[UInt8]]) {
        self.names = ByteStrings(names)
        var size = 16
        while size < names.count * 2 { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for (index, name) in names.enumerated() {
            var slot = name.withUnsafeBufferPointer { Self.hash($0.baseAddress!, 0, name.count) } & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }

    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end { value = (value ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: value)
    }

    @inline(__always)
    func index(of bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var slot = Self.hash(bytes, start, end) & mask
        while true {
            let candidate = Int(slots[slot])
            if candidate < 0 { return nil }
            if names.equal(candidate, bytes, start, end) { return candidate }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func matches(_ index: Int, _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        index < names.count && names.equal(index, bytes, start, end)
    }

    @inline(__always)
    static func equal(_ name: [UInt8], _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard name.count == end - start else { return false }
        return name.withUnsafeBufferPointer { stored in
            for offset in 0..<stored.count where stored[offset] != bytes[start + offset] { return false }
            return true
        }
    }
}

/// Eight bytes at a time: a row's fields are short, and a word compares or searches them at once.
enum Word {
    static let size = 8

    @inline(__always)
    static func load(_ bytes: UnsafePointer<UInt8>, _ at: Int) -> UInt64 {
        UnsafeRawPointer(bytes + at).loadUnaligned(as: UInt64.self)
    }

    /// The first comma in `from..<end`, or `end`; reads up to a word past `end`, which the buffer allows.
    @inline(__always)
    static func comma(_ bytes: UnsafePointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var index = from
        while index < end {
            let word = load(bytes, index) ^ 0x2C2C_2C2C_2C2C_2C2C
            let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if zero != 0 { return min(index &+ zero.trailingZeroBitCount / 8, end) }
            index &+= size
        }
        return end
    }
}
