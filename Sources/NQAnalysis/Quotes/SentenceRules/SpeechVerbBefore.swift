/// The last verb of speech before the quotation in its sentence, and who it gives the words to:
/// its subject (`Lavrov said: "…"`, `X told reporters that Moscow needs "…"`; rule `verb-before`), the
/// one quoted (`quoted Tim Manning as saying "…"`; `quoted-as`), a document's author (`a memo posted
/// by Senator Juan Dalmau`; `by-author`), a passive's agent (`was described by the Daily Post as`;
/// `passive`), an inverted speaker between two quotations (`verb-between`), or a participle's clause
/// (`…, saying "…"`; `participle`).
enum SpeechVerbBefore: SentenceRule {
    static let rules: [AttributionRule] = [.verbBefore, .quotedAs, .byAuthor, .passive, .verbBetween, .participle]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        a.before(q.span.open, frame: q.frame)
    }
}

extension Attributor {
    func before(_ open: Int, frame: Range<Int>) -> Attribution? {
        var v = open - 1
        while v >= frame.lowerBound {
            // Step over a parenthetical between dashes: `X commented — which the BBC noted as … — "…"`.
            if isDash(v), v + 1 == open || (v + 2 == open && tokens[v + 1].isPunctuation(",")),
               let other = (frame.lowerBound..<v).last(where: { isDash($0) }) {
                v = other - 1
                continue
            }
            // Step over a relative clause between commas when a verb of speech stands before it: `Yusuf
            // said that the plan, which has been criticised by unions, "cannot be delayed"`.
            if tokens[v].isPunctuation(","), !quoted[v],
               let c = (max(frame.lowerBound, v - 16)..<v).last(where: { tokens[$0].isPunctuation(",") }),
               isWord(c + 1, in: .relativePronouns), !tokens[c + 1].isWord("that"), (c..<v).allSatisfy({ !quoted[$0] }),
               (frame.lowerBound..<c).contains(where: { isSpeechVerb($0) && !quoted[$0] }) {
                v = c - 1
                continue
            }
            if isSpeechVerb(v), !isNaming(v, open: open) { break }
            v -= 1
        }
        guard v >= frame.lowerBound else { return nil }
        let verb = tokens[v]
        // "Politico quoted Tim Manning, formerly …, as saying": the one quoted speaks.
        if verb.isIn(.quotingVerbs), let np = nounPhraseAfter(v + 1, frame: frame, limit: open),
           verb.isIn(.quoteVerbs) || tokens[np.upperBound..<open].contains(where: { $0.isWord("saying") }) {
            return Attribution(speaker: np, verb: verb.lower, direct: false, rule: .quotedAs)
        }
        // A document and its author: "a memo posted online by Senator Juan Dalmau", "a statement
        // released by the ministry": the one it is by speaks.
        if v - 1 >= frame.lowerBound, isWord(v - 1, in: .documents), verb.lowerHasSuffix("ed"),
           let owner = owner(of: (v - 1)..<v, frame: frame) {
            return Attribution(speaker: owner, verb: verb.lower, direct: false, rule: .byAuthor)
        }
        // Passive: "was announced … by the World Health Organization", "has been described by X as".
        var b = v - 1
        while b >= frame.lowerBound, isWord(b, in: .adverbsNotBe) { b -= 1 }
        if b >= frame.lowerBound, isWord(b, in: .beForms) {
            if let by = (v..<frame.upperBound).first(where: { !quoted[$0] && tokens[$0].isWord("by") }),
               let np = nounPhraseAfter(by + 1, frame: frame) {
                return Attribution(speaker: np, verb: verb.lower, direct: false, rule: .passive)
            }
            return nil
        }
        let direct = directlyIntroduces(v, open)
        // Inverted after an earlier quotation: `"We stand ready" tweeted Johnson "to provide …"`. (Not a
        // participle: in `"…", calling it a "…"` the word after it is its object.)
        if v - 1 >= frame.lowerBound, !verb.lowerHasSuffix("ing"), tokens[v - 1].kind == .quoteMark || tokens[v - 1].isPunctuation(",") && v - 2 >= frame.lowerBound && tokens[v - 2].kind == .quoteMark {
            if let np = nounPhraseAfter(v + 1, frame: frame, limit: open) { return Attribution(speaker: np, verb: verb.lower, direct: direct, rule: .verbBetween) }
        }
        if verb.lowerHasSuffix("ing") {
            // A participle takes the speaker of the clause it hangs on: `…," he said, describing them as "…"`,
            // `X told reporters, warning of an "…"`. After "with" the participle has a subject of its own:
            // `his trial began, with the prosecution describing him as "…"`.
            if let with = (max(frame.lowerBound, v - 6)..<v).last(where: { tokens[$0].isWord("with") && !quoted[$0] }),
               with + 1 < v, (with + 1..<v).allSatisfy({ tokens[$0].kind == .word && !quoted[$0] && !tokens[$0].isIn(.prepositions) }),
               let np = trimmedPhrase((with + 1)..<v),
               // (Someone known or named: not "come up with a task saying".)
               !(tokens[with + 1].isWord("a") || tokens[with + 1].isWord("an"))
                || tokens[v - 1].isIn(.roleWords) || Lexicon.personNouns.contains(lowercasing: tokens[v - 1].bytes) {
                return Attribution(speaker: np, verb: verb.lower, direct: direct, rule: .participle)
            }
            if let main = finiteSpeaker(before: v, frame: frame) { return Attribution(speaker: main, verb: verb.lower, direct: direct, rule: .participle) }
            if let s = clauseSubject(frame.lowerBound..<v) { return Attribution(speaker: s, verb: verb.lower, direct: direct, rule: .participle) }
            return nil
        }
        if let s = subject(before: v, lowerBound: frame.lowerBound) { return Attribution(speaker: s, verb: verb.lower, direct: direct, rule: .verbBefore) }
        return nil
    }

    /// The speaker of the nearest finite verb of speech before `v` in the frame; after "quoted X as
    /// saying", X.
    func finiteSpeaker(before v: Int, frame: Range<Int>) -> Range<Int>? {
        var u = v - 1
        while u >= frame.lowerBound {
            if isSpeechVerb(u), tokens[u].isIn(.quotingVerbsFinite) {
                return nounPhraseAfter(u + 1, frame: frame, limit: v)
            }
            if isSpeechVerb(u), !tokens[u].lowerHasSuffix("ing") {
                if u - 1 >= frame.lowerBound, tokens[u - 1].kind == .quoteMark || (tokens[u - 1].isPunctuation(",") && u - 2 >= frame.lowerBound && tokens[u - 2].kind == .quoteMark) {
                    return nounPhraseAfter(u + 1, frame: frame, limit: v)
                }
                return subject(before: u, lowerBound: frame.lowerBound)
            }
            u -= 1
        }
        return nil
    }

    /// "an event called "Storm Area 51"": a naming verb right before the mark is not speech.
    func isNaming(_ v: Int, open: Int) -> Bool {
        let w = tokens[v]
        guard w.isIn(.namingVerbs), v + 1 == open else { return false }
        return v - 1 >= 0 && tokens[v - 1].kind == .word && !tokens[v - 1].isIn(.subjectPronouns)
            && !tokens[v - 1].isCapitalized
    }

    /// Whether only a comma, colon, "that" or an object stand between the verb and the quotation.
    func directlyIntroduces(_ v: Int, _ open: Int) -> Bool {
        let between = tokens[(v + 1)..<open]
        if between.isEmpty { return true }
        if between.count <= 4, between.allSatisfy({ $0.kind == .punctuation || $0.isCapitalized || $0.isIn(.introducingWords) }) {
            return true
        }
        return false
    }
}
