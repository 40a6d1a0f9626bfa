import NQCorpus

/// Splits a paragraph into sentences, on its UTF-8 bytes in one pass.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) followed by white
/// space and a capital, a digit or an opening quote. Not at: abbreviations of titles (Mr., Gen., Sen.),
/// initials (J. K.), or, unless the next word plainly starts a sentence, months (Jan.), company endings
/// (Inc.) and dotted acronyms (U.S.).
public enum SentenceSplitter {
    /// Never end a sentence: they precede a name or a number.
    static let titles: WordSet = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "mt", "ft", "st", "messrs", "fr",
        "vs", "v", "e.g", "i.e", "cf", "approx", "no", "nos", "fig", "vol", "ch", "art", "pp", "p", "ave",
        "blvd", "rd", "dept", "est", "ref",
    ]
    /// End a sentence only when the next word plainly starts one.
    static let ambiguous: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "etc", "bros", "al",
    ]
    static let starters: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
        "and", "in", "on", "at", "his", "her", "their", "its", "there", "however", "according", "after",
        "before", "when", "while", "as", "some", "many", "meanwhile", "also", "so", "yet", "if", "other",
        "our", "my", "for", "to", "with", "by", "from", "one", "two", "no", "officials", "police",
    ]

    /// The byte ranges of the sentences of `text`.
    public static func split(_ text: String) -> [Range<Int>] {
        var text = text
        var sentences: [Range<Int>] = []
        text.withUTF8 { split($0, 0..<$0.count, into: &sentences) }
        return sentences
    }

    /// The sentences of `b[range]`, as trimmed byte ranges into `b`, appended to `sentences`.
    public static func split(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into sentences: inout [Range<Int>]) {
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        func emit(_ upTo: Int) {
            let r = TextBlocks.trimmedRange(b, start, upTo)
            if !r.isEmpty { sentences.append(r) }
            start = upTo
        }
        while i < end {
            // Eight bytes at a time while none of them ends a sentence (most of the text).
            while i + 8 <= end, !Self.hasTerminator(UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            guard i < end else { break }
            let c = b[i]
            guard c == 0x2E || c == 0x21 || c == 0x3F else { i += 1; continue }
            // Absorb further terminators and closing quotes or brackets.
            var j = i + 1
            while j < end {
                let n = closerLength(b, j, end)
                if n > 0 { j += n } else if b[j] == 0x2E || b[j] == 0x21 || b[j] == 0x3F { j += 1 } else { break }
            }
            // Must be followed by white space, then a sentence start.
            guard j < end, b[j].isASCIIWhitespace || TextBlocks.spaceLength(b, j) > 1 else {
                i = j
                continue
            }
            var k = j
            while k < end {
                let n = TextBlocks.spaceLength(b, k)
                if n == 0 { break }
                k += n
            }
            guard k < end, startsSentence(b, k, end) else { i = j; continue }
            if c == 0x2E, !periodEnds(b, dotAt: i, lo: start, next: k, end: end) { i = j; continue }
            emit(j)
            i = k
        }
        emit(end)
    }

    /// Whether one of eight bytes is `.`, `!` or `?` (a byte equal to the mark is a zero after the
    /// exclusive or; the classic test for a zero byte is exact about whether there is one).
    @inline(__always)
    static func hasTerminator(_ x: UInt64) -> Bool {
        @inline(__always) func has(_ c: UInt64) -> Bool {
            let v = x ^ (0x0101_0101_0101_0101 &* c)
            return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
        }
        return has(0x2E) || has(0x21) || has(0x3F)
    }

    /// Length of a closing quote or bracket at `i`: " ' ) ] ” ’ » or 0.
    static func closerLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { return 1 }
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x9D || b[i + 2] == 0x99 { return 3 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xBB { return 2 }
        return 0
    }

    /// A capital letter (any script's upper case), a digit, an opening quote or bracket.
    static func startsSentence(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Bool {
        let c = b[k]
        if c >= 0x41 && c <= 0x5A { return true }
        if c >= 0x30 && c <= 0x39 { return true }
        if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B { return true }
        if c == 0xE2, k + 2 < end, b[k + 1] == 0x80, b[k + 2] == 0x9C || b[k + 2] == 0x98 { return true }
        if c >= 0xC0 {
            var it = String(decoding: UnsafeBufferPointer(rebasing: b[k..<min(end, k + 4)]), as: UTF8.self).unicodeScalars.makeIterator()
            if let s = it.next() { return s.properties.isUppercase }
        }
        return false
    }

    /// Whether the period at `dot` ends a sentence, given the word before it and the word after.
    static func periodEnds(_ b: UnsafeBufferPointer<UInt8>, dotAt dot: Int, lo: Int, next: Int, end: Int) -> Bool {
        var w = dot
        while w > lo, !b[w - 1].isASCIIWhitespace, b[w - 1] != 0x28, b[w - 1] != 0x22 { w -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: b[w..<dot])
        if !bytes.contains(where: { $0 >= 0x80 }) {
            // ASCII (nearly always): the same rules on the bytes, without making strings.
            if bytes.isEmpty { return true }
            if titles.contains(lowercasing: bytes) { return false }
            if bytes.count == 1, (bytes[0] | 0x20) >= 0x61 && (bytes[0] | 0x20) <= 0x7A { return false }
            var isAcronym = false
            if bytes.contains(0x2E) {
                isAcronym = true
                var run = 0
                for c in bytes {
                    if c == 0x2E { run = 0 } else { run += 1; if run > 2 { isAcronym = false; break } }
                }
            }
            guard ambiguous.contains(lowercasing: bytes) || isAcronym else { return true }
            var e = next
            while e < end, isWordByte(b[e]) { e += 1 }
            let following = UnsafeBufferPointer(rebasing: b[next..<e])
            if !following.contains(where: { $0 >= 0x80 }) { return starters.contains(lowercasing: following) }
            return starters.contains(String(decoding: following, as: UTF8.self).lowercased())
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: b[w..<dot]), as: UTF8.self).lowercased()
        if word.isEmpty { return true }
        if titles.contains(word) { return false }
        // A single letter: an initial ("J. K. Rowling").
        if word.utf8.count == 1, let f = word.utf8.first, f >= 0x61 && f <= 0x7A { return false }
        let isAcronym = word.contains(".") && word.split(separator: ".").allSatisfy { $0.count <= 2 }
        if ambiguous.contains(word) || isAcronym {
            var e = next
            while e < end, isWordByte(b[e]) { e += 1 }
            let following = String(decoding: UnsafeBufferPointer(rebasing: b[next..<e]), as: UTF8.self).lowercased()
            return starters.contains(following)
        }
        return true
    }

    static func isWordByte(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c >= 0x80
    }
}
