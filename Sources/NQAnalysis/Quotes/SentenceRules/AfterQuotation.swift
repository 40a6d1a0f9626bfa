/// Right after the quotation, in its own sentence: `"…," Lavrov said`, `"…," said Lavrov`,
/// `"…," X, a spokesman, said`, `"This is the end of an era." – Helen Clark` (rules `verb-after`,
/// `dash-after`). Not for a quotation that ends its sentence (`AfterInNextSentence`).
enum AfterQuotation: SentenceRule {
    static let rules: [AttributionRule] = [.verbAfter, .dashAfter]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        guard let close = q.span.close, !q.endsFrame, let found = a.immediatelyAfter(close, frame: q.frame) else { return nil }
        // `X said North Korea would "never give up" its weapons, state media reported`: words in
        // small letters after the quotation go on with the sentence that a verb before it began.
        // (Not an inverted verb after it: `"…;" read the statement`.)
        let first = a.tokens[found.speaker.lowerBound]
        if first.kind == .word, !first.isCapitalized, !first.isIn(.pronouns), a.tokens[close + 1].kind == .word,
           found.speaker.lowerBound == close + 1, let b = a.before(q.span.open, frame: q.frame) {
            return b
        }
        return found
    }
}

extension Attributor {
    /// Where a title of a body starting at `k` ends: a capitalised title ("Minister", "The Director"), then
    /// "of" or "for" and a capitalised word ("Minister of Trade"); nil if `k` starts none.
    func titleOfBodyEnd(from k: Int, frame: Range<Int>) -> Int? {
        var i = k
        if i < frame.upperBound, tokens[i].isWord("the") { i += 1 }
        let start = i
        while i < frame.upperBound, tokens[i].kind == .word, tokens[i].isCapitalized, tokens[i].isIn(.roleWords) { i += 1 }
        guard i > start, i + 1 < frame.upperBound, tokens[i].isWord("of") || tokens[i].isWord("for"),
              tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized else { return nil }
        return i + 1
    }

    /// The name in `lo..<hi` (an appositive after a title of a body): capitalised words, honorifics' dots,
    /// particles and "the" before "Hon"/"Honourable", with two capitalised words at least that are no
    /// titles; the words from the first of those.
    func holderName(_ lo: Int, _ hi: Int) -> Range<Int>? {
        guard hi - lo >= 2 else { return nil }
        for i in lo..<hi {
            let t = tokens[i]
            if t.kind == .word, t.isCapitalized || SpeakerResolver.isParticle(t) { continue }
            if isHonorificDot(i) { continue }
            if t.kind == .word, t.isWord("the"), i + 1 < hi, isHonourable(tokens[i + 1]) { continue }
            return nil
        }
        guard let first = (lo..<hi).first(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isIn(.roleWords)
                                                    && !isHonourable(tokens[$0]) && !Lexicon.honorifics.contains(lowercasing: tokens[$0]) && !isHonorificDot($0 + 1) }),
              (first..<hi).filter({ tokens[$0].kind == .word && tokens[$0].isCapitalized }).count >= 2 else { return nil }
        return first..<hi
    }

    /// Whether a phrase is a description of one who holds a post in a body: a title or a noun for a person in
    /// small letters (or a capitalised title after "the"), then a preposition ("the spokesman for the
    /// Pentagon", "a lawyer at Hogan Lovells", "The Mayor of London").
    func describesHolder(_ r: Range<Int>) -> Bool {
        r.contains { i in
            i + 1 < r.upperBound && tokens[i].kind == .word && tokens[i + 1].kind == .word && tokens[i + 1].isIn(.prepositions)
                && (!tokens[i].isCapitalized || i > r.lowerBound && isWord(i - 1, in: .determiners))
                && (tokens[i].isIn(.roleWords) || Lexicon.personNouns.contains(lowercasing: tokens[i])
                    || Lexicon.spokespeople.contains(lowercasing: tokens[i]) || Lexicon.occupations.contains(lowercasing: tokens[i]))
        }
    }

    /// "Hon", "Honourable", "Honorable": the style before a member's name ("Senator the Hon. Aubyn Hill").
    func isHonourable(_ t: TextToken) -> Bool { t.isWord("hon") || t.isWord("honourable") || t.isWord("honorable") }

    /// One to four plain words in small letters (no participle), then a name and its verb of speech:
    /// "shop owner Linh Tran said" (not "including ophthalmologist Li Wenliang, who tried to warn").
    func describesName(from k: Int, frame: Range<Int>) -> Bool {
        var m = k
        while m < frame.upperBound, m - k < 4, tokens[m].kind == .word, !tokens[m].isCapitalized, isPlainWord(m), !isSpeechVerb(m),
              !tokens[m].lowerHasSuffix("ing") { m += 1 }
        guard m > k, m < frame.upperBound, tokens[m].kind == .word, tokens[m].isCapitalized, !quoted[m] else { return false }
        var v = nameEnd(from: m, frame: frame)
        while v < frame.upperBound, isWord(v, in: .adverbs) { v += 1 }
        return v < frame.upperBound && isSpeechVerb(v)
    }

    func immediatelyAfter(_ close: Int, frame: Range<Int>) -> Attribution? {
        var k = close + 1
        while k < frame.upperBound, tokens[k].isPunctuation(",") || tokens[k].isPunctuation("\u{2014}") || tokens[k].isPunctuation("\u{2013}") { k += 1 }
        guard k < frame.upperBound else { return nil }
        // `"This is the end of an era." – Helen Clark`: after a dash, a name and nothing else.
        if k == close + 2, isDash(close + 1), case let n = nameEnd(from: k, frame: frame), n - k >= 2, n - k <= 5, tokens[k].isCapitalized,
           n == frame.upperBound || tokens[n].kind == .punctuation && !tokens[n].isPunctuation("(") {
            return Attribution(speaker: k..<n, verb: "\u{2013}", direct: true, rule: .dashAfter)
        }
        if isSpeechVerb(k) {
            // Inverted: "…," said Deputy Minister X. Not a participle ("…", warning the US response …),
            // and the phrase must end the clause.
            guard !tokens[k].lowerHasSuffix("ing"), let np = nounPhraseAfter(k + 1, frame: frame) else { return nil }
            let after = np.upperBound
            // (A relative clause may follow: "said a White House official who spoke on condition of anonymity".)
            if after < frame.upperBound, tokens[after].kind == .word, !tokens[after].isIn(.prepositions), !tokens[after].isIn(.relativePronouns) { return nil }
            // "said the minister, Ali Khan": a description, then the name in apposition that ends the clause;
            // the description may end in a body's name ("said the editor of The Times, John Smith").
            var comma = after
            if !tokens[np.upperBound - 1].isCapitalized, comma + 1 < frame.upperBound, tokens[comma].isWord("of") || tokens[comma].isWord("for") || tokens[comma].isWord("at"),
               !quoted[comma] {
                var b = comma + 1
                if b < frame.upperBound, tokens[b].isWord("the") { b += 1 }
                let bodyStart = b
                while b < frame.upperBound, !quoted[b], tokens[b].kind == .word && (tokens[b].isCapitalized || SpeakerResolver.isParticle(tokens[b]) || tokens[b].isWord("and")) { b += 1 }
                if b > bodyStart, tokens[b - 1].isCapitalized { comma = b }
            }
            // (And a description that already ends in its body: "said the spokesman for the Pentagon, John Kirby".)
            if !tokens[np.upperBound - 1].isCapitalized || comma == after && describesHolder(np), comma < frame.upperBound, tokens[comma].isPunctuation(","),
               case let n = nameEnd(from: comma + 1, frame: frame), n - (comma + 1) >= 2,
               n == frame.upperBound || tokens[n].kind == .punctuation && !tokens[n].isPunctuation("(")
                // (Where the name is from may follow it: "said the lead author, John Smith of the University of Leeds".)
                || affiliationEnds(at: n, range: frame) {
                return Attribution(speaker: (comma + 1)..<n, verb: tokens[k].lower, direct: true, rule: .verbAfter)
            }
            return Attribution(speaker: np, verb: tokens[k].lower, direct: true, rule: .verbAfter)
        }
        // "…," X [adverbs] said / "…," X, a spokesman, said — X must begin like a subject.
        let first = tokens[k]
        guard first.kind == .word, !quoted[k] else { return nil }
        // (Or a description in small letters before a name: `"…," county emergency manager Greg Olsen said`.)
        // ("…," another replies: one left unnamed, who is no one named before — the quotation is theirs.)
        if !first.isCapitalized, k + 1 < frame.upperBound, Lexicon.indefinites.contains(lowercasing: first), tokens[k + 1].isIn(.speechVerbs) {
            return Attribution(speaker: k..<(k + 1), verb: tokens[k + 1].lower, direct: true, rule: .verbAfter)
        }
        if !first.isCapitalized, !first.isIn(.determiners), !first.isIn(.pronouns), !describesName(from: k, frame: frame) { return nil }
        if first.isIn(.prepositions) || first.isIn(.clauseBreaks) { return nil }
        var j = k
        var words = 0
        var commas = 0
        // (A title of a body before its holder's name takes more words: "Minister of Industry, Investment and
        // Commerce, Senator the Hon. Aubyn Hill, told".)
        let titleOfBody = titleOfBodyEnd(from: k, frame: frame) != nil
        while j < frame.upperBound, words < (titleOfBody ? 14 : 9) {
            if isSpeechVerb(j) {
                // (A verb joined by "and" to the verb before the quotation shares its subject: `Andrew Bates said the
                // president "stands firmly behind" it and urged Congress to act` — "it and" is no subject.)
                if j > k, tokens[j - 1].isWord("and") || tokens[j - 1].isWord("but") || tokens[j - 1].isWord("or") { return nil }
                var end = j
                while end > k, isWord(end - 1, in: .adverbs) { end -= 1 }
                // With an appositive, the subject is what stands before its first comma — unless that is a
                // description and the appositive a name ("the victim's mother, Sarah Jones, said").
                if commas > 0, let comma = (k..<end).first(where: { tokens[$0].isPunctuation(",") }) {
                    // (A description may end in the name of a body: "the spokesman for the Pentagon, John Kirby,
                    // said", "The mayor of London, Sadiq Khan, said".)
                    if comma > k, !tokens[comma - 1].isCapitalized || describesHolder(k..<comma),
                       let close = (comma + 1..<end).first(where: { tokens[$0].isPunctuation(",") }), close == end - 1,
                       // (a given name alone too: "her son, Richard, said")
                       close - (comma + 1) >= 2 || close == comma + 2 && tokens[comma + 1].isGivenName,
                       // (and an honorific's dot: "the group's president, Dr. Zeke Silva, wrote")
                       (comma + 1..<close).allSatisfy({ tokens[$0].isCapitalized || SpeakerResolver.isParticle(tokens[$0]) || isHonorificDot($0) }) {
                        return Attribution(speaker: (comma + 1)..<close, verb: tokens[j].lower, direct: true, rule: .verbAfter)
                    }
                    // "Minister of Trade, Senator Kamina Johnson Smith, said": a title of a body, then the
                    // holder's name between the last two commas.
                    if titleOfBody, end - 1 > comma, tokens[end - 1].isPunctuation(","),
                       let open = (comma..<(end - 1)).last(where: { tokens[$0].isPunctuation(",") }),
                       let name = holderName(open + 1, end - 1) {
                        return Attribution(speaker: name, verb: tokens[j].lower, direct: true, rule: .verbAfter)
                    }
                    end = comma
                }
                if let np = trimmedPhrase(k..<end) { return Attribution(speaker: np, verb: tokens[j].lower, direct: true, rule: .verbAfter) }
                return nil
            }
            let t = tokens[j]
            if t.kind == .quoteMark || quoted[j] { return nil }
            if t.kind == .punctuation, !isHonorificDot(j) {
                if t.mark == "," { commas += 1 } else if !(t.mark == "(" || t.mark == ")") { return nil }
            }
            if t.kind == .word { words += 1 }
            j += 1
        }
        return nil
    }
}
