import NQCorpus

/// The bundled gazetteer (see GazetteerData.swift and README.md): names by their words, demonyms,
/// given names. Matching is case-sensitive on the words as the gazetteer writes them.
struct Gazetteer: Sendable {
    struct Entry: Sendable {
        var canonical: String
        var type: EntityType
    }

    /// Surface forms by their space-joined words: "United States", "U.S.", "NATO".
    private(set) var entries: [String: Entry] = [:]
    private(set) var demonyms: [String: String] = [:]
    private(set) var givenNames: Set<String> = []
    private(set) var longest = 1

    static let shared = Gazetteer(GazetteerData.tsv)

    init(_ tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2 else { continue }
            let kind = cols[0], canonical = cols[1]
            if kind == "given" {
                givenNames = Set(canonical.split(separator: " ").map(String.init))
                continue
            }
            let type: EntityType = kind == "organization" ? .organization : .place
            let aliases = cols.count > 2 ? cols[2].split(separator: "|").map(String.init) : []
            for form in [canonical] + aliases { add(form, Entry(canonical: canonical, type: type)) }
            if cols.count > 3 {
                for d in cols[3].split(separator: "|") { demonyms[String(d)] = canonical }
            }
        }
    }

    private mutating func add(_ form: String, _ entry: Entry) {
        let key = form.split(separator: " ").joined(separator: " ")
        if entries[key] == nil { entries[key] = entry }
        // "the Netherlands", "The Bahamas": also without the article.
        if key.hasPrefix("the ") || key.hasPrefix("The ") {
            let bare = String(key.dropFirst(4))
            if entries[bare] == nil { entries[bare] = entry }
        }
        longest = max(longest, key.split(separator: " ").count)
    }

    /// The longest entry starting at token `i` (possessive "'s" allowed on the last word).
    func match(_ tokens: [TextToken], at i: Int) -> (length: Int, entry: Entry)? {
        var best: (Int, Entry)? = nil
        var words: [String] = []
        var k = i
        while k < tokens.count, k - i < longest {
            let t = tokens[k]
            guard t.kind == .word || t.text == "&" else { break }
            words.append(t.text)
            let key = words.joined(separator: " ")
            if let e = entries[key] {
                best = (k - i + 1, e)
            } else if let e = entries[Self.stripPossessive(key)] {
                best = (k - i + 1, e)
                break
            }
            k += 1
        }
        return best
    }

    static func stripPossessive(_ s: String) -> String {
        for suffix in ["'s", "\u{2019}s"] where s.hasSuffix(suffix) { return String(s.dropLast(2)) }
        if s.hasSuffix("s'") { return String(s.dropLast()) }
        return s
    }
}
