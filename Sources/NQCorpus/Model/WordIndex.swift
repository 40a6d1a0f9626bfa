import Foundation

/// Postings from every word of the corpus to the articles it occurs in, so that text questions
/// (`contains`, `matches`, `kwic`) read only the articles that can answer instead of all the text.
///
/// A word is a maximal run of ASCII letters and digits and non-ASCII bytes, in ASCII lower case. A
/// text that contains a phrase contains, for each run of word bytes in the phrase, a word that
/// contains that run — so the articles of the words containing the phrase's longest run are all the
/// articles that can match, and the real condition is then checked on their records only.
///
/// Loading appends each article's word ids (a forward list, cheap to add and to save); the postings
/// from word to articles are made from those lists the first time a question needs them.
public struct WordIndex: Sendable {
    /// One distinct word of an article: its hash and where it first occurs in the text.
    public struct Occurrence: Sendable {
        public var hash: UInt64
        public var start: Int32
        public var end: Int32
    }

    private var ids = HashTable()
    /// The words, in order of first occurrence in the corpus.
    public private(set) var words: [String] = []
    /// Each article's word ids, ascending, as varint differences: article k (0-based) is
    /// `lists.bytes[lists.starts[k]..<lists.starts[k + 1]]` (a quarter of the memory of plain ids).
    private var lists = PackedLists()
    private var postings = Memo<PackedLists>()
    /// While articles are added to an index begun empty: the bytes each word's postings will take and
    /// the last article counted for it — the first of the inversion's two passes, made as the lists
    /// come (on the joining thread, beside the analysis) rather than at the end of a load. An index
    /// read back has none (their count is not the words'): its inversion counts for itself.
    private var postingSizes: [Int] = []
    private var postingLast: [Int32] = []

    public init() {}

    /// An index as saved: the words, and each article's word ids, ascending, packed as varint
    /// differences (as `wordIDs(ofArticle:)` gives them, differences from -1). Nil when a list is
    /// malformed or names a word that is not there.
    public init?(words: [String], packedWordLists: [ArraySlice<UInt8>]) {
        self.words = words
        for packed in packedWordLists {
            guard PackedLists.isValid(packed, below: words.count) else { return nil }
            lists.append(packed: packed)
        }
    }

    /// The ids of the distinct words of article `id` (1-based), ascending, as saved.
    public func wordIDs(ofArticle id: Int) -> [Int32] {
        id >= 1 && id <= lists.count ? lists.list(id - 1) : []
    }

    /// The same, packed as the index holds them (and as `init(words:packedWordLists:)` takes them).
    public func packedWordIDs(ofArticle id: Int) -> ArraySlice<UInt8> {
        id >= 1 && id <= lists.count ? lists.packed(id - 1) : []
    }

    public var articleCount: Int { lists.count }

    /// The distinct words of a text, each with its first occurrence (on the worker that analyses the
    /// article, so that adding it to the corpus is only look-ups).
    public static func distinctWords(_ text: String) -> [Occurrence] {
        distinctWords(text, counting: []).occurrences
    }

    /// The distinct words of a text, and in the same pass the number of words in each of `parts`
    /// (ascending, disjoint byte ranges: an article's paragraphs). A counted word is a run of letters
    /// and digits (any non-ASCII byte among them) with the runs that apostrophes and hyphens join to
    /// it: "O'Brien", "pro-Moscow" and "well--known" are one word each, "a - b" two.
    public static func distinctWords(_ text: String, counting parts: [Range<Int>]) -> (occurrences: [Occurrence], counts: [Int]) {
        var text = text
        var counts = Array(repeating: 0, count: parts.count)
        let occurrences = text.withUTF8 { b in
            counts.withUnsafeMutableBufferPointer { counts in
                Self.folded.withUnsafeBufferPointer { fold in
                    distinctWords(b, fold: fold, parts: parts, counts: counts)
                }
            }
        }
        return (occurrences, counts)
    }

    /// `distinctWords` on the bytes, with the counts in memory of their own (no copy-on-write check a
    /// word).
    private static func distinctWords(_ b: UnsafeBufferPointer<UInt8>, fold: UnsafeBufferPointer<UInt8>, parts: [Range<Int>],
                                      counts: UnsafeMutableBufferPointer<Int>) -> [Occurrence] {
        // The first occurrences go into scratch memory (doubled when full), then into an array of their number.
        var capacity = min(b.count / 8 + 16, 1 << 16)
        var out = UnsafeMutablePointer<Occurrence>.allocate(capacity: capacity)
        defer { out.deallocate() }
        var seen = HashSet(capacityFor: b.count)
        defer { seen.deallocate() }
        var found = 0
        var i = 0
        var part = 0
        let n = b.count
        while i < n {
            guard fold[Int(b[i])] != 0 else { i &+= 1; continue }
            let start = i
            if part < parts.count {
                // A new word, unless apostrophes or hyphens join this run to the one before.
                var k = start &- 1
                while k >= 0, b[k] == 0x27 || b[k] == 0x2D { k &-= 1 }
                if k == start &- 1 || k < 0 || fold[Int(b[k])] == 0 {
                    while part < parts.count, start >= parts[part].upperBound { part &+= 1 }
                    if part < parts.count, start >= parts[part].lowerBound { counts[part] &+= 1 }
                }
            }
            var h = FNV1a.seed
            while i < n {
                let f = fold[Int(b[i])]
                if f == 0 { break }
                h = FNV1a.step(h, f)
                i &+= 1
            }
            if seen.insert(h) {
                if found == capacity {
                    let larger = UnsafeMutablePointer<Occurrence>.allocate(capacity: capacity * 2)
                    larger.moveInitialize(from: out, count: found)
                    out.deallocate()
                    (out, capacity) = (larger, capacity * 2)
                }
                (out + found).initialize(to: Occurrence(hash: h, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i)))
                found &+= 1
            }
        }
        return Array(UnsafeBufferPointer(start: out, count: found))
    }

    /// The set of word hashes of one article while `distinctWords` runs: open addressing in memory of
    /// its own (no copy-on-write checks per insert), 0 marking an empty slot (a hash of 0 is noted
    /// apart), freed when the article is done.
    private struct HashSet {
        private var keys: UnsafeMutablePointer<UInt64>
        private var capacity = 1024
        private var count = 0
        private var hasZero = false

        /// Room for the distinct words of a text of `bytes` bytes without growing, mostly (a slot for
        /// every eight bytes, from 1,024 to 65,536 slots; a set more than half full grows).
        init(capacityFor bytes: Int) {
            while capacity < min(bytes / 8, 1 << 16) { capacity *= 2 }
            keys = .allocate(capacity: capacity)
            keys.initialize(repeating: 0, count: capacity)
        }

        func deallocate() { keys.deallocate() }

        /// Adds a hash; true when it was not there before.
        mutating func insert(_ h: UInt64) -> Bool {
            if h == 0 {
                defer { hasZero = true }
                return !hasZero
            }
            if (count &+ 1) &* 2 > capacity { grow() }
            let mask = capacity - 1
            var s = HashTable.slot(h, mask)
            while true {
                let k = keys[s]
                if k == h { return false }
                if k == 0 { break }
                s = (s + 1) & mask
            }
            keys[s] = h
            count += 1
            return true
        }

        private mutating func grow() {
            let (old, oldCapacity) = (keys, capacity)
            capacity *= 2
            keys = .allocate(capacity: capacity)
            keys.initialize(repeating: 0, count: capacity)
            count = 0
            for k in 0..<oldCapacity where old[k] != 0 { _ = insert(old[k]) }
            old.deallocate()
        }
    }

    /// A word's hash (FNV-1a over its lower-case bytes, not folded), the same when a text is indexed
    /// and when an index's words are read back.
    static func hash(_ word: String) -> UInt64 { word.utf8.reduce(FNV1a.seed, FNV1a.step) }

    /// Each byte in ASCII lower case when it is a word byte; 0 when it is not.
    static let folded: [UInt8] = (0...255).map { (c: Int) -> UInt8 in
        let b = UInt8(c)
        return isWordByte(b) ? b.lowercasedASCII : 0
    }

    @inline(__always)
    static func isWordByte(_ c: UInt8) -> Bool {
        c >= 0x80 || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39)
    }

    /// Adds the next article's words (from `distinctWords` of its text).
    public mutating func add(text: String, words occurrences: [Occurrence]) {
        if ids.count < words.count { rebuildIDs() }
        let countsPostings = postingSizes.count == words.count
        // A new memo, unless this index alone holds an empty one (most adds, while loading).
        if !isKnownUniquelyReferenced(&postings) || postings.isMade { postings = Memo() }
        // Words seen before, looked up first; then the new ones get the next ids in order. The new
        // ids are larger than every id before them, so only the known ones need sorting.
        var list: [Int32] = []
        list.reserveCapacity(occurrences.count)
        var fresh: [Int] = []
        ids.withLookUp { find in
            for (k, o) in occurrences.enumerated() {
                if let w = find(o.hash) { list.append(w) } else { fresh.append(k) }
            }
        }
        Self.sortIDs(&list, below: words.count)
        for k in fresh {
            let o = occurrences[k]
            let w = Int32(words.count)
            ids.insert(o.hash, w)
            words.append(TextBlocks.slice(text, Int(o.start)..<Int(o.end)).asciiLowercased())
            list.append(w)
        }
        if countsPostings {
            postingSizes.append(contentsOf: repeatElement(0, count: fresh.count))
            postingLast.append(contentsOf: repeatElement(-1, count: fresh.count))
            let r = Int32(lists.count)
            postingSizes.withUnsafeMutableBufferPointer { size in
                postingLast.withUnsafeMutableBufferPointer { last in
                    for w in list {
                        let k = Int(w)
                        size[k] &+= PackedLists.varintLength(r &- last[k])
                        last[k] = r
                    }
                }
            }
        }
        lists.append(list)
    }

    /// Sorts word ids (all in 0..<limit, each once): the hundreds of ids of each article added. A
    /// vocabulary of fewer than 512 words an id (most corpora's): by marking the ids in a bitmap of the
    /// vocabulary and reading them back in order; a larger one by a radix sort of a byte a pass (two
    /// passes below 65,536 words, three below 16 million); a short list by insertion.
    static func sortIDs(_ list: inout [Int32], below limit: Int) {
        let n = list.count
        if n > 48, limit <= n * 512 {
            let words = (limit + 63) >> 6
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { bits in
                bits.initialize(repeating: 0)
                list.withUnsafeMutableBufferPointer { a in
                    for x in a { bits[Int(x) &>> 6] |= 1 &<< (UInt64(truncatingIfNeeded: x) & 63) }
                    var k = 0
                    for w in 0..<words {
                        var v = bits[w]
                        while v != 0 {
                            a[k] = Int32(truncatingIfNeeded: w &<< 6 | v.trailingZeroBitCount)
                            k &+= 1
                            v &= v &- 1
                        }
                    }
                }
            }
            return
        }
        guard n > 48 else {
            list.withUnsafeMutableBufferPointer { a in
                for i in a.indices.dropFirst() {
                    let x = a[i]
                    var j = i
                    while j > 0, a[j - 1] > x { a[j] = a[j - 1]; j -= 1 }
                    a[j] = x
                }
            }
            return
        }
        var passes = 1
        while passes < 4, limit > 1 << (8 * passes) { passes += 1 }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { temp in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
                list.withUnsafeMutableBufferPointer { a in
                    var from = a.baseAddress!, to = temp.baseAddress!
                    for pass in 0..<passes {
                        let shift = Int32(8 * pass)
                        counts.initialize(repeating: 0)
                        for i in 0..<n { counts[Int((from[i] >> shift) & 0xFF)] += 1 }
                        var sum = 0
                        for k in 0..<256 { (counts[k], sum) = (sum, sum + counts[k]) }
                        for i in 0..<n {
                            let d = Int((from[i] >> shift) & 0xFF)
                            to[counts[d]] = from[i]
                            counts[d] += 1
                        }
                        swap(&from, &to)
                    }
                    if from != a.baseAddress! { a.baseAddress!.update(from: from, count: n) }
                }
            }
        }
    }

    /// The hash table of an index restored from a store is made when articles are added to it.
    private mutating func rebuildIDs() {
        ids = HashTable()
        for (k, w) in words.enumerated() {
            ids.insert(Self.hash(w), Int32(k))
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

    /// The postings word → articles (1-based ids, ascending), made from the articles' word lists the
    /// first time they are needed.
    @discardableResult
    func preparePostings() -> PackedLists {
        postings.get { lists.inverted(keys: words.count, sizes: postingSizes) }
    }

    /// The articles (ascending ids) with a word containing `run` (as given by `longestRun`).
    public func articles(withWordContaining run: String) -> [Int] {
        let needle = Array(run.utf8)
        guard !needle.isEmpty else { return [] }
        let postings = preparePostings()
        // One flag per article id: the union of the words' postings, in id order.
        var hit = [Bool](repeating: false, count: articleCount + 1)
        for (k, w) in words.enumerated() where w.utf8Contains(needle) {
            postings.forEach(in: k) { hit[Int($0) + 1] = true }
        }
        return hit.indices.filter { hit[$0] }
    }
}

/// Lists of ascending whole numbers, packed as varint differences in one byte array.
struct PackedLists: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    /// Appends a list (ascending, non-negative).
    mutating func append(_ list: [Int32]) {
        // Packed on the stack first (at most 5 bytes a number), then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: list.count * 5) { buffer in
            var n = 0
            var last: Int32 = -1
            for x in list {
                var d = UInt32(x - last)
                last = x
                while d >= 0x80 {
                    buffer[n] = UInt8(d & 0x7F) | 0x80
                    n += 1
                    d >>= 7
                }
                buffer[n] = UInt8(d)
                n += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
        starts.append(bytes.count)
    }

    /// Appends a list already packed (checked with `isValid`).
    mutating func append(packed: ArraySlice<UInt8>) {
        bytes.append(contentsOf: packed)
        starts.append(bytes.count)
    }

    /// Whether packed bytes are whole varints whose running sum stays ascending and below `limit`.
    static func isValid(_ packed: ArraySlice<UInt8>, below limit: Int) -> Bool {
        var last = -1
        var i = packed.startIndex
        while i < packed.endIndex {
            var d = 0, shift = 0
            while true {
                guard i < packed.endIndex, shift < 35 else { return false }
                let c = packed[i]
                i += 1
                d |= Int(c & 0x7F) << shift
                if c < 0x80 { break }
                shift += 7
            }
            guard d >= 1 else { return false }
            last += d
            guard last < limit else { return false }
        }
        return true
    }

    /// Calls `body` with each number of list k, in order.
    @inline(__always)
    func forEach(in k: Int, _ body: (Int32) -> Void) {
        guard k >= 0, k < count else { return }
        var i = starts[k]
        let end = starts[k + 1]
        var last: Int32 = -1
        bytes.withUnsafeBufferPointer { b in
            while i < end {
                var d: UInt32 = 0, shift: UInt32 = 0
                while true {
                    let c = b[i]
                    i += 1
                    d |= UInt32(c & 0x7F) << shift
                    if c < 0x80 { break }
                    shift += 7
                }
                last += Int32(bitPattern: d)
                body(last)
            }
        }
    }

    func packed(_ k: Int) -> ArraySlice<UInt8> { bytes[starts[k]..<starts[k + 1]] }

    func list(_ k: Int) -> [Int32] {
        var out: [Int32] = []
        forEach(in: k) { out.append($0) }
        return out
    }

    /// The lists turned around: list w of the result holds the (0-based) numbers of the lists that
    /// hold w, ascending. Two passes: the bytes each new list needs, then the lists themselves (on
    /// memory of their own: no bounds or copy-on-write check a number; this is the last step of a
    /// load, on one core).
    /// `sizes`: each key's bytes, counted as the lists were added; the first pass is skipped when they
    /// are there for every key.
    func inverted(keys: Int, sizes: [Int] = []) -> PackedLists {
        var out = PackedLists()
        out.starts = [Int](repeating: 0, count: keys + 1)
        let last = UnsafeMutablePointer<Int32>.allocate(capacity: max(keys, 1))
        let at = UnsafeMutablePointer<Int>.allocate(capacity: max(keys, 1))
        defer {
            last.deallocate()
            at.deallocate()
        }
        last.initialize(repeating: -1, count: keys)
        at.initialize(repeating: 0, count: keys)
        bytes.withUnsafeBufferPointer { b in
            starts.withUnsafeBufferPointer { starts in
                // Each list's bytes (counted in `at`).
                if sizes.count == keys {
                    for k in 0..<keys { at[k] = sizes[k] }
                } else {
                    for r in 0..<count {
                        Self.decode(b, starts[r], starts[r + 1]) { w in
                            let k = Int(w)
                            at[k] &+= Self.varintLength(Int32(truncatingIfNeeded: r) &- last[k])
                            last[k] = Int32(truncatingIfNeeded: r)
                        }
                    }
                }
                out.starts.withUnsafeMutableBufferPointer { o in
                    for k in 0..<keys { o[k + 1] = o[k] &+ at[k] }
                    for k in 0..<keys { at[k] = o[k] }
                }
                out.bytes = [UInt8](repeating: 0, count: out.starts[keys])
                last.update(repeating: -1, count: keys)
                out.bytes.withUnsafeMutableBufferPointer { o in
                    for r in 0..<count {
                        Self.decode(b, starts[r], starts[r + 1]) { w in
                            let k = Int(w)
                            var d = UInt32(truncatingIfNeeded: Int32(truncatingIfNeeded: r) &- last[k])
                            last[k] = Int32(truncatingIfNeeded: r)
                            var p = at[k]
                            while d >= 0x80 {
                                o[p] = UInt8(truncatingIfNeeded: d & 0x7F) | 0x80
                                p &+= 1
                                d >>= 7
                            }
                            o[p] = UInt8(truncatingIfNeeded: d)
                            at[k] = p &+ 1
                        }
                    }
                }
            }
        }
        return out
    }

    /// The bytes of a varint difference.
    @inline(__always)
    static func varintLength(_ d: Int32) -> Int { d < 0x80 ? 1 : d < 0x4000 ? 2 : d < 0x20_0000 ? 3 : d < 0x1000_0000 ? 4 : 5 }

    /// Calls `body` with each number of the list packed in `b[start..<end]`, in order.
    @inline(__always)
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ body: (Int32) -> Void) {
        var i = start
        var last: Int32 = -1
        while i < end {
            var d: UInt32 = 0, shift: UInt32 = 0
            while true {
                let c = b[i]
                i &+= 1
                d |= UInt32(c & 0x7F) << shift
                if c < 0x80 { break }
                shift &+= 7
            }
            last &+= Int32(bitPattern: d)
            body(last)
        }
    }
}

/// Rows grouped by key, made at once from a list of (row → key) pairs: `rows(of: k)` are the rows
/// with key k, ascending (counting sort; no array per key).
public struct Postings: Sendable {
    private var offsets: [Int]
    private var items: [Int32]

    /// `key(row)` is the key of each row (negative: none).
    public init(count: Int, keys: Int, key: (Int) -> Int) {
        var offsets = [Int](repeating: 0, count: keys + 1)
        for r in 0..<count { let k = key(r); if k >= 0 { offsets[k + 1] += 1 } }
        for k in 0..<keys { offsets[k + 1] += offsets[k] }
        var fill = offsets
        var items = [Int32](repeating: 0, count: offsets[keys])
        for r in 0..<count {
            let k = key(r)
            if k >= 0 { items[fill[k]] = Int32(r); fill[k] += 1 }
        }
        self.offsets = offsets
        self.items = items
    }

    public func rows(of key: Int) -> ArraySlice<Int32> {
        key >= 0 && key + 1 < offsets.count ? items[offsets[key]..<offsets[key + 1]] : []
    }
}

/// A value worked out the first time it is asked for and kept (shared by copies of its owner, which
/// replaces it with a new `Memo` when it changes what the value is made from, unless it alone holds
/// one with no value yet).
final class Memo<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    /// Whether the value has been made (a copy that changes needs a new memo only then).
    var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value != nil
    }

    func get(_ make: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}

/// 64-bit word hashes → word ids, open addressing (the hashes are already well mixed).
struct HashTable: Sendable {
    /// A hash and its value side by side (a look-up reads one cache line, not one in each of two
    /// arrays: the table of a large vocabulary is far bigger than the caches). Value -1: empty.
    private struct Slot {
        var key: UInt64
        var value: Int32
    }
    private var slots: [Slot] = []
    private(set) var count = 0

    @inline(__always)
    static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// Look-ups without a bounds check or a copy-on-write check each (many in a row: an article's words).
    func withLookUp<R>(_ body: ((UInt64) -> Int32?) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            return body { h in
                guard mask >= 0 else { return nil }
                var s = Self.slot(h, mask)
                while slots[s].value >= 0 {
                    if slots[s].key == h { return slots[s].value }
                    s = (s + 1) & mask
                }
                return nil
            }
        }
    }

    func find(_ h: UInt64) -> Int32? {
        withLookUp { $0(h) }
    }

    /// Sets the value of a hash; true when the hash was not there before.
    @discardableResult
    mutating func insert(_ h: UInt64, _ v: Int32) -> Bool {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var s = Self.slot(h, mask)
        while slots[s].value >= 0 {
            if slots[s].key == h { slots[s].value = v; return false }
            s = (s + 1) & mask
        }
        slots[s] = Slot(key: h, value: v)
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: max(1024, slots.count * 2))
        count = 0
        for slot in old where slot.value >= 0 { insert(slot.key, slot.value) }
    }
}

extension String {
    /// Whether the string's UTF-8 bytes hold the needle's, exactly.
    public func utf8Contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, utf8.count >= needle.count else { return needle.isEmpty }
        var copy = self
        return copy.withUTF8 { w in
            // Jump between occurrences of the first byte (memchr), then compare the rest (memcmp).
            var i = 0
            let last = w.count - needle.count
            while let hit = w.firstIndex(of: first, from: i, to: last + 1) {
                if memcmp(w.baseAddress! + hit, needle, needle.count) == 0 { return true }
                i = hit + 1
            }
            return false
        }
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
