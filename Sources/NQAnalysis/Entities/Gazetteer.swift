import NQCorpus
import NQSupport

/// The bundled gazetteer (see GazetteerData.swift and README.md): names by their words, demonyms,
/// given names. Matching is case-sensitive on the words as the gazetteer writes them.
///
/// A class: built once, then only read, and passed to many functions — a reference is retained once
/// where a struct of seven tables was retained table by table at every copy.
final class Gazetteer: Sendable {
    /// A plain value (its canonical name by row): candidates that carry one are copied without
    /// reference counting.
    struct Entry: Sendable {
        var canonicalRow: Int32
        var type: EntityType
    }

    /// The canonical names, by `Entry.canonicalRow`.
    let canonicals: [String]

    /// The canonical name of an entry.
    func canonical(_ entry: Entry) -> String { canonicals[Int(entry.canonicalRow)] }

    /// Surface forms by their space-joined words: "United States", "U.S.", "NATO".
    let entries: ByteTable<Entry>
    /// The first words of the surface forms: most words start no entry, and are turned away here.
    private let firstWords: WordSet
    /// The words a longer surface form starts with ("United", "United States" for "United States of
    /// America"): a match stops growing once its words are none of these.
    private let prefixes: ByteTable<Bool>
    let demonyms: ByteTable<String>
    /// Given names (a word with diacritics is asked again without them: "María" is "Maria").
    let givenNames: WordSet
    let longest: Int
    /// The most bytes of a surface form.
    let longestKey: Int

    static let shared = Gazetteer(GazetteerData.tsv)

    init(_ tsv: String) {
        var tables = Tables()
        for row in Self.rows(tsv) {
            if row.kind == "given" {
                tables.given += row.canonical.spaceSeparated().map(String.init)
                continue
            }
            let type: EntityType = row.kind == "organization" ? .organization : row.kind == "thing" ? .other : .place
            let entry = Entry(canonicalRow: Int32(tables.canonicals.count), type: type)
            tables.canonicals.append(row.canonical)
            for form in [row.canonical] + row.aliases { tables.add(form, entry) }
            for d in row.demonyms { tables.demonyms.insert(d, row.canonical) }
        }
        canonicals = tables.canonicals
        entries = tables.entries
        firstWords = WordSet(tables.firsts)
        prefixes = tables.prefixes
        demonyms = tables.demonyms
        givenNames = WordSet(foldingDiacritics: tables.given)
        longest = tables.longest
        longestKey = tables.longestKey
    }

    /// The tables as they are built, row by row.
    private struct Tables {
        var canonicals: [String] = []
        var entries = ByteTable<Entry>()
        var firsts: [String] = []
        var prefixes = ByteTable<Bool>()
        var demonyms = ByteTable<String>()
        var given: [String] = []
        var longest = 1
        var longestKey = 0

        /// Adds a surface form, and the ways news writes it otherwise: "&" for "and" ("Trinidad & Tobago",
        /// "Bosnia & Herzegovina"), "St." and "St" for "Saint" and back ("St Kitts and Nevis", "Saint
        /// Petersburg"). A form the table has already keeps its first entry.
        mutating func add(_ form: String, _ entry: Entry) {
            addForm(form, entry)
            var variants: [String] = []
            if form.contains(" and ") { variants.append(form.replacingOccurrences(of: " and ", with: " & ")) }
            for (from, tos) in [("Saint ", ["St. ", "St "]), ("St. ", ["Saint ", "St "]), ("St ", ["Saint ", "St. "])] where form.hasPrefix(from) {
                for to in tos {
                    let v = to + form.dropFirst(from.count)
                    variants.append(v)
                    if v.contains(" and ") { variants.append(v.replacingOccurrences(of: " and ", with: " & ")) }
                }
            }
            for v in variants where entries.value(v) == nil { addForm(v, entry) }
        }

        private mutating func addForm(_ form: String, _ entry: Entry) {
            let words = form.spaceSeparated()
            let key = words.joined(separator: " ")
            entries.insert(key, entry)
            firsts.append(String(words[0]))
            addPrefixes(words[...])
            // "St. Louis": tokens part the abbreviation from its dot; the word without it starts the name too,
            // and the word with it is a prefix (`match` joins the dot to the word before it).
            if words.count >= 2, words[0].count >= 3, words[0].hasSuffix("."), !words[0].dropLast().contains(".") {
                firsts.append(String(words[0].dropLast()))
                prefixes.insert(String(words[0].dropLast()), true)
            }
            // "the Netherlands", "The Bahamas": also without the article.
            if key.hasPrefix("the ") || key.hasPrefix("The ") {
                entries.insert(String(key.dropFirst(4)), entry)
                if words.count > 1 { firsts.append(String(words[1])) }
                addPrefixes(words.dropFirst())
            }
            longest = max(longest, words.count)
            longestKey = max(longestKey, key.utf8.count)
        }

        mutating func addPrefixes(_ words: ArraySlice<Substring>) {
            guard words.count >= 2 else { return }
            for n in 1..<words.count { prefixes.insert(words.prefix(n).joined(separator: " "), true) }
        }
    }

    /// The rows of the gazetteer's table: kind, canonical name, aliases, demonyms.
    static func rows(_ tsv: String) -> [(kind: String, canonical: String, aliases: [String], demonyms: [String])] {
        tsv.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2 else { return nil }
            func list(_ k: Int) -> [String] { cols.count > k ? cols[k].split(separator: "|").map(String.init) : [] }
            return (cols[0], cols[1], list(2), list(3))
        }
    }

    /// The longest entry starting at token `i` (possessive "'s" allowed on the last word).
    func match(_ tokens: [TextToken], at i: Int) -> (length: Int, entry: Entry)? {
        let first = tokens[i].bytes
        guard tokens[i].kind == .word else { return nil }
        let bare = Self.possessiveLength(first)
        guard firstWords.contains(first) || (bare < first.count && firstWords.contains(UnsafeBufferPointer(rebasing: first[0..<bare])))
        else { return nil }
        // The key (the words so far, joined by spaces) is built in a buffer on the stack.
        // A key longer than every surface form and a possessive matches nothing, nor do its extensions.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestKey + 8) { buffer in
            var best: (Int, Entry)? = nil
            var n = 0
            var k = i
            while k < tokens.count, k - i < longest {
                let t = tokens[k]
                // (A dot against the word before it is written so in a name: "St. Louis".)
                let attachedDot = k > i && t.isPunctuation(".") && t.start == tokens[k - 1].end
                guard t.kind == .word || t.isPunctuation("&") || attachedDot else { break }
                let bytes = t.bytes
                guard n + 1 + bytes.count <= buffer.count else { break }
                // No surface form goes on from the words so far: none is longer than the best found.
                if k > i, prefixes.value(UnsafeBufferPointer(rebasing: buffer[0..<n])) == nil { break }
                if k > i, !attachedDot { buffer[n] = 0x20; n += 1 }
                for c in bytes { buffer[n] = c; n += 1 }
                let b = UnsafeBufferPointer(rebasing: buffer[0..<n])
                var found: (entry: Entry, possessive: Bool)? = entries.value(b).map { ($0, false) }
                if found == nil {
                    let bare = Self.possessiveLength(b)
                    if bare < b.count { found = entries.value(UnsafeBufferPointer(rebasing: b[0..<bare])).map { ($0, true) } }
                }
                if let found {
                    best = (k - i + 1, found.entry)
                    if found.possessive { break }  // matched without its possessive: the name ends here
                }
                k += 1
            }
            return best
        }
    }

    /// How many of the first words name a place of the gazetteer ("Ukraine" of "Ukraine Volodymyr
    /// Zelenskyy"), the longest that leaves a word after it; nil when none does.
    func placePrefix(_ words: [String]) -> Int? {
        guard words.count >= 2 else { return nil }
        for n in stride(from: min(longest, words.count - 1), through: 1, by: -1) {
            if let e = entries.value(words[0..<n].joined(separator: " ")), e.type == .place { return n }
        }
        return nil
    }

    /// Whether a single word is a surface form of the gazetteer (a place's or an institution's name).
    func contains(_ word: String) -> Bool { entries.value(word) != nil }

    /// The length of `b` without a final possessive ('s, ’s, s').
    static func possessiveLength(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        if n >= 2, b[n - 1] == 0x73, b[n - 2] == 0x27 { return n - 2 }
        if n >= 4, b[n - 1] == 0x73, b[n - 2] == 0x99, b[n - 3] == 0x80, b[n - 4] == 0xE2 { return n - 4 }
        if n >= 2, b[n - 1] == 0x27, b[n - 2] == 0x73 { return n - 1 }
        return n
    }

    static func stripPossessive(_ s: String) -> String {
        var s = s
        let keep = s.withUTF8 { b in
            // Most words end in neither s nor an apostrophe (tested on the buffer, not the UTF-8 view).
            guard let last = b.last, last == 0x73 || last == 0x27 else { return b.count }
            return possessiveLength(b)
        }
        return keep == s.utf8.count ? s : String(s.utf8.prefix(keep))!
    }
}
