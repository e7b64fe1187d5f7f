/// Finds a meter by the bytes of its name without making a String per row: open addressing over
/// an FNV-1a hash, each slot checked against the name's bytes.
struct PointTable {
    private var slots: [Int32]
    private let names: [[UInt8]]
    private let mask: Int

    init(names: [[UInt8]]) {
        self.names = names
        var size = 16
        while size < names.count * 2 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: -1, count: size)
        for (index, name) in names.enumerated() {
            var slot = Self.hash(name.withUnsafeBufferPointer { $0.baseAddress! }, 0, name.count) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
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
            if Self.equal(names[candidate], bytes, start, end) { return candidate }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func matches(_ index: Int, _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        index < names.count && Self.equal(names[index], bytes, start, end)
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
