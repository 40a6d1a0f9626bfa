/// `according to X` anywhere in the quotation's sentence (rule `according-to`); "According to its
/// press release, the NBA …" gives the clause's subject. So do "in X's words", "in the words of X" and
/// "as X put it".
enum AccordingTo: SentenceRule {
    static let rules: [AttributionRule] = [.accordingTo]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        a.accordingTo(q.frame)
    }
}

extension Attributor {
    func accordingTo(_ frame: Range<Int>) -> Attribution? {
        var i = frame.lowerBound
        while i + 1 < frame.upperBound {
            if !quoted[i], tokens[i].isWord("according"), tokens[i + 1].isWord("to") {
                // "according to a tweet on Monday by Mike Pompeo", "according to a joint statement from the
                // ministry": a document's maker named a few words after it.
                if let maker = documentMaker(after: i + 2, frame: frame) {
                    return Attribution(speaker: maker, verb: "according to", direct: false, rule: .accordingTo)
                }
                if let np = nounPhraseAfter(i + 2, frame: frame) {
                    // "According to its press release, the NBA was …": the owner is the clause's subject.
                    if tokens[i + 2].isIn(.possessivePronouns),
                       let comma = (np.upperBound..<frame.upperBound).first(where: { tokens[$0].isPunctuation(",") }),
                       let s = clauseSubject((comma + 1)..<frame.upperBound) {
                        return Attribution(speaker: s, verb: "according to", direct: false, rule: .accordingTo)
                    }
                    return Attribution(speaker: np, verb: "according to", direct: false, rule: .accordingTo)
                }
            }
            // "In Delgado's words, "…"", "In Dr. Shadlen's words", "in the words of the minister": so too.
            if !quoted[i], tokens[i].isWord("in") {
                if i + 4 < frame.upperBound, tokens[i + 1].isWord("the"), tokens[i + 2].isWord("words"), tokens[i + 3].isWord("of"),
                   let np = nounPhraseAfter(i + 4, frame: frame) {
                    return Attribution(speaker: np, verb: "in the words of", direct: false, rule: .accordingTo)
                }
                if let w = (i + 2..<min(i + 7, frame.upperBound)).first(where: { tokens[$0].isWord("words") }), tokens[w - 1].isPossessive,
                   (i + 1..<w).allSatisfy({ (tokens[$0].kind == .word || isHonorificDot($0)) && !quoted[$0] }), let np = trimmedPhrase((i + 1)..<w) {
                    return Attribution(speaker: np, verb: "in the words of", direct: false, rule: .accordingTo)
                }
            }
            // "As one analyst put it, "…"", "as Martelli puts it (paraphrased)", "as he once put it": the phrase
            // before "put it".
            if !quoted[i], tokens[i].isWord("as"), let np = asPutIt(i, frame: frame) {
                return Attribution(speaker: np, verb: "put it", direct: false, rule: .accordingTo)
            }
            i += 1
        }
        return nil
    }

    /// The phrase between "as" at `i` and "put it" (or "puts it") at most eight words on, all of them words
    /// outside the quotation: "as one analyst put it", "as the minister has put it".
    func asPutIt(_ i: Int, frame: Range<Int>) -> Range<Int>? {
        var k = i + 1
        while k + 1 < min(i + 10, frame.upperBound), tokens[k].kind == .word || isHonorificDot(k), !quoted[k] {
            if k > i + 1, tokens[k].isWord("put") || tokens[k].isWord("puts"), tokens[k + 1].isWord("it") {
                return trimmedPhrase((i + 1)..<k)
            }
            k += 1
        }
        return nil
    }

    /// The maker of a document named from `i` ("a tweet on Monday by Mike Pompeo", "a joint statement
    /// from the ministry"): an article or a possessive, up to two words in small letters, the document's
    /// word, then "by" or "from" within five words and the noun phrase after it.
    func documentMaker(after i: Int, frame: Range<Int>) -> Range<Int>? {
        var d = i
        if d < frame.upperBound, tokens[d].isIn(.determiners) || tokens[d].isIn(.possessivePronouns) { d += 1 }
        let limit = min(d + 3, frame.upperBound)
        guard let document = (d..<limit).first(where: { tokens[$0].isIn(.documents) }),
              (d..<document).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && !quoted[$0] }),
              let by = (document + 1..<min(document + 7, frame.upperBound)).prefix(while: { tokens[$0].kind == .word && !quoted[$0] })
                  .first(where: { tokens[$0].isWord("by") || tokens[$0].isWord("from") }) else { return nil }
        return nounPhraseAfter(by + 1, frame: frame)
    }
}
