/// The project's open-addressing hash table: 64-bit hashes (already well mixed: FNV-1a) and a 32-bit
/// value each, side by side in one array (a probe reads one cache line), linear probing, at most half
/// full, a value below 0 marking an empty slot.
///
/// It serves keys of two kinds: a hash that is the whole key (`set`, `find`: the word index's
/// vocabulary), and keys kept elsewhere by row, which the caller compares (`add`, `first(_:where:)`:
/// names, word lists). `ScratchHashSet` is its one relative, for a set of hashes that lives for one
/// article's scan on memory of its own.
public struct HashSlots: Sendable {
    @usableFromInline
    struct Slot: Sendable {
        @usableFromInline var hash: UInt64
        @usableFromInline var value: Int32
        @usableFromInline init(hash: UInt64, value: Int32) {
            self.hash = hash
            self.value = value
        }
    }

    @usableFromInline var slots: [Slot] = []
    public private(set) var count = 0
    /// The fewest slots the table has once something is in it.
    @usableFromInline let minimumSlots: Int

    /// An empty table; the first insertion makes `minimumSlots` slots (a power of two).
    public init(minimumSlots: Int = 16) {
        var n = 1
        while n < minimumSlots { n *= 2 }
        self.minimumSlots = n
    }

    /// A table with room for `count` keys before it grows.
    public init(capacity count: Int, minimumSlots: Int = 16) {
        self.init(minimumSlots: minimumSlots)
        var n = self.minimumSlots
        while n < count * 2 { n *= 2 }
        slots = [Slot](repeating: Slot(hash: 0, value: -1), count: n)
    }

    /// The slot a hash starts probing at (its high bits, multiplied: the low bits of a word's FNV
    /// hash are weaker).
    @inlinable @inline(__always)
    public static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value of the first slot of hash `h` whose value `matches` (the caller compares its key).
    @inlinable @inline(__always)
    public func first(_ h: UInt64, where matches: (Int32) -> Bool) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            guard !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            var s = Self.slot(h, mask)
            while true {
                let slot = slots[s]
                if slot.value < 0 { return nil }
                if slot.hash == h, matches(slot.value) { return slot.value }
                s = (s + 1) & mask
            }
        }
    }

    /// The value of hash `h` (a hash that is the whole key).
    @inlinable
    public func find(_ h: UInt64) -> Int32? { first(h) { _ in true } }

    /// Many look-ups in a row (an article's words) without a bounds or copy-on-write check each.
    @inlinable
    public func withLookUp<R>(_ body: ((UInt64) -> Int32?) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            return body { h in
                guard mask >= 0 else { return nil }
                var s = Self.slot(h, mask)
                while slots[s].value >= 0 {
                    if slots[s].hash == h { return slots[s].value }
                    s = (s + 1) & mask
                }
                return nil
            }
        }
    }

    /// Adds a slot for (`h`, `value`), whether or not the hash is there already.
    public mutating func add(_ h: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        place(h, value)
        count += 1
    }

    /// Sets the value of hash `h` (a hash that is the whole key); true when it was not there before.
    @discardableResult
    public mutating func set(_ h: UInt64, _ value: Int32) -> Bool {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var s = Self.slot(h, mask)
        while slots[s].value >= 0 {
            if slots[s].hash == h { slots[s].value = value; return false }
            s = (s + 1) & mask
        }
        slots[s] = Slot(hash: h, value: value)
        count += 1
        return true
    }

    private mutating func place(_ h: UInt64, _ value: Int32) {
        let mask = slots.count - 1
        var s = Self.slot(h, mask)
        while slots[s].value >= 0 { s = (s + 1) & mask }
        slots[s] = Slot(hash: h, value: value)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, value: -1), count: max(minimumSlots, slots.count * 2))
        for slot in old where slot.value >= 0 { place(slot.hash, slot.value) }
    }
}

/// A set of nonzero-or-zero 64-bit hashes for one pass over one text (the word index's distinct
/// words of an article): `HashSlots`' probing on memory of its own, no copy-on-write or bounds
/// check an insert, 0 marking an empty slot (a hash of 0 is noted apart). Freed with `deallocate`.
public struct ScratchHashSet {
    @usableFromInline var keys: UnsafeMutablePointer<UInt64>
    @usableFromInline var capacity = 1024
    @usableFromInline var count = 0
    @usableFromInline var hasZero = false

    /// Room for the distinct words of a text of `bytes` bytes without growing, mostly (a slot for
    /// every eight bytes, from 1,024 to 65,536 slots; a set more than half full grows).
    public init(capacityFor bytes: Int) {
        while capacity < min(bytes / 8, 1 << 16) { capacity *= 2 }
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
    }

    public func deallocate() { keys.deallocate() }

    /// Adds a hash; true when it was not there before.
    @inlinable
    public mutating func insert(_ h: UInt64) -> Bool {
        if h == 0 {
            defer { hasZero = true }
            return !hasZero
        }
        return insertNonzero(h)
    }

    @inlinable
    mutating func insertNonzero(_ h: UInt64) -> Bool {
        if (count &+ 1) &* 2 > capacity { grow() }
        let mask = capacity - 1
        var s = HashSlots.slot(h, mask)
        while true {
            let k = keys[s]
            if k == h { return false }
            if k == 0 { break }
            s = (s + 1) & mask
        }
        keys[s] = h
        count += 1
        return true
    }

    @usableFromInline
    mutating func grow() {
        let (old, oldCapacity) = (keys, capacity)
        capacity *= 2
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        count = 0
        for k in 0..<oldCapacity where old[k] != 0 { _ = insertNonzero(old[k]) }
        old.deallocate()
    }
}
