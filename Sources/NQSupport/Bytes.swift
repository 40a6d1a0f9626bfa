#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` in `from..<end` (memchr), nil when there is none.
    @inlinable
    public func firstIndex(of byte: UInt8, from: Int, to end: Int? = nil) -> Int? {
        let end = end ?? count
        guard from < end, let base = baseAddress, let hit = memchr(base + from, Int32(byte), end - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}

extension UInt8 {
    /// The byte with an ASCII capital made small (every other byte as it is).
    @inlinable
    public var lowercasedASCII: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }

    /// An ASCII letter or digit.
    @inlinable
    public var isASCIIAlphanumeric: Bool { (self | 0x20) &- 0x61 < 26 || self &- 0x30 < 10 }
}

/// FNV-1a over bytes, in steps (a key can be hashed while it is scanned), with the high bits folded
/// in at the end where a table takes its slot from the low ones. One hash for the word lists, the
/// word index and the name index.
public enum FNV1a {
    @inlinable public static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inlinable @inline(__always) public static func step(_ h: UInt64, _ c: UInt8) -> UInt64 { (h ^ UInt64(c)) &* 0x100_0000_01b3 }
    @inlinable @inline(__always) public static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }
}
