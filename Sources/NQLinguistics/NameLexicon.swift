import NQSupport
/// Names the entity recogniser takes as evidence (nq's gazetteer: places, organisations, given names,
/// demonyms), saved inside its model file so that it sees at run time the lists it was trained with.
/// A word is marked by the longest phrase that covers it, matched on the words as written.
public struct NameLexicon: Sendable, Equatable {
    public enum Kind: UInt8, Sendable, CaseIterable {
        case place = 1, organization, givenName, demonym
    }

    /// Phrases (words joined by spaces) and their kinds.
    public private(set) var phrases: [String: Kind] = [:]
    /// The first words of the phrases of two or more words, and the most words of one.
    var firstWords: Set<String> = []
    var longest = 1

    public init(_ entries: [(phrase: String, kind: Kind)] = []) {
        for (p, k) in entries {
            let words = p.spaceSeparated()
            guard !words.isEmpty else { continue }
            let key = words.joined(separator: " ")
            // The first kind given for a phrase stays (a country before a demonym spelt the same).
            if phrases[key] == nil { phrases[key] = k }
            if words.count > 1 { firstWords.insert(String(words[0])) }
            longest = max(longest, words.count)
        }
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// For each word: 0, or the kind of the longest phrase covering it times 2, plus 1 inside it (not
    /// its first word).
    public func marks(_ words: [String]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: words.count)
        guard !phrases.isEmpty else { return out }
        var i = 0
        while i < words.count {
            var best: (Int, Kind)? = phrases[words[i]].map { (1, $0) }
            if firstWords.contains(words[i]) {
                var key = words[i]
                var n = 1
                while i + n < words.count, n < longest {
                    key += " " + words[i + n]
                    n += 1
                    if let k = phrases[key] { best = (n, k) }
                }
            }
            guard let (n, kind) = best else { i += 1; continue }
            for k in i..<(i + n) { out[k] = UInt64(kind.rawValue) * 2 + (k == i ? 0 : 1) }
            i += n
        }
        return out
    }

    func write(_ w: inout BinaryWriter) {
        let keys = phrases.keys.sorted()
        w.u32(UInt32(keys.count))
        for k in keys {
            w.string(k)
            w.bytes.append(phrases[k]!.rawValue)
        }
    }

    static func read(_ r: inout BinaryReader) throws(ModelError) -> NameLexicon {
        let n = Int(try r.u32())
        guard n < 10_000_000 else { throw .damaged("a lexicon of \(n) names") }
        var entries: [(String, Kind)] = []
        for _ in 0..<n {
            let p = try r.string()
            guard let k = Kind(rawValue: try r.take(1).first!) else { throw .damaged("a kind of name") }
            entries.append((p, k))
        }
        return NameLexicon(entries)
    }
}

extension NameLexicon.Kind {
    /// From the gazetteer's words: place, organization, given, demonym.
    public init?(name: String) {
        switch name {
        case "place": self = .place
        case "organization": self = .organization
        case "given": self = .givenName
        case "demonym": self = .demonym
        default: return nil
        }
    }
}
