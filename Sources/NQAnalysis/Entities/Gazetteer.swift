import NQCorpus

/// The bundled gazetteer (see GazetteerData.swift and README.md): names by their words, demonyms,
/// given names. Matching is case-sensitive on the words as the gazetteer writes them.
struct Gazetteer: Sendable {
    struct Entry: Sendable {
        var canonical: String
        var type: EntityType
    }

    /// Surface forms by their space-joined words: "United States", "U.S.", "NATO".
    private(set) var entries = ByteTable<Entry>()
    /// The first words of the surface forms: most words start no entry, and are turned away here.
    private var firstWords: WordSet = []
    private(set) var demonyms = ByteTable<String>()
    private(set) var givenNames: WordSet = []
    private(set) var longest = 1

    static let shared = Gazetteer(GazetteerData.tsv)

    init(_ tsv: String) {
        var firsts: [String] = []
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2 else { continue }
            let kind = cols[0], canonical = cols[1]
            if kind == "given" {
                givenNames = WordSet(canonical.split(separator: " ").map(String.init))
                continue
            }
            let type: EntityType = kind == "organization" ? .organization : .place
            let aliases = cols.count > 2 ? cols[2].split(separator: "|").map(String.init) : []
            for form in [canonical] + aliases { add(form, Entry(canonical: canonical, type: type), firsts: &firsts) }
            if cols.count > 3 {
                for d in cols[3].split(separator: "|") { demonyms.insert(String(d), canonical) }
            }
        }
        firstWords = WordSet(firsts)
    }

    private mutating func add(_ form: String, _ entry: Entry, firsts: inout [String]) {
        let words = form.split(separator: " ")
        let key = words.joined(separator: " ")
        entries.insert(key, entry)
        firsts.append(String(words[0]))
        // "the Netherlands", "The Bahamas": also without the article.
        if key.hasPrefix("the ") || key.hasPrefix("The ") {
            entries.insert(String(key.dropFirst(4)), entry)
            if words.count > 1 { firsts.append(String(words[1])) }
        }
        longest = max(longest, words.count)
    }

    /// The longest entry starting at token `i` (possessive "'s" allowed on the last word).
    func match(_ tokens: [TextToken], at i: Int) -> (length: Int, entry: Entry)? {
        let first = tokens[i].bytes
        guard tokens[i].kind == .word,
              firstWords.contains(first) || firstWords.contains(UnsafeBufferPointer(rebasing: first[0..<Self.possessiveLength(first)]))
        else { return nil }
        var best: (Int, Entry)? = nil
        var key: [UInt8] = []
        key.reserveCapacity(64)
        var k = i
        while k < tokens.count, k - i < longest {
            let t = tokens[k]
            guard t.kind == .word || t.isPunctuation("&") else { break }
            if k > i { key.append(0x20) }
            key.append(contentsOf: t.bytes)
            let found: (entry: Entry, possessive: Bool)? = key.withUnsafeBufferPointer { b in
                if let e = entries.value(b) { return (e, false) }
                let bare = Self.possessiveLength(b)
                return bare < b.count ? entries.value(UnsafeBufferPointer(rebasing: b[0..<bare])).map { ($0, true) } : nil
            }
            if let found {
                best = (k - i + 1, found.entry)
                if found.possessive { break }  // matched without its possessive: the name ends here
            }
            k += 1
        }
        return best
    }

    /// The length of `b` without a final possessive ('s, ’s, s').
    static func possessiveLength(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        if n >= 2, b[n - 1] == 0x73, b[n - 2] == 0x27 { return n - 2 }
        if n >= 4, b[n - 1] == 0x73, b[n - 2] == 0x99, b[n - 3] == 0x80, b[n - 4] == 0xE2 { return n - 4 }
        if n >= 2, b[n - 1] == 0x27, b[n - 2] == 0x73 { return n - 1 }
        return n
    }

    static func stripPossessive(_ s: String) -> String {
        guard let last = s.utf8.last, last == 0x73 || last == 0x27 else { return s }
        var s = s
        let keep = s.withUTF8(possessiveLength)
        return keep == s.utf8.count ? s : String(s.utf8.prefix(keep))!
    }
}
