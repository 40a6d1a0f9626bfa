import NQCorpus
import NQSupport

/// A fixed set of words, looked up by their UTF-8 bytes with a cheap multiplicative hash and open
/// addressing. The word lists of the analysis are asked millions of times per corpus; `Set<String>`
/// pays for seeded SipHash and Unicode-aware comparison on every look-up, this pays a few cycles per
/// byte. Membership is by exact bytes; `contains(lowercasing:)` folds ASCII capitals as it hashes,
/// without making a new string.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = ByteTable<Void>()
    private(set) var words: [String] = []
    /// This list's bit in `TextToken.classes` (0 for lists not asked of tokens).
    let bit: UInt64
    /// Whether a word written with diacritics that is not in the set is asked again without them
    /// ("María" is in a list that has "Maria": `containsFolded`).
    private(set) var foldsDiacritics = false

    init(_ words: some Sequence<String>) { self.init(bit: 0, words) }

    /// A set that asks a word with diacritics again without them ("María", "José" of "Maria", "Jose").
    init(foldingDiacritics words: some Sequence<String>) {
        self.init(bit: 0, words)
        foldsDiacritics = true
    }

    /// A list asked of tokens: `contains(_: TextToken)` is then a bit test.
    init(_ tokenClass: TokenClass, _ words: [String]) { self.init(bit: tokenClass.bit, words) }

    private init(bit: UInt64, _ words: some Sequence<String>) {
        self.bit = bit
        for w in words where !contains(w) {
            table.insert(w, ())
            self.words.append(w)
        }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    var count: Int { table.count }

    @inline(__always)
    func contains(_ word: String) -> Bool {
        table.value(word) != nil || foldsDiacritics && containsFolded(word)
    }

    @inline(never)
    private func containsFolded(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { containsFolded($0) }
    }

    /// Whether the word in lower case is in the set ("Minister" → "minister").
    func contains(lowercasing word: String) -> Bool { table.value(word, lowercasing: true) != nil }

    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        table.value(bytes) != nil || foldsDiacritics && containsFolded(bytes)
    }

    /// Whether the word is in the set with the accents of its Latin-1 letters taken off ("María" → "Maria",
    /// "Hélène" → "Helene", "Zoë" → "Zoe"), folded on the bytes: no string is made, and a word with no such letter
    /// (most words, and those whose only non-ASCII character is a curly apostrophe) is not asked again.
    @inline(never)
    private func containsFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.contains(0xC3), bytes.count <= 64 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out -> Bool in
            var n = 0, k = 0
            while k < bytes.count {
                let c = bytes[k]
                if c == 0xC3, k + 1 < bytes.count, let a = Self.latin1Letters[Int(bytes[k + 1] & 0x3F)] {
                    out[n] = a
                    k += 2
                } else if c >= 0x80 {
                    return false  // (another script's letter, a Latin-1 sign or a letter of no one ASCII letter: no fold)
                } else {
                    out[n] = c
                    k += 1
                }
                n += 1
            }
            return table.value(UnsafeBufferPointer(rebasing: out[0..<n])) != nil
        }
    }

    /// The ASCII letter of each Latin-1 letter after the lead byte 0xC3 (its second byte's low six bits: 0x80 "À"
    /// … 0xBF "ÿ"); nil for the signs among them (×, ÷) and the letters with no one ASCII letter (Æ, Ð, Þ, ß, æ, ð, þ).
    private static let latin1Letters: [UInt8?] = Array("AAAAAA\u{0}CEEEEIIII\u{0}NOOOOO\u{0}OUUUUY\u{0}\u{0}aaaaaa\u{0}ceeeeiiii\u{0}nooooo\u{0}ouuuuy\u{0}y".utf8)
        .map { $0 == 0 ? nil : $0 }

    /// Whether ASCII bytes, in lower case, are in the set.
    func contains(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.value(bytes, lowercasing: true) != nil }

    /// Whether the word token's text in lower case (ASCII letters) is in the set, by the hash the token was made with.
    func contains(lowercasing token: TextToken) -> Bool {
        token.kind == .word ? table.value(token.bytes, hash: token.lowerHash, lowercasing: true) != nil : contains(lowercasing: token.bytes)
    }

    /// Whether the token's lower-case form is in the list.
    func contains(_ token: TextToken) -> Bool {
        bit != 0 ? token.classes & bit != 0 : contains(token.lower)
    }

    func subtracting(_ other: WordSet) -> WordSet { WordSet(words.filter { !other.contains($0) }) }
}

/// A map from byte strings to values: open addressing with linear probing over one array of
/// concatenated keys. Built once, then only read (any number of threads at once).
///
/// Not on `HashSlots` (NQSupport), on purpose: these tables are asked for every word of every token,
/// and their 4-byte slots (an entry number; the key compared from the bytes) with the bit filter
/// below keep that loop small enough to inline. Through `HashSlots`' 16-byte slots and its probing
/// closure, loading the demo corpus took 3 % more instructions (callgrind, 523 M → 539 M).
struct ByteTable<Value: Sendable>: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var values: [Value] = []
    /// Entry index + 1, or 0 when empty. Capacity is a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    /// One bit per group of hashes (bits 20–33 of a hash), set for the keys' hashes: most words asked
    /// of a table are in none, and this 2 KB turns them away without a probe of the slots.
    private var filter = [UInt64](repeating: 0, count: 256)

    @inline(__always) private static func filterBit(_ hash: UInt64) -> (word: Int, bit: UInt64) {
        let k = Int(truncatingIfNeeded: hash >> 20) & 16383
        return (k >> 6, 1 << UInt64(k & 63))
    }

    init() {}

    var count: Int { values.count }

    static func hash(_ b: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
        var h = FNV1a.seed
        if lowercasing {
            for c in b { h = FNV1a.step(h, c.lowercasedASCII) }
        } else {
            for c in b { h = FNV1a.step(h, c) }
        }
        return FNV1a.finish(h)
    }

    /// Inserts a key; an existing key keeps its first value.
    mutating func insert(_ key: String, _ value: Value) {
        var key = key
        key.withUTF8 { insert($0, value) }
    }

    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) {
        if index(key, lowercasing: false) != nil { return }
        if (values.count + 1) * 2 > slots.count { grow() }
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        values.append(value)
        let hash = Self.hash(key, lowercasing: false)
        place(values.count - 1, hash: hash)
        let (word, bit) = Self.filterBit(hash)
        filter[word] |= bit
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for e in values.indices {
            let h = keyBytes.withUnsafeBufferPointer { b in
                Self.hash(UnsafeBufferPointer(rebasing: b[Int(keyStarts[e])..<Int(keyStarts[e + 1])]), lowercasing: false)
            }
            place(e, hash: h)
        }
    }

    private func index(_ key: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Int? {
        index(key, hash: Self.hash(key, lowercasing: lowercasing), lowercasing: lowercasing)
    }

    /// With the key's hash already made (`hash(key, lowercasing:)`, e.g. while scanning the key).
    func value(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, lowercasing: Bool) -> Value? {
        index(key, hash: hash, lowercasing: lowercasing).map { values[$0] }
    }

    private func index(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, lowercasing: Bool) -> Int? {
        let (word, bit) = Self.filterBit(hash)
        guard filter[word] & bit != 0 else { return nil }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        return keyBytes.withUnsafeBufferPointer { all in
            while true {
                let e = Int(slots[s]) - 1
                if e < 0 { return nil }
                let lo = Int(keyStarts[e]), hi = Int(keyStarts[e + 1])
                if hi - lo == key.count {
                    var same = true
                    var k = 0
                    while k < key.count {
                        let c = lowercasing ? key[k].lowercasedASCII : key[k]
                        if all[lo + k] != c { same = false; break }
                        k += 1
                    }
                    if same { return e }
                }
                s = (s + 1) & mask
            }
        }
    }

    func value(_ key: UnsafeBufferPointer<UInt8>, lowercasing: Bool = false) -> Value? {
        index(key, lowercasing: lowercasing).map { values[$0] }
    }

    func value(_ key: String, lowercasing: Bool = false) -> Value? {
        var key = key
        var nonASCII = false
        let v = key.withUTF8 { b -> Value? in
            if lowercasing, b.contains(where: { $0 >= 0x80 }) { nonASCII = true; return nil }
            return value(b, lowercasing: lowercasing)
        }
        guard nonASCII else { return v }
        // Non-ASCII capitals need Unicode's rules.
        var lower = key.lowercased()
        return lower.withUTF8 { value($0) }
    }
}

extension ByteTable {
    subscript(_ key: String) -> Value? { value(key) }
}
