/// Lists of ascending whole numbers, packed as varint differences (from -1) in one byte array: list k
/// is `bytes[starts[k]..<starts[k + 1]]`, about a quarter of the memory of plain 32-bit numbers.
public struct PackedLists: Sendable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var starts: [Int] = [0]

    public init() {}

    public var count: Int { starts.count - 1 }

    /// Appends a list (ascending, non-negative).
    public mutating func append(_ list: [Int32]) {
        // Packed on the stack first (at most 5 bytes a number), then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: list.count * 5) { buffer in
            var n = 0
            var last: Int32 = -1
            for x in list {
                n &+= Varint.write(UInt64(UInt32(x &- last)), to: buffer.baseAddress! + n)
                last = x
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
        starts.append(bytes.count)
    }

    /// Appends a list already packed (checked with `isValid`).
    public mutating func append(packed: ArraySlice<UInt8>) {
        bytes.append(contentsOf: packed)
        starts.append(bytes.count)
    }

    /// Whether packed bytes are whole varints whose running sum stays ascending and below `limit`.
    public static func isValid(_ packed: ArraySlice<UInt8>, below limit: Int) -> Bool {
        var last = -1
        var i = packed.startIndex
        while i < packed.endIndex {
            guard let d = Varint.read(packed, at: &i, bits: 35), d >= 1 else { return false }
            last += Int(d)
            guard last < limit else { return false }
        }
        return true
    }

    /// Calls `body` with each number of list k, in order.
    @inlinable
    public func forEach(in k: Int, _ body: (Int32) -> Void) {
        guard k >= 0, k < count else { return }
        bytes.withUnsafeBufferPointer { b in Self.decode(b, starts[k], starts[k + 1], body) }
    }

    public func packed(_ k: Int) -> ArraySlice<UInt8> { bytes[starts[k]..<starts[k + 1]] }

    public func list(_ k: Int) -> [Int32] {
        var out: [Int32] = []
        forEach(in: k) { out.append($0) }
        return out
    }

    /// The lists turned around: list w of the result holds the (0-based) numbers of the lists that
    /// hold w, ascending. Two passes: the bytes each new list needs, then the lists themselves (on
    /// memory of their own: no bounds or copy-on-write check a number).
    /// `sizes`: each key's bytes, counted as the lists were added (`Varint.length` of each
    /// difference); the first pass is skipped when they are there for every key.
    public func inverted(keys: Int, sizes: [Int] = []) -> PackedLists {
        var out = PackedLists()
        out.starts = [Int](repeating: 0, count: keys + 1)
        let last = UnsafeMutablePointer<Int32>.allocate(capacity: max(keys, 1))
        let at = UnsafeMutablePointer<Int>.allocate(capacity: max(keys, 1))
        defer {
            last.deallocate()
            at.deallocate()
        }
        last.initialize(repeating: -1, count: keys)
        at.initialize(repeating: 0, count: keys)
        bytes.withUnsafeBufferPointer { b in
            starts.withUnsafeBufferPointer { starts in
                // Each list's bytes (counted in `at`).
                if sizes.count == keys {
                    for k in 0..<keys { at[k] = sizes[k] }
                } else {
                    for r in 0..<count {
                        Self.decode(b, starts[r], starts[r + 1]) { w in
                            let k = Int(w)
                            at[k] &+= Varint.length(UInt32(bitPattern: Int32(truncatingIfNeeded: r) &- last[k]))
                            last[k] = Int32(truncatingIfNeeded: r)
                        }
                    }
                }
                out.starts.withUnsafeMutableBufferPointer { o in
                    for k in 0..<keys { o[k + 1] = o[k] &+ at[k] }
                    for k in 0..<keys { at[k] = o[k] }
                }
                out.bytes = [UInt8](repeating: 0, count: out.starts[keys])
                last.update(repeating: -1, count: keys)
                out.bytes.withUnsafeMutableBufferPointer { o in
                    let base = o.baseAddress!
                    for r in 0..<count {
                        Self.decode(b, starts[r], starts[r + 1]) { w in
                            let k = Int(w)
                            let d = UInt32(bitPattern: Int32(truncatingIfNeeded: r) &- last[k])
                            last[k] = Int32(truncatingIfNeeded: r)
                            at[k] &+= Varint.write(UInt64(d), to: base + at[k])
                        }
                    }
                }
            }
        }
        return out
    }

    /// Calls `body` with each number of the list packed in `b[start..<end]`, in order.
    @usableFromInline @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ body: (Int32) -> Void) {
        var i = start
        var last: Int32 = -1
        while i < end {
            last &+= Int32(bitPattern: Varint.read(b, at: &i))
            body(last)
        }
    }
}
