/// Bytes to text: UTF-8 with invalid sequences repaired (U+FFFD), a BOM dropped, line ends made `\n`;
/// binary data refused.
public enum TextDecoding {
    public enum Failure: Error, Equatable {
        case binary
    }

    /// Decodes `bytes`, or fails when they look like binary data (a NUL byte, or many control bytes,
    /// in the first 8 KiB).
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        try decodeCounting(bytes).text
    }

    /// Decodes `bytes` and says how many bytes were not valid UTF-8 (each read as Latin-1). UTF-16 and
    /// UTF-32 with a byte-order mark are decoded as such.
    public static func decodeCounting(_ bytes: [UInt8]) throws(Failure) -> (text: String, repaired: Int) {
        if let wide = decodeWide(bytes) { return (try decode(Array(wide.utf8)), 0) }
        if looksBinary(bytes) { throw .binary }
        return decodeUTF8(bytes)
    }

    /// UTF-16 or UTF-32 text, by its byte-order mark; nil without one.
    static func decodeWide(_ b: [UInt8]) -> String? {
        func units<U: FixedWidthInteger>(_ type: U.Type, bigEndian: Bool, skip: Int) -> [U] {
            let size = MemoryLayout<U>.size
            var out: [U] = []
            out.reserveCapacity((b.count - skip) / size)
            var i = skip
            while i + size <= b.count {
                var v: U = 0
                for k in 0..<size { v |= U(b[i + k]) << (8 * (bigEndian ? size - 1 - k : k)) }
                out.append(v)
                i += size
            }
            return out
        }
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            let scalars = units(UInt32.self, bigEndian: b[0] == 0, skip: 4).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars)
            return s
        }
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) {
            return String(decoding: units(UInt16.self, bigEndian: b[0] == 0xFE, skip: 2), as: UTF16.self)
        }
        return nil
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> (String, Int) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // Most files have no carriage return and are valid UTF-8: validated once, copied once.
        if !bytes[start...].contains(0x0D), let text = String(validating: bytes[start...], as: UTF8.self) { return (text, 0) }
        // \r\n and lone \r become \n: the runs between carriage returns are copied at once.
        var out = [UInt8]()
        out.reserveCapacity(bytes.count - start)
        bytes.withUnsafeBufferPointer { b in
            var i = start
            while i < b.count {
                guard let k = b.firstIndex(of: 0x0D, from: i) else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i...]))
                    break
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<k]))
                out.append(0x0A)
                i = k + 1
                if i < b.count, b[i] == 0x0A { i += 1 }
            }
        }
        if let text = String(validating: out, as: UTF8.self) { return (text, 0) }
        let (repaired, count) = repairUTF8Counting(out)
        return (String(decoding: repaired, as: UTF8.self), count)
    }

    /// Valid UTF-8 is kept; each byte that is not part of a valid sequence is read as Latin-1 (so a
    /// stray "caf\u{E9}" from an older encoding becomes "café", not a replacement character).
    static func repairUTF8(_ b: [UInt8]) -> [UInt8] { repairUTF8Counting(b).bytes }

    /// The length of the valid UTF-8 sequence at `b[i]` (1 to 4), 0 when none starts there.
    public static func utf8SequenceLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        let len: Int
        if c >= 0xC2 && c <= 0xDF { len = 2 } else if c >= 0xE0 && c <= 0xEF { len = 3 } else if c >= 0xF0 && c <= 0xF4 { len = 4 } else { return 0 }
        guard i + len <= b.count else { return 0 }
        for k in 1..<len where b[i + k] & 0xC0 != 0x80 { return 0 }
        if c == 0xE0 && b[i + 1] < 0xA0 { return 0 }
        if c == 0xED && b[i + 1] > 0x9F { return 0 }
        if c == 0xF0 && b[i + 1] < 0x90 { return 0 }
        if c == 0xF4 && b[i + 1] > 0x8F { return 0 }
        return len
    }

    /// `repairUTF8`, and how many bytes it read as Latin-1.
    static func repairUTF8Counting(_ b: [UInt8]) -> (bytes: [UInt8], count: Int) {
        var i = 0
        let n = b.count
        // Fast path: find the first invalid byte, if any.
        func sequenceLength(_ i: Int) -> Int { utf8SequenceLength(b, i) }
        while i < n {
            let len = sequenceLength(i)
            if len == 0 { break }
            i += len
        }
        if i == n { return (b, 0) }
        var repairs = 0
        var out = Array(b[0..<i])
        out.reserveCapacity(n + 16)
        while i < n {
            let len = sequenceLength(i)
            if len == 0 {
                let c = b[i]
                out.append(0xC0 | (c >> 6))
                out.append(0x80 | (c & 0x3F))
                repairs += 1
                i += 1
            } else {
                out.append(contentsOf: b[i..<(i + len)])
                i += len
            }
        }
        return (out, repairs)
    }

    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var control = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { control += 1 }
        }
        return !sample.isEmpty && control * 10 > sample.count
    }
}

extension UInt8 {
    /// ASCII space, tab, newline, carriage return, form feed.
    @inlinable public var isASCIIWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D || self == 0x0C
    }
}

public enum TextBlocks {
    /// The length of the white-space character starting at `i` (ASCII white space, U+00A0, U+2000–U+200B,
    /// U+202F, U+205F, U+3000, U+FEFF), or 0.
    @inlinable
    public static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c.isASCIIWhitespace { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < b.count {
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80, (0x80...0x8B).contains(c2) || c2 == 0xAF { return 3 }
            if c1 == 0x81, c2 == 0x9F { return 3 }
        }
        if c == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
        if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// Whether a line holds nothing but white space (including no-break and other Unicode spaces).
    public static func isBlank<S: StringProtocol>(_ line: S) -> Bool {
        trim(line).isEmpty
    }

    /// Trims white space (including U+00A0) from both ends.
    public static func trim<S: StringProtocol>(_ s: S) -> String {
        var copy = String(s)
        let r = copy.withUTF8 { trimmedRange($0, 0, $0.count) }
        return slice(copy, r)
    }

    /// The bytes `r` of `s` (whole characters at both ends) as a string: a copy of a slice of valid
    /// text needs no second validation.
    public static func slice(_ s: String, _ r: Range<Int>) -> String {
        r.lowerBound == 0 && r.upperBound == s.utf8.count ? s : String(substring(s, r))
    }

    /// The bytes `r` of `s` (whole characters at both ends), in place.
    public static func substring(_ s: String, _ r: Range<Int>) -> Substring {
        let u = s.utf8
        return s[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)]
    }

    /// The range of `b[lo..<hi]` without white space at either end.
    @inlinable
    public static func trimmedRange(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Range<Int> {
        var lo = lo, hi = hi
        while lo < hi {
            let n = spaceLength(b, lo)
            if n == 0 { break }
            lo += n
        }
        while hi > lo {
            // Step back over one trailing space character, if there is one.
            if b[hi - 1].isASCIIWhitespace { hi -= 1; continue }
            if hi - 2 >= lo, spaceLength(b, hi - 2) == 2 { hi -= 2; continue }
            if hi - 3 >= lo, spaceLength(b, hi - 3) == 3 { hi -= 3; continue }
            break
        }
        return lo..<hi
    }

    /// The number of line feeds in `b` (memchr from one to the next).
    public static func lineFeeds(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0, i = 0
        while let nl = b.firstIndex(of: 0x0A, from: i) {
            n += 1
            i = nl + 1
        }
        return n
    }

    /// Splits text into blank-line separated blocks; the trimmed lines of a block are joined by single
    /// spaces. Works on the UTF-8 bytes, in one pass.
    public static func split(_ text: String) -> [String] {
        var text = text
        let original = text
        return text.withUTF8 { b in
            var blocks: [String] = []
            var current: [UInt8] = []
            // The block's one line so far (most blocks have one: it is then a slice of the text).
            var only: Range<Int>? = nil
            var lineStart = 0
            func endBlock() {
                if let r = only {
                    blocks.append(slice(original, r))
                } else if !current.isEmpty {
                    blocks.append(String(decoding: current, as: UTF8.self))
                }
                current.removeAll(keepingCapacity: true)
                only = nil
            }
            func endLine(_ end: Int) {
                let r = trimmedRange(b, lineStart, end)
                if r.isEmpty {
                    endBlock()
                } else if let first = only {
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: b[first]))
                    current.append(0x20)
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: b[r]))
                    only = nil
                } else if current.isEmpty {
                    only = r
                } else {
                    current.append(0x20)
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: b[r]))
                }
            }
            // From line end to line end (memchr).
            while let i = b.firstIndex(of: 0x0A, from: lineStart) {
                endLine(i)
                lineStart = i + 1
            }
            endLine(b.count)
            endBlock()
            return blocks
        }
    }
}
