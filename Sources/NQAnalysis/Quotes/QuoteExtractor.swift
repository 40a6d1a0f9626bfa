import NQCorpus
import NQSupport

/// Finds the quotations of an article and who said them. Linear in the text: each paragraph is
/// tokenised once on its UTF-8 bytes, and every rule looks only within the paragraph's frames.
public enum QuoteExtractor {
    static let askingVerbs: Set<String> = WordLists.strings("QuoteExtractor.askingVerbs")
    static let replyVerbs: Set<String> = WordLists.strings("QuoteExtractor.replyVerbs")

    public static func extract(text: String, paragraphs: [Paragraph]) -> [Quote] {
        var text = text
        return text.withUTF8 { b in extract(b, paragraphs) }
    }

    static func extract(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Paragraph]) -> [Quote] {
        extract(b, paragraphs, tokens: TextTokenizer.paragraphTokens(b, paragraphs))
    }

    /// A live blog's entry stamp: a paragraph that opens with a time of day and is no sentence ("11:07",
    /// "11:07Gavin O'Callaghan", "14:32 GMT — Jane Doe"): twelve tokens at most, no quotation mark and no
    /// sentence's end.
    static func isEntryStamp(_ tokens: [TextToken]) -> Bool {
        guard tokens.count >= 3, tokens.count <= 12, tokens[0].kind == .word, (1...2).contains(tokens[0].bytes.count),
              tokens[0].bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), tokens[1].isPunctuation(":"), tokens[2].kind == .word,
              tokens[2].bytes.count >= 2, tokens[2].bytes.prefix(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return !tokens.contains { $0.kind == .quoteMark || $0.isPunctuation(".") || $0.isPunctuation("!") || $0.isPunctuation("?") }
    }

    /// With the paragraphs' tokens already made (the entity recogniser uses the same).
    static func extract(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Paragraph], tokens: [[TextToken]]) -> [Quote] {
        // Nothing after the last paragraph with quotation marks can make a quotation: the work for
        // speakers (subjects, pronouns, frames) stops there, and an article without marks skips it.
        guard let lastWithMarks = tokens.lastIndex(where: { $0.contains { $0.kind == .quoteMark } }) else { return [] }
        let analysed = tokens[...lastWithMarks].map { ParagraphQuotes(tokens: $0) }
        // Names are learnt from the whole article: a full name given late still resolves a surname.
        var resolver = SpeakerResolver()
        for p in tokens { resolver.learnNames(p) }

        var quotes: [Quote] = []
        // For each quotation: its paragraph, whether it is left open, opens its paragraph, has an attribution of its own.
        var placed: [(paragraph: Int, unclosed: Bool, opensParagraph: Bool, ownAttribution: Bool)] = []
        var lastSpeaker: (SpeakerResolver.Resolved?, String?, String?)? = nil  // speaker, as written, verb
        var previousParagraphOpen = false
        // The paragraph two back ended inside a quotation and the one before has no quotation marks.
        var openThenPlain = false
        var lastQuoteParagraph = -10
        // Every paragraph since the last quotation's is a question with no quotation.
        var onlyQuestionsSinceQuote = false
        var events: [Event] = []  // one array for every paragraph
        // The maker of the last document the article named one for ("The study was conducted by X").
        var documentAuthor: [String]? = nil
        // The last document an earlier paragraph gave an author: its word and the author.
        var carriedAuthor: (noun: String, words: [String])? = nil
        // The one the last question was put to, as written, and the paragraph of the question ("a reporter
        // asked Montoya-Lewis, "…?"": her reply is hers).
        var askedLast: (words: [String], paragraph: Int)? = nil
        // The paragraph before has no quotation marks and its last sentence reports speech: the subject of
        // its last verb of speech, and the verb.
        var reportedBefore: (words: [String], verb: String)? = nil
        // Paragraphs an interview's label opened so far: from the second, a turn goes on in the
        // unlabelled paragraphs after its label.
        var turns = 0
        for (pi, pq) in analysed.enumerated() {
            resolver.paragraph = pi
            if Self.isEntryStamp(pq.tokens) {
                resolver.startEntry()
                lastSpeaker = nil
            }
            if let label = Self.turnLabel(pq) {
                turns += 1
                resolver.turn = pq.tokens[label].map(\.text)
            } else if turns < 2 {
                resolver.turn = nil
            }
            let attributor = Attributor(tokens: pq.tokens, quoted: pq.quoted)
            let paragraph = paragraphs[pi]
            // Speech events outside quotations, in order, for pronouns: "Earlier Lavrov said …".
            // (The words are token ranges: their strings are made only where a speaker is resolved.)
            events.removeAll(keepingCapacity: true)
            var authors: [(position: Int, words: [String])] = []
            for frame in pq.frames {
                for d in frame where pq.tokens[d].isIn(.documents) {
                    if let a = attributor.author(ofDocument: d, frame: frame) { authors.append((d, pq.tokens[a].map(\.text))) }
                }
                if let s = attributor.clauseSubject(frame), !Self.isLabel(s, frame: frame, pq) {
                    // ("Bloomberg now denies it, but he also has admitted …": the first clause's subject too,
                    // when the one found is a later clause's pronoun.)
                    if s.count == 1, pq.tokens[s.lowerBound].isIn(.subjectPronouns), s.lowerBound - 1 > frame.lowerBound,
                       pq.tokens[s.lowerBound - 1].kind == .word, pq.tokens[s.lowerBound - 1].isIn(.clauseBreaks),
                       let first = attributor.clauseSubject(frame.lowerBound..<(s.lowerBound - 1)), first.upperBound < s.lowerBound,
                       !pq.tokens[first].contains(where: { $0.isIn(.pronouns) }) {
                        events.append(Event(position: first.lowerBound, words: first, speech: false))
                    }
                    // ("In Hajjaj’s case, she decided to stay": a person's possessive in the phrase that opens the
                    // sentence, right before the comma and the pronoun that is its subject, is who the pronoun is.)
                    if s.count == 1, pq.tokens[s.lowerBound].isIn(.subjectPronouns), s.lowerBound - 2 > frame.lowerBound,
                       pq.tokens[s.lowerBound - 1].isPunctuation(","), pq.tokens[frame.lowerBound].isIn(.prepositions),
                       let owner = (frame.lowerBound + 1..<(s.lowerBound - 1)).first(where: { pq.tokens[$0].isPossessive && pq.tokens[$0].isCapitalized && !pq.quoted[$0] }),
                       !(frame.lowerBound + 1..<owner).contains(where: { pq.tokens[$0].isCapitalized }) {
                        events.append(Event(position: owner, words: owner..<(owner + 1), speech: false))
                    }
                    events.append(Event(position: s.lowerBound, words: s, speech: false, role: Self.appositiveTitle(of: s, in: frame, pq.tokens)))
                }
                // "Tesla is recalling 2 million cars, the National Highway Traffic Safety Administration said Wednesday.":
                // who reports the sentence, after its last comma, is an antecedent too (for "the agency" later), and
                // the later one.
                if let teller = attributor.tellerAtEnd(frame) { events.append(Event(position: teller.lowerBound, words: teller, speech: false)) }
                // Names that are not the object of a preposition are antecedents too.
                var i = frame.lowerBound
                while i < frame.upperBound {
                    guard pq.tokens[i].isCapitalized, !pq.quoted[i] else { i += 1; continue }
                    var j = i
                    while j < frame.upperBound, pq.tokens[j].isCapitalized || SpeakerResolver.isParticle(pq.tokens[j]) { j += 1 }
                    // "Afterwards Penny tells": a word that starts sentences is no part of the name.
                    while i < j - 1, Lexicon.sentenceAdverbs.contains(lowercasing: pq.tokens[i]) { i += 1 }
                    var p = i - 1
                    while p >= frame.lowerBound, pq.tokens[p].kind == .word, !pq.tokens[p].isCapitalized, pq.tokens[p].isIn(.roleWords) { p -= 1 }
                    // …and that act: a lower-case word follows that is no preposition or connective ("Emma Caufield
                    // talked"), also past a place or body named with "of" ("Crown Prince Mohammad bin Salman of
                    // Saudi Arabia accepted").
                    var after = j
                    if after + 1 < frame.upperBound, pq.tokens[after].isWord("of"), pq.tokens[after + 1].isCapitalized, !pq.quoted[after + 1] {
                        after += 1
                        while after < frame.upperBound, pq.tokens[after].isCapitalized, !pq.quoted[after] { after += 1 }
                    }
                    // (And past a description in apposition to a full name: "Her colleague Tunde Bakare, an
                    // epidemiologist, is blunter".)
                    if after == j, j - i >= 2, j + 3 < frame.upperBound, pq.tokens[j].isPunctuation(","), !pq.quoted[j + 1],
                       pq.tokens[j + 1].isWord("a") || pq.tokens[j + 1].isWord("an") || pq.tokens[j + 1].isWord("the"),
                       let close = (j + 2..<min(frame.upperBound, j + 10)).first(where: { pq.tokens[$0].kind != .word || pq.quoted[$0] }),
                       pq.tokens[close].isPunctuation(","), !pq.quoted[close], close > j + 2 {
                        after = close + 1
                    }
                    // (Not an owner before its noun: "Editor's note:".)
                    let acts = !pq.tokens[j - 1].isPossessive && after < frame.upperBound && pq.tokens[after].kind == .word && !pq.tokens[after].isCapitalized
                        && !pq.tokens[after].isIn(.prepositions) && !pq.tokens[after].isIn(.clauseBreaks)
                        && !pq.tokens[after].isIn(.determiners)
                    // ("revealed that Crown Prince … accepted": "that" opens a clause here, it determines nothing.)
                    let governed = p >= frame.lowerBound && pq.tokens[p].kind == .word
                        && (pq.tokens[p].isIn(.prepositions) || pq.tokens[p].isIn(.determiners) && !pq.tokens[p].isWord("that"))
                    // A name with an age in apposition is a person's, of one word too: "Among those waiting
                    // was Yolanda, 29, from Venezuela".
                    let aged = j + 2 < frame.upperBound && pq.tokens[j].isPunctuation(",") && pq.tokens[j + 2].isPunctuation(",")
                        && pq.tokens[j + 1].kind == .word && (1...3).contains(pq.tokens[j + 1].bytes.count)
                        && pq.tokens[j + 1].bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                    // So is one after an age: "one of the women to flee was 25-year-old Nesma Hajjaj".
                    let agedBefore = i > frame.lowerBound && pq.tokens[i - 1].kind == .word && pq.tokens[i - 1].lowerHasSuffix("-year-old")
                    // And a full name after "was" or "were" in a sentence that opens with a preposition, the
                    // subject after its verb: "Among them was Fiona Walsh, a nurse from Dublin", "At the front
                    // were Anna Berg and …".
                    let invertedSubject = j - i >= 2 && i - 1 > frame.lowerBound && pq.tokens[frame.lowerBound].isIn(.prepositions)
                        && (pq.tokens[i - 1].isWord("was") || pq.tokens[i - 1].isWord("were")) && !pq.quoted[i - 1]
                    // And a name in apposition to the subject, before the verb: "Her neighbour, retired teacher
                    // Dennis Cole, agreed" (up to three small words between the comma and the name).
                    var appositive = false
                    if j - i >= 2, j + 1 < frame.upperBound, pq.tokens[j].isPunctuation(","), pq.tokens[j + 1].kind == .word,
                       !pq.tokens[j + 1].isCapitalized, !pq.quoted[j + 1], !pq.tokens[j + 1].isIn(.prepositions), !pq.tokens[j + 1].isIn(.clauseBreaks),
                       !pq.tokens[j + 1].isIn(.determiners), !pq.tokens[j + 1].isIn(.pronouns) {
                        var c = i - 1
                        while c > frame.lowerBound, i - c <= 3, pq.tokens[c].kind == .word, !pq.tokens[c].isCapitalized, !pq.quoted[c],
                              !pq.tokens[c].isIn(.determiners), !pq.tokens[c].isIn(.prepositions), !pq.tokens[c].isIn(.clauseBreaks) { c -= 1 }
                        appositive = c > frame.lowerBound && pq.tokens[c].isPunctuation(",")
                            // (Not an owner's thing: "Her latest, Nadiya's Everyday Baking, is out" names a book.)
                            && !pq.tokens[i..<j].contains(where: \.isPossessive)
                            // (Nor one in apposition to an object: "Hannah Greaves said she had written to the health
                            // secretary, Wes Streeting, asking him to visit" — a verb stands between the comma before it and
                            // the one before that, or the sentence's start.)
                            && !SentenceTagger.holdsVerb(pq.tokens, ((frame.lowerBound..<c).last(where: { pq.tokens[$0].isPunctuation(",") }).map { $0 + 1 } ?? frame.lowerBound)..<c)
                    }
                    // And a full name that "who" follows after a comma, a person's: "NASA astronaut Jasmin Moghbeli, who
                    // commanded the mission, was the first out".
                    // (Not an institution's: "the Free Software Foundation, who".)
                    let relative = j - i >= 2 && j + 1 < frame.upperBound && pq.tokens[j].isPunctuation(",") && pq.tokens[j + 1].isWord("who") && !pq.quoted[j + 1]
                        && !pq.tokens[i..<j].contains(where: { $0.isIn(.organisationWords) }) && Gazetteer.shared.match(pq.tokens, at: i) == nil
                    if aged || agedBefore || appositive || invertedSubject || relative, i > frame.lowerBound, !pq.tokens[i..<j].contains(where: { $0.isIn(.pronouns) || $0.isIn(.determiners) }) {
                        events.append(Event(position: i, words: i..<j, speech: false, person: true))
                    } else if j - i >= 2 || j - i == 1 && !pq.tokens[i].isGivenName && Self.possessiveAfter(i..<j, pq.tokens) != nil,
                              i > frame.lowerBound, acts, !governed {
                        // (A surname alone, when its own "his" or "her" follows: "that Thatcher occasionally pulled her
                        // punches"; not a given name, "Kate gave her flowers", whose "her" is someone else.)
                        events.append(Event(position: i, words: i..<j, speech: false))
                    }
                    i = after > j ? after : j
                }
                // The agent of a verb in the passive is an antecedent too: "It will be chaired by Kate Dalmeny
                // … She said" (a name with a given name or an honorific, or described: `passiveAgent`).
                for v in frame where v > frame.lowerBound && pq.tokens[v].isWord("by") && !pq.quoted[v] {
                    let verb = v - 1
                    guard pq.tokens[verb].kind == .word, !pq.quoted[verb], attributor.isPassive(verb),
                          let np = attributor.passiveAgent(after: verb, frame: frame, inPassive: true) else { continue }
                    events.append(Event(position: v + 1, words: np, speech: false, person: true))
                }
                // The source "according to" names is an antecedent too, as a subject is: "According to the Bureau of
                // Reclamation, Lake Mead stood at 34 percent. The agency said …" (an institution for "the agency",
                // a person for "he").
                for k in frame where k + 2 < frame.upperBound && pq.tokens[k].isWord("according") && pq.tokens[k + 1].isWord("to") && !pq.quoted[k] {
                    guard let np = attributor.documentMaker(after: k + 2, frame: frame) ?? attributor.nounPhraseAfter(k + 2, frame: frame),
                          !np.contains(where: { pq.quoted[$0] }) else { continue }
                    events.append(Event(position: np.lowerBound, words: np, speech: false))
                    // ("according to its director, Dr Fiorella Paladino.": a full name in apposition after a title in small
                    // letters, closing the sentence, is who the source is — for "she" later.)
                    if np.upperBound + 2 < frame.upperBound, pq.tokens[np.upperBound].isPunctuation(","), pq.tokens[np.upperBound - 1].kind == .word,
                       !pq.tokens[np.upperBound - 1].isCapitalized, pq.tokens[np.upperBound - 1].isIn(.roleWords) || Lexicon.personNouns.contains(lowercasing: pq.tokens[np.upperBound - 1]),
                       case let n = np.upperBound + 1, pq.tokens[n].isCapitalized, !pq.quoted[n] {
                        let e = attributor.nameEnd(from: n, frame: frame)
                        if e - n >= 2, e == frame.upperBound || pq.tokens[e].kind == .punctuation && !pq.tokens[e].isPunctuation(","),
                           !pq.tokens[n..<e].contains(where: { $0.isIn(.organisationWords) }) {
                            events.append(Event(position: n, words: n..<e, speech: false, person: true))
                        }
                    }
                }
                // (Not an infinitive: "use Fat Actress to comment on …" says nothing yet.)
                for v in frame where attributor.isSpeechVerb(v) && !pq.tokens[v].lowerHasSuffix("ing") && !(v > frame.lowerBound && pq.tokens[v - 1].isWord("to")) {
                    // Inverted after a comma: "…, says certified nutritionist Anju Mobin." names who speaks.
                    // (Not after a verb whose object is the one spoken to: ", told Variety:".)
                    if let np = attributor.invertedSpeaker(after: v, frame: frame) {
                        events.append(Event(position: v, words: np, speech: true))
                    } else if let np = attributor.passiveAgent(after: v, frame: frame) {
                        // "…, as noted by registered dietitian Trista Best. "…," she told The List."
                        events.append(Event(position: v, words: np, speech: true))
                    } else if !attributor.isPassive(v), let s = attributor.subject(before: v, lowerBound: frame.lowerBound) {
                        // (Not a verb in the passive: "what is called macroprudential regulation", "she was
                        // told" — its subject is what is named or who is spoken to, and no one speaks.)
                        events.append(Event(position: v, words: s, speech: true))
                    }
                }
            }
            events.sort { $0.position < $1.position }
            var found: [(span: QuoteSpan, attribution: Attribution?, frame: Range<Int>)] = []
            for span in pq.spans {
                let content = pq.content(span)
                guard !content.isEmpty else { continue }
                let frame = pq.frames[pq.frameOf[span.open]]
                if QuoteFilter.isNameOrTitle(span, pq) { continue }
                let frameIndex = pq.frameOf[span.open]
                let next = frameIndex + 1 < pq.frames.count ? pq.frames[frameIndex + 1] : nil
                let attribution = attributor.attribute(span, frame: frame, next: next)
                if attribution == nil, QuoteFilter.isScareQuote(span, pq, frame: frame) { continue }
                found.append((span, attribution, frame))
            }
            // Resolve in document order, interleaving speech events so pronouns find their antecedents.
            var eventIndex = 0
            var resolvedInParagraph: [(Int, SpeakerResolver.Resolved?, String?, String?)] = []
            for item in found {
                let position = item.attribution.map { min($0.speaker.lowerBound, item.span.open) } ?? item.span.open
                while eventIndex < events.count, events[eventIndex].position < position {
                    apply(events[eventIndex], pq.tokens, to: &resolver)
                    eventIndex += 1
                }
                var speaker: SpeakerResolver.Resolved? = nil
                var asWritten: String? = nil
                var verb: String? = nil
                var rule: AttributionRule? = nil
                // A document that speaks without a named owner ("The letter reads: "…"") names no
                // speaker: the quotation is attributed as one without a frame of its own.
                // ("It read, "…"": a document, after one was named.)
                let anonymousDocument = item.attribution.map { Self.isAnonymousDocument($0.speaker, pq.tokens)
                    || $0.speaker.count == 1 && pq.tokens[$0.speaker.lowerBound].lower == "it" && ($0.verb == "read" || $0.verb == "reads") } ?? false
                let ownAuthor = authors.last(where: { $0.position < item.span.open })
                if let ownAuthor { documentAuthor = ownAuthor.words }
                let carried = item.attribution.flatMap { a in carriedAuthor.flatMap { c in
                    anonymousDocument && ownAuthor == nil && pq.tokens[a.speaker.upperBound - 1].lower == c.noun ? c.words : nil } }
                if let a = item.attribution, anonymousDocument, let author = carried ?? documentAuthor, let r = resolver.resolve(author) {
                    (speaker, asWritten, verb, rule) = (r, author.joinedBySpaces(), a.verb, .earlierDocument)
                } else if let a = item.attribution, !anonymousDocument {
                    let words = pq.tokens[a.speaker].map(\.text)
                    asWritten = Self.asWritten(pq.tokens[a.speaker])
                    speaker = Self.pronounInContext(a, pq, askedLast: askedLast.flatMap { $0.paragraph + 1 >= pi ? $0.words : nil }, &resolver)
                        ?? resolver.resolve(words)
                    verb = a.verb
                    rule = a.rule
                } else {
                    // Without an attribution of its own: the fallback rules, in order (Fallbacks/).
                    let context = FallbackContext(item: item, pq: pq, found: found, resolvedInParagraph: resolvedInParagraph, events: events,
                                                  lastSpeaker: lastSpeaker, lastQuoteParagraph: lastQuoteParagraph, paragraph: pi,
                                                  previousParagraphOpen: previousParagraphOpen, openThenPlain: openThenPlain && lastQuoteParagraph == pi - 2,
                                                  documentAuthor: documentAuthor,
                                                  onlyQuestionsSinceQuote: onlyQuestionsSinceQuote && lastQuoteParagraph >= 0 && lastQuoteParagraph < pi - 1,
                                                  reportedBefore: reportedBefore)
                    if let (answer, fallback) = FallbackRules.attribute(context, &resolver) {
                        (speaker, asWritten, verb, rule) = (answer.speaker, answer.asWritten, answer.verb, fallback)
                    }
                }
                if let s = speaker { resolver.remember(s) }
                // ("a reporter asked Montoya-Lewis, "…?"": whom the question was put to.)
                askedLast = nil
                if let a = item.attribution, Self.askingVerbs.contains(a.verb), a.speaker.upperBound < item.span.open,
                   let v = (a.speaker.upperBound..<item.span.open).first(where: { pq.tokens[$0].lower == a.verb && !pq.quoted[$0] }),
                   let object = attributor.nounPhraseAfter(v + 1, frame: item.frame, limit: item.span.open),
                   pq.tokens[object].contains(where: { $0.isCapitalized }) {
                    askedLast = (pq.tokens[object].map(\.text), pi)
                }
                resolvedInParagraph.append((item.span.open, speaker, asWritten, verb))
                lastSpeaker = (speaker, asWritten, verb)
                lastQuoteParagraph = pi
                let range = contentRange(item.span, pq, paragraph, b)
                quotes.append(Quote(
                    section: paragraph.section, paragraph: paragraph.index, range: range,
                    speaker: speaker?.speaker, speakerAsWritten: asWritten, role: speaker?.role, verb: verb,
                    rule: speaker == nil ? nil : rule?.rawValue,
                    kind: QuoteFilter.kind(item.span, pq, attribution: item.attribution, frame: item.frame)))
                placed.append((pi, item.span.close == nil, item.span.open == 0, item.attribution != nil))
            }
            while eventIndex < events.count {
                apply(events[eventIndex], pq.tokens, to: &resolver)
                eventIndex += 1
            }
            // The last document a paragraph gave an author is what "the statement said" means in a later one, when
            // it is the same kind of document ("Acme said in a statement …. ¶ "…," the statement said"; not a
            // letter after a notice).
            if let last = authors.last { carriedAuthor = (pq.tokens[last.position].lower, last.words) }
            reportedBefore = nil
            if pq.spans.isEmpty, !pq.tokens.contains(where: { $0.kind == .quoteMark }), let lastFrame = pq.frames.indices.last,
               let e = events.last(where: { $0.speech && pq.frameOf[$0.position] == lastFrame }), !e.words.isEmpty {
                reportedBefore = (e.text(pq.tokens), pq.tokens[e.position].lower)
            }
            openThenPlain = previousParagraphOpen && pq.spans.isEmpty
            previousParagraphOpen = pq.spans.last.map { $0.close == nil } ?? false
            // An interview's questions between answers ("What is the hardest part?"): the next answer
            // goes on with the one who answered last.
            if lastQuoteParagraph == pi {
                onlyQuestionsSinceQuote = true
            } else if !(pq.spans.isEmpty && pq.tokens.last?.isPunctuation("?") == true) {
                onlyQuestionsSinceQuote = false
            }
        }
        // A quotation left open at its paragraph's end, with no speaker, goes on in the next paragraph
        // (`"The situation is dire. … ¶ "Every day we wait, more people die," said Dr. Ahmed Khan`): the
        // speaker the next one names in its own sentence is its speaker.
        for k in quotes.indices.dropLast() where quotes[k].speaker == nil && placed[k].unclosed {
            let next = placed[k + 1]
            guard next.paragraph == placed[k].paragraph + 1, next.opensParagraph, next.ownAttribution, quotes[k + 1].speaker != nil else { continue }
            (quotes[k].speaker, quotes[k].speakerAsWritten, quotes[k].role, quotes[k].verb) =
                (quotes[k + 1].speaker, quotes[k + 1].speakerAsWritten, quotes[k + 1].role, quotes[k + 1].verb)
            quotes[k].rule = AttributionRule.nextParagraph.rawValue
        }
        // The lede's description, named in the paragraph after it: `The chief executive of Barclays warned … "a
        // difficult year" ¶ C.S. Venkatakrishnan, known inside the bank as Venkat, told analysts …` (news describes in
        // its first paragraph whom it names in its second). A quotation of the first paragraph whose speaker is one
        // person described with "the" or a possessive is the full name that opens the second paragraph, when the
        // first does not write that name.
        if tokens.count >= 2, let named = Self.nameOpening(tokens[1], notIn: tokens[0]) {
            let name = resolver.canonicalName(named)
            for k in quotes.indices where placed[k].paragraph == 0 {
                guard let speaker = quotes[k].speaker, let written = quotes[k].speakerAsWritten, Self.describesOnePerson(speaker, written: written) else { continue }
                (quotes[k].speaker, quotes[k].role) = (name, speaker)
                quotes[k].rule = AttributionRule.namedNext.rawValue
            }
        }
        return quotes
    }

    /// A description of one person as written with "the" or a possessive ("The chief executive of Barclays", "his
    /// lawyer", "its founder"), resolved to its words in small letters ("chief executive"): a title's or a person's
    /// noun last.
    static func describesOnePerson(_ speaker: String, written: String) -> Bool {
        guard let first = speaker.unicodeScalars.first, first.properties.isLowercase,
              let opener = written.spaceSeparated().first.map({ SpeakerResolver.lowercase(String($0)) }),
              opener == "the" || SpeakerResolver.possessives[opener] != nil,
              let head = speaker.spaceSeparated().last.map({ SpeakerResolver.lowercase(String($0)) }) else { return false }
        return Lexicon.roleWords.contains(lowercasing: head) || Lexicon.personNouns.contains(lowercasing: head) || Lexicon.occupations.contains(head)
    }

    /// The full name of a person that opens a paragraph as its subject ("C.S. Venkatakrishnan, known …", "Mick Lynch,
    /// general secretary of the RMT, told"), when the paragraph `before` does not write its last word: its words.
    static func nameOpening(_ p: [TextToken], notIn before: [TextToken]) -> [String]? {
        var end = 0
        while end < p.count, p[end].kind == .word && p[end].isCapitalized || end > 0 && EntityRecognizer.isHonorificDot(p, end) { end += 1 }
        guard end >= 2, end < p.count, p[end].isPunctuation(",") || p[end].kind == .word && !p[end].isCapitalized else { return nil }
        // (After titles: "Commissioner Denise Harlow told a news conference …".)
        let words = Array(p[..<end].filter { $0.kind == .word }.drop { $0.isIn(.roleWords) || Lexicon.honorifics.contains(lowercasing: $0) })
        guard words.count >= 2, words.count <= 4, words[0].isGivenName || SpeakerResolver.isDottedInitials(words[0].text),
              SpeakerResolver.isLearnableName(words[...]), let last = words.last,
              !before.contains(where: { $0.kind == .word && $0.lower == last.lower }) else { return nil }
        return words.map(\.text)
    }

    /// A label before a colon and more of the writer's words, not a sentence's subject: "Editor's note:
    /// The quotes …" (up to two small words after the phrase, then the colon, then a word).
    static func isLabel(_ s: Range<Int>, frame: Range<Int>, _ pq: ParagraphQuotes) -> Bool {
        var k = s.upperBound
        while k < frame.upperBound, k - s.upperBound < 2, pq.tokens[k].kind == .word, !pq.quoted[k] { k += 1 }
        return k + 1 < frame.upperBound && pq.tokens[k].isPunctuation(":") && pq.tokens[k + 1].kind == .word && !pq.quoted[k + 1]
    }

    /// A pronoun speaker its context names (nil: resolved as usual): in a turn an interview's label opens,
    /// "I" and "we" are the label's ("The Economist: … (and I stress "equality")") and "you" the other one's;
    /// "he" or "she" replying ("…," she replied) is the one the question was put to (`asked`, as written).
    static func pronounInContext(_ a: Attribution, _ pq: ParagraphQuotes, askedLast asked: [String]?, _ resolver: inout SpeakerResolver) -> SpeakerResolver.Resolved? {
        guard a.speaker.count == 1 else { return nil }
        let pronoun = pq.tokens[a.speaker.lowerBound].lower
        switch pronoun {
        case "i", "we":
            guard let label = turnLabel(pq) else { return nil }
            return resolver.resolve(pq.tokens[label].map(\.text))
        case "you":
            guard let label = turnLabel(pq) else { return nil }
            let named = Set(pq.tokens[label].map(\.lower))
            return resolver.history.last { $0.isPerson && !named.contains(SpeakerResolver.lowercase(String($0.speaker.spaceSeparated().last ?? ""))) }
        case "he", "she":
            guard replyVerbs.contains(a.verb), let asked, let r = resolver.resolve(asked), r.isPerson,
                  GenderCues.gender(of: r.speaker, role: r.role) != (pronoun == "he" ? .female : .male) else { return nil }
            return r
        default:
            return nil
        }
    }

    /// The name that opens a paragraph as an interview's turn: "Thomas Malone: A supermind is …", "The
    /// Economist: You say …" (capitalised words, up to five, then a colon, outside quotations); nil for a
    /// bare "Q:" or "A:", which name no one.
    static func turnLabel(_ pq: ParagraphQuotes) -> Range<Int>? {
        // (A wiki's label: "((Zara Kay)) I was eight …".)
        if pq.tokens.count > 5, pq.tokens[0].isPunctuation("("), pq.tokens[1].isPunctuation("("),
           let close = pq.tokens.prefix(9).indices.dropFirst(2).first(where: { pq.tokens[$0].isPunctuation(")") }),
           close > 2, close + 1 < pq.tokens.count, pq.tokens[close + 1].isPunctuation(")"),
           (2..<close).allSatisfy({ pq.tokens[$0].kind == .word && !pq.quoted[$0] && (pq.tokens[$0].isCapitalized || SpeakerResolver.isParticle(pq.tokens[$0])) }) {
            return 2..<close
        }
        guard let colon = pq.tokens.prefix(7).firstIndex(where: { $0.isPunctuation(":") }), colon >= 1,
              (0..<colon).allSatisfy({ pq.tokens[$0].kind == .word && !pq.quoted[$0] && (pq.tokens[$0].isCapitalized || SpeakerResolver.isParticle(pq.tokens[$0])) }),
              colon > 1 || pq.tokens[0].characterCount > 2 else { return nil }
        return 0..<colon
    }

    /// A document that speaks without a named owner ("The letter reads: "…"", "the report"): no speaker
    /// of its own.
    static func isAnonymousDocument(_ words: Range<Int>, _ tokens: [TextToken]) -> Bool {
        guard !words.isEmpty else { return false }
        let head = tokens[words.upperBound - 1]
        return words.count <= 3 && head.isIn(.documents) && !head.isIn(.roleWords)
            && !tokens[words.dropLast()].contains {
                $0.hasApostrophe || $0.isCapitalized && !$0.isIn(.determiners) || $0.isIn(.organisationWords) || $0.isIn(.roleWords)
            }
    }

    /// A subject or speaker noted outside quotations: its first token, its words, whether it speaks.
    struct Event {
        var position: Int
        var words: Range<Int>
        var speech: Bool
        /// A title in apposition to the subject ("The mayor, Eric Adams, visited"; "Eric Adams, the mayor,
        /// visited"): the role of the name, for "the mayor said" later.
        var role: Range<Int>? = nil
        /// Known to be a person by the sentence ("Yolanda, 29,"), whatever the name.
        var person = false

        func text(_ tokens: [TextToken]) -> [String] { tokens[words].map(\.text) }
    }

    /// A speaker as the text writes it: tokens joined by a space, but a mark that touches the word before
    /// it stays there ("Mr. Clyburn", not "Mr . Clyburn").
    static func asWritten(_ tokens: ArraySlice<TextToken>) -> String {
        var out = ""
        for k in tokens.indices {
            if k > tokens.startIndex, !(tokens[k].kind == .punctuation && tokens[k].start == tokens[k - 1].end) { out += " " }
            out += tokens[k].text
        }
        return out
    }

    /// The title in apposition to a subject: before it and a comma from the frame's start ("The mayor,
    /// Eric Adams"), or after it between commas ("Eric Adams, the mayor,"): a few words, the last a title.
    static func appositiveTitle(of s: Range<Int>, in frame: Range<Int>, _ tokens: [TextToken]) -> Range<Int>? {
        func title(_ r: Range<Int>) -> Range<Int>? {
            var lo = r.lowerBound
            while lo < r.upperBound, tokens[lo].isIn(.determiners) { lo += 1 }
            // "The Director of the Pan American Health Organization, Dr Carissa F. Etienne,": a title of a
            // body named after "of".
            if let of = (lo..<r.upperBound).first(where: { tokens[$0].isWord("of") }), of > lo, of - lo <= 4, r.upperBound - of <= 8,
               tokens[of - 1].isIn(.roleWords), title(lo..<of) != nil,
               (of + 1..<r.upperBound).allSatisfy({ tokens[$0].kind == .word && (tokens[$0].isCapitalized || tokens[$0].isIn(.determiners) || tokens[$0].isIn(.connectors)) }) {
                return lo..<r.upperBound
            }
            guard lo < r.upperBound, r.upperBound - lo <= 4,
                  tokens[r.upperBound - 1].isIn(.roleWords) || SpeakerResolver.kin.contains(tokens[r.upperBound - 1].lower),
                  tokens[lo..<r.upperBound].allSatisfy({ $0.kind == .word && ($0.isIn(.roleWords) || !$0.isCapitalized || $0.isIn(.organisationWords)) })
            else { return nil }
            return lo..<r.upperBound
        }
        if s.lowerBound - 1 > frame.lowerBound, tokens[s.lowerBound - 1].isPunctuation(",") {
            return title(frame.lowerBound..<(s.lowerBound - 1))
        }
        if s.upperBound < frame.upperBound, tokens[s.upperBound].isPunctuation(","),
           let close = (s.upperBound + 1..<frame.upperBound).first(where: { tokens[$0].isPunctuation(",") }) {
            return title((s.upperBound + 1)..<close)
        }
        return nil
    }

    static func apply(_ event: Event, _ tokens: [TextToken], to resolver: inout SpeakerResolver) {
        let words = tokens[event.words]
        if let role = event.role { resolver.learnAppositive(role: tokens[role].map(\.text), name: words.map(\.text)) }
        if words.count == 1 && words.first!.isIn(.pronouns) {
            if event.speech { _ = resolver.resolve(event.text(tokens)) }
            return
        }
        if event.person {
            resolver.notePerson(words)
        } else if event.speech {
            _ = resolver.resolve(event.text(tokens))
            if itAfter(event.words, tokens) { _ = resolver.noteBody(words) }
        } else {
            resolver.noteSubject(words, possessive: possessiveAfter(event.words, tokens), thing: itAfter(event.words, tokens))
        }
    }

    /// "Flixwave will raise its prices", "Thames Water said it accepted the findings": "its" among the three words
    /// after a subject, before any punctuation, or "it" right after its verb of speech — a cue that the subject is a
    /// thing or a body, no person. ("It" after "said" is a person's clause's too, "Smith said it was raining": the
    /// resolver takes it only of a name no person's.)
    static func itAfter(_ subject: Range<Int>, _ tokens: [TextToken]) -> Bool {
        var k = subject.upperBound
        if k + 1 < tokens.count, tokens[k].kind == .word, tokens[k].isIn(.speechVerbs), tokens[k + 1].isWord("it") { return true }
        while k < tokens.count, k < subject.upperBound + 4, tokens[k].kind == .word, !tokens[k].isCapitalized {
            if tokens[k].isIn(.prepositions) { return false }
            if tokens[k].isWord("its") { return true }
            k += 1
        }
        return false
    }

    /// "Thatcher occasionally pulled her punches": "his" or "her" among the three words after a subject, before any
    /// punctuation, as a verb's object — the subject's own, a cue that it is a man or a woman. (Not after a
    /// preposition: "Early in his career" opens a sentence.)
    static func possessiveAfter(_ subject: Range<Int>, _ tokens: [TextToken]) -> GenderCues.Gender? {
        var k = subject.upperBound + 1
        while k < tokens.count, k <= subject.upperBound + 3, tokens[k].kind == .word, tokens[k - 1].kind == .word {
            if tokens[k - 1].isIn(.prepositions) { return nil }
            if tokens[k].isWord("her") { return .female }
            if tokens[k].isWord("his") { return .male }
            k += 1
        }
        return nil
    }

    /// The attribution of the nearest attributed quotation in the same paragraph.
    static func nearestAttributed(_ span: QuoteSpan, in found: [(span: QuoteSpan, attribution: Attribution?, frame: Range<Int>)],
                                  pq: ParagraphQuotes) -> Attribution? {
        found.filter { $0.attribution != nil && $0.span.open != span.open }
            .min { abs($0.span.open - span.open) < abs($1.span.open - span.open) }?.attribution
    }

    static func contentRange(_ span: QuoteSpan, _ pq: ParagraphQuotes, _ p: Paragraph, _ b: UnsafeBufferPointer<UInt8>) -> TextRange {
        let start = pq.tokens[span.open].end
        let end = span.close.map { pq.tokens[$0].start } ?? p.range.end
        let r = TextBlocks.trimmedRange(b, start, end)
        return TextRange(r.lowerBound, r.upperBound)
    }
}

/// What is not a quotation, and what kind one is.
enum QuoteFilter {
    static let reportingCues = WordLists.set(.reportingCues)
    static let abbreviations = WordLists.set(.abbreviations)
    static let smallWords = WordLists.set(.smallWords)
    /// "the word "pandemic"", "the hashtag "…"": a word named, not said.
    static let mentionCues = WordLists.set(.mentionCues)
    static let namingCues = WordLists.set(.namingCues)
    static let workNouns = WordLists.set("QuoteFilter.workNouns")

    static func words(_ span: QuoteSpan, _ pq: ParagraphQuotes) -> [TextToken] {
        let content = pq.content(span)
        var ws: [TextToken] = []
        ws.reserveCapacity(content.count)  // one allocation, not one per doubling
        for k in content where pq.tokens[k].kind == .word { ws.append(pq.tokens[k]) }
        return ws
    }

    /// Titles of works, names and nicknames: short, every main word capitalised, no sentence inside.
    static func isNameOrTitle(_ span: QuoteSpan, _ pq: ParagraphQuotes) -> Bool {
        let ws = words(span, pq)
        guard let close = span.close, !ws.isEmpty, ws.count <= 8 else { return false }
        // `"Stop," he said`: a comma inside the marks and a verb of speech just after are spoken words,
        // not a title ("Doris Day," "Day after Day," and other songs). (After a work's noun in title case it
        // is the work's title: `author of the 2017 article "The Case for Colonialism," argued`.)
        let afterWorkNoun = span.open > 0 && pq.tokens[span.open - 1].isIn(.namingCues) && !pq.tokens[span.open - 1].isWord("as")
            && ws.allSatisfy { $0.isCapitalized || $0.isIn(.smallWords) || $0.text.first!.isNumber }
        if !afterWorkNoun, close > span.open + 1, pq.tokens[close - 1].isPunctuation(","),
           pq.tokens[(close + 1)..<min(pq.tokens.count, close + 5)].contains(where: { $0.kind == .word && !$0.isCapitalized && $0.isIn(.speechVerbs) }) {
            return false
        }
        if span.open > 0, ws.count <= 4, pq.tokens[span.open - 1].isIn(.mentionCues) { return true }
        let content = pq.content(span)
        for k in content where pq.tokens[k].kind == .punctuation && [".", "!", "?", ":"].contains(pq.tokens[k].mark) {
            let afterAbbreviation = pq.tokens[k].mark == "." && k > content.lowerBound && pq.tokens[k - 1].isIn(.abbreviations)
            // "Underappreciated Sports Anime/Manga.": a final period after capitalised words only; one word so
            // after a word of the sentence, the title that ends it (`should have gone to comedy "Fleabag."`).
            let finalPeriod = pq.tokens[k].mark == "." && k == content.upperBound - 1
                && (ws.count >= 2 || span.open > 0 && pq.tokens[span.open - 1].kind == .word)
                && ws.allSatisfy { $0.isCapitalized || $0.isIn(.smallWords) }
            // (A title's own question or exclamation mark after a naming cue: `a chapter titled "Who Needs Gerry
            // Ford?,"`, `an essay titled "Why We Fight?"`.)
            let titleMark = afterWorkNoun && (pq.tokens[k].mark == "?" || pq.tokens[k].mark == "!")
                && ((k + 1)..<content.upperBound).allSatisfy { pq.tokens[$0].kind == .punctuation }
            if !afterAbbreviation && !finalPeriod && !titleMark { return false }
        }
        let main = ws.filter { !$0.isIn(.smallWords) }
        let titleCase = !main.isEmpty && main.allSatisfy { $0.isCapitalized || $0.text.first!.isNumber }
        // A nickname between a first name and a surname: Pasquale "Pat" Di Cicco.
        if ws.count <= 3, span.open > 0, close + 1 < pq.tokens.count,
           pq.tokens[span.open - 1].isCapitalized, pq.tokens[close + 1].isCapitalized {
            return true
        }
        guard titleCase else {
            // "of "Have no fear"", "the "Radio Control Law"": a short name after a naming cue.
            if span.open > 0, ws.count <= 4, pq.tokens[span.open - 1].isIn(.namingCues) || pq.tokens[span.open - 1].isWord("of"),
               ws.first!.isCapitalized, !pq.tokens[span.open - 1].isWord("as") {
                return true
            }
            return false
        }
        // Title case: a name or title, unless someone is said to say it ("Stop!" is caught above).
        if ws.count == 1 && ws[0].text == ws[0].text.uppercased() && ws[0].text.count > 1 {
            return true  // an acronym in quotes
        }
        let before = span.open > 0 ? pq.tokens[span.open - 1] : nil
        // (`a seminal paper, "Electronic Markets and Electronic Hierarchies"`: a work's noun, a comma, then a
        // title is that work's.)
        if let before, before.isPunctuation(","), span.open > 1, pq.tokens[span.open - 2].isIn(workNouns) { return true }
        if let before, before.kind == .punctuation, before.mark == ":" || before.mark == "," { return false }
        return true
    }

    /// A short phrase in quotes that no one in its frame is said to have said.
    static func isScareQuote(_ span: QuoteSpan, _ pq: ParagraphQuotes, frame: Range<Int>) -> Bool {
        // A quoted sentence that is the writer's whole sentence is said ("It was chaos.", "…," she said.
        // "He did it."), however short.
        if span.open == frame.lowerBound, let close = span.close,
           close + 1 == frame.upperBound || close + 2 == frame.upperBound && pq.tokens[close + 1].kind == .punctuation,
           close >= span.open + 2, pq.tokens[span.open + 1].isCapitalized,
           pq.tokens[close - 1].isPunctuation(".") || pq.tokens[close - 1].isPunctuation("!") || pq.tokens[close - 1].isPunctuation("?") {
            return false
        }
        // So is a quotation that opens the writer's sentence with its comma, question or exclamation mark
        // inside the marks, the sentence going on after it ("We'll see," was all Guardiola would say).
        if span.open == frame.lowerBound, let close = span.close, close >= span.open + 3, close + 1 < frame.upperBound,
           pq.tokens[close - 1].isPunctuation(",") || pq.tokens[close - 1].isPunctuation("?") || pq.tokens[close - 1].isPunctuation("!") {
            return false
        }
        // Its words counted, not gathered: only their number matters here.
        var words = 0
        for k in pq.content(span) where pq.tokens[k].kind == .word {
            words += 1
            if words > 3 { return false }
        }
        let hasCue = frame.contains { !pq.quoted[$0] && pq.tokens[$0].isIn(.reportingCues) }
        return !hasCue
    }

    static func kind(_ span: QuoteSpan, _ pq: ParagraphQuotes, attribution: Attribution?, frame: Range<Int>) -> Quote.Kind {
        let content = pq.content(span)
        guard let first = pq.tokens[content].first(where: { $0.kind == .word }) else { return .partial }
        let startsUpper = first.isCapitalized
        let before = span.open > frame.lowerBound ? pq.tokens[span.open - 1] : nil
        let opensFrame = before == nil || before!.kind == .quoteMark
        let introduced = before.map { $0.isPunctuation(",") || $0.isPunctuation(":") } ?? false
        let afterVerb = attribution.map { $0.direct } ?? false
        if startsUpper && (opensFrame || introduced || afterVerb) { return .full }
        if opensFrame && attribution != nil { return .full }
        return .partial
    }
}

extension Quote {
    /// The quotation without a speaker, an attribution's verb or its rule (as written in a language the
    /// rules are not for).
    var withoutSpeaker: Quote {
        var q = self
        (q.speaker, q.speakerAsWritten, q.role, q.verb, q.rule) = (nil, nil, nil, nil, nil)
        return q
    }
}
