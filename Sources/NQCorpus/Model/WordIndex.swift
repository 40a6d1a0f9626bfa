import Foundation
import NQSupport

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

    private var ids = HashSlots(minimumSlots: 1024)
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
        var seen = ScratchHashSet(capacityFor: b.count)
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
            ids.set(o.hash, w)
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
                        size[k] &+= Varint.length(UInt32(bitPattern: r &- last[k]))
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
        ids = HashSlots(capacity: words.count, minimumSlots: 1024)
        for (k, w) in words.enumerated() {
            ids.set(Self.hash(w), Int32(k))
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
