/// A verb of speech later in the sentence with its subject after the quotation: `a "diplomatic
/// off-ramp" to the crisis, a US official said` (rule `verb-later`).
enum SpeechVerbLater: SentenceRule {
    static let rules: [AttributionRule] = [.verbLater]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        guard let close = q.span.close else { return nil }
        return a.laterAfter(close, frame: q.frame)
    }
}

extension Attributor {
    func laterAfter(_ close: Int, frame: Range<Int>) -> Attribution? {
        var v = close + 1
        while v < frame.upperBound {
            if quoted[v] { return nil }
            // Inverted after a comma: `There's "…" in Iowa, said Pat Rynard, managing editor …` names who
            // speaks after the verb (not "in Iowa" before it; not the one spoken to: ", told Variety").
            if isSpeechVerb(v), !tokens[v].lowerHasSuffix("ing"), v - 1 > close, !isPassive(v), let np = invertedSpeaker(after: v, frame: frame) {
                return Attribution(speaker: np, verb: tokens[v].lower, direct: false, rule: .verbLater)
            }
            // (Not a verb in the passive: "the participants were asked to move …" were spoken to.)
            // (Nor, right after the quotation, a noun the quotation describes and the verb of the relative clause
            // that follows the noun: "doing “hotspot” analysis which had pointed out …" — the quotation is a
            // word of the phrase. Not "“…,” Arba Agung told the Post, which also reported": he told it.)
            if isSpeechVerb(v), !tokens[v].lowerHasSuffix("ing"), !isPassive(v),
               let s = subject(before: v, lowerBound: close + 1), tokens[s.lowerBound - 1].isPunctuation(",")
                || s.lowerBound == close + 1 && !(s.upperBound < v && tokens[s.upperBound].isIn(.relativePronouns))
                || isWhatSubjectSaid(close, s) {
                return Attribution(speaker: s, verb: tokens[v].lower, direct: false, rule: .verbLater)
            }
            v += 1
        }
        return nil
    }

    /// Who reports a sentence without quotation marks, named after its last comma before a verb of speech
    /// that ends it but for a few words of time or manner: "…, the National Highway Traffic Safety
    /// Administration said Wednesday.", "…, police said." (nil for a pronoun: "…, he said").
    func tellerAtEnd(_ frame: Range<Int>) -> Range<Int>? {
        var end = frame.upperBound
        if end > frame.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard let v = (max(frame.lowerBound, end - 5)..<end).last(where: { isSpeechVerb($0) && !quoted[$0] && !tokens[$0].lowerHasSuffix("ing") }),
              (v + 1..<end).allSatisfy({ tokens[$0].kind == .word && !quoted[$0] && !tokens[$0].isIn(.speechVerbs) }),
              let c = (max(frame.lowerBound, v - 10)..<v).last(where: { tokens[$0].isPunctuation(",") }), c > frame.lowerBound,
              !quoted[c], (c + 1..<v).allSatisfy({ !quoted[$0] }),
              let s = subject(before: v, lowerBound: c + 1), s.lowerBound == c + 1 || tokens[c + 1].isIn(.determiners) && s.lowerBound == c + 2,
              !tokens[s].contains(where: { $0.isIn(.pronouns) }), tokens[s].contains(where: { $0.isCapitalized }) else { return nil }
        return s
    }

    /// `"We'll see," was all Guardiola would say`, `"Ridiculous" is how Smith described it`: a form of "be"
    /// right after the quotation, then up to three small words before the subject of the verb of speech.
    func isWhatSubjectSaid(_ close: Int, _ s: Range<Int>) -> Bool {
        close + 2 < s.lowerBound && s.lowerBound - close <= 5 && tokens[close + 1].kind == .word && tokens[close + 1].isIn(.beForms)
            && (close + 2..<s.lowerBound).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized && !quoted[$0] }
    }

    /// A verb after a form of "be", past adverbs ("were asked", "was later told"): in the passive.
    func isPassive(_ v: Int) -> Bool {
        var j = v - 1
        while j >= 0, tokens[j].kind == .word, tokens[j].isIn(.adverbs), !tokens[j].isIn(.beForms), !quoted[j] { j -= 1 }
        return j >= 0 && tokens[j].kind == .word && tokens[j].isIn(.beForms) && !quoted[j]
    }

    /// The person who is the agent of a verb of speech in the passive: "as noted by immunologist Dr. Lina
    /// Velikova", "as noted by registered dietitian Trista Best" (a name described, with an honorific, or
    /// that opens with a given name; not "as noted by Verywell Fit", a publication); nil otherwise.
    /// (`inPassive`: the verb is known to follow a form of "be", so that any form of it will do: "was
    /// written by".)
    func passiveAgent(after v: Int, frame: Range<Int>, inPassive: Bool = false) -> Range<Int>? {
        guard v + 2 < frame.upperBound, inPassive || tokens[v].lowerHasSuffix("ed"), tokens[v + 1].isWord("by"), !quoted[v + 1],
              let np = nounPhraseAfter(v + 2, frame: frame),
              let first = np.first(where: { tokens[$0].isCapitalized }) else { return nil }
        let described = first > np.lowerBound && !tokens[first - 1].isIn(.determiners)
        // (An honorific with its dot, or without it as British papers write it: "by Dr Anna Smith".)
        guard described || isHonorificDot(first + 1) || tokens[first].isGivenName && np.upperBound - first >= 2
                || np.upperBound - first >= 2 && Lexicon.honorifics.contains(tokens[first].lower) else { return nil }
        return np
    }

    /// The speaker named after a verb of speech that follows a comma: `…, says certified nutritionist Anju
    /// Mobin.`, `… in Iowa, said Pat Rynard, managing editor …` — a noun phrase with a capital that ends
    /// the frame or meets a mark; never the one spoken to (`…, told Variety:`).
    func invertedSpeaker(after v: Int, frame: Range<Int>) -> Range<Int>? {
        guard v > frame.lowerBound, tokens[v - 1].isPunctuation(","), !Attributor.addresseeVerbs.contains(tokens[v].lower),
              let np = nounPhraseAfter(v + 1, frame: frame),
              np.upperBound == frame.upperBound || tokens[np.upperBound].kind != .word,
              tokens[np].contains(where: { $0.isCapitalized }) else { return nil }
        return np
    }
}
