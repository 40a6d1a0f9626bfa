/// Who a quotation is attributed to in its own frame (sentence): the first of the ordered rules in
/// `SentenceRules/` that finds a speaker, then a document that speaks handed to its owner. The rules
/// share the phrase finders below (a verb's subject, the noun phrase after a word, a clause's subject).
struct Attribution {
    /// Token range of the speaker as written.
    var speaker: Range<Int>
    var verb: String
    /// The verb stands right next to the quotation (said, told …), which makes a whole clause "full".
    var direct: Bool
    /// The rule that found it.
    var rule: AttributionRule
}

struct Attributor {
    let tokens: [TextToken]
    let quoted: [Bool]

    // Word lists of the rules below, built once.
    static let contrastWords = WordLists.set(.contrastWords)
    static let pronounClauseJoiners = WordLists.set(.pronounClauseJoiners)
    static let adverbsNotBe = WordLists.set(.adverbsNotBe)
    static let leadingConnectives = WordLists.set(.leadingConnectives)
    static let namingVerbs = WordLists.set(.namingVerbs)
    static let addresseeVerbs: Set<String> = WordLists.strings("Attributor.addresseeVerbs")
    static let subordinators: Set<String> = WordLists.strings("Attributor.subordinators")
    static let timeModifiers: Set<String> = WordLists.strings("Attributor.timeModifiers")
    static let publishingVerbs: Set<String> = WordLists.strings("Attributor.publishingVerbs")
    static let perceptionVerbs: Set<String> = WordLists.strings("Attributor.perceptionVerbs")
    static let speakersForBodies = WordLists.set("Attributor.speakersForBodies")
    /// The prepositions between one who speaks for a body and the body ("for", "at", "from", "with").
    static let bodyPrepositions = WordLists.set("Attributor.bodyPrepositions")
    /// "herself" after a subject: "Montoya-Lewis herself said".
    static let intensivePronouns = WordLists.set("Attributor.intensivePronouns")
    static let possessivePronouns = WordLists.set(.possessivePronouns)
    static let quotingVerbs = WordLists.set(.quotingVerbs)
    static let quotingVerbsFinite = WordLists.set(.quotingVerbsFinite)
    static let quoteVerbs = WordLists.set(.quoteVerbs)
    static let introducingWords = WordLists.set(.introducingWords)
    static let verbPrepositions = WordLists.set(.verbPrepositions)
    static let clauseJoiners = WordLists.set(.clauseJoiners)
    static let relativePronouns = WordLists.set(.relativePronouns)

    /// Whether token `i` is a verb of speech here. Most words are no verb of speech: that one bit
    /// test is made where this is called (it is asked of every word of every frame).
    @inline(__always)
    func isSpeechVerb(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isIn(.speechVerbs) || findsThat(i) else { return false }
        return isSpeechVerbInContext(i)
    }

    /// "A coroner found that delays "more than minimally contributed"", "the court ruled that": a finding's verb
    /// before "that" reports what a court, an inquiry or a study said.
    func findsThat(_ i: Int) -> Bool {
        // (Asked of every word: "that" after it is asked first, which most words are refused on.)
        i + 1 < tokens.count && tokens[i + 1].isWord("that") && !quoted[i + 1] && Self.findingVerbs.contains(lowercasing: tokens[i])
    }
    static let findingVerbs = WordLists.set("Attributor.findingVerbs")
    static let goingOnVerbs = WordLists.set("Attributor.goingOnVerbs")

    private func isSpeechVerbInContext(_ i: Int) -> Bool {
        guard tokens[i].kind == .word, !quoted[i] else { return false }
        let w = tokens[i]
        guard !w.isCapitalized else { return false }
        // ("strikes could continue "well into the summer"", "is expected to conclude": after a modal or "to" these
        // verbs say that something goes on or ends, not that someone speaks.)
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isIn(Lexicon.modals) || tokens[i - 1].isWord("to"),
           Self.goingOnVerbs.contains(lowercasing: w) {
            return false
        }
        // "in remarks published by CNN", "the report": after a determiner or preposition it is a noun.
        if i > 0, tokens[i - 1].kind == .word, !quoted[i - 1],
           tokens[i - 1].isIn(.determiners) || (tokens[i - 1].isIn(.prepositions) && !tokens[i - 1].isIn(.verbPrepositions)) {
            return false
        }
        if w.isIn(.nounLike) {
            guard i > 0, tokens[i - 1].kind == .word || tokens[i - 1].kind == .quoteMark || tokens[i - 1].isPunctuation(",") else { return false }
            let p = tokens[i - 1]
            // After a possessive it is a noun: "Editor's note:", "the minister's statement".
            if p.isPossessive { return false }
            // ("But critics say the plan "goes too far"": after a plural in small letters a verb's form that is
            // seldom a noun is the verb.)
            if p.kind == .word, !p.isCapitalized, Lexicon.verbsAfterPlurals.contains(w.bytes), Self.isPlainPlural(p) { return true }
            if p.kind == .word, !(p.isCapitalized || p.isIn(.pronouns) || p.isIn(.adverbs)
                                  || p.isIn(.relativePronouns)
                                  || p.isIn(.roleWords) || p.isIn(.organisationWords)) {
                // After a common noun the form is mostly a noun ("controversial comments: "…""), but a
                // sentence can make it its verb ("The family's statement on the death read: "…""): where
                // it introduces a quotation, the trained tagger decides.
                return introducesQuotation(i) && SentenceTagger.isVerb(tokens, i)
            }
        }
        return true
    }

    /// A word in small letters that ends in "s" as plurals do: "critics", "experts", "officials" (not "-ss",
    /// "-us", "-is": "boss", "status", "analysis").
    static func isPlainPlural(_ t: TextToken) -> Bool {
        let b = t.bytes
        guard b.count >= 4, b[b.count - 1] == 0x73 else { return false }
        let before = b[b.count - 2]
        return before != 0x73 && before != 0x75 && before != 0x69 && before != 0x27
    }

    /// The word stands right before a quotation: `read "…"`, `read: "…"`, `read, "…"`.
    func introducesQuotation(_ i: Int) -> Bool {
        var k = i + 1
        if k < tokens.count, tokens[k].isPunctuation(":") || tokens[k].isPunctuation(",") { k += 1 }
        return k < tokens.count && tokens[k].kind == .quoteMark && !quoted[i]
    }

    func isWord(_ i: Int, in list: TokenClass) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isIn(list)
    }

    /// `next` is the frame after the quotation's, when the quotation ends its own frame
    /// (`"… in two days!" Macron told the world`).
    func attribute(_ span: QuoteSpan, frame: Range<Int>, next: Range<Int>?) -> Attribution? {
        guard var a = SentenceRules.attribute(SentenceQuote(span: span, frame: frame, next: next), self) else { return nil }
        if let owner = owner(of: a.speaker, frame: frame) {
            a.speaker = owner
            a.rule = .documentOwner
        }
        return a
    }

    /// Where a name that starts at `k` ends: capitalised words, particles and honorifics' dots
    /// ("Dr. Amy Chen", "Ursula von der Leyen"), outside quotations.
    func nameEnd(from k: Int, frame: Range<Int>) -> Int {
        var n = k
        while n < frame.upperBound, !quoted[n], tokens[n].kind == .word && (tokens[n].isCapitalized || SpeakerResolver.isParticle(tokens[n])) || isHonorificDot(n) {
            n += 1
        }
        return n
    }

    func isDash(_ i: Int) -> Bool {
        tokens[i].kind == .punctuation && (tokens[i].mark == "\u{2014}" || tokens[i].mark == "\u{2013}" || tokens[i].mark == "-")
    }

    // MARK: - A document speaks for its owner

    /// "The opinion of the Court … read", "The account for The Bernie and Sid Show … tweeted", "according
    /// to a memo posted online by Senator Juan Dalmau": a document or account that speaks is its owner's
    /// voice. The owner is the named phrase after "of", "for", "from" or "by", or after a participle and
    /// "by" ("released on Monday by"); nil when the speaker is no document or no owner is named.
    func owner(of speaker: Range<Int>, frame: Range<Int>) -> Range<Int>? {
        owner(of: speaker, from: speaker.upperBound, frame: frame)
    }

    /// The same, the words after the document starting at `start`.
    func owner(of speaker: Range<Int>, from start: Int, frame: Range<Int>) -> Range<Int>? {
        guard let last = speaker.last, isWord(last, in: .documents) else { return nil }
        var k = start
        // "The ruling, written by Justice Elena Kagan, said": past the appositive's comma.
        // ("The report, by a committee of the Texas House, said": an owner's preposition after the comma.)
        if k + 1 < frame.upperBound, tokens[k].isPunctuation(","), tokens[k + 1].kind == .word,
           tokens[k + 1].lowerHasSuffix("ed") || tokens[k + 1].lowerHasSuffix("en") || tokens[k + 1].isWord("by") { k += 1 }
        guard k < frame.upperBound, !quoted[k], tokens[k].kind == .word else { return nil }
        if !Lexicon.ownerPrepositions.contains(tokens[k].lower) {
            // A participle and at most three words before "by": "posted online by", "issued on Monday by".
            guard tokens[k].lowerHasSuffix("ed") || tokens[k].lowerHasSuffix("en"),
                  let by = (k + 1..<min(k + 5, frame.upperBound)).first(where: { isWord($0, in: .prepositions) && tokens[$0].isWord("by") }),
                  (k..<by).allSatisfy({ tokens[$0].kind == .word && !quoted[$0] }) else { return nil }
            k = by
        }
        guard let np = nounPhraseAfter(k + 1, frame: frame),
              np.contains(where: { tokens[$0].isCapitalized || tokens[$0].isIn(.organisationWords) || tokens[$0].isIn(.roleWords) })
                // ("The statement from the family read", "a letter from his lawyers")
                || np.contains(where: { Lexicon.ownerNouns.contains(lowercasing: tokens[$0]) })
        else { return nil }
        // ("a committee of the Texas House": a body described in small letters, then the named one it belongs to.)
        var end = np.upperBound
        if end + 1 < frame.upperBound, tokens[end].isWord("of"), !quoted[end], !tokens[np].contains(where: { $0.isCapitalized }) {
            var n = end + 1
            if isWord(n, in: .determiners) { n += 1 }
            let named = n
            while n < frame.upperBound, tokens[n].isCapitalized, !quoted[n] { n += 1 }
            if n > named { end = n }
        }
        return np.lowerBound..<end
    }

    /// Who made the document at `d`, as the sentence says: "The study was conducted by X", "a report
    /// published on Monday by X", "the opinion of the Court" (nil when it does not say).
    func author(ofDocument d: Int, frame: Range<Int>) -> Range<Int>? {
        guard !quoted[d], isWord(d, in: .documents), !tokens[d].isIn(.roleWords) else { return nil }
        if let owner = owner(of: d..<(d + 1), frame: frame) { return owner }
        // "The Georgian Tennis Federation (GFT) released a statement": the subject of a verb that puts a
        // document out, with an article before the document.
        if d - 2 >= frame.lowerBound, isWord(d - 1, in: .determiners), tokens[d - 2].kind == .word, !quoted[d - 2],
           Self.publishingVerbs.contains(tokens[d - 2].lower), let s = subject(before: d - 2, lowerBound: frame.lowerBound),
           tokens[s].contains(where: { $0.isCapitalized }) {
            return s
        }
        // "Acme said in a statement", "the company told subscribers in an email": the subject of the verb of
        // speech the document is the means of, for "the statement said" later.
        if d - 2 >= frame.lowerBound, isWord(d - 1, in: .determiners) || isWord(d - 1, in: .possessivePronouns), tokens[d - 2].isWord("in"), !quoted[d - 2],
           let v = (max(frame.lowerBound, d - 8)..<(d - 2)).last(where: { isSpeechVerb($0) && !tokens[$0].lowerHasSuffix("ing") }),
           ((v + 1)..<(d - 2)).allSatisfy({ tokens[$0].kind == .word && !quoted[$0] && !isSpeechVerb($0) }),
           let s = subject(before: v, lowerBound: frame.lowerBound), !tokens[s].contains(where: { $0.isIn(.subjectPronouns) }) {
            return s
        }
        // "was conducted by", "has been published by": a form of "be", then the participle.
        // ("The review, led by former prosecutor Alan Whitmore, found": a participle in apposition.)
        var k = d + 1
        let appositive = k + 1 < frame.upperBound && tokens[k].isPunctuation(",")
        if appositive { k += 1 }
        while !appositive, k < frame.upperBound, k - d <= 2, isWord(k, in: .beForms) || isWord(k, in: .adverbs) { k += 1 }
        guard k > d + 1, k < frame.upperBound, tokens[k].kind == .word, tokens[k].lowerHasSuffix("ed"), !quoted[k] else { return nil }
        return owner(of: d..<(d + 1), from: k, frame: frame)
    }

    // MARK: - Noun phrases

    /// Whether the token at `i` is a plural's apostrophe inside an institution's name: "Manufacturers'" in
    /// "the European Automobile Manufacturers' Association" (the capitalised words after it end in an
    /// institution's word).
    func isNameApostrophe(_ i: Int, limit: Int) -> Bool {
        !quoted[i] && EntityRecognizer.isNameApostrophe(i, tokens, from: max(0, i - 4), limit: limit)
    }

    /// Whether the token at `i` is the dot of an honorific before a name: "Mr." in "said Mr. Clyburn".
    func isHonorificDot(_ i: Int) -> Bool {
        EntityRecognizer.isHonorificDot(tokens, i)
    }

    /// The subject of the verb at `v`, going left: `X said`, `X also said`, `an attendee Om Prakash said`;
    /// after a comma (an appositive, `X, a spokesman, said`) or a preposition (`X of the Y party said`),
    /// the first noun phrase of the clause.
    func subject(before v: Int, lowerBound: Int) -> Range<Int>? {
        // "Amazon, the online retailer, last year pledged", "Microsoft two weeks ago said": a phrase of
        // time before the verb is no subject; the subject is before it. (A loop: each phrase skipped
        // moves left.)
        var v = v
        while let when = timePhraseStart(before: v, lowerBound: lowerBound) { v = when }
        var j = lastBeforeAdverbs(v, lowerBound: lowerBound)
        guard j >= lowerBound else { return nil }
        // "Major wanted to offer", "I wanted to ask": the subject of the verb "to" follows is the one
        // before that verb (one verb in small letters, with its adverbs).
        // ("to" is among the words `lastBeforeAdverbs` steps over.)
        if j - 1 >= lowerBound, j + 1 < v, (j + 1..<v).contains(where: { tokens[$0].isWord("to") && !quoted[$0] }),
           tokens[j].kind == .word, !tokens[j].isCapitalized, isPlainWord(j), !tokens[j].isIn(.determiners), !tokens[j].isIn(.roleWords),
           !tokens[j].lowerHasSuffix("ing"),  // (not "according to agreed facts")
           !Lexicon.personNouns.contains(lowercasing: tokens[j]) {
            j = lastBeforeAdverbs(j, lowerBound: lowerBound)
            guard j >= lowerBound else { return nil }
        }
        // "Montoya-Lewis herself said", "the judge himself said": the subject is the phrase before the
        // reflexive pronoun.
        if j - 1 >= lowerBound, tokens[j].kind == .word, Self.intensivePronouns.contains(lowercasing: tokens[j]),
           tokens[j - 1].kind == .word, !tokens[j - 1].isIn(.pronouns), !quoted[j - 1] {
            j -= 1
        }
        let t = tokens[j]
        if t.kind == .punctuation, t.mark == "," || t.mark == ")" {
            return clauseSubject(lowerBound..<j)
        }
        guard t.kind == .word, !quoted[j] else { return nil }
        if t.isIn(.pronouns) { return j..<(j + 1) }
        // `a statement which read`, `X, who …, said`, `X called it … and termed her …`: the clause's subject.
        if t.isIn(.clauseJoiners) || t.isIn(.prepositions) {
            // `The warning came from Dr. Ruth Ng, the county's chief medical officer, who said`: "who" is
            // the one named right before it.
            if t.isWord("who"), let named = relativeAntecedent(j, lowerBound: lowerBound) { return named }
            return clauseSubject(lowerBound..<j)
        }
        // Collect the phrase leftwards.
        var k = j
        while k - 1 >= lowerBound {
            let p = tokens[k - 1]
            if isHonorificDot(k - 1), k - 2 >= lowerBound { k -= 1; continue }
            if k - 2 >= lowerBound, isNameApostrophe(k - 1, limit: j + 1) { k -= 1; continue }
            guard p.kind == .word, !quoted[k - 1] else { break }
            let w = p
            // ("alleged that Ramdehol had asked": "that" before a name opens a clause, it determines nothing.)
            if w.isIn(.determiners) {
                if !(w.isWord("that") && tokens[k].isCapitalized) { k -= 1 }
                break
            }
            // ("Food and Drink Federation said": an institution's name goes on through "and".)
            if w.isWord("and"), k - 2 >= lowerBound, tokens[k - 2].isCapitalized, !quoted[k - 2],
               EntityRecognizer.institutionAfter(k - 1, tokens, limit: j + 1) || institutionBefore(and: k - 1, lowerBound: lowerBound) {
                k -= 1
                continue
            }
            // ("The Peloton de Gendarmerie de Haute Montagne said": a name's particle.)
            if k - 2 >= lowerBound, joinsName(k - 1, limit: j + 1) {
                k -= 1
                continue
            }
            if w.isIn(.prepositions) || w.isIn(.clauseBreaks) || w.isIn(.speechVerbs) && !p.isCapitalized { break }
            if !p.isCapitalized, !w.isIn(.roleWords), !w.isIn(.organisationWords), j - k >= 3 { break }
            if !p.isCapitalized, j - k >= 5 { break }
            k -= 1
        }
        // "as Montoya-Lewis said", "As one commentator has argued": "as" opens a clause, and the phrase
        // after it is its subject, no object.
        if k < j, tokens[k].isWord("as") { k += 1 }
        if k - 1 >= lowerBound, tokens[k - 1].isWord("as"), tokens[k].isCapitalized || tokens[k].isIn(.determiners) || tokens[k].isWord("one"),
           let phrase = trimmedPhrase(k..<(j + 1)) {
            return phrase
        }
        // "to hear someone complain", "saw him tell": after a verb of perception or causing, its object is
        // the one who speaks.
        if let seen = (k..<j).last(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized && Self.perceptionVerbs.contains(tokens[$0].lower) }) {
            return trimmedPhrase((seen + 1)..<(j + 1))
        }
        // Object of a preposition or a temporal phrase ("on Tuesday"): the subject is further left —
        // unless the phrase ends in a full name ("speaker of the parliament Ali Larijani said").
        if k - 1 >= lowerBound, isWord(k - 1, in: .prepositions) {
            // "A spokeswoman for the company said": one who speaks for a body described by its kind's word — the
            // whole phrase, for the resolver to read the body as the one the article named.
            if j == k + 1, tokens[k].isWord("the"), tokens[j].kind == .word, !tokens[j].isCapitalized, Lexicon.institutionNouns.contains(tokens[j].lower),
               tokens[k - 1].isIn(Self.bodyPrepositions), k - 2 >= lowerBound, tokens[k - 2].kind == .word, !quoted[k - 2],
               tokens[k - 2].isIn(Self.speakersForBodies) {
                var start = k - 2
                if start - 1 >= lowerBound, isWord(start - 1, in: .determiners) { start -= 1 }
                return start..<(j + 1)
            }
            // ("The Department of Health and Social Care said": the "and" goes on the institution's name that
            // opens before the preposition, and the clause's subject is the whole name, not "Social Care".)
            if (k..<j).contains(where: { tokens[$0].isWord("and") && institutionBefore(and: $0, lowerBound: lowerBound) }) {
                return clauseSubject(lowerBound..<(j + 1))
            }
            var n = j
            // (A given name that is also an institution's word is the name's: "In September 2019 Bill Maher suggested".)
            while n >= k, tokens[n].isCapitalized, !tokens[n].isIn(.roleWords),
                  !tokens[n].isIn(.organisationWords) || n < j && tokens[n].isGivenName && tokens[n + 1].isCapitalized { n -= 1 }
            if j - n >= 2, n >= k, !tokens[n].isCapitalized {
                // "First Minister of Scotland Nicola Sturgeon": after "of", the first word names the place.
                let first = tokens[k - 1].isWord("of") && j - n >= 3 && n + 1 == k ? n + 2 : n + 1
                return first..<(j + 1)
            }
            // "US Special Representative for Iran Brian Hook said", "Minister for Health Simon Harris said": a
            // title, "for", the body's words and a name (where the article's names are learnt from it too).
            if k - 2 >= lowerBound, (k...j).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
               let m = SpeakerResolver.nameStartAfterTitleFor(tokens, k..<(j + 1)) {
                return m..<(j + 1)
            }
            // "During the speech Trump claimed": one name right after the phrase's noun (no name follows a
            // common noun inside a phrase) is the subject; not a place or an institution ("in the city Paris").
            if j - n == 1, n > k, tokens[n].kind == .word, !tokens[n].isCapitalized, isPlainWord(n), !tokens[n].isIn(.determiners),
               SpeakerResolver.hasSmallLetter(tokens[j]), !tokens[j].isIn(.roleWords), !tokens[j].isIn(.organisationWords), !tokens[j].isIn(.monthsAndDays),
               !Gazetteer.shared.contains(tokens[j].text), Gazetteer.shared.demonyms.value(tokens[j].text) == nil {
                return j..<(j + 1)
            }
            return clauseSubject(lowerBound..<(j + 1))
        }
        if (k...j).allSatisfy({ tokens[$0].isIn(.monthsAndDays) }) { return clauseSubject(lowerBound..<k) }
        return trimmedPhrase(k..<(j + 1))
    }

    /// Where a phrase of time that ends right before `v` (past adverbs) starts: a noun of time after
    /// words that say which ("last year", "this week", "two weeks ago", "that same morning"); nil when
    /// no such phrase stands there, or nothing is left before it.
    func timePhraseStart(before v: Int, lowerBound: Int) -> Int? {
        var j = lastBeforeAdverbs(v, lowerBound: lowerBound)
        if j >= lowerBound, tokens[j].isWord("ago") { j -= 1 }
        guard j > lowerBound, tokens[j].kind == .word, !quoted[j], !tokens[j].isCapitalized,
              Lexicon.timeNouns.contains(lowercasing: tokens[j]) else { return nil }
        var k = j
        while k - 1 >= lowerBound, tokens[k - 1].kind == .word, !quoted[k - 1], !tokens[k - 1].isCapitalized,
              Self.timeModifiers.contains(tokens[k - 1].lower) || tokens[k - 1].bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { k -= 1 }
        guard k < j, k > lowerBound else { return nil }
        return k
    }

    /// Whether the "and" at `and` goes on an institution's name that opens before it with the institution's
    /// word and "of" or "for" ("Department of Health and Social Care", "Department for Culture, Media and
    /// Sport" up to its comma): capitalised words back to that word, up to five.
    func institutionBefore(and: Int, lowerBound: Int) -> Bool {
        // (Not before a place: "The High Court of England and Wales" is read as far as the first place.)
        if and + 1 < tokens.count, let (_, entry) = Gazetteer.shared.match(tokens, at: and + 1), entry.type == .place { return false }
        var m = and - 1
        var sawConnector = false
        while m >= lowerBound, and - m <= 6, !quoted[m], tokens[m].kind == .word {
            let t = tokens[m]
            if t.isWord("of") || t.isWord("for") {
                sawConnector = true
            } else if !t.isCapitalized {
                return false
            } else if sawConnector, t.isIn(.organisationWords), !t.isIn(.roleWords) {
                return true
            }
            m -= 1
        }
        return false
    }

    /// The last token before `v` that is no adverb between a subject and its verb ("also", "later",
    /// "bluntly"); below `lowerBound` when there is none.
    func lastBeforeAdverbs(_ v: Int, lowerBound: Int) -> Int {
        var j = v - 1
        while j >= lowerBound, isWord(j, in: .adverbs) || (tokens[j].kind == .word && tokens[j].lowerHasSuffix("ly") && !tokens[j].isCapitalized && tokens[j].characterCount > 4) { j -= 1 }
        return j
    }

    /// The name a relative "who" at `who` stands for: the capitalised name right before its comma, or
    /// before a description in apposition to it (", the county's chief medical officer,"); nil when no
    /// name stands there.
    func relativeAntecedent(_ who: Int, lowerBound: Int) -> Range<Int>? {
        guard who - 2 >= lowerBound, tokens[who - 1].isPunctuation(",") else { return nil }
        var end = who - 1
        // A description in apposition starts in small letters or with an article ("a marine ecologist
        // and Regents Professor at GT", "24"): the name is before it.
        if let comma = (lowerBound..<(end - 1)).last(where: { tokens[$0].isPunctuation(",") }), comma > lowerBound, end - comma <= 12,
           tokens[comma - 1].isCapitalized, !tokens[comma + 1].isCapitalized || tokens[comma + 1].isIn(.determiners),
           (comma + 1..<end).allSatisfy({ tokens[$0].kind == .word && !quoted[$0] && !isSpeechVerb($0) && !tokens[$0].isIn(.beForms) }) {
            end = comma
        }
        var start = end
        func walkBack() {
            start = end
            while start > lowerBound, !quoted[start - 1],
                  tokens[start - 1].kind == .word && (tokens[start - 1].isCapitalized || SpeakerResolver.isParticle(tokens[start - 1])) || isHonorificDot(start - 1) {
                start -= 1
            }
        }
        walkBack()
        // "Senator Bob Menendez of New Jersey, who called", "Andrew Bailey of the Bank of England, who said": a
        // person's name before where it is from (not "the University of Oxford, who").
        let (start0, end0) = (start, end)
        for _ in 0..<3 {
            var from = start - 1
            if from > lowerBound, tokens[from].isWord("the") { from -= 1 }
            guard from > lowerBound, start < end, affiliationEnds(at: from, range: from..<end), tokens[from - 1].kind == .word,
                  tokens[from - 1].isCapitalized, !quoted[from - 1] else { break }
            end = from
            walkBack()
        }
        if (start, end) != (start0, end0), !hasName(start..<end) { (start, end) = (start0, end0) }
        guard start < end, tokens[start].isCapitalized, hasName(start..<end) || end - start == 1 else { return nil }
        // (A place is no "who": "the ministers of France and Germany, who said".)
        if let (length, entry) = Gazetteer.shared.match(tokens, at: start), start + length == end, entry.type == .place { return nil }
        return trimmedPhrase(start..<end)
    }

    /// The first noun phrase of a clause, after any introductory phrase ("Speaking to Reuters,", "In
    /// February,"), extended through `of` when it is only a title ("Member of Parliament (MP) Yvette Cooper").
    func clauseSubject(_ range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        var start = range.lowerBound
        // Past a quotation that opens the frame: `"…," Press Secretary Jen Psaki told reporters, warning …`.
        while start < range.upperBound, quoted[start] || tokens[start].isPunctuation(",") { start += 1 }
        guard start < range.upperBound else { return nil }
        // Start after the last clause break that is followed by a phrase.
        for i in range.reversed() where i + 1 < range.upperBound && (isWord(i, in: .contrastWords)
                                                                    // ("…, but a senior official said": after "but", a determiner starts the phrase too.)
                                                                    && (tokens[i + 1].isCapitalized || tokens[i].isWord("but") && isWord(i + 1, in: .determiners)
                                                                        && i + 2 < range.upperBound && !quoted[i + 2])
                                                                    || isWord(i, in: .pronounClauseJoiners) && isWord(i + 1, in: .subjectPronouns)) {
            start = i + 1
            break
        }
        // Skip introductory phrases that end with a comma ("Then, at the end of January 2019, Dion …").
        var subordinateName: Range<Int>? = nil
        for _ in 0..<3 {
            // "Even George Eustice, the current Environment Secretary, has described": an adverb before a name
            // that runs to the comma stresses the subject; it opens no phrase of its own.
            if start + 2 < range.upperBound, tokens[start].kind == .word, tokens[start].isIn(.adverbs), !quoted[start],
               let comma = (start + 1..<range.upperBound).first(where: { !(tokens[$0].kind == .word && (tokens[$0].isCapitalized || SpeakerResolver.isParticle(tokens[$0]))) }),
               comma > start + 1, tokens[comma].isPunctuation(","), (start + 1..<comma).allSatisfy({ !tokens[$0].isIn(.monthsAndDays) && !quoted[$0] }) {
                start += 1
                break
            }
            guard start < range.upperBound, case let first = tokens[start], first.kind == .word,
                  let comma = (start..<range.upperBound).first(where: { tokens[$0].isPunctuation(",") && !quoted[$0] }),
                  first.isIn(.prepositions) || first.lowerHasSuffix("ing") || first.isIn(.adverbs) || first.isIn(.monthsAndDays)
                    // "Well, Alley can attest to it", "Indeed, …": a word that opens sentences, alone before the comma.
                    || comma == start + 1 && Lexicon.sentenceAdverbs.contains(lowercasing: first)
                    // "If Trump actually read it, Schwartz …": a subordinate clause before the main one.
                    || Self.subordinators.contains(first.lower) && comma + 1 < range.upperBound && tokens[comma + 1].kind == .word
                    // "Asked about the title race, Guardiola smiled", "Pressed on whether …,": a participle before a
                    // preposition or a clause (not "retired firefighter Joe Pacheco,", nor a name's "Ahmed, a
                    // farmer,"), with no verb "be" before the comma ("Laced throughout the book is …").
                    || first.lowerHasSuffix("ed") && first.bytes.count >= 5 && start + 1 < comma && tokens[start + 1].kind == .word
                        && (tokens[start + 1].isIn(.prepositions) || tokens[start + 1].isIn(.clauseBreaks))
                        && !(start..<comma).contains(where: { tokens[$0].isIn(.beForms) })
                    // "The next day,", "That evening,": a phrase of time.
                    || comma > start + 1 && comma <= start + 4 && first.isIn(.determiners) && Lexicon.timeNouns.contains(lowercasing: tokens[comma - 1].bytes)
            else { break }
            // (The name that is the subordinate clause's subject: "When Meghan joined the family, she said".)
            if Self.subordinators.contains(first.lower), start + 1 < comma, tokens[start + 1].isCapitalized,
               !tokens[start + 1].isIn(.pronouns), case let n = (start + 1)..<nameEnd(from: start + 1, frame: start..<comma),
               !n.isEmpty, n.allSatisfy({ !tokens[$0].isIn(.roleWords) && !tokens[$0].isIn(.organisationWords) }) {
                subordinateName = n
            }
            start = comma + 1
        }
        guard start < range.upperBound else { return nil }
        // "When Meghan joined the family, she said": "he" or "she" after a subordinate clause whose subject
        // is a name is that name.
        if let named = subordinateName, tokens[start].isWord("he") || tokens[start].isWord("she") { return named }
        // A subject pronoun is the whole phrase: "but he resents it: "…"" is his (not "he resents it").
        if isWord(start, in: .subjectPronouns), !quoted[start] { return start..<(start + 1) }
        // "Remarked Center for Biological Diversity scientist Tierra Curry, "…"": a verb of speech in the past
        // that opens an inverted sentence is no part of the phrase after it.
        if start + 1 < range.upperBound, tokens[start].isCapitalized, tokens[start].isIn(.speechVerbs),
           tokens[start].lowerHasSuffix("ed") || tokens[start].isWord("said"), tokens[start + 1].isCapitalized, !quoted[start + 1] {
            start += 1
        }
        // "Budget airline FlyNow cancelled …", "The streaming service Flixwave will …": the kind of a business,
        // then its name (`SpeakerResolver.businessKinds`).
        if let kind = (start..<min(start + 4, range.upperBound)).first(where: { tokens[$0].kind == .word && !quoted[$0]
               && SpeakerResolver.businessKinds.contains(lowercasing: tokens[$0]) }),
           kind + 1 < range.upperBound, tokens[kind + 1].kind == .word, tokens[kind + 1].isCapitalized, !quoted[kind + 1],
           !tokens[kind].isCapitalized || kind == start,
           (start..<kind).allSatisfy({ tokens[$0].kind == .word && !quoted[$0]
               && (isWord($0, in: .determiners) || $0 == start && tokens[$0].isCapitalized || !tokens[$0].isCapitalized && isPlainWord($0)) }) {
            let e = nameEnd(from: kind + 1, frame: range)
            if e > kind + 1 { return start..<e }
        }
        // "A number of Senators condemned …": the group after "of".
        var q = start
        while q < range.upperBound, isWord(q, in: .determiners) { q += 1 }
        if q + 2 < range.upperBound, isWord(q, in: .quantities), tokens[q + 1].isWord("of") { start = q + 2 }
        var end = start
        var onlyTitles = true
        while end < range.upperBound {
            let t = tokens[end]
            if quoted[end] { break }
            if isHonorificDot(end), end > start { end += 1; continue }
            if end > start, isNameApostrophe(end, limit: range.upperBound) { end += 1; continue }
            if t.kind == .punctuation {
                if t.mark == "(", onlyTitles, let close = (end..<range.upperBound).first(where: { tokens[$0].isPunctuation(")") }) {
                    end = close + 1
                    continue
                }
                break
            }
            let w = t
            // "The Food and Drink Federation": an institution's name goes on through "and".
            // (And "The Department of Health and Social Care": through "and" after an institution's word and "of".)
            if end > start, w.isWord("and"), tokens[end - 1].isCapitalized,
               EntityRecognizer.institutionAfter(end, tokens, limit: range.upperBound) || institutionBefore(and: end, lowerBound: start) {
                end += 1
                continue
            }
            // ("The Peloton de Gendarmerie de Haute Montagne said": a name's particle.)
            if end > start, joinsName(end, limit: range.upperBound) {
                end += 1
                continue
            }
            // (A verb of speech ends it, not the noun of the same form: "The report, released by …".)
            if end > start, w.isIn(.clauseBreaks) || w.isIn(.speechVerbs) && (isSpeechVerb(end) || !w.isIn(.nounLike)) && !t.isCapitalized { break }
            if end > start, w.isIn(.prepositions) {
                // "A spokeswoman for the Department of Health said", "Officials at Google said": one who speaks
                // for a body, then the body's name (the body speaks).
                // (Not a capitalised title within a name: "US Special Representative for Iran Brian Hook".)
                if Self.bodyPrepositions.contains(lowercasing: w), Self.speakersForBodies.contains(lowercasing: tokens[end - 1].bytes),
                   !tokens[end - 1].isCapitalized || end - 1 == start || isWord(end - 2, in: .determiners),
                   case let b = end + 1 < range.upperBound && tokens[end + 1].isWord("the") ? end + 2 : end + 1,
                   b < range.upperBound, tokens[b].isCapitalized, !quoted[b],
                   // (The body's name as a document's owner's is read: "the Department of Health", "the
                   // Universities and Colleges Employers' Association".)
                   let body = nounPhraseAfter(end + 1, frame: range) {
                    end = body.upperBound
                    break
                }
                // "Member of Parliament …": a title continues through "of"; so does an institution's name
                // after its article ("The University of Oxford published …").
                // ("A Department for Education spokesman": "for" after an institution's word in capitals, too.)
                if w.isWord("of") || w.isWord("for") && tokens[end - 1].isCapitalized && tokens[end - 1].isIn(.organisationWords) && !tokens[end - 1].isIn(.roleWords),
                   end + 1 < range.upperBound, tokens[end + 1].isCapitalized,
                   // (and "The Royal College of Surgeons": capitalised words before the institution's word.)
                   onlyTitles || (tokens[end - 1].isCapitalized && tokens[end - 1].isIn(.organisationWords) && !tokens[end - 1].isIn(.roleWords)
                                  && (start..<end).allSatisfy({ isWord($0, in: .determiners)
                                      || (tokens[$0].isCapitalized && !tokens[$0].isIn(.roleWords)) })) {
                    end += 1
                    continue
                }
                break
            }
            if t.isCapitalized, !w.isIn(.roleWords), !w.isIn(.organisationWords) { onlyTitles = false }
            if end > start, w.isIn(.beForms) || w.isIn(.adverbs) { break }
            // A document speaks for the owner named with it ("The opinion of the Court read", "The
            // family's statement read").
            let owner = t.hasApostrophe && end + 1 < range.upperBound && tokens[end + 1].isIn(.documents)
            // After its article, a phrase's modifiers and its noun go on: a compound with a hyphen or a
            // number ("The 27-year-old forward"), and the word right before the comma that closes the
            // phrase ("The driver, who was not injured, said"; "One witness, a retired teacher, said").
            let modifier = end > start && isWord(start, in: .determiners) && t.kind == .word
                && (t.hasHyphen || t.bytes.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
                    || end + 1 < range.upperBound && tokens[end + 1].isPunctuation(",")
                    // ("The lanky forward, known for his speed, said": small words up to the comma.)
                    || (end + 1..<min(end + 3, range.upperBound)).first(where: { !(tokens[$0].kind == .word && !tokens[$0].isCapitalized) })
                        .map { tokens[$0].isPunctuation(",") && (end..<$0).allSatisfy(isPlainWord) } == true)
            // ("A bouncer at the club said", "The local man said": a noun for a person after an article and
            // plain words goes on too.)
            // (So does a noun for a group of people: "The family said", "Her family paid tribute".)
            let person = isWord(start, in: .determiners)
                && (Lexicon.personNouns.contains(lowercasing: t) || Lexicon.collectiveNouns.contains(lowercasing: t))
                && (start + 1..<end).allSatisfy(isPlainWord)
            // ("Longtime reader Earl Hutchins, 88, said": a capitalised word that opens the sentence, then up to
            // three plain words ending in a noun for a person, describe the name after them; not "Alley became
            // a Jenny Craig spokeswoman".)
            let describedName = end > start && end <= start + 3 && tokens[start].isCapitalized && !SpeakerResolver.isFunctionWord(tokens[start])
                && (start + 1..<min(start + 5, range.upperBound)).first(where: { !(tokens[$0].kind == .word && !tokens[$0].isCapitalized && isPlainWord($0)
                                                                              && !tokens[$0].isIn(.determiners)) })
                    .map { n in n > end && n > start + 1 && tokens[n].kind == .word && tokens[n].isCapitalized && !quoted[n] && hasName(n..<nameEnd(from: n, frame: range))
                        && (tokens[n - 1].isIn(.roleWords) || Lexicon.personNouns.contains(lowercasing: tokens[n - 1].bytes)
                            || Lexicon.occupations.contains(lowercasing: tokens[n - 1].bytes)
                            // ("Popular drinking hole The Idle Hour said": a name that opens with "The" within the
                            // sentence, after a noun that describes it.)
                            || tokens[n].isWord("the") && !tokens[n - 1].lowerHasSuffix("ed") && !tokens[n - 1].lowerHasSuffix("ing")) } == true
            // ("The city's police commissioner has defended …": an owner in small letters before a title, or a word
            // and a title.)
            let titleOwner = t.isPossessive && !t.isCapitalized && end + 1 < range.upperBound && !quoted[end + 1]
                && (isTitleWord(end + 1) || end + 2 < range.upperBound && isPlainWord(end + 1) && !tokens[end + 1].isCapitalized && isTitleWord(end + 2))
            if titleOwner, end > start, !isTitleWord(end + 1) {
                end += 2  // (the owner and the word before the title)
                continue
            }
            if !t.isCapitalized, !w.isIn(.roleWords), !w.isIn(.organisationWords), !w.isIn(.documents), !owner,
               !w.isIn(.determiners), end > start, !onlyTitles, !modifier, !person, !describedName, !titleOwner { break }
            end += 1
            if end - start > 10 { break }
        }
        // "Professor of health psychology Jane Ogden, for instance, told": a title of a field in small
        // letters, then the name.
        if onlyTitles, end > start, end + 2 < range.upperBound, tokens[end].isWord("of"), !quoted[end] {
            var m = end + 1
            while m < range.upperBound, m - end <= 4, isPlainWord(m), !tokens[m].isCapitalized, !tokens[m].isIn(.determiners) { m += 1 }
            if m > end + 1, m < range.upperBound, tokens[m].isCapitalized, !quoted[m], case let n = nameEnd(from: m, frame: range), hasName(m..<n) {
                return m..<n
            }
        }
        // `The mayor of London, Sadiq Khan, said`: a description, then the name in apposition.
        // A description, not a name: it ends in a common noun, or a common noun follows ("The American Samoan delegate").
        let describes = end > start && (!tokens[end - 1].isCapitalized
            || (end < range.upperBound && tokens[end].kind == .word && !tokens[end].isCapitalized
                && !tokens[end].isIn(.prepositions) && !tokens[end].isIn(.clauseBreaks)
                && !isSpeechVerb(end) && !tokens[end].isIn(.adverbs)))
        // A description that goes on past the phrase to a title just before the comma ("The United States'
        // National Institute … director, Dr. Anthony Fauci, said") is one too.
        let comma = (end..<range.upperBound).first(where: { tokens[$0].isPunctuation(",") && !quoted[$0] })
        // (Not one after a verb: "Hannah Greaves said she had written to the health secretary, Wes Streeting,
        // asking him" — the name is in apposition to an object there.)
        let titleBeforeComma = comma.map { $0 - 1 > end && tokens[$0 - 1].kind == .word && !tokens[$0 - 1].isCapitalized
            && tokens[$0 - 1].isIn(.roleWords) && !SentenceTagger.holdsVerb(tokens, end..<$0) } ?? false
        if !hasName(start..<end) || describes || titleBeforeComma, let comma {
            // (Past up to three plain small words that describe the name: "Her neighbour, retired teacher
            // Dennis Cole, agreed".)
            // (And after "the": "The chair of the judges, the historian Sir Roy Foster, called it".)
            let described = comma + 2 < range.upperBound && tokens[comma + 1].isWord("the") && !quoted[comma + 1] ? comma + 2 : comma + 1
            var first = described
            while first < range.upperBound, first - described < 3, isPlainWord(first), !tokens[first].isCapitalized, !tokens[first].isIn(.determiners) { first += 1 }
            if first < range.upperBound, !tokens[first].isCapitalized || first - described >= 3 || first == described && described > comma + 1 { first = comma + 1 }
            var n = first
            while n < range.upperBound, tokens[n].isCapitalized || SpeakerResolver.isParticle(tokens[n]) || isHonorificDot(n) { n += 1 }
            // (A given name alone too: "Her husband, Colin, was more certain".)
            if n - first >= 2 || n == first + 1 && first == comma + 1 && describes && tokens[comma + 1].isGivenName,
               n == range.upperBound || tokens[n].isPunctuation(",") || affiliationEnds(at: n, range: range) { return first..<n }
        }
        return trimmedPhrase(start..<end)
    }

    /// Whether the token at `k` is a name's particle between capitalised words outside the quotation, before
    /// `limit`: "The Peloton de Gendarmerie de Haute Montagne said".
    func joinsName(_ k: Int, limit: Int) -> Bool {
        k > 0 && k + 1 < limit && SpeakerResolver.isParticle(tokens[k]) && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
            && !quoted[k - 1] && !quoted[k + 1]
    }

    /// Whether "of", "from" or "at" and a capitalised name (a place or a body: "of Texas", "of the Bank of England",
    /// "at Georgetown University"), then a comma or the range's end, stand at `n`: where a name in apposition is
    /// from ("Its author, Rep. Gloria Pinedo of Texas, said"; "…," said its author, Rep. Gloria Pinedo of Texas.).
    func affiliationEnds(at n: Int, range: Range<Int>) -> Bool {
        guard n + 1 < range.upperBound, tokens[n].isWord("of") || tokens[n].isWord("from") || tokens[n].isWord("at") else { return false }
        var k = n + 1
        if tokens[k].isWord("the") { k += 1 }
        guard k < range.upperBound, tokens[k].isCapitalized else { return false }
        while k < range.upperBound, !quoted[k], tokens[k].kind == .word && (tokens[k].isCapitalized || tokens[k].isIn(.connectors)) { k += 1 }
        // (Or the sentence's last stop: "…," said its author, John Smith of the University of Leeds.)
        let ends = k == range.upperBound || tokens[k].isPunctuation(",")
            || k + 1 == range.upperBound && (tokens[k].isPunctuation(".") || tokens[k].isPunctuation("!") || tokens[k].isPunctuation("?"))
        return ends && tokens[k - 1].isCapitalized
    }

    /// A word in small letters that may stand in a noun phrase: no preposition, clause break, form of
    /// "be", adverb, verb of speech or pronoun.
    func isPlainWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && !quoted[k] && !t.isIn(.prepositions) && !t.isIn(.clauseBreaks) && !t.isIn(.beForms)
            && !t.isIn(.adverbs) && !t.isIn(.speechVerbs) && !t.isIn(.pronouns)
    }

    /// Whether the word at `k` is a title or a calling in small letters ("commissioner", "author"), not quoted.
    func isTitleWord(_ k: Int) -> Bool {
        tokens[k].kind == .word && !quoted[k] && (tokens[k].isIn(.roleWords) || Lexicon.occupations.contains(lowercasing: tokens[k]))
    }

    /// Whether a phrase holds a name: two capitalised words that are neither titles nor institutions.
    func hasName(_ r: Range<Int>) -> Bool {
        var run = 0
        for i in r {
            if tokens[i].isCapitalized, !tokens[i].isIn(.roleWords), !tokens[i].isIn(.organisationWords),
               !tokens[i].isIn(.determiners) {
                run += 1
                if run >= 2 { return true }
            } else { run = 0 }
        }
        return false
    }

    /// A noun phrase going right from `i` (after an inverted verb or "according to"): determiners, titles,
    /// names, up to punctuation, a preposition or a lower-case word that is neither title nor institution.
    func nounPhraseAfter(_ i: Int, frame: Range<Int>, limit: Int? = nil) -> Range<Int>? {
        let end = min(frame.upperBound, limit ?? frame.upperBound)
        var k = i
        while k < end {
            let t = tokens[k]
            if isHonorificDot(k), k > i, !quoted[k] { k += 1; continue }
            if k > i, isNameApostrophe(k, limit: end) { k += 1; continue }
            if t.kind != .word || quoted[k] { break }
            // "said her neighbour, Tom Reyes", "said a neighbour.": an article or a possessive and the noun
            // that ends the phrase.
            if t.isIn(.determiners) || t.isIn(.possessivePronouns), k + 1 < end, !tokens[k + 1].isCapitalized, isPlainWord(k + 1),
               !tokens[k + 1].isIn(.determiners), k + 2 == end || tokens[k + 2].kind == .punctuation && !isHonorificDot(k + 2) {
                k += 2
                break
            }
            // "said a dispatcher on the scanner", "said a local shopkeeper.": an article, up to two adjectives and
            // a plain noun, before a preposition, "who" or punctuation (not one who speaks for a body or a title,
            // which go on: "a spokeswoman for Amazon").
            if k == i, t.isIn(.determiners) || t.isIn(.possessivePronouns),
               let n = ((k + 2)...min(k + 4, end)).first(where: { $0 == end || tokens[$0].kind != .word || tokens[$0].isIn(.prepositions) || tokens[$0].isIn(.relativePronouns) }),
               n == end || !isHonorificDot(n),
               ((k + 1)..<n).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && isPlainWord($0) && !tokens[$0].isIn(.determiners)
                   && !tokens[$0].isIn(.prepositions) && !tokens[$0].isIn(.speechVerbs) && !tokens[$0].isIn(.beForms) && !tokens[$0].isIn(.roleWords)
                   && !tokens[$0].isIn(.organisationWords) && !Lexicon.spokespeople.contains(lowercasing: tokens[$0])
                   && !Self.speakersForBodies.contains(lowercasing: tokens[$0]) && !quoted[$0] }) {
                k = n
                break
            }
            // "said one person during public comment", "said another resident": "one" and "another" as an
            // article; "said someone at the meeting": one unnamed, the phrase.
            if k == i, t.isWord("one") || t.isWord("another"), k + 1 < end, !tokens[k + 1].isCapitalized, isPlainWord(k + 1),
               !tokens[k + 1].isIn(.determiners), !tokens[k + 1].isIn(.prepositions) {
                k += 2
                break
            }
            // ("said one GOP operative in the state", "said another Labour MP": a capitalised word among its
            // words, the last a noun in small letters or a title.)
            if k == i, t.isWord("one") || t.isWord("another"),
               let n = ((k + 2)...min(k + 4, end)).first(where: { $0 == end || tokens[$0].kind != .word || tokens[$0].isIn(.prepositions) || tokens[$0].isIn(.relativePronouns) }),
               ((k + 1)..<n).allSatisfy({ tokens[$0].kind == .word && !quoted[$0] && !tokens[$0].isIn(.determiners) && !tokens[$0].isIn(.speechVerbs)
                   && !tokens[$0].isIn(.beForms) && !tokens[$0].isIn(.pronouns) }),
               ((k + 1)..<n).contains(where: { tokens[$0].isCapitalized }), !tokens[k + 1].isGivenName,
               !tokens[n - 1].isCapitalized || tokens[n - 1].isIn(.roleWords) {
                k = n
                break
            }
            // ("said one of the organisers": the one among them.)
            if k == i, t.isWord("one"), k + 3 < end, tokens[k + 1].isWord("of"), tokens[k + 2].isIn(.determiners) || tokens[k + 2].isIn(.possessivePronouns),
               !tokens[k + 3].isCapitalized, isPlainWord(k + 3), k + 4 == end || tokens[k + 4].kind == .punctuation {
                k += 4
                break
            }
            if k == i, t.isWord("someone") || t.isWord("somebody") {
                k += 1
                break
            }
            // "said researchers.", "said analysts at the bank", "said independent experts who …": a plural noun
            // with no article (after one adjective at most), before punctuation, a preposition or "who".
            if k == i, let n = [k, k + 1].first(where: { isBarePlural($0, end: end) }),
               n == k || tokens[k].kind == .word && !tokens[k].isCapitalized && isPlainWord(k) && !tokens[k].isIn(.determiners) && !tokens[k].isIn(.quantities),
               n + 1 == end || tokens[n + 1].kind != .word || tokens[n + 1].isIn(.prepositions) || tokens[n + 1].isIn(.relativePronouns) {
                k = n + 1
                break
            }
            let w = t
            // An institution's name goes on through "of" or "for" ("MRC Centre for Global Infectious
            // Disease Analysis", "Ministry of Foreign Affairs").
            // So do a title's ("President of Ukraine Volodymyr Zelenskyy") and a spokesperson's ("a
            // spokeswoman for Amazon").
            if k > i, w.isWord("of") || w.isWord("for"),
               tokens[k - 1].isCapitalized && (tokens[k - 1].isIn(.organisationWords) || tokens[k - 1].isIn(.roleWords))
                || Lexicon.spokespeople.contains(lowercasing: tokens[k - 1].bytes),
               k + 1 < end, tokens[k + 1].isCapitalized, !quoted[k + 1] {
                k += 1
                continue
            }
            // ("said officials at the Department of Health", "said an official with the WHO": one who speaks for
            // a body, then the body, "the" before it too.)
            if k > i, Self.bodyPrepositions.contains(lowercasing: w), Self.speakersForBodies.contains(lowercasing: tokens[k - 1].bytes),
               case let b = k + 1 < end && tokens[k + 1].isWord("the") ? k + 2 : k + 1, b < end, tokens[b].isCapitalized, !quoted[b] {
                k = b
                continue
            }
            // "the Food and Drink Federation": an institution's name goes on through "and".
            if k > i, w.isWord("and"), tokens[k - 1].isCapitalized, EntityRecognizer.institutionAfter(k, tokens, limit: end) {
                k += 1
                continue
            }
            if k > i, w.isIn(.prepositions) || w.isIn(.clauseBreaks) { break }
            if !t.isCapitalized, !w.isIn(.determiners), !w.isIn(.roleWords),
               !w.isIn(.organisationWords), !w.isIn(.pronouns), !Lexicon.ownerNouns.contains(lowercasing: w) {
                // An adjective before a title: "the senior official"; or an owner and one before it: "the
                // study's lead author".
                func titleAt(_ n: Int) -> Bool {
                    n < end && tokens[n].kind == .word && !tokens[n].isCapitalized && !quoted[n]
                        && (tokens[n].isIn(.roleWords) || tokens[n].isIn(.organisationWords))
                }
                if titleAt(k + 1) || t.isPossessive && k + 2 < end && isPlainWord(k + 1) && !tokens[k + 1].isCapitalized && titleAt(k + 2) {
                    k += 1
                    continue
                }
                // A description before a name: "certified nutritionist Anju Mobin", "Huber's longtime tag team
                // partner Erick Rowan" (up to four small words).
                if k == i || tokens[k - 1].kind == .word, let name = (k + 1..<min(k + 5, end)).first(where: { tokens[$0].kind != .word || tokens[$0].isCapitalized || quoted[$0] }),
                   tokens[name].kind == .word, tokens[name].isCapitalized, !quoted[name],
                   (k..<name).allSatisfy({ !tokens[$0].isIn(.prepositions) && !tokens[$0].isIn(.clauseBreaks) && !tokens[$0].isIn(.speechVerbs) && !tokens[$0].isIn(.beForms) }) {
                    k = name
                    continue
                }
                break
            }
            k += 1
            if w.isIn(.pronouns) { break }
        }
        return trimmedPhrase(i..<k)
    }

    /// A plural common noun at `k`: a word in small letters of four letters or more ending in "s" (not "ss",
    /// "us" or "is": "business", "status", "this"), in none of the lists of function words and verbs.
    func isBarePlural(_ k: Int, end: Int) -> Bool {
        guard k < end, case let t = tokens[k], t.kind == .word, !t.isCapitalized, !quoted[k], isPlainWord(k), !t.hasApostrophe,
              !t.isIn(.determiners), !t.isIn(.quantities), !t.isIn(.monthsAndDays), !t.isIn(.documents) else { return false }
        return EntityRecognizer.looksPlural(t.bytes)
    }

    /// Drops leading determiners, adverbs and connecting words; nil when nothing is left.
    func trimmedPhrase(_ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, tokens[lo].kind != .word || tokens[lo].isIn(.adverbs) || tokens[lo].isIn(.leadingConnectives)
                // "said someone at the meeting": a verb is no part of the phrase after it.
                || (lo + 1 < hi && tokens[lo].isIn(.speechVerbs) && !tokens[lo].isIn(.nounLike) && !tokens[lo].isCapitalized)
                // "Afterwards Penny", "Meanwhile Smith": a word that starts sentences, before a name.
                || (lo + 1 < hi && tokens[lo + 1].isCapitalized && Lexicon.sentenceAdverbs.contains(lowercasing: tokens[lo]))
                // "This Thursday the United States Commission": a day or a month before the phrase is when.
                || (lo + 1 < hi && tokens[lo].isIn(.monthsAndDays) && !tokens[lo + 1].isCapitalized)
                || (lo + 2 < hi && (tokens[lo].isIn(.determiners) || tokens[lo].isWord("last") || tokens[lo].isWord("next"))
                    && tokens[lo + 1].isIn(.monthsAndDays) && !tokens[lo + 2].isCapitalized) { lo += 1 }
        // "the man could be heard saying", "the Trump administration has been trying": a modal, an
        // auxiliary or an adverb ends the phrase.
        // (Not an adverb's form right after an article, an adjective there: "a further concerned commenter".)
        if lo < hi, let aux = ((lo + 1)..<hi).first(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized
                                                  && (tokens[$0].isIn(.beForms) || tokens[$0].isIn(.adverbs) && !tokens[$0 - 1].isIn(.determiners)
                                                      || Lexicon.modals.contains(lowercasing: tokens[$0])
                                                      || Lexicon.phraseEnders.contains(lowercasing: tokens[$0])) }) {
            hi = aux
        }
        while hi > lo, tokens[hi - 1].kind != .word || tokens[hi - 1].isIn(.determiners) { hi -= 1 }
        guard lo < hi, hi - lo <= 12 else { return nil }
        return lo..<hi
    }
}
