/// Splits a sentence into words as UD English EWT does, so the models see the words they were trained
/// on: punctuation apart, clitics apart ("don't" → "do n't", "Russia's" → "Russia 's"), hyphens between
/// letters apart ("pro-Moscow" → "pro - Moscow"), but "U.S.", "Mr.", "3.5" and "1,000" whole.
public enum UDTokenizer {
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "rep", "sen", "gov",
                                             "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "aug", "sept", "oct",
                                             "nov", "dec", "mt", "ft", "lt", "col", "capt", "sgt", "rev", "est", "approx"]
    static let opening: Set<Character> = ["(", "[", "{", "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}"]
    static let closing: Set<Character> = [")", "]", "}", "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", ".", ",", ";", ":",
                                          "!", "?", "\u{2026}"]
    static let clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]

    public static func words(_ sentence: String) -> [String] {
        var out: [String] = []
        for chunk in sentence.split(whereSeparator: { $0.isWhitespace }) {
            out += split(String(chunk))
        }
        return out
    }

    static func split(_ chunk: String) -> [String] {
        var c = Array(chunk)
        var front: [String] = []
        var back: [String] = []
        // Dashes and ellipses inside a chunk are words of their own.
        if let k = c.firstIndex(where: { $0 == "\u{2014}" || $0 == "\u{2013}" }), c.count > 1 {
            return split(String(c[..<k])).filter { !$0.isEmpty } + [String(c[k])] + split(String(c[(k + 1)...])).filter { !$0.isEmpty }
        }
        while let first = c.first, opening.contains(first) || first == "$" || first == "#", c.count > 1 {
            front.append(String(first))
            c.removeFirst()
        }
        while let last = c.last, closing.contains(last) || last == "%", c.count > 1 {
            // A final period stays with an abbreviation, an initial and a word with periods inside.
            if last == "." {
                let stem = String(c.dropLast()).lowercased()
                if abbreviations.contains(stem) || (stem.count == 1 && stem.first!.isLetter) || stem.contains(".") { break }
            }
            // An apostrophe that ends a plural possessive ("players'") is a word of its own too.
            back.insert(String(last), at: 0)
            c.removeLast()
        }
        var word = String(c).replacingOccurrences(of: "\u{2019}", with: "'")
        var clitic: String? = nil
        for cl in clitics where word.lowercased().hasSuffix(cl) && word.count > cl.count {
            clitic = String(word.suffix(cl.count))
            word = String(word.dropLast(cl.count))
            break
        }
        // Keep the original apostrophe in the words given back.
        let original = String(c)
        var middle: [String] = []
        if let clitic {
            let cut = original.count - clitic.count
            middle = hyphens(String(original.prefix(cut))) + [String(original.suffix(clitic.count))]
        } else {
            middle = hyphens(original)
        }
        return front + middle.filter { !$0.isEmpty } + back
    }

    /// "pro-Moscow" → "pro", "-", "Moscow" (a hyphen between letters); numbers and ranges stay whole.
    static func hyphens(_ w: String) -> [String] {
        let c = Array(w)
        guard c.count > 2, c.contains("-") else { return [w] }
        var out: [String] = []
        var current = ""
        for (k, ch) in c.enumerated() {
            if ch == "-", k > 0, k + 1 < c.count, c[k - 1].isLetter, c[k + 1].isLetter {
                out.append(current)
                out.append("-")
                current = ""
            } else {
                current.append(ch)
            }
        }
        out.append(current)
        return out
    }
}
