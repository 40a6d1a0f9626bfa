/// Postings from every word of the corpus to the articles it occurs in, so that text questions
/// (`contains`, `matches`, `kwic`) read only the articles that can answer instead of all the text.
///
/// A word is a maximal run of ASCII letters and digits and non-ASCII bytes, in ASCII lower case. A
/// text that contains a phrase contains, for each run of word bytes in the phrase, a word that
/// contains that run — so the articles of the words containing the phrase's longest run are all the
/// articles that can match, and the real condition is then checked on their records only.
public struct WordIndex: Sendable {
    /// One distinct word of an article: its hash and where it first occurs in the text.
    public struct Occurrence: Sendable {
        public var hash: UInt64
        public var start: Int32
        public var end: Int32
    }

    private var ids: [UInt64: Int32] = [:]
    /// The words, in order of first occurrence in the corpus.
    public private(set) var words: [String] = []
    /// The ascending article ids (1-based) of each word.
    private var postings: [[Int32]] = []

    public init() {}

    /// The distinct words of a text, each with its first occurrence (on the worker that analyses the
    /// article, so that adding it to the corpus is only look-ups).
    public static func distinctWords(_ text: String) -> [Occurrence] {
        var text = text
        return text.withUTF8 { b in
            var seen = Set<UInt64>()
            var out: [Occurrence] = []
            var i = 0
            while i < b.count {
                guard isWordByte(b[i]) else { i += 1; continue }
                let start = i
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                while i < b.count, isWordByte(b[i]) {
                    let c = b[i]
                    h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* 0x100_0000_01b3
                    i += 1
                }
                if seen.insert(h).inserted { out.append(Occurrence(hash: h, start: Int32(start), end: Int32(i))) }
            }
            return out
        }
    }

    @inline(__always)
    static func isWordByte(_ c: UInt8) -> Bool {
        c >= 0x80 || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39)
    }

    /// Adds an article's words (from `distinctWords` of its text).
    public mutating func add(article: Int, text: String, words occurrences: [Occurrence]) {
        let id32 = Int32(article)
        for o in occurrences {
            if let w = ids[o.hash] {
                postings[Int(w)].append(id32)
            } else {
                ids[o.hash] = Int32(words.count)
                let utf8 = text.utf8
                let lo = utf8.index(utf8.startIndex, offsetBy: Int(o.start))
                let hi = utf8.index(lo, offsetBy: Int(o.end - o.start))
                words.append(String(text[lo..<hi]).asciiLowercased())
                postings.append([id32])
            }
        }
    }


    /// The longest run of word bytes in a phrase, in ASCII lower case; nil when the phrase has none
    /// or has non-ASCII letters (whose case the index does not fold).
    public static func longestRun(of phrase: String) -> String? {
        guard !phrase.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var best: Substring.UTF8View? = nil
        var runStart: String.UTF8View.Index? = nil
        let utf8 = phrase.utf8
        var i = utf8.startIndex
        while true {
            let atEnd = i == utf8.endIndex
            if !atEnd, isWordByte(utf8[i]) {
                if runStart == nil { runStart = i }
            } else if let s = runStart {
                let run = phrase[s..<i].utf8
                if run.count > (best?.count ?? 0) { best = run }
                runStart = nil
            }
            if atEnd { break }
            i = utf8.index(after: i)
        }
        return best.map { String(Substring($0)).asciiLowercased() }
    }

    static func bytes(of word: String, contain needle: [UInt8], first: UInt8) -> Bool {
        let w = word.utf8
        guard w.count >= needle.count else { return false }
        var i = w.startIndex
        let last = w.index(w.endIndex, offsetBy: -needle.count)
        while true {
            if w[i] == first, w[i...].starts(with: needle) { return true }
            if i == last { return false }
            i = w.index(after: i)
        }
    }

    /// The articles (ascending ids) with a word containing `run` (as given by `longestRun`).
    public func articles(withWordContaining run: String) -> [Int] {
        let needle = Array(run.utf8)
        guard let first = needle.first else { return [] }
        // One flag per article id: the union of the words' postings, in id order.
        var hit: [Bool] = []
        for (k, w) in words.enumerated() where Self.bytes(of: w, contain: needle, first: first) {
            for a in postings[k] {
                if Int(a) >= hit.count { hit += repeatElement(false, count: Int(a) + 1 - hit.count) }
                hit[Int(a)] = true
            }
        }
        return hit.indices.filter { hit[$0] }
    }
}

extension String {
    /// The string with its ASCII capitals made small (other characters as they are), on the bytes.
    public func asciiLowercased() -> String {
        guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return self }
        let n = utf8.count
        return String(unsafeUninitializedCapacity: n) { out in
            var k = 0
            for b in utf8 {
                out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                k += 1
            }
            return n
        }
    }
}
