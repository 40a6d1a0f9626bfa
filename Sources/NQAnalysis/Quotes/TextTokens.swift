import Foundation
import NQCorpus

/// A token of a paragraph for the analysis of quotations and names: a word, a punctuation mark or a
/// double quotation mark, with its byte range in the article text.
struct TextToken: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case punctuation
        /// A double quotation mark: " “ ” „ (which way it faces is decided by `QuoteFinder`).
        case quoteMark
    }

    var kind: Kind
    var start: Int
    var end: Int
    var text: String {
        didSet { setFeatures() }
    }
    /// The text in lower case (computed once).
    private(set) var lower = ""
    /// Starts with an upper-case letter (or is an all-capitals acronym).
    private(set) var isCapitalized = false
    /// The word lists its lower-case form is in (`TokenClass` bits).
    private(set) var classes: UInt64 = 0
    /// The text has a hyphen ("pro-Moscow", "NATO-Russia").
    private(set) var hasHyphen = false
    /// The text may end in a contraction ("they've", "she’d"): it has an apostrophe, straight or curly.
    private(set) var hasApostrophe = false

    init(kind: Kind, start: Int, end: Int, text: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        setFeatures()
    }

    /// A word token straight from the text's bytes: for ASCII words the features are read off the
    /// bytes (no walk over the new string, no second string unless it has capitals).
    init(word b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        kind = .word
        self.start = start
        self.end = end
        let bytes = UnsafeBufferPointer(rebasing: b[start..<end])
        let (ascii, upper, hyphen, apostrophe) = Self.asciiFlags(bytes)
        guard ascii else {
            text = String(decoding: bytes, as: UTF8.self)
            setFeatures()
            return
        }
        text = String(decoding: bytes, as: UTF8.self)
        lower = upper ? String(unsafeUninitializedCapacity: bytes.count) { out in
            for k in bytes.indices { let c = bytes[k]; out[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
            return bytes.count
        } : text
        isCapitalized = bytes[0] >= 0x41 && bytes[0] <= 0x5A
        hasHyphen = hyphen
        hasApostrophe = apostrophe
        classes = TokenClass.table.value(bytes, lowercasing: true) ?? 0
    }

    private mutating func setFeatures() {
        (lower, isCapitalized, hasHyphen, hasApostrophe) = Self.features(text, kind)
        classes = TokenClass.table.value(lower) ?? 0
    }

    /// Whether the bytes are ASCII (the other answers hold only then): capitals, a hyphen, an apostrophe.
    static func asciiFlags(_ bytes: UnsafeBufferPointer<UInt8>) -> (ascii: Bool, upper: Bool, hyphen: Bool, apostrophe: Bool) {
        var upper = false, hyphen = false, apostrophe = false
        for c in bytes {
            if c >= 0x80 { return (false, upper, hyphen, apostrophe) }
            if c >= 0x41 && c <= 0x5A { upper = true }
            if c == 0x2D { hyphen = true }
            if c == 0x27 { apostrophe = true }
        }
        return (true, upper, hyphen, apostrophe)
    }

    static func features(_ text: String, _ kind: Kind) -> (lower: String, capitalized: Bool, hyphen: Bool, apostrophe: Bool) {
        guard kind == .word, let f = text.utf8.first else { return (text, false, false, false) }
        var copy = text
        let (ascii, hasUpper, hyphen, apostrophe) = copy.withUTF8(asciiFlags)
        if ascii {
            // ASCII: no Unicode tables needed.
            return (hasUpper ? text.asciiLowercased() : text, f >= 0x41 && f <= 0x5A, hyphen, apostrophe)
        }
        return (text.lowercased(), text.unicodeScalars.first!.properties.isUppercase, text.utf8.contains(0x2D),
                text.utf8.contains { $0 == 0x27 || $0 == 0xE2 })
    }

    func isPunctuation(_ p: String) -> Bool { kind == .punctuation && text == p }

    /// Curly marks say which way they face; a straight mark does not.
    var facing: Facing {
        switch text {
        case "\u{201C}", "\u{201E}": return .opening
        case "\u{201D}": return .closing
        default: return .either
        }
    }

    enum Facing { case opening, closing, either }
}

/// Splits a range of text into tokens, on its UTF-8 bytes in one pass. Words keep inner apostrophes,
/// hyphens and the dots of initials and abbreviations (U.S., Jr.); every other mark is its own token.
enum TextTokenizer {
    static func tokens(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [TextToken] {
        var none: WordCache? = nil
        return tokens(b, range, words: &none)
    }

    static func tokens(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, words cache: inout WordCache?) -> [TextToken] {
        var tokens: [TextToken] = []
        var i = range.lowerBound
        let end = range.upperBound
        func text(_ s: Int, _ e: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self) }
        while i < end {
            let c = b[i]
            let space = TextBlocks.spaceLength(b, i)
            if space > 0 { i += space; continue }
            if c == 0x22 {
                tokens.append(TextToken(kind: .quoteMark, start: i, end: i + 1, text: "\""))
                i += 1
                continue
            }
            if c == 0xE2, i + 2 < end, b[i + 1] == 0x80 {
                let c2 = b[i + 2]
                if c2 == 0x9C || c2 == 0x9D || c2 == 0x9E {  // “ ” „
                    tokens.append(TextToken(kind: .quoteMark, start: i, end: i + 3, text: text(i, i + 3)))
                    i += 3
                    continue
                }
                if c2 == 0x98 || c2 == 0x99 {  // ‘ ’: inside a word an apostrophe, else a mark
                    if c2 == 0x99, !tokens.isEmpty, tokens[tokens.count - 1].kind == .word,
                       tokens[tokens.count - 1].end == i, i + 3 < end, isWordByte(b[i + 3]) {
                        i = extendWord(b, &tokens, from: i + 3, end: end)
                        continue
                    }
                    tokens.append(TextToken(kind: .punctuation, start: i, end: i + 3, text: "'"))
                    i += 3
                    continue
                }
                // Dashes, ellipses and other general punctuation.
                tokens.append(TextToken(kind: .punctuation, start: i, end: i + 3, text: text(i, i + 3)))
                i += 3
                continue
            }
            if isWordByte(c) {
                let s = i
                i = wordEnd(b, from: i, end: end)
                tokens.append(cache?.token(b, start: s, end: i) ?? TextToken(word: b, start: s, end: i))
                continue
            }
            let n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            let e = min(end, i + n)
            tokens.append(TextToken(kind: .punctuation, start: i, end: e, text: text(i, e)))
            i = e
        }
        return tokens
    }

    static func extendWord(_ b: UnsafeBufferPointer<UInt8>, _ tokens: inout [TextToken], from: Int, end: Int) -> Int {
        let e = wordEnd(b, from: from, end: end)
        var last = tokens.removeLast()
        last.end = e
        last.text = String(decoding: UnsafeBufferPointer(rebasing: b[last.start..<e]), as: UTF8.self)
        tokens.append(last)
        return e
    }

    /// ASCII letters and digits, and the lead bytes of non-ASCII letters (not U+0080–U+00BF, whose lead
    /// byte is C2, nor the general punctuation and symbols led by E2).
    static func isWordByte(_ c: UInt8) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) }
        return c >= 0xC3 && c != 0xE2
    }

    /// The end of a word starting at `from`: letters, digits, non-ASCII letters; inner ' - . & joined
    /// when a letter follows (O'Brien, NATO-Russia, U.S.), and a final dot after single letters (U.S.).
    static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        while i < end {
            let c = b[i]
            if c >= 0x80 {
                // Non-ASCII: letters go on; the punctuation block E2 80 xx and no-break spaces end a word.
                if c == 0xE2 || c == 0xC2 { break }
                i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                continue
            }
            if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) { i += 1; continue }
            if (c == 0x27 || c == 0x2D || c == 0x2E || c == 0x26), i + 1 < end, isWordByte(b[i + 1]) {
                // A dot joins only letters of an abbreviation ("U.S", "e.g"), not two sentences.
                if c == 0x2E, i + 2 < end, isWordByte(b[i + 2]) && b[i + 2] != 0x2E, i - from > 1 { break }
                i += 1
                continue
            }
            if c == 0x2E, i - from == 1 || (i >= 2 && b[i - 2] == 0x2E) {
                // The dot after an initial or a dotted abbreviation: "R.", "U.S.".
                i += 1
                break
            }
            break
        }
        return i
    }
}

/// The word tokens a thread has made, by their bytes: a word seen before is copied (its strings, its
/// features and its word-list bits) instead of being made and looked up again. Most words of a corpus
/// are a few thousand words said again and again. One per loading thread (a value, so that using it
/// costs no exclusivity checks per word), holding the first 8,192 words it meets.
struct WordCache {
    private var slots = [Int32](repeating: 0, count: 1 << 14)  // entry + 1; 0 = empty
    private var hashes: [UInt64] = []
    private var keyStarts: [Int32] = [0]
    private var keyBytes: [UInt8] = []
    private var tokens: [TextToken] = []
    static let maxEntries = 1 << 13
    static let maxLength = 24

    /// The box of this thread's cache.
    final class Box {
        var cache: WordCache? = WordCache()

        static var current: Box {
            let key = "nq.WordCache"
            if let c = Thread.current.threadDictionary[key] as? Box { return c }
            let c = Box()
            Thread.current.threadDictionary[key] = c
            return c
        }
    }

    mutating func token(_ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> TextToken {
        let n = end - start
        guard n <= Self.maxLength else { return TextToken(word: b, start: start, end: end) }
        let h = ByteTable<Void>.hash(UnsafeBufferPointer(rebasing: b[start..<end]), lowercasing: false)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[s]) - 1
            if e < 0 { break }
            if hashes[e] == h {
                let lo = Int(keyStarts[e])
                if Int(keyStarts[e + 1]) - lo == n,
                   keyBytes.withUnsafeBufferPointer({ memcmp(b.baseAddress! + start, $0.baseAddress! + lo, n) }) == 0 {
                    var t = tokens[e]
                    t.start = start
                    t.end = end
                    return t
                }
            }
            s = (s + 1) & mask
        }
        let t = TextToken(word: b, start: start, end: end)
        // Full: the words it holds, met first, are the common ones; the rest are made each time.
        if tokens.count >= Self.maxEntries { return t }
        slots[s] = Int32(tokens.count + 1)
        hashes.append(h)
        keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<end]))
        keyStarts.append(Int32(keyBytes.count))
        tokens.append(t)
        return t
    }
}
