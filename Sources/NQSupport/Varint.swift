/// Unsigned LEB128 ("varint") numbers: seven bits a byte, low bits first, the high bit set on every
/// byte but the last. The one coding of the word index's packed lists and of the store's records.
public enum Varint {
    /// The bytes `v` takes.
    @inlinable @inline(__always)
    public static func length(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x20_0000 ? 3 : v < 0x1000_0000 ? 4 : 5
    }

    /// Writes `v` at `p`; returns the bytes written (at most 10).
    @inlinable @inline(__always)
    public static func write(_ v: UInt64, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var v = v
        var n = 0
        while v >= 0x80 {
            p[n] = UInt8(truncatingIfNeeded: v & 0x7F) | 0x80
            n &+= 1
            v >>= 7
        }
        p[n] = UInt8(truncatingIfNeeded: v)
        return n &+ 1
    }

    /// Appends `v` to `bytes`.
    @inlinable
    public static func append(_ v: UInt64, to bytes: inout [UInt8]) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: v))
    }

    /// Reads a number of at most 32 bits at `i` of bytes known to be whole varints (written here, or
    /// checked with `read(_:at:bits:)`), and moves `i` past it. No bounds are checked.
    @inlinable @inline(__always)
    public static func read(_ b: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        var d: UInt32 = 0, shift: UInt32 = 0
        while true {
            let c = b[i]
            i &+= 1
            d |= UInt32(c & 0x7F) &<< shift
            if c < 0x80 { return d }
            shift &+= 7
        }
    }

    /// Reads a number at `i` of bytes that may be damaged, and moves `i` past it: nil when the bytes
    /// end inside it or it has more than `bits` bits' worth of bytes.
    @inlinable
    public static func read<C: RandomAccessCollection<UInt8>>(_ bytes: C, at i: inout C.Index, bits: Int = 64) -> UInt64? {
        var v: UInt64 = 0
        var shift = 0
        while true {
            guard i < bytes.endIndex, shift < bits else { return nil }
            let c = bytes[i]
            bytes.formIndex(after: &i)
            v |= UInt64(c & 0x7F) << UInt64(shift)
            if c < 0x80 { return v }
            shift += 7
        }
    }
}
