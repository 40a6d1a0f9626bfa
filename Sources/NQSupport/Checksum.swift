import Foundation

/// A 64-bit check of values: a store's rows (made when it is written, checked when it is read, so that
/// a damaged byte is an error, never different data) and a file's content (to know it is loaded). Eight bytes at a time,
/// FNV-style (xor, then multiply by an odd prime: each step is one-to-one for a given input, so any
/// change to one value changes the result); each value is preceded by its length.
public struct Checksum {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private mutating func mix(_ w: UInt64) { value = (value ^ w) &* Self.prime }

    public init() {}

    /// Goes on from a value an earlier checksum reached (`value`): adding more gives what adding all
    /// of it to one checksum would.
    public init(continuing value: UInt64) { self.value = value == 0 ? 0xcbf2_9ce4_8422_2325 : value }

    public mutating func add(bytes b: UnsafeRawBufferPointer) {
        mix(UInt64(b.count))
        var i = 0
        while i + 8 <= b.count {
            mix(b.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < b.count {
            tail |= UInt64(b[i]) << shift
            shift += 8
            i += 1
        }
        mix(tail)
    }

    /// `add(bytes:)` of `count` bytes that come in pieces (a file read in chunks, never held whole):
    /// `part` is called with each piece, every one but the last a multiple of 8 bytes long.
    public mutating func add(count: Int, parts: (_ add: (UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows {
        mix(UInt64(count))
        var seen = 0
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        try parts { b in
            var i = 0
            while i + 8 <= b.count {
                mix(b.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            while i < b.count {
                tail |= UInt64(b[i]) << shift
                shift += 8
                i += 1
            }
            seen += b.count
        }
        precondition(seen == count, "Checksum.add(count:parts:) was given \(seen) bytes, not \(count)")
        mix(tail)
    }

    public mutating func add(_ data: Data) { data.withUnsafeBytes { add(bytes: $0) } }
    public mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add(bytes: $0) } }

    public mutating func add(_ s: String?) {
        guard var s else { mix(0xFFFF_FFFF_FFFF_FFFF); return }
        s.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ n: Int) { mix(UInt64(bitPattern: Int64(n))) }

    /// As SQLite stores it (a signed 64-bit integer).
    public var stored: Int64 { Int64(bitPattern: value) }
}
