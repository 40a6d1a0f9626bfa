/// Whether an article is in English, the one language nq's rules for speakers and names are written
/// for: its declared language when it has one (a page's `lang`, a record's "language"), else its words —
/// English when its commonest small words are much more often English ones than those of German,
/// French, Spanish, Portuguese, Italian or Dutch (WordListData's `LanguageGuess` lists).
enum LanguageGuess {
    static let english = WordLists.set("LanguageGuess.english")
    static let others = ["german", "french", "spanish", "portuguese", "italian", "dutch"].map { WordLists.set("LanguageGuess." + $0) }
    /// The ISO 639-1 codes of `others`, in their order.
    static let otherCodes = ["de", "fr", "es", "pt", "it", "nl"]

    /// At most this many words are read (an article's language shows in its first few hundred).
    static let wordsRead = 400

    /// The small words of English that tokens carry as list bits (no look-up): a text where a fifth of
    /// the first words are such is English, as news in English is (about a third), and other languages'
    /// texts are not (their "in", "so", "was" are fewer).
    static let englishBits = TokenClass.determiners.bit | TokenClass.prepositions.bit | TokenClass.beForms.bit
        | TokenClass.pronouns.bit | TokenClass.clauseBreaks.bit

    static func isClearlyEnglish(_ paragraphs: [[TextToken]]) -> Bool {
        var words = 0, hits = 0
        outer: for tokens in paragraphs {
            for t in tokens where t.kind == .word {
                words += 1
                if t.classes & englishBits != 0 { hits += 1 }
                if words >= wordsRead { break outer }
            }
        }
        return words >= 30 && hits * 5 >= words
    }

    /// A declared language is believed, but English only when the words do not say clearly otherwise: a
    /// page that declares English but is written in German or Spanish (a site's template says "en") has
    /// twice as many small words of that language as of English.
    static func isEnglish(declared: String?, _ paragraphs: [[TextToken]]) -> Bool {
        read(declared: declared, paragraphs).english
    }

    /// Whether the article is in English (`isEnglish`), and the language to report for it: the declared
    /// one, except a declared English that the words contradict, which is reported as the language whose
    /// small words they are ("es" for a Spanish article under a template's `lang="en"`); nil when none is
    /// declared (the words do not name a language surely enough to print as data).
    static func read(declared: String?, _ paragraphs: [[TextToken]]) -> (english: Bool, language: String?) {
        if let d = declared?.lowercased(), !d.isEmpty {
            guard d.hasPrefix("en") else { return (false, declared) }
            let (words, inEnglish, other, which) = counts(paragraphs)
            if words >= 30, other >= 8, other > 2 * inEnglish { return (false, otherCodes[which]) }
            return (true, declared)
        }
        return (isUndeclaredEnglish(paragraphs), nil)
    }

    static func isUndeclaredEnglish(_ paragraphs: [[TextToken]]) -> Bool {
        if isClearlyEnglish(paragraphs) { return true }
        let (words, inEnglish, other, _) = counts(paragraphs)
        // Too few words to tell: as written for, English.
        guard words >= 30 else { return true }
        return Double(inEnglish) > 0.1 * Double(min(words, wordsRead)) && Double(inEnglish) > 1.5 * Double(other)
    }

    /// The words read, how many are English small words, how many are the small words of the other
    /// language with the most, and which of `others` that is (the first of a tie).
    static func counts(_ paragraphs: [[TextToken]]) -> (words: Int, inEnglish: Int, other: Int, which: Int) {
        var words = 0, inEnglish = 0
        var inOthers = [Int](repeating: 0, count: others.count)
        outer: for tokens in paragraphs {
            for t in tokens where t.kind == .word {
                words += 1
                if words > wordsRead { break outer }
                let lower = t.isASCII ? nil : t.lower
                func isIn(_ set: WordSet) -> Bool { lower.map { set.contains($0) } ?? set.contains(lowercasing: t) }
                if isIn(english) { inEnglish += 1 }
                for (k, set) in others.enumerated() where isIn(set) { inOthers[k] += 1 }
            }
        }
        let most = inOthers.max() ?? 0
        return (min(words, wordsRead), inEnglish, most, inOthers.firstIndex(of: most) ?? 0)
    }
}
