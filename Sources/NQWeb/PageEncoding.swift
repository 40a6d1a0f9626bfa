import NQCorpus

/// Which encoding a saved page's bytes are in, found the way browsers find it: a byte-order mark, then a
/// `<meta charset>` or `http-equiv` declaration in the first 2 KiB, then UTF-8 when the bytes are valid
/// UTF-8, else Windows-1252. Latin-1 and ASCII declarations mean Windows-1252 (as browsers read them).
public enum PageEncoding {
    public struct Decision: Equatable, Sendable {
        /// Bytes to hand the parser: UTF-8 (converted here from Windows-1252, or repaired), or the page's
        /// own bytes in `encoding` for libxml2 to convert.
        public var bytes: [UInt8]
        /// The encoding of `bytes`.
        public var encoding: String
        /// Bytes that were not valid in the declared UTF-8 and were read as Windows-1252.
        public var repaired: Int
    }

    /// `transport` is the charset an HTTP header gave (a crawl record's); it comes after a byte-order mark
    /// and before the page's own declaration, as in browsers.
    public static func decide(_ bytes: [UInt8], transport: String? = nil) -> Decision {
        decide(bytes, transport: transport, declared: LibXML.knows)
    }

    static func decide(_ bytes: [UInt8], transport: String?, declared known: (String) -> Bool) -> Decision {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3)), declared: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Decision(bytes: bytes, encoding: "UTF-16LE", repaired: 0) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decision(bytes: bytes, encoding: "UTF-16BE", repaired: 0) }
        guard let declared = (transport ?? declaration(bytes)).map(canonical) else { return utf8(bytes, declared: false) }
        switch declared {
        case "UTF-8": return utf8(bytes, declared: true)
        case "windows-1252": return Decision(bytes: windows1252(bytes), encoding: "UTF-8", repaired: 0)
        case let other where known(other): return Decision(bytes: bytes, encoding: other, repaired: 0)
        default: return utf8(bytes, declared: false)
        }
    }

    /// UTF-8 when valid. Otherwise, when declared, the invalid bytes read as Windows-1252 one by one;
    /// undeclared, the whole page read as Windows-1252.
    static func utf8(_ bytes: [UInt8], declared: Bool) -> Decision {
        if String(validating: bytes, as: UTF8.self) != nil { return Decision(bytes: bytes, encoding: "UTF-8", repaired: 0) }
        var invalid = 0
        var valid = 0
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var i = 0
        while i < bytes.count {
            let n = TextDecoding.utf8SequenceLength(bytes, i)
            if n > 0 {
                if n > 1 { valid += 1 }
                out.append(contentsOf: bytes[i..<(i + n)])
                i += n
            } else {
                invalid += 1
                appendWindows1252(bytes[i], to: &out)
                i += 1
            }
        }
        // Undeclared, and more broken sequences than good ones: a single-byte page.
        if !declared, invalid > valid { return Decision(bytes: windows1252(bytes), encoding: "UTF-8", repaired: 0) }
        return Decision(bytes: out, encoding: "UTF-8", repaired: invalid)
    }

    /// The characters of Windows-1252's 0x80–0x9F (0 where it has none: read as the C1 control, dropped later).
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func appendWindows1252(_ c: UInt8, to out: inout [UInt8]) {
        if c < 0x80 { out.append(c); return }
        var scalar = UInt32(c)
        if c < 0xA0 { scalar = high[Int(c) - 0x80]; if scalar == 0 { scalar = 0xFFFD } }
        out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
    }

    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        for c in bytes { appendWindows1252(c, to: &out) }
        return out
    }

    /// The charset a `<meta>` in the first 2 KiB declares (`<meta charset=X>` or
    /// `<meta http-equiv="Content-Type" content="text/html; charset=X">`), or an XML declaration's.
    static func declaration(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(2048)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            guard head[i] == 0x63, head[i..<(i + key.count)].elementsEqual(key) else { i += 1; continue }
            // Inside a <meta …> (or <?xml … encoding=…?> is handled below): the last '<' before is a meta tag.
            var j = i + key.count
            while j < head.count, head[j] == 0x20 || head[j] == 0x09 || head[j] == 0x0A || head[j] == 0x0D { j += 1 }
            guard j < head.count, head[j] == 0x3D else { i += 1; continue }
            j += 1
            while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
            let start = j
            while j < head.count, isCharsetByte(head[j]) { j += 1 }
            if j > start, let open = head[..<i].lastIndex(of: 0x3C), head[open...].starts(with: Array("<meta".utf8)) {
                return String(decoding: head[start..<j], as: UTF8.self)
            }
            i = j
        }
        if head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: 0x3E) {
            let decl = String(decoding: head[..<end], as: UTF8.self)
            if let r = decl.range(of: "encoding=") {
                let value = decl[r.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "?" }
                if !value.isEmpty { return String(value) }
            }
        }
        return nil
    }

    static func isCharsetByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A
    }

    /// The name used for a declared charset: the aliases browsers treat as one encoding made one.
    static func canonical(_ name: String) -> String {
        switch name.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
             "x-cp1252", "ansi_x3.4-1968":
            return "windows-1252"
        // Pages that declare UTF-16 but reach us without a byte-order mark are in fact ASCII-compatible.
        case "utf-16", "utf-16le", "utf-16be": return "UTF-8"
        default: return name
        }
    }
}
