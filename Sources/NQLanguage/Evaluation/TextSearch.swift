import NQSupport
import Foundation
import NQCorpus

/// Case-insensitive search for an ASCII-lower-case needle in a span of UTF-8 text, without copying it.
/// It jumps (memchr) between occurrences of the needle's rarest byte, in either case, and compares
/// the needle around each: most of the text is passed over by the C library's vector code.
enum TextSearch {
    /// How common each lower-case letter is in English text (higher: more common); other bytes are rare.
    static let commonness: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for (k, c) in "zqxjkvbpygfwmucldrhsnioate".utf8.enumerated() { t[Int(c)] = UInt8(k + 1) }
        t[0x20] = 40
        return t
    }()

    static func contains(_ text: String, _ range: TextRange, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard n.allSatisfy({ $0 < 0x80 }) else {
            var t = text
            return t.withUTF8 { b in String(decoding: UnsafeBufferPointer(rebasing: b[range.start..<range.end]), as: UTF8.self) }
                .lowercased().contains(needle)
        }
        var text = text
        return text.withUTF8 { b in
            guard range.end - range.start >= n.count, b.baseAddress != nil else { return false }
            var pivot = 0
            for k in n.indices where commonness[Int(n[k])] < commonness[Int(n[pivot])] { pivot = k }
            let lower = n[pivot]
            let upper = lower >= 0x61 && lower <= 0x7A ? lower & 0xDF : lower
            // Positions of the pivot byte: the needle would start `pivot` bytes before.
            var at = range.start + pivot
            let last = range.end - n.count + pivot  // the last position the pivot can take
            while at <= last {
                let p1 = b.firstIndex(of: lower, from: at, to: last + 1)
                var hit = p1 ?? Int.max
                if upper != lower, let p2 = b.firstIndex(of: upper, from: at, to: p1 ?? last + 1) { hit = p2 }
                guard hit <= last else { return false }
                let start = hit - pivot
                var k = 0
                while k < n.count {
                    let c = b[start + k]
                    if c.lowercasedASCII != n[k] { break }
                    k += 1
                }
                if k == n.count { return true }
                at = hit + 1
            }
            return false
        }
    }
}
