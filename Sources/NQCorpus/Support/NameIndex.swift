import Foundation
import NQSupport

/// Names and their rows (the order they were added), looked up by an FNV hash of their bytes. The
/// standard library's `Dictionary<String, Int>` hashes with SipHash, which costs more than all the
/// rest of finding a short name; loading looks names up once per mention.
///
/// Keys are equal as Swift strings are (canonical equivalence): a name is hashed on the bytes of its
/// NFC form (its own bytes when they are already that), so equal strings always meet in the same
/// slot, and a slot's name is compared with `==` before it is taken.
public struct NameIndex: Sendable {
    /// The names, by row.
    public private(set) var names: [String] = []
    /// Each name's hash and row.
    private var slots = HashSlots()

    public init() {}

    /// An index with room for `count` names before it grows (one made per article, whose number of
    /// names is about known, is then made once, not by doubling from sixteen slots).
    public init(capacity count: Int) {
        names.reserveCapacity(count)
        slots = HashSlots(capacity: count)
    }

    public var count: Int { names.count }
    public var isEmpty: Bool { names.isEmpty }

    /// The row of `name`, nil when it has none.
    public func row(of name: String) -> Int? {
        guard !names.isEmpty else { return nil }
        return row(of: name, hash: Self.hash(name))
    }

    public func contains(_ name: String) -> Bool { row(of: name) != nil }

    /// The row of `name`, given the next row when it is new.
    @discardableResult
    public mutating func insert(_ name: String) -> (row: Int, inserted: Bool) {
        let h = Self.hash(name)
        if let r = row(of: name, hash: h) { return (r, false) }
        slots.add(h, Int32(names.count))
        names.append(name)
        return (names.count - 1, true)
    }

    /// Adds `name` as the next row whatever it is (rows stay the positions of a table read back); a
    /// name already there keeps its first row for look-ups.
    public mutating func append(_ name: String) {
        let h = Self.hash(name)
        if row(of: name, hash: h) == nil { slots.add(h, Int32(names.count)) }
        names.append(name)
    }

    private func row(of name: String, hash h: UInt64) -> Int? {
        slots.first(h) { names[Int($0)] == name }.map(Int.init)
    }

    /// FNV-1a over the UTF-8 bytes of the NFC form.
    static func hash(_ name: String) -> UInt64 {
        var name = name
        // Characters below U+0300 (ASCII, and the Latin letters with accents of most names: bytes
        // below CC) are in NFC as they are — no mark follows them to compose with — so their bytes
        // are hashed as they are; any other string through its NFC form.
        if let h = name.withUTF8({ fnv($0, below: 0xCC) }) { return h }
        var nfc = name.precomposedStringWithCanonicalMapping
        return nfc.withUTF8 { fnv($0)! }
    }

    /// FNV-1a of the bytes; nil when one of them is `limit` or more.
    private static func fnv(_ b: UnsafeBufferPointer<UInt8>, below limit: Int = 256) -> UInt64? {
        var h = FNV1a.seed
        for c in b {
            if Int(c) >= limit { return nil }
            h = FNV1a.step(h, c)
        }
        return FNV1a.finish(h)
    }
}

