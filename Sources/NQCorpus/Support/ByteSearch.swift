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
