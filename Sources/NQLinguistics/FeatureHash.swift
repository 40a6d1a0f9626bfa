/// Features are 64-bit hashes: a template number mixed with the hashes of the values it joins
/// (a word, a suffix, a tag), so a feature costs a few multiplications, never a string.
public enum FeatureHash {
    @inlinable @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a ^ (b &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }

    @inlinable
    public static func of(_ s: String) -> UInt64 { of(bytes: s.utf8) }

    /// The hash of a string's UTF-8 bytes (FNV-1a), from the bytes themselves.
    @inlinable
    public static func of<C: Collection<UInt8>>(bytes: C) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    @inlinable
    public static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 { mix(mix(template &+ 1, a), 0x51) }

    @inlinable
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { mix(mix(mix(template &+ 1, a), b), 0x52) }

    @inlinable
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(mix(mix(template &+ 1, a), b), c), 0x53)
    }
}
