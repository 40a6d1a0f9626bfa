import NQSupport
import Foundation
import NQCorpus

/// A token of a paragraph for the analysis of quotations and names: a word, a punctuation mark or a
/// double quotation mark, with its byte range in the article text (offsets in 32 bits, like the
/// records' `TextRange`).
///
/// A plain value with no strings in it: a word's text is read from the article's bytes when a rule
/// asks for it (most rules ask only the features set when the token is made: capitals, hyphen,
/// apostrophe, and the word lists it is in). Copying a token costs no reference counting, and an
/// array of tokens is freed at once. Tokens point into the bytes they were made from, so they live
/// only while those bytes do: within one article's analysis.
struct TextToken {
    enum Kind: UInt8 {
        case word
        case punctuation
        /// A quotation mark: " “ ” „ (marks are paired in order, whichever way they face), and ' ‘ ’
        /// where they open and close quotations of an article set in single marks (`SingleQuotes`).
        case quoteMark
    }

    var kind: Kind
    /// The flags below, one bit each (the token is 40 bytes: the rules copy tokens often).
    private var flags: UInt8 = Flag.ascii
    /// The mark of a punctuation or quotation token ("'" for a curly apostrophe standing alone).
    private(set) var mark: Unicode.Scalar
    private var start32: Int32
    private var end32: Int32
    private let base: UnsafePointer<UInt8>
    /// The word lists its lower-case form is in (`TokenClass` bits).
    private(set) var classes: UInt64 = 0
    /// A word's `ByteTable.hash(bytes, lowercasing: true)`, made once with the token: the word lists ask
    /// it of many words, many times.
    private(set) var lowerHash: UInt64 = 0

    private enum Flag {
        static let capitalized: UInt8 = 1, hyphen: UInt8 = 2, apostrophe: UInt8 = 4, ascii: UInt8 = 8
    }

    /// Where the token starts and ends in the text (byte offsets).
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// Starts with an upper-case letter (or is an all-capitals acronym).
    var isCapitalized: Bool { flags & Flag.capitalized != 0 }
    /// The text has a hyphen ("pro-Moscow", "NATO-Russia").
    var hasHyphen: Bool { flags & Flag.hyphen != 0 }
    /// The text may end in a contraction ("they've", "she’d"): it has an apostrophe, straight or curly.
    var hasApostrophe: Bool { flags & Flag.apostrophe != 0 }
    /// A word with a possessive ending ("Editor's", "Sunak’s").
    var isPossessive: Bool { kind == .word && hasApostrophe && Gazetteer.possessiveLength(bytes) < bytes.count }
    /// Every byte is ASCII (the byte-level answers below need no Unicode tables).
    var isASCII: Bool { flags & Flag.ascii != 0 }

    @inline(__always)
    private mutating func setFlags(capitalized: Bool, hyphen: Bool, apostrophe: Bool, ascii: Bool) {
        flags = (capitalized ? Flag.capitalized : 0) | (hyphen ? Flag.hyphen : 0)
            | (apostrophe ? Flag.apostrophe : 0) | (ascii ? Flag.ascii : 0)
    }

    /// A word token from the tokenizer's scan of it (flags and hash made on the way). Inlined: it is
    /// made for every word, and a call would retain and release the table each time.
    @inline(__always)
    init(word b: UnsafeBufferPointer<UInt8>, _ scan: TextTokenizer.WordScan, classes table: ByteTable<UInt64>) {
        kind = .word
        mark = "\0"
        base = b.baseAddress!
        start32 = Int32(truncatingIfNeeded: scan.start)
        end32 = Int32(truncatingIfNeeded: scan.end)
        guard scan.ascii else {
            setWordFeatures()
            return
        }
        // (A name after an Arabic article joined by a hyphen is a name's word: "al-Assad", "el-Sisi".)
        setFlags(capitalized: b[scan.start] >= 0x41 && b[scan.start] <= 0x5A
                    || scan.hyphen && SpeakerResolver.articlePrefixLength(bytes, capital: true) > 0,
                 hyphen: scan.hyphen, apostrophe: scan.apostrophe, ascii: true)
        lowerHash = scan.hash
        classes = table.value(bytes, hash: scan.hash, lowercasing: true) ?? 0
    }

    /// A punctuation or quotation mark.
    init(_ kind: Kind, mark: Unicode.Scalar, _ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        self.kind = kind
        self.mark = mark
        base = b.baseAddress!
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        if mark.isASCII { classes = TokenClass.asciiMarks[Int(mark.value)] }
    }

    /// The token's bytes in the text.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + start, count: end - start) }

    /// The bytes from this token's start to `last`'s end (a later token of the same text).
    func bytes(through last: TextToken) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + start, count: last.end - start) }

    /// The byte `offset` bytes after the token's end (the caller knows it is in the text).
    func byte(after offset: Int) -> UInt8 { base[end + offset] }

    /// Whether the token touches an underscore before or after it: a part of a code's identifier
    /// ("AF_INET", "SOCK_STREAM", "MAX_SIZE"), no word of prose. (`textCount`: the text's length in bytes.)
    func inIdentifier(textCount: Int) -> Bool {
        start > 0 && base[start - 1] == 0x5F || end < textCount && base[end] == 0x5F
    }

    /// The token's text, made when asked for.
    var text: String { kind == .word ? String(decoding: bytes, as: UTF8.self) : String(Character(mark)) }

    /// The text in lower case, made when asked for.
    var lower: String {
        guard kind == .word else { return text }
        return isASCII ? String(asciiLowercasing: bytes) : text.lowercased()
    }

    /// Moves a word token's ends (a word joined past an apostrophe, a part of a hyphenated word).
    mutating func setRange(start: Int, end: Int) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        setWordFeatures()
    }

    private mutating func setWordFeatures() {
        let b = bytes
        lowerHash = ByteTable<UInt64>.hash(b, lowercasing: true)
        let (ascii, upper, hyphen, apostrophe) = Self.asciiFlags(b)
        if ascii {
            setFlags(capitalized: b[0] >= 0x41 && b[0] <= 0x5A || hyphen && SpeakerResolver.articlePrefixLength(b, capital: true) > 0,
                     hyphen: hyphen, apostrophe: apostrophe, ascii: true)
            classes = TokenClass.table.value(b, lowercasing: upper) ?? 0
            return
        }
        // The first character decoded from the bytes (no string made: this is every non-ASCII word).
        setFlags(capitalized: TextTokenizer.firstScalar(b)?.properties.isUppercase ?? false, hyphen: b.contains(0x2D),
                 apostrophe: b.contains { $0 == 0x27 || $0 == 0xE2 }, ascii: false)
        // The word lists are ASCII, and a word token's non-ASCII letters stay non-ASCII in lower case
        // (the one exception, the Kelvin sign, starts with E2, which ends a word): no list holds it.
        classes = TokenClass.asciiOnly ? 0 : TokenClass.table.value(text.lowercased()) ?? 0
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

    /// The number of characters of the text.
    var characterCount: Int { isASCII ? end - start : text.count }

    /// Whether the token's lower-case form is in the word list of `list` (a bit test; the lists
    /// themselves are not touched).
    @inline(__always)
    func isIn(_ list: TokenClass) -> Bool { classes & list.bit != 0 }

    func isPunctuation(_ p: Unicode.Scalar) -> Bool { kind == .punctuation && mark == p }

    /// Whether this is the word `w` (given in lower case), in any case: `isWord("of")`.
    func isWord(_ w: StaticString) -> Bool {
        guard kind == .word else { return false }
        // A word token's non-ASCII letters stay non-ASCII in lower case (see `setWordFeatures`): a
        // word with any is no ASCII word.
        guard isASCII else { return false }
        let b = bytes
        return b.count == w.utf8CodeUnitCount && Self.foldedEqual(b, w)
    }

    /// Whether the word ends with `suffix` (given in lower case), in any case: `lowerHasSuffix("ing")`.
    func lowerHasSuffix(_ suffix: StaticString) -> Bool {
        guard isASCII else { return lower.hasSuffix(suffix.description) }
        let b = bytes
        let n = suffix.utf8CodeUnitCount
        return b.count >= n && Self.foldedEqual(UnsafeBufferPointer(rebasing: b[(b.count - n)...]), suffix)
    }

    /// Whether ASCII bytes, with capitals made small, are the bytes of `lower` (as long as it).
    private static func foldedEqual(_ b: UnsafeBufferPointer<UInt8>, _ lower: StaticString) -> Bool {
        let p = lower.utf8Start
        for k in b.indices {
            let c = b[k]
            if c.lowercasedASCII != p[k] { return false }
        }
        return true
    }
}

/// Splits a range of text into tokens, on its UTF-8 bytes in one pass. Words keep inner apostrophes,
/// hyphens and the dots of initials and abbreviations (U.S., Jr.); every other mark is its own token.
enum TextTokenizer {
    /// The tokens of each paragraph of an article, with its quotation marks as its style sets them
    /// (`SingleQuotes`): what the quotation and name rules read.
    static func paragraphTokens(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Paragraph]) -> [[TextToken]] {
        // (Weighed only when some single mark could open a quotation: most articles have none.)
        var singleOpener = false
        var tokens = paragraphs.map { Self.tokens(b, $0.range.start..<$0.range.end, singleOpener: &singleOpener) }
        if singleOpener { SingleQuotes.apply(&tokens) }
        return tokens
    }

    /// The tokens of `range`, which point into `b` (see `TextToken`).
    static func tokens(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [TextToken] {
        var singleOpener = false
        return tokens(b, range, singleOpener: &singleOpener)
    }

    /// The same, noting in `singleOpener` a single mark that could open a quotation: ‘ or ' before a
    /// letter, at the start or after a space (`SingleQuotes`).
    static func tokens(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, singleOpener: inout Bool) -> [TextToken] {
        var tokens: [TextToken] = []
        // About one token in three or four bytes: room for one in three, so that few arrays grow.
        tokens.reserveCapacity(range.count / 3 + 4)
        var i = range.lowerBound
        let end = range.upperBound
        let table = TokenClass.table
        let lowerAlnum = WordScan.lowerAlnum
        while i < end {
            let c = b[i]
            // The common cases first: a word starting with an ASCII letter or digit, an ASCII space.
            // A letter or digit (`UInt8.isASCIIAlphanumeric`, written out: through the property, the
            // compiler stops inlining the word scan below — measured, 1 % more instructions a load).
            if (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 {
                let scan = WordScan(b, from: i, end: end, lowerAlnum: lowerAlnum)
                tokens.append(TextToken(word: b, scan, classes: table))
                i = scan.end
                continue
            }
            if c == 0x20 { i += 1; continue }
            let space = TextBlocks.spaceLength(b, i)
            if space > 0 { i += space; continue }
            if c == 0x22 {
                tokens.append(TextToken(.quoteMark, mark: "\"", b, start: i, end: i + 1))
                i += 1
                continue
            }
            if c == 0xE2, i + 2 < end, b[i + 1] == 0x80 {
                let c2 = b[i + 2]
                if c2 == 0x9C || c2 == 0x9D || c2 == 0x9E {  // “ ” „
                    tokens.append(TextToken(.quoteMark, mark: scalar(b, i, i + 3), b, start: i, end: i + 3))
                    i += 3
                    continue
                }
                if c2 == 0x98 || c2 == 0x99 {  // ‘ ’: inside a word an apostrophe, else a mark
                    if c2 == 0x99, !tokens.isEmpty, tokens[tokens.count - 1].kind == .word,
                       tokens[tokens.count - 1].end == i, i + 3 < end, isWordByte(b[i + 3]) {
                        i = extendWord(b, &tokens, from: i + 3, end: end)
                        continue
                    }
                    if c2 == 0x98 { singleOpener = true }
                    tokens.append(TextToken(.punctuation, mark: "'", b, start: i, end: i + 3))
                    i += 3
                    continue
                }
                // Dashes, ellipses and other general punctuation.
                tokens.append(TextToken(.punctuation, mark: scalar(b, i, i + 3), b, start: i, end: i + 3))
                i += 3
                continue
            }
            // A word starting with a non-ASCII letter (after the spaces and marks that share its lead
            // bytes; the same steps as for an ASCII word above, written out: a local function here
            // would capture `tokens` and check exclusive access to it on every word).
            if isWordByte(c) {
                let scan = WordScan(b, from: i, end: end, lowerAlnum: lowerAlnum)
                tokens.append(TextToken(word: b, scan, classes: table))
                i = scan.end
                continue
            }
            if c == 0x27, i + 1 < end, isWordByte(b[i + 1]), i == range.lowerBound || !isWordByte(b[i - 1]) { singleOpener = true }
            let n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            let e = min(end, i + n)
            tokens.append(TextToken(.punctuation, mark: scalar(b, i, e), b, start: i, end: e))
            i = e
        }
        return tokens
    }

    static func extendWord(_ b: UnsafeBufferPointer<UInt8>, _ tokens: inout [TextToken], from: Int, end: Int) -> Int {
        var e = wordEnd(b, from: from, end: end)
        // The part after the apostrophe is no initial: the dot after "Thatcher’s" ends the sentence.
        if e - from == 2, b[e - 1] == 0x2E { e -= 1 }
        tokens[tokens.count - 1].setRange(start: tokens[tokens.count - 1].start, end: e)
        return e
    }

    /// The first scalar of UTF-8 bytes (U+FFFD for an invalid sequence, as decoding them would give).
    static func firstScalar(_ b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var it = b.makeIterator()
        var decoder = UTF8()
        switch decoder.decode(&it) {
        case .scalarValue(let v): return v
        case .error: return "\u{FFFD}"
        case .emptyInput: return nil
        }
    }

    /// The one character of a mark's bytes (U+FFFD if they are not one).
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Unicode.Scalar {
        firstScalar(UnsafeBufferPointer(rebasing: b[s..<e])) ?? "\u{FFFD}"
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
        WordScan(b, from: from, end: end).end
    }

    /// One pass over a word's bytes: where it ends, and what the token needs to know of it (whether it
    /// is ASCII, has a hyphen or an apostrophe, and the hash of its lower-case form for the word lists).
    struct WordScan {
        let start: Int
        private(set) var end: Int
        private(set) var ascii = true
        private(set) var hyphen = false
        private(set) var apostrophe = false
        /// `ByteTable.hash(bytes, lowercasing: true)`, when `ascii`.
        private(set) var hash: UInt64 = 0

        /// Each ASCII letter or digit in lower case; 0 for every other byte.
        nonisolated(unsafe) static let lowerAlnum: UnsafePointer<UInt8> = {  // written once, then only read
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            for c in 0..<256 {
                let b = UInt8(c)
                table[c] = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A ? b | 0x20 : b >= 0x30 && b <= 0x39 ? b : 0
            }
            return UnsafePointer(table)
        }()

        init(_ b: UnsafeBufferPointer<UInt8>, from: Int, end: Int) {
            self.init(b, from: from, end: end, lowerAlnum: Self.lowerAlnum)
        }

        /// `lowerAlnum`: the table above (fetched once by the tokenizer, not once a word).
        @inline(__always)
        init(_ b: UnsafeBufferPointer<UInt8>, from: Int, end: Int, lowerAlnum: UnsafePointer<UInt8>) {
            start = from
            var i = from
            var h = FNV1a.seed
            while true {
                // Letters and digits (most bytes of a word), in a loop of their own.
                while i < end {
                    let l = lowerAlnum[Int(b[i])]
                    if l == 0 { break }
                    h = FNV1a.step(h, l)
                    i &+= 1
                }
                guard i < end else { break }
                let c = b[i]
                if c >= 0x80 {
                    // Non-ASCII: letters go on; the punctuation block E2 80 xx and no-break spaces end a word.
                    if c == 0xE2 || c == 0xC2 { break }
                    ascii = false
                    i &+= c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                    continue
                }
                if (c == 0x27 || c == 0x2D || c == 0x2E || c == 0x26), i + 1 < end, isWordByte(b[i + 1]) {
                    // A dot joins only letters of an abbreviation ("U.S", "e.g"), not two sentences.
                    if c == 0x2E, i + 2 < end, isWordByte(b[i + 2]) && b[i + 2] != 0x2E, i - from > 1 { break }
                    if c == 0x27 { apostrophe = true } else if c == 0x2D { hyphen = true }
                    h = FNV1a.step(h, c)  // a joining mark or a dot: no case to fold
                    i &+= 1
                    continue
                }
                if c == 0x2E, i - from == 1 || (i >= 2 && b[i - 2] == 0x2E) {
                    // The dot after an initial or a dotted abbreviation: "R.", "U.S.".
                    h = FNV1a.step(h, c)  // a joining mark or a dot: no case to fold
                    i &+= 1
                    break
                }
                break
            }
            self.end = min(i, end)
            hash = FNV1a.finish(h)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes end with the bytes of `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard count >= n else { return false }
        return memcmp(baseAddress! + (count - n), suffix.utf8Start, n) == 0
    }
}
