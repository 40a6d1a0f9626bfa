import NQLinguistics

/// The trained language core's tagger, where a rule cannot tell a word's part of speech from the words
/// next to it. It is asked rarely (a few words an article), so loading stays fast; the models are read
/// the first time it is asked. Without them (a damaged install, which start-up reports) the rules keep
/// their cautious answer.
enum SentenceTagger {
    /// The shipped tagger alone (the parser's file is not read for it).
    static let tagger: Tagger? = LanguageCore.shippedFile("tagger.nqm").flatMap { try? ModelCoding.tagger($0) }

    /// Whether token `i` is a verb in its sentence, as the tagger sees the words from the sentence's
    /// start (at most 24 words back) to three after it.
    static func isVerb(_ tokens: [TextToken], _ i: Int) -> Bool { tags(tokens, i).first == "VERB" }

    /// Whether the words of `range` (inside one sentence) hold a verb or an auxiliary, as the tagger sees
    /// them from the range's start; false without the models. (A range of more than 24 words is taken to
    /// hold one: no noun phrase runs so long.)
    static func holdsVerb(_ tokens: [TextToken], _ range: Range<Int>) -> Bool {
        guard let tagger, !range.isEmpty else { return false }
        guard range.count <= 24 else { return true }
        var words: [String] = []
        for k in range { appendWords(of: tokens[k], to: &words) }
        return tagger.tag(words).contains { $0 == "VERB" || $0 == "AUX" }
    }

    /// The parts of speech (UPOS) of token `i` and of the token after it, in its sentence, as `isVerb`
    /// asks them; empty without the models. (`opensSentence`: the caller knows token `i` is the sentence's
    /// first, and the words before it are not read.)
    static func tags(_ tokens: [TextToken], _ i: Int, opensSentence: Bool = false) -> [String] {
        guard let tagger else { return [] }
        var lo = i
        while !opensSentence, lo > 0, i - lo < 24, !(tokens[lo - 1].kind == .punctuation && [".", "!", "?"].contains(tokens[lo - 1].mark)) { lo -= 1 }
        var words: [String] = []
        var at = 0, next = -1
        for k in lo..<min(tokens.count, i + 4) {
            if k == i { at = words.count }
            if k == i + 1 { next = words.count }
            appendWords(of: tokens[k], to: &words)
        }
        // (Tagged up to the next word only: the words after it are context, and their tags are not asked.)
        let tagged = tagger.tag(words, first: (next >= 0 ? next : at) + 1)
        return next >= 0 ? [tagged[at], tagged[next]] : [tagged[at]]
    }

    /// A token's words as UD writes them: a possessive "'s" is a word of its own.
    private static func appendWords(of token: TextToken, to words: inout [String]) {
        let t = token.text
        if token.kind == .word, t.count > 2, let s = ["'s", "\u{2019}s"].first(where: { t.hasSuffix($0) }) {
            words.append(String(t.dropLast(s.count)))
            words.append("'s")
        } else {
            words.append(t)
        }
    }
}
