import Foundation

extension String {
    /// Whether the string's UTF-8 bytes hold the needle's, exactly.
    public func utf8Contains(_ needle: [UInt8]) -> Bool { utf8Offset(of: needle) != nil }

    /// The byte offset of the first place the string's UTF-8 bytes hold the needle's, exactly.
    public func utf8Offset(of needle: [UInt8]) -> Int? {
        guard let first = needle.first, utf8.count >= needle.count else { return needle.isEmpty ? 0 : nil }
        var copy = self
        return copy.withUTF8 { w in
            // Jump between occurrences of the first byte (memchr), then compare the rest (memcmp).
            var i = 0
            let last = w.count - needle.count
            while let hit = w.firstIndex(of: first, from: i, to: last + 1) {
                if memcmp(w.baseAddress! + hit, needle, needle.count) == 0 { return hit }
                i = hit + 1
            }
            return nil
        }
    }

    /// The words between spaces, as `split(separator: " ")` gives them (no empty ones), found on the
    /// bytes rather than by characters.
    public func spaceSeparated() -> [Substring] {
        utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// Whether the string's UTF-8 bytes are exactly these (memcmp).
    public func utf8Equals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        var copy = self
        return copy.withUTF8 { memcmp($0.baseAddress!, base, bytes.count) == 0 }
    }

    /// The string with its ASCII capitals made small (other characters as they are), on the bytes.
    public func asciiLowercased() -> String {
        var copy = self
        return copy.withUTF8 { b in b.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? String(asciiLowercasing: b) : self }
    }

    /// UTF-8 bytes as a string with their ASCII capitals made small.
    public init(asciiLowercasing b: UnsafeBufferPointer<UInt8>) {
        self.init(unsafeUninitializedCapacity: b.count) { out in
            for k in b.indices { out[k] = b[k].lowercasedASCII }
            return b.count
        }
    }
}
