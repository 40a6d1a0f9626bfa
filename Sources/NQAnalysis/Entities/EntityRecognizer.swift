import NQSupport
import NQCorpus

/// Finds the named entities an article mentions, links their mentions (a later "Lavrov" is the earlier
/// "Sergei Lavrov"; an acronym in brackets is its full name's alias) and types them from evidence in
/// the text (titles, given names, organisation words, prepositions of place) and the gazetteer.
/// Linear: one pass over each paragraph's tokens, dictionary look-ups only.
public enum EntityRecognizer {
    /// Words joining a name's parts: "Organization for Security and Co-operation in Europe".
    static let connectors = WordLists.set(.connectors)
    static let placeWords = WordLists.set(.placeWords)
    /// Capitalised at the start of a sentence, but not names.
    static let sentenceWords = WordLists.set(.sentenceWords)
    /// Titles of those who run a company, after its name: "Qantas chief executive", "Amazon founder",
    /// "Tesla CEO" ("chief" counts before "executive", "operating", "financial").
    static let companyRoles = WordLists.set("EntityRecognizer.companyRoles")
    /// Titles of sovereigns, saints and clerics that places and bodies are named with (`candidate`).
    static let namingTitles = WordLists.set("EntityRecognizer.namingTitles")
    /// Words that start sentences and open many names, kept in a name within a sentence (`candidate`).
    static let nameOpeners = WordLists.set("EntityRecognizer.nameOpeners")
    /// Those who govern or live in a place, before "of" and its name: "the mayor of Cremona" (`candidate`).
    static let placesPeopleBeforeOf = WordLists.set("EntityRecognizer.placesPeopleBeforeOf")
    static let placeKindsAfter = WordLists.set("EntityRecognizer.placeKindsAfter")
    /// Kinds' words among `otherWords` that are common nouns: alone, opening a sentence, they name nothing.
    static let commonKinds = WordLists.set("EntityRecognizer.commonKinds")
    static let placeRoles = WordLists.set("EntityRecognizer.placeRoles")
    static let chiefTitles = WordLists.set("EntityRecognizer.chiefTitles")

    /// Adjectives of regions, peoples and parties' members that are not mentions by themselves.
    static let adjectives: WordSet = ["European", "African", "Asian", "Arab", "Western", "Eastern", "Northern", "Southern",
                                          "Soviet", "Islamic", "Muslim", "Christian", "Jewish", "Hindu", "Buddhist", "Catholic",
                                          "Protestant", "Latino", "Hispanic", "Black", "White", "Indigenous", "Nordic", "Slavic", "Democratic", "Republican",
                                          "Middle", "Central", "Anglo", "Sunni", "Shia", "Shiite", "Kurdish", "Pashtun",
                                          "Democrat", "Conservative", "Liberal", "Tory", "Socialist", "Communist"]
    /// Titles that are adjectives ("former Warsaw Pact allies"): before a name they say nothing of a person.
    static let adjectivalRoles = WordLists.set(.adjectivalRoles)
    /// First words that turn "X of Country" into the country: "Republic of Belarus".
    static let statePrefixes: WordSet = ["Republic", "Kingdom", "State", "Commonwealth", "Principality", "Sultanate", "Emirate", "Federation"]
    static let placePrepositions = WordLists.set(.placePrepositions)
    static let otherWords = WordLists.set(.otherWords)
    static let legalForms = WordLists.set("EntityRecognizer.legalForms")
    static let thingKinds = WordLists.set("EntityRecognizer.thingKinds")

    /// Ranges in 32 bits and the gazetteer entry as a plain value: candidates are copied often.
    struct Candidate {
        private var lo, hi: Int32
        private var w0, w1: Int32
        private var paragraph32: Int32
        var sentenceStart: Bool
        var evidence: EntityType?
        var gazetteer: Gazetteer.Entry?
        /// The bytes of a part of a token ("Moscow" in "pro-Moscow"), when the mention is not whole tokens.
        var part: TextRange?
        /// The words joined by spaces (made once, in `extract`).
        var name = ""
        /// The last word's key (`SpeakerResolver.key`), for names not in the gazetteer (made once).
        var lastKey = ""
        /// Typed an organisation as a team ("Pittsburgh Pirates"): its last word alone is the team.
        var team = false
        /// An institution's word alone after "the" ("the Court"): a mention only of an organisation the
        /// article named before with that word.
        var institutionWord = false
        /// A person's by a title before the name ("President Trump", "Dr. Fauci"): surer than a rule's other
        /// evidence, as sure as a list (it outweighs the name typer's guesses of the name's other mentions).
        var titledPerson = false

        init(range: Range<Int>, wordRange: Range<Int>, gazetteer: Gazetteer.Entry?, evidence: EntityType?, paragraph: Int,
             sentenceStart: Bool, part: TextRange? = nil) {
            lo = Int32(truncatingIfNeeded: range.lowerBound)
            hi = Int32(truncatingIfNeeded: range.upperBound)
            w0 = Int32(truncatingIfNeeded: wordRange.lowerBound)
            w1 = Int32(truncatingIfNeeded: wordRange.upperBound)
            paragraph32 = Int32(truncatingIfNeeded: paragraph)
            self.sentenceStart = sentenceStart
            self.evidence = evidence
            self.gazetteer = gazetteer
            self.part = part
        }

        /// The tokens of the name in its paragraph's tokens.
        var range: Range<Int> { Int(lo)..<Int(hi) }
        /// Its words (possessives stripped): a range of the article's word list (`allWords` in
        /// `extract`: one array for all candidates instead of one each).
        var wordRange: Range<Int> { Int(w0)..<Int(w1) }
        /// The index of its paragraph in the article's paragraphs.
        var paragraph: Int { Int(paragraph32) }
    }

    /// `speakers`: the people quoted in the article (evidence that their names are persons').
    public static func extract(text: String, paragraphs: [Paragraph], sentences: [Sentence], speakers: Set<String> = []) -> [Mention] {
        var text = text
        return text.withUTF8 { b in extract(b, paragraphs, sentences, speakers) }
    }

    static func extract(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Paragraph], _ sentences: [Sentence], _ speakers: Set<String>) -> [Mention] {
        extract(b, paragraphs, sentences, speakers, tokens: TextTokenizer.paragraphTokens(b, paragraphs))
    }

    /// `gazetteerOnly`: only the names the gazetteer knows (an article in another language).
    static func extract(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Paragraph], _ sentences: [Sentence], _ speakers: Set<String>,
                        tokens tokenLists: [[TextToken]], gazetteerOnly: Bool = false) -> [Mention] {
        let gazetteer = Gazetteer.shared
        var candidates: [Candidate] = []
        var allWords: [String] = []
        var pieces: [Range<Int>] = []
        // About a candidate in ten tokens and a word and a half each: room made once, not by doubling.
        let tokenCount = tokenLists.reduce(0) { $0 + $1.count }
        candidates.reserveCapacity(tokenCount / 8 + 4)
        allWords.reserveCapacity(tokenCount / 5 + 4)
        // Words seen capitalised mid-sentence: evidence that a sentence-initial word is a name.
        // (Name sets and tables here are `NameIndex`es: looked up once or twice per candidate.)
        var midSentence = NameIndex(capacity: tokenCount / 16)
        var acronyms: [String: String] = [:]
        var acronymTypes: [String: EntityType] = [:]
        var thingAcronyms: Set<String> = []
        // Teams by their last word ("the Pirates" after "the Pittsburgh Pirates").
        var teams: [String: String] = [:]
        // Companies by their first word ("Rhodium" after "Rhodium Group").
        // (Where the full name is first written: only a mention after it is the short name's.)
        var companies: [String: (name: String, paragraph: Int, token: Int)] = [:]
        // Organisations of two words by either word alone ("United" after "Manchester United", "Goldman" after
        // "Goldman Sachs"): a word that is no place, no given name and in no word list.
        var shortNames: [String: (name: String, paragraph: Int, token: Int)] = [:]
        var singlesSoFar = NameIndex(capacity: tokenCount / 16)
        for (pi, tokens) in tokenLists.enumerated() {
            let first = candidates.count
            candidatesIn(tokens, paragraph: pi, gazetteer: gazetteer, into: &candidates, words: &allWords, pieces: &pieces, textCount: b.count)
            for k in first..<candidates.count {
                let words = allWords[candidates[k].wordRange]
                // (A plural's apostrophe inside the name is written against its word: "Farmers' Union".)
                // (So is an abbreviation's dot: "St. Louis".)
                candidates[k].name = Self.displayName(words)
                // (An owner's word inside the name keeps its "'s": "King's College London", "St John's Wood".)
                if words.count >= 2, candidates[k].part == nil, case let r = candidates[k].range, r.count == words.count,
                   tokens[r.dropLast()].contains(where: { $0.hasApostrophe && $0.isCapitalized && Gazetteer.stripPossessive($0.text) != $0.text }) {
                    candidates[k].name = Self.displayName(tokens[r.dropLast()].map(\.text) + [words.last!])
                }
                if candidates[k].gazetteer == nil { candidates[k].lastKey = SpeakerResolver.surnameKey(words) }
                // Asked only of one-word names (below): only they are noted.
                if !candidates[k].sentenceStart, words.count == 1 { midSentence.insert(candidates[k].name) }
                // (A word written alone before the company's full name is a name of its own: "GitHub" … "GitHub Trust".)
                if words.count == 1 { singlesSoFar.insert(candidates[k].name) }
                if candidates[k].team, candidates[k].evidence == .organization, let last = words.last, teams[last] == nil {
                    teams[last] = candidates[k].name
                }
                // "Rhodium Group" … "a partner at Rhodium": a company's name of two words, the second its form or
                // trade, is its first word alone too (not a given name's: "Ford" may be someone).
                if words.count == 2, candidates[k].gazetteer == nil, candidates[k].evidence == .organization,
                   Lexicon.companyWords.contains(lowercasing: words[words.startIndex + 1]), case let head = words[words.startIndex],
                   head.utf8.count >= 3, !gazetteer.givenNames.contains(head), companies[head] == nil, !singlesSoFar.contains(head) {
                    companies[head] = (candidates[k].name, pi, candidates[k].range.lowerBound)
                }
                // ("Adani Green Energy" … "Adani Green said": one of three words or more is its words before the form or
                // trade too, a name no list knows.)
                if words.count >= 3, candidates[k].gazetteer == nil, candidates[k].evidence == .organization,
                   Lexicon.companyWords.contains(lowercasing: words[words.endIndex - 1]), !words.contains(where: { Self.isApostropheWord($0) || $0 == "." }),
                   case let head = words.dropLast().joinedBySpaces(), companies[head] == nil, gazetteer.entries[head] == nil {
                    companies[head] = (candidates[k].name, pi, candidates[k].range.lowerBound)
                }
                if words.count == 2, candidates[k].range.count == 2, candidates[k].part == nil,
                   (candidates[k].gazetteer?.type ?? candidates[k].evidence) == .organization {
                    for (offset, word) in words.enumerated() where shortNames[word] == nil {
                        let t = tokens[candidates[k].range.lowerBound + offset]
                        guard t.kind == .word, t.classes == 0, !t.hasApostrophe, word.utf8.count >= 3, isNameWord(word), !isAcronym(word),
                              gazetteer.entries[word] == nil, !gazetteer.givenNames.contains(word), !singlesSoFar.contains(word) else { continue }
                        shortNames[word] = (candidates[k].name, pi, candidates[k].range.lowerBound)
                    }
                }
            }
            Self.typeTownsBeforeStates(tokens, first..<candidates.count, &candidates, allWords, gazetteer)
            Self.typeHomeTowns(tokens, first..<candidates.count, &candidates, allWords, gazetteer)
            // "Full Name (ACR)".
            for k in max(0, candidates.count - 8)..<candidates.count where candidates[k].paragraph == pi && candidates[k].wordRange.count >= 2 {
                let c = candidates[k]
                let after = c.range.upperBound
                if after + 2 < tokens.count, tokens[after].isPunctuation("("), tokens[after + 2].isPunctuation(")"),
                   case let acronym = tokens[after + 1].text {
                    let words = allWords[c.wordRange]
                    if SpeakerResolver.isAcronym(acronym, of: words) {
                        acronyms[acronym] = c.name
                        acronymTypes[acronym] = c.gazetteer?.type ?? c.evidence ?? .other
                    } else if let n = (2..<words.count).first(where: { SpeakerResolver.isAcronym(acronym, of: words.suffix($0)) }),
                              let entry = gazetteer.entries[words.suffix(n).joinedBySpaces()] {
                        // ("the Parliament of New South Wales (NSW)": the acronym of the name's last words, a
                        // name the gazetteer knows, is theirs.)
                        acronyms[acronym] = words.suffix(n).joinedBySpaces()
                        acronymTypes[acronym] = entry.type
                    }
                }
            }
            Self.noteAcronymsOfPhrases(tokens, into: &thingAcronyms)
        }
        Self.acronymsOfNames(candidates, allWords, gazetteer, into: &acronyms, types: &acronymTypes)
        if gazetteerOnly { candidates.removeAll { $0.gazetteer == nil } }
        let inCapitals = Self.wordsInCapitals(candidates, allWords, tokenLists, acronyms: acronyms)
        // A name whose last word also stands alone elsewhere ("Perttu Ahola" … "Ahola said") is a
        // person's; so is the name of someone quoted.
        var singles = NameIndex(capacity: candidates.count / 2)
        // (Not a word that stands alone as a place at least as often as it stands alone within a sentence as
        // anything else: "Progressive Mérida" … "Mérida is …" … "drift into Mérida".)
        var placeSingles: [String: Int] = [:]
        // (Nor a word after "the": "at the Convention" after "the Democratic National Convention" is the thing
        // named before, as "the Court" is; no one's surname is written so.)
        for k in candidates.indices where candidates[k].wordRange.count == 1 && candidates[k].gazetteer == nil {
            if candidates[k].evidence == .place {
                placeSingles[candidates[k].lastKey, default: 0] += 1
            } else if !(candidates[k].range.lowerBound > 0 && tokenLists[candidates[k].paragraph][candidates[k].range.lowerBound - 1].isWord("the")) {
                singles.insert(candidates[k].lastKey)
            }
        }
        if !placeSingles.isEmpty {
            for k in candidates.indices where candidates[k].wordRange.count == 1 && candidates[k].gazetteer == nil && candidates[k].evidence != .place
                && !candidates[k].sentenceStart {
                if let n = placeSingles[candidates[k].lastKey] { placeSingles[candidates[k].lastKey] = n - 1 }
            }
        }
        // (Not a name whose first word opens an organisation's name in the article: "Coinbase Wallet" after
        // "Coinbase Global, Inc." is its product, though "Wallet" stands alone.)
        var organisationFirstWords = Set<String>()
        // (A given name opens people's names too: "Bill" of "Bill Gates Foundation".)
        for c in candidates where c.wordRange.count >= 2 && (c.gazetteer?.type ?? c.evidence) == .organization
            && !gazetteer.givenNames.contains(allWords[c.wordRange.lowerBound]) {
            organisationFirstWords.insert(allWords[c.wordRange.lowerBound])
        }
        // (A person described by a role of the organisation is a person: "Acme Chief Executive Jane Doe"; not
        // an adjective's role word: "Democratic National Convention".)
        func isOrganisationsThing(_ c: Candidate, _ tokens: [TextToken]) -> Bool {
            organisationFirstWords.contains(allWords[c.wordRange.lowerBound])
                && !c.range.contains(where: { tokens[$0].kind == .word && tokens[$0].isIn(.roleWords) && !tokens[$0].isIn(.adjectivalRoles) })
        }
        // (So is a given name and a place's word that the article uses as a surname or quotes: "Darrell
        // Castle" … "Castle said".)
        for k in candidates.indices where candidates[k].gazetteer == nil && (candidates[k].evidence == nil
            || candidates[k].evidence == .place && candidates[k].wordRange.count == 2 && gazetteer.givenNames.contains(allWords[candidates[k].wordRange.lowerBound])) {
            let words = allWords[candidates[k].wordRange]
            // (No person's name opens with an institution's adjective: "National Highways" quoted, "National Rail" … "Rail".)
            if words.count >= 2, !speakers.isEmpty, speakers.contains(candidates[k].name), !Self.opensWithInstitutionAdjective(words.first!) {
                candidates[k].evidence = .person
            } else if (2...4).contains(words.count), singles.contains(candidates[k].lastKey), (placeSingles[candidates[k].lastKey] ?? -1) < 0,
                      !isOrganisationsThing(candidates[k], tokenLists[candidates[k].paragraph]),
                      words.allSatisfy({ isNameWord($0) || SpeakerResolver.particles.contains($0) }), !words.first!.hasSuffix("ing"),
                      !Self.opensWithInstitutionAdjective(words.first!) {
                candidates[k].evidence = .person
            }
        }
        // Person names of the article, by surname: the name and its words.
        var fullNames = NameTable<(name: String, words: [String])>()
        var familyFirst = FirstWordNames()
        for k in candidates.indices where candidates[k].gazetteer == nil && candidates[k].wordRange.count >= 2 && candidates[k].evidence == .person {
            let c = candidates[k]
            // Leading titles in capitals ("IM Dorsa Derakhshani") are not part of the name.
            // (An initial stays: "K. Michael Stevens".)
            let words = Array(allWords[c.wordRange].drop { !isNameWord($0) && !SpeakerResolver.particles.contains($0)
                && !($0.count == 2 && $0.hasSuffix(".") && $0.first!.isUppercase) })
            guard words.count >= 2 else { continue }
            let key = c.lastKey
            // A name's first word alone is the person too: a given name ("Perttu" after "Perttu Ahola") or a
            // family name written first ("Xi" after "Xi Jinping"); the inner word of three too ("Etienne").
            if words.count <= 3, !SpeakerResolver.particles.contains(words[0]) {
                familyFirst.note(SpeakerResolver.key(words[0]), Self.joinedName(words))
            }
            // (Not a name of four or five words with an institution's or a place's word in it: "Richard J. Donovan
            // Correctional Facility" is no "Donovan".)
            if words.count <= 3 || !words.contains(where: { (TokenClass.table.value($0, lowercasing: true) ?? 0)
                                                               & (TokenClass.organisationWords.bit | TokenClass.placeWords.bit) != 0 }) {
                familyFirst.noteInner(words, full: Self.joinedName(words), key: SpeakerResolver.key,
                                      isParticle: { SpeakerResolver.particles.contains($0) }, isGivenName: { gazetteer.givenNames.contains($0) })
            }
            if let existing = fullNames[key], existing.words.count >= words.count { continue }
            fullNames[key] = (Self.joinedName(words), words)
        }

        var mentions: [Mention] = []
        mentions.reserveCapacity(candidates.count)
        var sentenceCursor = 0
        var typedNames: [String: EntityType] = [:]
        // How sure each mention's type is (a list or a person's full name 3, a rule's evidence 2, the name
        // typer 1, nothing 0): a name typed two ways in one article takes the type its surer mentions give.
        var sureness: [UInt8] = []
        sureness.reserveCapacity(candidates.count)
        // The last organisation named with each institution's word in it ("Court" → "Supreme Court").
        var institutionsByWord: [String: String] = [:]
        // The last thing named with each kind's word last ("Directive" → "Electronic Commerce Directive").
        var thingsByWord: [String: String] = [:]
        if !shortNames.isEmpty {
            // Only the short names some word alone is written as are asked of the text (most are none).
            let used = Set(candidates.lazy.filter { $0.wordRange.count == 1 && $0.gazetteer == nil }.map(\.name))
            shortNames = shortNames.filter { used.contains($0.key) }
            if !shortNames.isEmpty { Self.dropCommonWords(&shortNames, tokenLists, b) }
        }
        for c in candidates {
            let tokens = tokenLists[c.paragraph]
            let written = c.name
            var canonical = written
            var type = c.evidence ?? .other
            var sure: UInt8 = c.evidence == nil ? 0 : c.titledPerson ? 3 : 2
            if c.institutionWord {
                // "the Court" after "the Supreme Court": that organisation; "the Act" after "the Clean Air Act"
                // (a word of both lists), that thing; else no name.
                if let full = institutionsByWord[written] {
                    canonical = full
                } else if let full = thingsByWord[written] {
                    canonical = full
                    type = .other
                } else {
                    continue
                }
                sure = 3
            } else if let g = c.gazetteer, g.type == .place || g.type == .organization, c.wordRange.count == 1, !fullNames.isEmpty,
               gazetteer.canonical(g) == written,
               let full = fullNames[SpeakerResolver.surnameKey([written])], full.name != written,
               let given = full.words.first, gazetteer.givenNames.contains(given),
               !(c.range.lowerBound > 0 && (tokens[c.range.lowerBound - 1].isIn(.placePrepositions) || tokens[c.range.lowerBound - 1].isWord("of"))),
               !(c.range.lowerBound > 1 && tokens[c.range.lowerBound - 1].isWord("to") && tokens[c.range.lowerBound - 2].isWord("according")) {
                // "Washington said" after "George Washington", "Bloomberg said" after "Michael Bloomberg": a place's
                // or an organisation's name that is the surname of a person the article names in full, with a given
                // name, is that person, unless a preposition of place stands before it ("in Washington", "at
                // Bloomberg"), or "according to" (an outlet); not a place's other name ("America" after "Christian
                // America"), nor after a name without a given name ("Melbourne" after a slogan typed a person,
                // "Make Melbourne").
                canonical = full.name
                type = .person
                sure = 3
            } else if !thingsByWord.isEmpty, c.wordRange.count == 1, c.gazetteer == nil, c.range.lowerBound > 0,
                      tokens[c.range.lowerBound - 1].isWord("the"), let full = thingsByWord[written] {
                // "the Directive" after "the Electronic Commerce Directive", "the Act" after "the Clean Air Act":
                // a thing's kind alone after "the" is the thing the article last named with it.
                canonical = full
                type = .other
                sure = 3
            } else if let g = c.gazetteer, g.type == .place, !teams.isEmpty, let full = teams[written] {
                // ("Newcastle host Brighton" after "Newcastle manager Eddie Howe": the team the article named.)
                canonical = full
                type = .organization
                sure = 3
            } else if let g = c.gazetteer {
                sure = 3
                canonical = gazetteer.canonical(g)
                type = g.type
            } else if !acronyms.isEmpty, let full = acronyms[written] {
                canonical = gazetteer.entries[full].map(gazetteer.canonical) ?? full
                type = gazetteer.entries[full]?.type ?? acronymTypes[written] ?? .organization
                sure = 3
            } else if !teams.isEmpty, c.wordRange.count == 1, let full = teams[written],
                      // (A team by its title's context alone, "United defender Gary Neville", is the longer name the
                      // article gave it, "Manchester United", below.)
                      full != written || shortNames[written] == nil {
                canonical = full
                type = .organization
                sure = 3
            } else if c.wordRange.count == 1, StateAbbreviations.isPartyAndState(written) {
                continue  // "Rep. Jim Clyburn (D-SC)": a label
            } else if !inCapitals.isEmpty, inCapitals.contains(written) {
                continue  // words in capitals, no acronym: "Set the NAME field", "WATCH:"
            } else if !thingAcronyms.isEmpty, thingAcronyms.contains(written), acronyms[written] == nil {
                type = .other
            } else if c.wordRange.count == 1, !fullNames.isEmpty, let full = fullNames[c.lastKey], full.name != written {
                canonical = full.name
                type = .person
                sure = 3
            } else if c.wordRange.count == 1, !familyFirst.isEmpty, fullNames[c.lastKey] == nil, let full = familyFirst[c.lastKey], full != written {
                canonical = full
                type = .person
                sure = 3
            } else if c.wordRange.count >= 2, !fullNames.isEmpty, let full = fullNames[c.lastKey],
                      // (A particle capitalised as a sentence opens: "Van Aalst said" of "Pieter van Aalst".)
                      allWords[c.wordRange].drop(while: { !isNameWord($0) }).allSatisfy({ w in full.words.contains(w)
                          || SpeakerResolver.particles.contains(w.lowercased()) && full.words.contains(w.lowercased()) }) {
                canonical = full.name
                type = .person
                sure = 3
            } else if !companies.isEmpty, c.wordRange.count <= 3, c.evidence == nil || c.evidence == .place, let full = companies[written],
                      (full.paragraph, full.token) < (c.paragraph, c.range.lowerBound), !c.sentenceStart || c.wordRange.count >= 2 || midSentence.contains(written) {
                canonical = full.name
                type = .organization
                sure = 3
            } else if !shortNames.isEmpty, c.wordRange.count == 1, c.gazetteer == nil, c.evidence == nil || c.evidence == .organization,
                      let full = shortNames[written], (full.paragraph, full.token) < (c.paragraph, c.range.lowerBound),
                      !c.sentenceStart || midSentence.contains(written) {
                // "Manchester United beat City … as United had lost": the organisation named before (at a
                // sentence's start only a word the article also capitalises within one: "Wrestling sportswriter
                // Dave Meltzer" is no "Wrestling Inc"; and no word it writes in small letters: `dropCommonWords`).
                canonical = full.name
                type = .organization
                sure = 3
            } else if c.sentenceStart, c.wordRange.count == 1, c.evidence == nil, !midSentence.contains(written), !isAcronym(written),
                      !Self.famousSurnames.contains(SpeakerResolver.lowercase(written)) {
                continue  // a capitalised first word of a sentence, and nothing more
            }
            // A given name alone opening a sentence, and seen within one too, is someone's, as it is there.
            if type == .other, c.evidence == nil, c.gazetteer == nil, c.sentenceStart, c.wordRange.count == 1, c.part == nil,
               gazetteer.givenNames.contains(written) {
                type = .person
            }
            // A given name and an epithet ("Catherine the Great", "Ivan the Terrible") are someone's.
            if type == .other, c.evidence == nil, c.gazetteer == nil, c.wordRange.count == 3, allWords[c.wordRange.lowerBound + 1] == "the",
               gazetteer.givenNames.contains(allWords[c.wordRange.lowerBound]) {
                type = .person
                sure = 2
            }
            // A name no rule and no list types: the trained name typer, from its words and those around
            // its first mention in the article (asked once a name).
            // A surname so often alone that it is a person's ("Gorbachev agreed", "Obama said").
            if type == .other, c.evidence == nil, c.gazetteer == nil, c.wordRange.count == 1,
               Self.famousSurnames.contains(SpeakerResolver.lowercase(written)) {
                type = .person
                sure = 2
            }
            if type == .other, c.evidence == nil, c.gazetteer == nil, c.part == nil, let typer = NameTyping.typer {
                let typed: EntityType
                if let known = typedNames[canonical] {
                    typed = known
                } else {
                    var t = NameTyping.type(typer, tokens, c.range)
                    // A known organisation's name first, or the first word of one the article names, is a product's
                    // or a unit's, no person's ("Intel Core M", "Google Analytics", "Coinbase Pro" after "Coinbase
                    // Global, Inc.").
                    // (That first word alone is no person's either: "Coinbase", "Python" of "Python Software Foundation".)
                    if t == .person, c.wordRange.count >= 2 && gazetteer.entries[allWords[c.wordRange.lowerBound]]?.type == .organization
                        || isOrganisationsThing(c, tokens) {
                        t = .other
                    }
                    // Nor is a name before a calling in small letters and a full name: it names where that one works
                    // ("Met Éireann forecaster Liz Walsh", "Met Éireann spokesman Liam Ryan"): an organisation's.
                    if t == .person, Self.namesEmployer(c.range, tokens) {
                        t = .organization
                    }
                    // A name before "resident" or "native" and a full name is where that one lives or comes from
                    // ("Throgs Neck resident Michael Lopiano", "Brooklyn native Jane Doe"): a place's.
                    if t != .place, Self.namesHome(c.range, tokens) {
                        t = .place
                    }
                    // One told something is a person or an outlet: a name the typer calls a thing or a place there is
                    // an outlet's ("told Sky Sports", "told France Info", "told The Register").
                    if t != .person, Self.isToldTo(c.range, tokens) {
                        t = .organization
                    }
                    // Nor is a name that opens with an institution's adjective ("National Grid", "State Legislatures",
                    // "Federal Realty"): an organisation's.
                    if t == .person, c.wordRange.count >= 2, Self.opensWithInstitutionAdjective(allWords[c.wordRange.lowerBound]) {
                        t = .organization
                    }
                    typedNames[canonical] = t
                    typed = t
                }
                // ("Erling Haaland said": a name of two or three words that a verb of speech follows says something,
                // which places do not, however much its words look like a place's — a surname ending in "-land".
                // This mention is someone's, surer than the typer's guess, whatever the typer says of the others.)
                // (Not after a name the gazetteer knows: "The Baltimore Sun said" is an outlet's.)
                if typed == .place, c.wordRange.count >= 2, c.range.upperBound < tokens.count, tokens[c.range.upperBound].kind == .word,
                   tokens[c.range.upperBound].isIn(.speechVerbs), gazetteer.entries[allWords[c.wordRange.lowerBound]] == nil {
                    type = .person
                    sure = 2
                } else {
                    type = typed
                    sure = 1
                }
            }
            let p = paragraphs[c.paragraph]
            let start = c.part?.start ?? tokens[c.range.lowerBound].start
            var end = c.part?.end ?? tokens[c.range.upperBound - 1].end
            let lastBytes = c.part.map { UnsafeBufferPointer(rebasing: b[$0.start..<$0.end]) } ?? tokens[c.range.upperBound - 1].bytes
            end -= lastBytes.count - Gazetteer.possessiveLength(lastBytes)
            while sentenceCursor + 1 < sentences.count, sentences[sentenceCursor].range.end <= start { sentenceCursor += 1 }
            let sentence = sentences.isEmpty ? 0 : sentences[sentenceCursor].index
            // The text as written: most often the name's words as joined (no new string then).
            let shownBytes = UnsafeBufferPointer(rebasing: b[start..<end])
            let shown = written.utf8Equals(shownBytes) ? written : String(decoding: shownBytes, as: UTF8.self)
            mentions.append(Mention(section: p.section, paragraph: p.index, sentence: sentence,
                                    range: TextRange(start, end), entity: canonical, text: shown, type: type))
            sureness.append(sure)
            // (By its head: the last word, or the word before its first small word — "Court" of "European
            // Court of Human Rights", not "House" of "House Judiciary Committee".)
            if type == .organization, c.wordRange.count >= 2, c.part == nil,
               case let head = (c.range.lowerBound + 1..<c.range.upperBound).first(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized }).map({ $0 - 1 }) ?? c.range.upperBound - 1,
               tokens[head].kind == .word, tokens[head].isCapitalized, tokens[head].isIn(.organisationWords), !tokens[head].isIn(.roleWords) {
                institutionsByWord[Gazetteer.stripPossessive(tokens[head].text)] = canonical
            }
            if type == .other, c.wordRange.count >= 2, c.part == nil, case let last = tokens[c.range.upperBound - 1],
               last.kind == .word, last.isCapitalized, !last.hasApostrophe, Self.thingKinds.contains(lowercasing: last) {
                thingsByWord[last.text] = canonical
            }
            // "NATO-Russia Council" is also a mention of NATO (and of Russia).
            if c.part == nil, c.range.contains(where: { tokens[$0].hasHyphen }) {
                var offset = start
                for word in allWords[c.wordRange] {
                    defer { offset += word.utf8.count + 1 }
                    guard word.utf8.contains(0x2D) else { continue }
                    var partOffset = offset
                    for part in word.split(separator: "-", omittingEmptySubsequences: false) {
                        defer { partOffset += part.utf8.count + 1 }
                        let name = Gazetteer.stripPossessive(String(part))
                        guard name != canonical, let g = gazetteer.entries[name], !part.isEmpty else { continue }
                        mentions.append(Mention(section: p.section, paragraph: p.index, sentence: sentence,
                                                range: TextRange(partOffset, partOffset + name.utf8.count),
                                                entity: gazetteer.canonical(g), text: name, type: g.type))
                        sureness.append(3)
                    }
                }
            }
        }
        Self.untypeCommonWords(&mentions, sureness, tokenLists, b)
        Self.typePlacesByTheirKind(&mentions, &sureness)
        Self.shareCoordinatedTypes(&mentions, &sureness, b)
        Self.shareListItemTypes(&mentions, &sureness, paragraphs, b)
        Self.typeCitedAuthors(&mentions, &sureness, paragraphs, b)
        Self.agreeTypes(&mentions, sureness)
        return mentions
    }

    /// The short names (`shortNames` in `extract`) the article also writes in small letters, common words
    /// there ("Markets" after "Electronic Markets" in an article about markets): not short names.
    static func dropCommonWords(_ names: inout [String: (name: String, paragraph: Int, token: Int)], _ tokenLists: [[TextToken]],
                                _ text: UnsafeBufferPointer<UInt8>) {
        var asked = ByteTable<Int32>()
        let keys = Array(names.keys)
        for (n, key) in keys.enumerated() { asked.insert(key.lowercased(), Int32(n)) }
        for (n, seen) in Self.seenInSmallLetters(asked, tokenLists, text).enumerated() where seen { names[keys[n]] = nil }
    }

    /// Which of the words of `asked` (in lower case, numbered from 0) the article writes in small letters,
    /// outside e-mail and web addresses.
    static func seenInSmallLetters(_ asked: ByteTable<Int32>, _ tokenLists: [[TextToken]], _ text: UnsafeBufferPointer<UInt8>) -> [Bool] {
        var seen = [Bool](repeating: false, count: asked.count)
        for tokens in tokenLists {
            // (The table first: few words are asked, and only those are looked at around.)
            for t in tokens where t.kind == .word && !t.isCapitalized {
                // (By the token's hash in lower case; a word with a capital inside, "iPhone", is not the word asked.)
                if let n = asked.value(t.bytes, hash: t.lowerHash, lowercasing: true), !seen[Int(n)],
                   !t.bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }), !Self.inAddress(t, text) { seen[Int(n)] = true }
            }
        }
        return seen
    }

    /// A name only the name typer made a person or a place, each of whose words the article also writes
    /// in small letters, names no one and nowhere: a heading's or a label's capitals ("Coconut Flour" in a
    /// recipe that uses coconut flour, "Potted Bougainvillea", "Camera Zoom") — other. People's and
    /// places' names are seldom all common words of their article; an organisation's often are ("the
    /// Democratic Party" and "democratic"), and a name a list or a rule typed keeps its type.
    static func untypeCommonWords(_ mentions: inout [Mention], _ sureness: [UInt8], _ tokenLists: [[TextToken]], _ text: UnsafeBufferPointer<UInt8>) {
        var asked = ByteTable<Int32>()
        var names: [String: [Int32]] = [:]
        for k in mentions.indices where sureness[k] == 1 && (mentions[k].type == .person || mentions[k].type == .place)
            && names[mentions[k].entity] == nil {
            // (An owner's "'s" inside the name is no word of its own: "Women's Day".)
            let words = mentions[k].entity.spaceSeparated().map { Gazetteer.stripPossessive(String($0)) }
            guard words.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }) else { continue }
            names[mentions[k].entity] = words.map { word in
                let lower = String(word).lowercased()
                if let n = asked.value(lower) { return n }
                asked.insert(lower, Int32(asked.count))
                return Int32(asked.count - 1)
            }
        }
        guard !names.isEmpty else { return }
        let seen = Self.seenInSmallLetters(asked, tokenLists, text)
        let common = Set(names.compactMap { name, words in words.allSatisfy { seen[Int($0)] } ? name : nil })
        guard !common.isEmpty else { return }
        for k in mentions.indices where sureness[k] == 1 && common.contains(mentions[k].entity) { mentions[k].type = .other }
    }

    /// "Charleston, SC", "Portland, Ore., police", "Yekaterinburg, Russia", "Fort Worth, Texas": a name, a comma
    /// and a state's abbreviation or a place the gazetteer knows (the place's name whole, before punctuation, a
    /// number or a word in small letters) is a place in that place; the abbreviation is the state's mention.
    /// Not a name that other evidence types (a title, an institution's word: "Durham University, United
    /// Kingdom"), nor a person's name before a state's whole name ("Jordan Spieth, Texas").
    static func typeTownsBeforeStates(_ tokens: [TextToken], _ range: Range<Int>, _ candidates: inout [Candidate], _ allWords: [String],
                                      _ gazetteer: Gazetteer) {
        guard range.count >= 2 else { return }
        for k in range.lowerBound..<(range.upperBound - 1) {
            let town = candidates[k], place = candidates[k + 1]
            guard town.part == nil, place.part == nil, town.range.upperBound + 1 == place.range.lowerBound,
                  tokens[town.range.upperBound].isPunctuation(","), !tokens[place.range.upperBound - 1].isPossessive else { continue }
            let after = place.range.upperBound
            guard after >= tokens.count || tokens[after].kind != .word || !tokens[after].isCapitalized else { continue }
            var state: Gazetteer.Entry? = nil
            if place.wordRange.count == 1, let name = StateAbbreviations.state(allWords[place.wordRange.lowerBound]) {
                state = gazetteer.entries[name]
            }
            guard state != nil || place.gazetteer?.type == .place && place.evidence == .place else { continue }
            if let entry = state {
                candidates[k + 1].gazetteer = entry
                candidates[k + 1].evidence = .place
            }
            // (A state's abbreviation after a comma follows only a town: "Ann Arbor, Mich."; a place's whole
            // name may follow a person's — "Jordan Spieth, Texas" — so there only one word, "Austin, Texas".)
            let words = allWords[town.wordRange]
            // (Nor a sentence's first word before a whole name: "Specifically, Texas".)
            guard town.gazetteer == nil, words.count <= (state == nil ? 1 : 3), state != nil || !town.sentenceStart,
                  town.evidence == nil || town.evidence == .place
                    || town.evidence == .person && gazetteer.givenNames.contains(words[words.startIndex]) else { continue }
            candidates[k].evidence = .place
        }
    }

    /// "Liam Foster, of Peterborough, appeared …", "Jane Doe, 45, of Dayton.": where a person named is from,
    /// after a comma and "of" (an age between), up to three words before punctuation, is a place — not a name
    /// the gazetteer knows as something else, nor one with an institution's or a company's word ("Jane Doe, of
    /// Acme Corp,").
    static func typeHomeTowns(_ tokens: [TextToken], _ range: Range<Int>, _ candidates: inout [Candidate], _ allWords: [String],
                              _ gazetteer: Gazetteer) {
        guard range.count >= 2 else { return }
        for k in (range.lowerBound + 1)..<range.upperBound {
            let place = candidates[k], person = candidates[k - 1]
            let p = place.range.lowerBound
            guard place.part == nil, place.wordRange.count <= 3, place.evidence == nil || place.evidence == .place,
                  place.gazetteer == nil || place.gazetteer?.type == .place, !place.institutionWord,
                  p >= 3, tokens[p - 1].isWord("of"), tokens[p - 2].isPunctuation(","),
                  person.range.upperBound == p - 2
                    || p >= 5 && person.range.upperBound == p - 4 && tokens[p - 4].isPunctuation(",")
                        && tokens[p - 3].kind == .word && tokens[p - 3].bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  person.wordRange.count >= 2, person.evidence == .person || gazetteer.givenNames.contains(allWords[person.wordRange.lowerBound]),
                  case let after = place.range.upperBound, after == tokens.count || tokens[after].kind == .punctuation,
                  !tokens[after - 1].isPossessive, !Lexicon.companyWords.contains(lowercasing: tokens[after - 1].bytes) else { continue }
            candidates[k].evidence = .place
        }
    }

    /// A land's or a water's name is that place alone too: where the article names a place "X Island", "X
    /// Mountains", "X River" or "X County" (its last word a kind of land or water, `placeKindsAfterName`), "X"
    /// alone, which only the name typer or nothing typed, is that place ("Socotra Island" … "Socotra is …",
    /// "the Hagghier Mountains" … "Hagghier"). (Not a building's or a street's kind: "Trump Tower", "Hilton
    /// Hotel" and "Washington Street" say nothing of "Trump", "Hilton" or "Washington".)
    static func typePlacesByTheirKind(_ mentions: inout [Mention], _ sureness: inout [UInt8]) {
        var stems = Set<String>()
        for (k, m) in mentions.enumerated() where m.type == .place && sureness[k] >= 2 {
            guard let space = m.entity.lastIndex(of: " "),
                  Self.placeKindsAfterName.contains(lowercasing: String(m.entity[m.entity.index(after: space)...])) else { continue }
            stems.insert(String(m.entity[..<space]))
        }
        guard !stems.isEmpty else { return }
        for k in mentions.indices where sureness[k] <= 1 && mentions[k].type != .place && stems.contains(mentions[k].entity) {
            mentions[k].type = .place
            sureness[k] = 2
        }
    }
    static let placeKindsAfterName = WordLists.set("EntityRecognizer.placeKindsAfterName")

    /// Names in one list are of one kind: "Posted by Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair"
    /// — mentions joined only by ", ", " and ", " or ", ", and " or " & ", ending in a coordinator, where every
    /// mention a list or a rule typed is a person's, and they are two and half the list at least: the others, which
    /// only the name typer or nothing typed, are people too. (People only: a place wrongly typed by its
    /// preposition, "in Carrano and Biewener's subjects", would make a list of places.)
    static func shareCoordinatedTypes(_ mentions: inout [Mention], _ sureness: inout [UInt8], _ b: UnsafeBufferPointer<UInt8>) {
        // (The gap's kind: 0 none, 1 a comma, 2 a coordinator. A list ends in a coordinator: "against the Chicago
        // White Sox, Holt drove" is none.)
        func joint(_ x: Mention, _ y: Mention) -> Int {
            guard x.paragraph == y.paragraph, x.section == y.section, x.range.end <= y.range.start, y.range.start - x.range.end <= 6 else { return 0 }
            let gap = b[x.range.end..<y.range.start]
            guard let n = coordinatorGaps.firstIndex(where: { $0.elementsEqual(gap) }) else { return 0 }
            return n == 0 ? 1 : 2
        }
        var k = 0
        while k < mentions.count {
            var end = k + 1
            var coordinated = false
            while end < mentions.count, !coordinated, case let j = joint(mentions[end - 1], mentions[end]), j > 0 {
                coordinated = j == 2
                end += 1
            }
            defer { k = end }
            guard end - k >= 2, coordinated else { continue }
            // (As many typed as untyped at least: one wrong type does not make a list's.)
            let sure = (k..<end).filter { sureness[$0] >= 2 }
            guard let t = sure.first.map({ mentions[$0].type }), t == .person, sure.allSatisfy({ mentions[$0].type == t }), sure.count < end - k,
                  sure.count >= 2, sure.count * 2 >= end - k else { continue }
            for j in k..<end where sureness[j] <= 1 {
                mentions[j].type = t
                sureness[j] = 2
            }
        }
    }

    /// Names that are a list's items, one a paragraph ("01. Robert Plant" … "26. Serj Tankian", "• Acme Corp"), are
    /// of one kind: in three such paragraphs in a row or more, where every item is of one type or other, two a list
    /// or a rule typed, and half the items at least are of that type, the items typed other by the name typer or
    /// by nothing take that type ("Serj Tankian", "Geddy Lee" among singers; their given names are in no list). (Not a
    /// list of two kinds: members and their constituencies, one a paragraph, stay people and places.)
    static func shareListItemTypes(_ mentions: inout [Mention], _ sureness: inout [UInt8], _ paragraphs: [Paragraph],
                                   _ b: UnsafeBufferPointer<UInt8>) {
        // A paragraph that is only this mention, an enumerator or a bullet before it, punctuation after it.
        func isItem(_ m: Mention) -> Bool {
            guard let r = paragraphRange(m.paragraph, paragraphs), r.start <= m.range.start, m.range.end <= r.end else { return false }
            for k in r.start..<m.range.start {
                let c = b[k]
                guard c == 0x20 || c == 0x09 || c >= 0x30 && c <= 0x39 || c == 0x2E || c == 0x29 || c == 0x2D || c == 0x2A
                        || c == 0xE2 || c == 0x80 || c == 0xA2 || c == 0x93 else { return false }  // (•, – as UTF-8)
            }
            for k in m.range.end..<r.end {
                let c = b[k]
                guard c == 0x20 || c == 0x09 || c == 0x2E || c == 0x3A || c == 0x2C else { return false }
            }
            return true
        }
        var items: [Int] = []  // indices of mentions that are items, in order
        var k = 0
        while k < mentions.count {
            var end = k + 1
            while end < mentions.count, mentions[end].paragraph == mentions[k].paragraph { end += 1 }
            if end == k + 1, isItem(mentions[k]) { items.append(k) }
            k = end
        }
        var i = 0
        while i < items.count {
            var end = i + 1
            while end < items.count, mentions[items[end]].paragraph == mentions[items[end - 1]].paragraph + 1 { end += 1 }
            defer { i = end }
            let run = items[i..<end]
            guard run.count >= 3 else { continue }
            let sure = run.filter { sureness[$0] >= 2 }
            guard let t = sure.first.map({ mentions[$0].type }), t != .other, run.allSatisfy({ mentions[$0].type == t || mentions[$0].type == .other }),
                  sure.count >= 2, case let typed = run.filter({ mentions[$0].type == t }).count, typed < run.count, typed * 2 >= run.count else { continue }
            for j in run where sureness[j] <= 1 {
                mentions[j].type = t
                sureness[j] = 2
            }
        }
    }

    /// The range of the paragraph whose index (1-based) is `index`: most often the one at `index - 1`.
    static func paragraphRange(_ index: Int, _ paragraphs: [Paragraph]) -> TextRange? {
        if index >= 1, index <= paragraphs.count, paragraphs[index - 1].index == index { return paragraphs[index - 1].range }
        return paragraphs.first { $0.index == index }?.range
    }

    /// Authors in a reference list, as medicine and the sciences cite them — a surname and initials without dots,
    /// "Zhu YI, Stiller MJ. Dapsone and sulfones … 2001;45(3):420–34.", "4. Medlock J and Galvani AP . Optimizing …":
    /// in a paragraph with a year, a name of that shape that opens the paragraph (after an enumerator) or follows
    /// another one with only commas, "and" or "&" between them, and that a comma, a full stop, "and", "&" or "et al"
    /// follows, is a person's.
    static func typeCitedAuthors(_ mentions: inout [Mention], _ sureness: inout [UInt8], _ paragraphs: [Paragraph],
                                 _ b: UnsafeBufferPointer<UInt8>) {
        func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
        func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
        // "Stiller MJ", "Nguyen-Van-Tam JS", "Li Q": capitalised words with small letters, then one to three capitals.
        func shaped(_ r: TextRange) -> Bool {
            // (Asked of every mention: most end in a small letter, and are answered by their last byte.)
            guard r.end - r.start >= 4, isUpper(b[r.end - 1]) else { return false }
            let words = b[r.start..<r.end].split(separator: 0x20)
            guard words.count >= 2, let last = words.last, (1...3).contains(last.count), last.allSatisfy(isUpper) else { return false }
            return words.dropLast().allSatisfy { w in isUpper(w.first!) && w.contains(where: isLower) }
        }
        // The bytes between two places are only spaces, commas, semicolons, "&" and "and" (or an enumerator at a
        // paragraph's start).
        func onlyJoiners(_ from: Int, _ to: Int, enumerator: Bool) -> Bool {
            var k = from
            while k < to {
                let c = b[k]
                if c == 0x20 || c == 0x2C || c == 0x3B || c == 0x26 || enumerator && (c >= 0x30 && c <= 0x39 || c == 0x2E || c == 0x29) {
                    k += 1
                } else if !enumerator, k + 3 <= to, b[k] == 0x61, b[k + 1] == 0x6E, b[k + 2] == 0x64 {
                    k += 3
                } else {
                    return false
                }
            }
            return true
        }
        func endsName(_ at: Int, _ end: Int) -> Bool {
            var k = at
            while k < end, b[k] == 0x20 { k += 1 }
            guard k < end else { return false }
            if b[k] == 0x2C || b[k] == 0x2E || b[k] == 0x26 || b[k] == 0x3B { return true }
            let rest = b[k..<min(end, k + 6)]
            return rest.starts(with: "and ".utf8) || rest.starts(with: "et al".utf8)
        }
        func hasYear(_ r: TextRange) -> Bool {
            var k = r.start
            while k + 4 <= r.end {
                if (b[k] == 0x31 && b[k + 1] == 0x39 || b[k] == 0x32 && b[k + 1] == 0x30), (k + 2..<k + 4).allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }),
                   k == r.start || !(b[k - 1] >= 0x30 && b[k - 1] <= 0x39), k + 4 == r.end || !(b[k + 4] >= 0x30 && b[k + 4] <= 0x39) {
                    return true
                }
                k += 1
            }
            return false
        }
        var k = 0
        while k < mentions.count {
            guard shaped(mentions[k].range) else { k += 1; continue }
            guard let r = paragraphRange(mentions[k].paragraph, paragraphs), onlyJoiners(r.start, mentions[k].range.start, enumerator: true), hasYear(r) else { k += 1; continue }
            // The chain of authors from the paragraph's start.
            var j = k
            while j < mentions.count, mentions[j].paragraph == mentions[k].paragraph, shaped(mentions[j].range), endsName(mentions[j].range.end, r.end),
                  j == k || onlyJoiners(mentions[j - 1].range.end, mentions[j].range.start, enumerator: false) {
                if sureness[j] < 3 {
                    mentions[j].type = .person
                    sureness[j] = 3
                }
                j += 1
            }
            k = max(j, k + 1)
        }
    }

    static let coordinatorGaps: [[UInt8]] = [", ", " and ", " or ", ", and ", ", or ", " & "].map { Array($0.utf8) }

    /// A word inside an address, written against a dot, "@", "/" or "_" ("sajid.javid.mp@parliament.uk",
    /// "example.com/rishi-sunak"): no word of the text.
    static func inAddress(_ t: TextToken, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        func joins(_ c: UInt8) -> Bool { c == 0x2E || c == 0x40 || c == 0x2F || c == 0x5F }
        if t.start > 0, joins(text[t.start - 1]) || text[t.start - 1] == 0x2D { return true }
        guard t.end + 1 < text.count, joins(text[t.end]) else { return false }
        let next = text[t.end + 1]
        return next >= 0x30 && next <= 0x39 || next | 0x20 >= 0x61 && next | 0x20 <= 0x7A
    }

    /// One type for a name in an article: where its mentions were typed two ways ("in Brookhaven" a
    /// place, "Brookhaven" alone other), each mention votes for its type by how sure it is, and the
    /// surest type wins (ties go to the type seen first); mentions no rule typed (sureness 0) do not vote.
    static func agreeTypes(_ mentions: inout [Mention], _ sureness: [UInt8]) {
        let types = EntityType.allCases
        // Per name: its votes by type and the order its types were first seen (-1: not seen) — a plain
        // value, changed in place in the table (no arrays to copy and free for each mention).
        struct Tally {
            var votes = SIMD4<Int>()
            var order = SIMD4<Int>(repeating: -1)
            var seen = 0
            mutating func add(_ t: Int, _ vote: Int) {
                if order[t] < 0 { order[t] = seen; seen += 1 }
                votes[t] += vote
            }
        }
        var tallies: [String: Tally] = [:]
        tallies.reserveCapacity(mentions.count)
        for (k, m) in mentions.enumerated() {
            tallies[m.entity, default: Tally()].add(types.firstIndex(of: m.type)!, Int(sureness[k]))
        }
        var chosen: [String: EntityType] = [:]
        // A name with two types or more takes the one with the most votes (the first seen of equals).
        for (name, tally) in tallies where tally.seen >= 2 {
            var best = -1
            for t in 0..<4 where tally.order[t] >= 0 {
                if best < 0 || tally.votes[t] > tally.votes[best] || (tally.votes[t] == tally.votes[best] && tally.order[t] < tally.order[best]) { best = t }
            }
            guard tally.votes[best] > 0 else { continue }
            chosen[name] = types[best]
        }
        guard !chosen.isEmpty else { return }
        for k in mentions.indices { if let t = chosen[mentions[k].entity] { mentions[k].type = t } }
    }

    /// Whether the tokens from `k` cite a work: "et al"; "(1989)" after a one-word name; and, for a name
    /// inside a citation's brackets or list (`inCitation`: after "(", ";", "," or "&"), ", 2007" or ", &
    /// Fennig, 2014" (not "the Mets, 2012").
    static func citesYearOrColleagues(_ tokens: [TextToken], after k: Int, single: Bool, inCitation: Bool) -> Bool {
        func isYear(_ i: Int) -> Bool { Self.isYear(tokens, i) }
        if tokens[k].isWord("et"), k + 1 < tokens.count, tokens[k + 1].isWord("al") { return true }
        if single, tokens[k].isPunctuation("("), isYear(k + 1), k + 2 < tokens.count, tokens[k + 2].isPunctuation(")") { return true }
        // "Brieber 2014;", "(… Milekic 2010)", "(Baron & Beresford 2014)": a year right after, closing the citation
        // or one of its list; "&" or "and", a name and the year ("Baron & Beresford 2014").
        if single || inCitation, isYear(k), k + 1 < tokens.count, tokens[k + 1].isPunctuation(")") || tokens[k + 1].isPunctuation(";") { return true }
        if inCitation, tokens[k].isPunctuation("&") || tokens[k].isWord("and"), k + 2 < tokens.count, tokens[k + 1].kind == .word,
           tokens[k + 1].isCapitalized, isYear(k + 2) || tokens[k + 2].isPunctuation(",") && isYear(k + 3) { return true }
        guard inCitation, tokens[k].isPunctuation(",") else { return false }
        if isYear(k + 1) { return true }
        // ", & Fennig, 2014": the list of authors goes on to its year.
        var i = k + 1
        for _ in 0..<8 {
            guard i < tokens.count else { return false }
            if isYear(i) { return true }
            guard tokens[i].isPunctuation(",") || tokens[i].isPunctuation("&") || tokens[i].kind == .word && (tokens[i].isCapitalized || tokens[i].isWord("and")) else { return false }
            i += 1
        }
        return false
    }

    /// Whether token `i` exists and is a year as citations write it: four digits from 1000 to 2999.
    static func isYear(_ tokens: [TextToken], _ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .word && tokens[i].bytes.count == 4 && tokens[i].bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && (tokens[i].bytes[0] == 0x31 || tokens[i].bytes[0] == 0x32)
    }

    /// Shaped like a name's word: a capital, then small letters ("Ahola", "O'Brien", "Jean-Pierre",
    /// "McDonald"); not an acronym or a product's camel case ("CentOS", "IM").
    static func isNameWord(_ w: String) -> Bool {
        // Most words start with a small letter or are plain ASCII: decide those on the bytes.
        var copy = w
        let ascii: Bool? = copy.withUTF8 { whole in
            // ("al-Assad", "el-Sisi": the name after an Arabic article joined by a hyphen.)
            let all = UnsafeBufferPointer(rebasing: whole[SpeakerResolver.articlePrefixLength(whole, capital: true)...])
            guard let f = all.first, !(f >= 0x61 && f <= 0x7A) else { return false }
            guard !all.contains(where: { $0 >= 0x80 }) else { return nil }
            let b = UnsafeBufferPointer(rebasing: all[0..<Gazetteer.possessiveLength(all)])
            guard b.count >= 2, b[0] >= 0x41 && b[0] <= 0x5A, b.contains(where: { $0 >= 0x61 && $0 <= 0x7A }),
                  !b.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            for k in 1..<b.count where b[k] >= 0x41 && b[k] <= 0x5A {
                let mc = k >= 2 && b[k - 2] == 0x4D && b[k - 1] == 0x63
                let mac = k >= 3 && b[k - 3] == 0x4D && b[k - 2] == 0x61 && b[k - 1] == 0x63
                if !(b[k - 1] == 0x27 || b[k - 1] == 0x2D || mc || mac) { return false }
            }
            return true
        }
        if let ascii { return ascii }
        let chars = Array(Gazetteer.stripPossessive(w))
        guard let f = chars.first, f.isUppercase, chars.count >= 2, chars.contains(where: \.isLowercase) else { return false }
        for k in 1..<chars.count where chars[k].isUppercase {
            let before = String(chars[max(0, k - 3)..<k])
            if !(chars[k - 1] == "'" || chars[k - 1] == "-" || chars[k - 1] == "\u{2019}" || before.hasSuffix("Mc") || before.hasSuffix("Mac")) { return false }
        }
        return !chars.contains(where: \.isNumber)
    }

    /// Acronyms the article spells out in small letters, a thing and no institution: "DRM (digital
    /// rights management)", "digital rights management (DRM)", "the gross domestic product (GDP)".
    static func noteAcronymsOfPhrases(_ tokens: [TextToken], into found: inout Set<String>) {
        var i = 1
        while i + 1 < tokens.count {
            defer { i += 1 }
            guard tokens[i].isPunctuation("("), tokens[i + 1].kind == .word else { continue }
            func smallWords(_ r: some Sequence<Int>, _ n: Int) -> [String] {
                var out: [String] = []
                for k in r {
                    guard tokens[k].kind == .word, !tokens[k].isCapitalized else { break }
                    out.append(tokens[k].text)
                    if out.count == n + 1 { break }
                }
                return out
            }
            // ACR (small words …)
            let before = tokens[i - 1]
            if before.kind == .word, isAcronym(before) {
                let acronym = before.text
                let n = acronym.filter(\.isLetter).count
                let words = smallWords((i + 1)..<tokens.count, n)
                if words.count >= n, SpeakerResolver.isAcronym(acronym, of: words.prefix(n)) { found.insert(acronym) }
            }
            // small words … (ACR)
            if i + 2 < tokens.count, tokens[i + 2].isPunctuation(")"), isAcronym(tokens[i + 1]) {
                let acronym = tokens[i + 1].text
                let n = acronym.filter(\.isLetter).count
                let words = Array(smallWords(stride(from: i - 1, through: max(0, i - n - 1), by: -1), n).reversed())
                if words.count >= n, SpeakerResolver.isAcronym(acronym, of: words.suffix(n)) { found.insert(acronym) }
            }
        }
    }

    /// A capitalised small word after a word that ends in a full stop opens a new sentence: "… moved to
    /// the U.K. The Soviet Union fell" (the splitter keeps "U.K." whole, and "The" is no part of a name).
    static func opensSentenceAfterAbbreviation(_ tokens: [TextToken], _ k: Int) -> Bool {
        guard k > 0, k < tokens.count, tokens[k].kind == .word, tokens[k - 1].kind == .word, tokens[k - 1].bytes.last == 0x2E else { return false }
        return SpeakerResolver.isFunctionWord(tokens[k]) || tokens[k].isIn(.sentenceWords)
    }

    /// The pronoun "I" contracted: "I'm", "I’ve", "I'd", "I'll".
    static func isContractedI(_ t: TextToken) -> Bool {
        let b = t.bytes
        return b.count >= 2 && b[0] == 0x49 && (b[1] == 0x27 || (b.count >= 4 && b[1] == 0xE2 && b[2] == 0x80 && b[3] == 0x99))
    }

    static func isAcronym(_ w: String) -> Bool {
        var copy = w
        let ascii: Bool? = copy.withUTF8 { b in
            guard let f = b.first, !(f >= 0x61 && f <= 0x7A) else { return false }
            return f < 0x80 ? asciiAcronym(b) : nil
        }
        if let ascii { return ascii }
        return w.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." || $0 == "-" } && !w.dropFirst().isEmpty && w.contains { $0.isLetter }
    }

    static func isAcronym(_ t: TextToken) -> Bool {
        guard t.kind == .word, !t.isASCII || t.isCapitalized || t.bytes[0] < 0x41 else { return false }
        if t.isASCII { return asciiAcronym(t.bytes) ?? false }
        // A first letter that is small or has no case (Devanagari, Chinese) is no capital.
        // (The first scalar decoded from the bytes: no string made for the many words that start small.)
        if let f = TextTokenizer.firstScalar(t.bytes), f.properties.generalCategory == .otherLetter || f.properties.generalCategory == .lowercaseLetter {
            return false
        }
        return isAcronym(t.text)
    }

    /// ASCII first: capitals, digits, dots and hyphens only, with a letter; any small letter ends it.
    /// nil when the bytes are not all ASCII.
    static func asciiAcronym(_ w: UnsafeBufferPointer<UInt8>) -> Bool? {
        var letters = 0
        for c in w {
            if c >= 0x80 { return nil }
            if c >= 0x41 && c <= 0x5A { letters += 1 } else if !(c >= 0x30 && c <= 0x39 || c == 0x2E || c == 0x2D) { return false }
        }
        return w.count >= 2 && letters > 0
    }

    /// Whether the last part of a hyphenated word starts with a small letter ("Kremlin-aligned").
    static func lastPartIsLowercase(_ t: TextToken) -> Bool {
        guard t.isASCII else { return t.text.split(separator: "-").last?.first?.isLowercase == true }
        let b = t.bytes
        var k = b.count
        while k > 0, b[k - 1] == 0x2D { k -= 1 }  // empty parts at the end are no parts
        var s = k
        while s > 0, b[s - 1] != 0x2D { s -= 1 }
        return s < k && b[s] >= 0x61 && b[s] <= 0x7A
    }

    /// The candidate names of one paragraph.
    /// Appended to `out` (the article's candidates).
    /// Their words are appended to `words`.
    /// `pieces`: a list for `split` to fill, one for the article.
    static func candidatesIn(_ tokens: [TextToken], paragraph: Int, gazetteer: Gazetteer, into out: inout [Candidate], words allWords: inout [String],
                             pieces: inout [Range<Int>], textCount: Int) {
        // Mostly capitals (a shouted quotation, a headline): only the gazetteer is trusted.
        // (Counted until the answer is known: in most paragraphs half the words are no acronyms well before the end.)
        let words = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        var shouting = false
        if words >= 4 {
            var acronyms = 0, others = 0
            for t in tokens where t.kind == .word {
                if isAcronym(t) {
                    acronyms += 1
                    if acronyms * 2 > words { shouting = true; break }
                } else {
                    others += 1
                    if others * 2 >= words { break }
                }
            }
        }
        let first = out.count
        var i = 0
        var sentenceStart = true
        while i < tokens.count {
            let t = tokens[i]
            // ("Dr. Bailey", "Mr. Clyburn": an honorific's dot ends no sentence.)
            if t.kind == .punctuation && t.end - t.start == 1 && (t.mark == "." || t.mark == "!" || t.mark == "?" || t.mark == ":") {
                sentenceStart = !Self.isHonorificDot(tokens, i) && !Self.isNameAbbreviationDot(tokens, i) && !Self.isNumberSignDot(tokens, i)
                i += 1
                continue
            }
            // A quotation opened after punctuation or at the paragraph's start starts a sentence: `she said,
            // "Frankly, …"`, `A: "Honestly, …"` (not `called it "Operation Sunrise"`).
            if t.kind == .quoteMark, i == 0 || tokens[i - 1].kind != .word { sentenceStart = true; i += 1; continue }
            if t.kind != .word { i += 1; continue }
            let startsSentence = sentenceStart
            sentenceStart = false
            // Wiki markup: "((WN))" interview tags and "((hi))Hindi language:" translation notes.
            if i >= 2, tokens[i - 1].isPunctuation("("), tokens[i - 2].isPunctuation("(") { i += 1; continue }
            if i >= 2, tokens[i - 1].isPunctuation(")"), tokens[i - 2].isPunctuation(")") { i += 1; continue }
            let hyphenatedAdjective = t.hasHyphen && (!t.isCapitalized || lastPartIsLowercase(t))
            // ("socket.AF_INET": a code's identifier names nothing.)
            if t.isCapitalized, t.inIdentifier(textCount: textCount) { i += 1; continue }
            guard t.isCapitalized, !hyphenatedAdjective else {
                // "pro-Moscow", "ex-Soviet", "Kremlin-aligned": the capitalised part is a mention.
                if t.hasHyphen {
                    // The parts between hyphens, looked up on their bytes.
                    let b = t.bytes
                    var lo = 0
                    for k in 0...b.count where k == b.count || b[k] == 0x2D {
                        defer { lo = k + 1 }
                        guard let entry = gazetteer.entries.value(UnsafeBufferPointer(rebasing: b[lo..<k])) else { continue }
                        var token = t
                        token.setRange(start: t.start + lo, end: t.start + k)
                        allWords.append(token.text)
                        out.append(Candidate(range: i..<(i + 1), wordRange: (allWords.count - 1)..<allWords.count, gazetteer: entry, evidence: entry.type,
                                             paragraph: paragraph, sentenceStart: false, part: TextRange(token.start, token.end)))
                    }
                }
                i += 1
                continue
            }
            // "New York-based", "Los Angeles-area", "Hong Kong-listed": a known name of two words or more whose
            // last word goes on with a hyphen and small letters is a mention of the name.
            // (After an article opening the sentence: "The Hong Kong-listed company".)
            if tokens[i].isWord("a") || tokens[i].isWord("an") || tokens[i].isWord("the"), i + 1 < tokens.count,
               Self.knownNameBeforeSuffix(tokens, i + 1, gazetteer) != nil {
                i += 1
                continue
            }
            if let (end, entry, cut) = Self.knownNameBeforeSuffix(tokens, i, gazetteer) {
                let w0 = allWords.count
                for k in i..<(end - 1) { allWords.append(tokens[k].text) }
                var last = tokens[end - 1]
                last.setRange(start: last.start, end: cut)
                allWords.append(last.text)
                out.append(Candidate(range: i..<end, wordRange: w0..<allWords.count, gazetteer: entry, evidence: entry.type,
                                     paragraph: paragraph, sentenceStart: startsSentence, part: TextRange(tokens[i].start, cut)))
                i = end
                continue
            }
            if let (length, entry) = gazetteer.match(tokens, at: i),
               // (A title's word that is an institution's too goes on with the name: "Cambridge University Press".)
               !(i + length < tokens.count && tokens[i + length].isCapitalized
                 // ("a Nevada Republican", "Texas Democrats": a party's member after a place is no part of its name,
                 // as a title is not; "the Texas Republican Party" is the party's.)
                 && !(entry.type == .place && Self.isPartyMember(tokens[i + length])
                      && !(i + length + 1 < tokens.count && tokens[i + length + 1].kind == .word
                           && Self.classesWithoutPossessive(tokens[i + length + 1]) & TokenClass.organisationWords.bit != 0))
                 && (!tokens[i + length].isIn(.roleWords) || tokens[i + length].isIn(.organisationWords)
                     && !(i + length + 1 < tokens.count && tokens[i + length + 1].kind == .word && tokens[i + length + 1].isCapitalized))
                 && !tokens[i + length - 1].bytes.hasSuffix("'s")
                 // (Two known names side by side are two names, unless the first is a given name too — "Victoria
                 // Derbyshire" is a woman — or an institution's acronym before a place that ends the name, its
                 // branch: "BBC Scotland", "CNN Philippines".)
                 && (gazetteer.match(tokens, at: i + length) == nil
                     || length == 1 && (GenderCues.femaleNames.contains(tokens[i].bytes) || GenderCues.maleNames.contains(tokens[i].bytes))
                     || length == 1 && entry.type == .organization && isAcronym(tokens[i]) && Self.placeEndsName(tokens, i + 1, gazetteer))
                 && !Self.opensSentenceAfterAbbreviation(tokens, i + length)),
               // ("the Newfoundland and Labrador Court of Appeal": a known place that begins an institution's
               // name through "and" is no mention of its own.)
               !(entry.type == .place && i + length < tokens.count && tokens[i + length].isWord("and") && Self.institutionAfter(i + length, tokens)),
               // ("Davao del Sur", "Santiago de Compostela": a known place, a small word of its language and a
               // capitalised word is a longer place's name.)
               !(entry.type == .place && Self.placeParticleAfter(tokens, i + length)),
               // ("Pennsylvania State University", "Ohio National Guard": titles' words and an institution's
               // after a place make the institution's name.)
               // (A country's short name stays the country's: "US Supreme Court", "U.S. Justice Department".)
               !(entry.type == .place && length == 1 && !isAcronym(tokens[i]) && !tokens[i].bytes.contains(0x2E)
                 && Self.institutionWordAfterTitles(tokens, i + length)),
               // ("Congress of Arts and Sciences", "Parliament of Victoria": an institution's word the gazetteer
               // knows alone, then "of" or "for" and a capitalised word, begins a longer name.)
               !(length == 1 && tokens[i].isIn(.organisationWords) && Self.opensOfPhrase(tokens, i + 1)) {
                // ("beat Newcastle 2-1", "Newcastle manager Eddie Howe": a place's name is a team's there.)
                if entry.type == .place, Self.namesTeam(tokens, i, i + length) {
                    var c = Candidate(range: i..<(i + length), wordRange: appendWords(tokens[i..<(i + length)], to: &allWords),
                                      gazetteer: nil, evidence: .organization, paragraph: paragraph, sentenceStart: startsSentence)
                    c.team = true
                    out.append(c)
                } else {
                    out.append(Candidate(range: i..<(i + length), wordRange: appendWords(tokens[i..<(i + length)], to: &allWords),
                                         gazetteer: entry, evidence: entry.type, paragraph: paragraph, sentenceStart: startsSentence))
                }
                i += length
                continue
            }
            if shouting { i += 1; continue }
            // "No. 2", "world No. 1": the number's sign names nothing.
            if tokens[i].end - tokens[i].start <= 3, i + 1 < tokens.count, Self.isNumberSignDot(tokens, i + 1) { i += 1; continue }
            // "Two Royal Navy ships were deployed", "Four Navy SEALs": a number's word opening the sentence
            // counts what follows; it is no part of a name.
            // (What it counts is many: the name's last word or the noun after it is a plural — not "Three
            // Dimensional Grid".)
            if startsSentence, tokens[i].kind == .word, Self.numberWords.contains(lowercasing: tokens[i]),
               i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
               case let end = (i + 1..<tokens.count).first(where: { !(tokens[$0].kind == .word && tokens[$0].isCapitalized) }) ?? tokens.count,
               Self.looksPlural(tokens[end - 1].bytes) || end < tokens.count && tokens[end].kind == .word && Self.looksPlural(tokens[end].bytes) {
                i += 1
                continue
            }
            // The capitalised run, with connectors inside it.
            var j = i
            while j < tokens.count {
                let u = tokens[j]
                // The pronoun "I" contracted ends a name ("DRM I'm"); so does "I" after "and" or "or" ("Team
                // and I"). A bare "I" after a name may be a numeral: "World War I", "Elizabeth I".
                // ("World No. 2 Aryna Sabalenka": a number's sign ends a name.)
                if u.kind == .word, u.isCapitalized, !(j > i && (Self.isContractedI(u) || Self.opensSentenceAfterAbbreviation(tokens, j)
                                                                  || u.end - u.start <= 3 && j + 1 < tokens.count && Self.isNumberSignDot(tokens, j + 1))) { j += 1; continue }
                // "Dr. Bailey", "Rep. Emanuel Cleaver": an honorific's dot inside the run.
                if u.kind == .punctuation, j > i, Self.isHonorificDot(tokens, j) { j += 1; continue }
                // "St. Louis", "Mt. Everest": an abbreviation's dot inside a name.
                if u.kind == .punctuation, j > i, Self.isNameAbbreviationDot(tokens, j) { j += 1; continue }
                // "Pacific Gas & Electric", "Marks & Spencer": an ampersand between capitalised words (not authors
                // cited: "(Smith & Jones, 2010)", "Smith & Jones et al.").
                // (Nor two given names: "Wyatt & Zach".)
                if u.isPunctuation("&"), j > i, j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
                   !Self.citationAfter(tokens, j + 1), !(j == i + 1 && tokens[i].isGivenName && tokens[j + 1].isGivenName) { j += 1; continue }
                if u.kind == .word, u.isIn(.connectors), j + 1 < tokens.count, tokens[j + 1].isCapitalized,
                   !Self.isContractedI(tokens[j + 1]), !(tokens[j + 1].bytes.count == 1 && tokens[j + 1].bytes[0] == 0x49), j > i { j += 1; continue }
                // "Food and Drink Federation", "Department of Health and Human Services": "and" inside an
                // institution's name, the capitalised words after it ending in an institution's word.
                if u.kind == .word, j > i, u.isWord("and"), Self.institutionAfter(j, tokens) || Self.fieldsAfterOf(tokens, and: j, from: i) { j += 1; continue }
                // "European Automobile Manufacturers' Association", "National Farmers’ Union": a plural's
                // apostrophe inside an institution's name (the capitalised words after it end in an
                // institution's word).
                if u.kind == .punctuation, j > i, Self.isNameApostrophe(j, tokens, from: i) { j += 1; continue }
                // Name particles, one or two, between capitalised words: "Ursula von der Leyen".
                if j > i, let m = SpeakerResolver.capitalAfterParticles(tokens, j) { j = m; continue }
                break
            }
            let run = i..<j
            i = j
            // One word is one piece (most runs): `split` and its pass over the run skipped.
            if run.count == 1 {
                if let c = candidate(run, tokens, paragraph: paragraph, sentenceStart: startsSentence, gazetteer: gazetteer, words: &allWords) {
                    out.append(c)
                }
                continue
            }
            split(run, tokens, into: &pieces)
            splitBeforeGivenName(&pieces, tokens, gazetteer: gazetteer)
            splitBeforeTitledName(&pieces, tokens, gazetteer: gazetteer)
            for piece in pieces {
                if let c = candidate(piece, tokens, paragraph: paragraph, sentenceStart: startsSentence && piece.lowerBound == run.lowerBound,
                                     gazetteer: gazetteer, words: &allWords) {
                    out.append(c)
                }
            }
        }
        if out.count > first, !shouting { nameQuotedTitles(tokens, paragraph: paragraph, gazetteer: gazetteer, from: first, in: &out, words: &allWords) }
    }

    /// Small words a title writes in small letters: "The Case for Colonialism", "Once Upon a Time in Hollywood".
    static let titleSmallWords = WordLists.set("EntityRecognizer.titleSmallWords")
    static let titleFirstWords = WordLists.set("EntityRecognizer.titleFirstWords")

    /// A quotation of two to twelve words in title case is the name of a work, a slogan or a principle: "“My
    /// Heart Will Go On”", "“The Case for Colonialism”", "“Free, Prior and Informed Consent”", "“Committee to
    /// Reelect the President”". Its capitalised words are no names of their own ("Prior" no person, "Soil" of
    /// "“Blood and Soil”" no place): the candidates inside it give way to one, the whole title — an
    /// organisation's when its first word is an institution's, another thing's otherwise (none when a
    /// comma or a colon parts it). A title is told from two or three capitalised words ("“Kali Linux”",
    /// "“Matthew Davis”", left to the other rules) by a small word in small letters or a function word first
    /// ("“These Dreams”"); a name the gazetteer knows as the whole quotation stays that name.
    static func nameQuotedTitles(_ tokens: [TextToken], paragraph: Int, gazetteer: Gazetteer, from first: Int, in out: inout [Candidate],
                                 words allWords: inout [String]) {
        func isDoubleQuote(_ t: TextToken, opening: Bool) -> Bool {
            t.kind == .quoteMark && (t.mark == "\"" || t.mark == (opening ? "\u{201C}" : "\u{201D}"))
        }
        var rebuilt: [Candidate] = []
        var changed = false
        var c = first
        var i = 0
        while i < tokens.count {
            guard isDoubleQuote(tokens[i], opening: true) else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, j - i <= 16, tokens[j].kind != .quoteMark { j += 1 }
            guard j < tokens.count, j - i <= 16, isDoubleQuote(tokens[j], opening: false) else { i += 1; continue }
            defer { i = j + 1 }
            let lo = i + 1
            var hi = j
            if hi > lo, tokens[hi - 1].kind == .punctuation, [",", ".", "!", "?"].contains(tokens[hi - 1].mark) { hi -= 1 }
            var capitalised = 0, small = 0, words = 0
            var parted = false, mixedCase = false, title = true
            for k in lo..<hi {
                let t = tokens[k]
                if t.kind == .word {
                    words += 1
                    if t.isCapitalized {
                        capitalised += 1
                        if !isAcronym(t) { mixedCase = true }
                    } else if t.isIn(titleSmallWords) {
                        small += 1
                    } else {
                        title = false
                        break
                    }
                } else if t.isPunctuation(",") || t.isPunctuation(":") {
                    parted = true
                } else if !t.isPunctuation("&") {
                    title = false
                    break
                }
            }
            guard title, mixedCase, capitalised >= 2, words <= 12, tokens[lo].kind == .word, tokens[lo].isCapitalized,
                  small > 0 || parted || SpeakerResolver.isFunctionWord(tokens[lo]) || titleFirstWords.contains(lowercasing: tokens[lo]) else { continue }
            // (A name the gazetteer knows, quoted whole: "“Bank of America”".)
            if let (length, _) = gazetteer.match(tokens, at: lo), lo + length == hi { continue }
            // (The candidates are in the order of the text: those before the title are copied as they are, those
            // inside it are the next ones — one pass over the paragraph's candidates for all its titles.)
            if !changed { rebuilt.reserveCapacity(out.count - first + 1); changed = true }
            while c < out.count, out[c].range.lowerBound < lo { rebuilt.append(out[c]); c += 1 }
            var e = c
            while e < out.count, out[e].range.lowerBound < hi, out[e].range.upperBound <= hi { e += 1 }
            // (A name the gazetteer knows inside it, or a person's given name and surname, stays, and the title is
            // no mention then — mentions do not nest: "“Made in Germany”", "“The Wit and Wisdom of Michael Bloomberg”".)
            var kept = false
            for k in c..<e where out[k].gazetteer != nil || out[k].range.count >= 2 && tokens[out[k].range.lowerBound].isGivenName && out[k].part == nil {
                rebuilt.append(out[k])
                kept = true
            }
            c = e
            guard !parted, !kept else { continue }
            let institution = tokens[lo].isIn(.organisationWords) && !tokens[lo].isIn(.roleWords)
            let w = appendWords(tokens[lo..<hi], to: &allWords)
            rebuilt.append(Candidate(range: lo..<hi, wordRange: w, gazetteer: nil, evidence: institution ? .organization : .other,
                                     paragraph: paragraph, sentenceStart: false))
        }
        if changed {
            rebuilt.append(contentsOf: out[c...])
            out.replaceSubrange(first..., with: rebuilt)
        }
    }

    /// The word lists a token's word is in, without its possessive ("Governor’s" is a title's word).
    static func classesWithoutPossessive(_ t: TextToken) -> UInt64 {
        t.hasApostrophe ? (TokenClass.table.value(SpeakerResolver.lowercase(Gazetteer.stripPossessive(t.text))) ?? 0) : t.classes
    }

    /// A team's plural: a capitalised word of four letters or more ending in "s" (not "ss", not an apostrophe's),
    /// in none of the lists of places, institutions or titles, and no plural of a people or a party's members
    /// ("Texas Democrats", "Chicago Americans" are people).
    static func isTeamPlural(_ t: TextToken, gazetteer: Gazetteer) -> Bool {
        let b = t.bytes
        // (Teams' names that are no plurals in "s": "Boston Red Sox", "Miami Heat", "Utah Jazz".)
        if t.kind == .word, t.isCapitalized, Self.teamWords.contains(lowercasing: b) { return true }
        guard t.kind == .word, !t.hasApostrophe, b.count >= 4, b.last == 0x73, b[b.count - 2] != 0x73,
              // (not "Crisis", "Census", "Economics"; not a given name: "Charlotte Charles")
              !b.hasSuffix("is"), !b.hasSuffix("us"), !b.hasSuffix("ics"), !gazetteer.givenNames.contains(b),
              !t.isIn(.placeWords), !t.isIn(.organisationWords), !t.isIn(.roleWords), !t.isIn(.otherWords),
              gazetteer.demonyms.value(UnsafeBufferPointer(rebasing: b[0..<(b.count - 1)])) == nil,
              !Self.membersPlurals.contains(lowercasing: b) else { return false }
        return true
    }

    /// A surname that ends like a plural: a common one (`pluralSurnames`: "Jones", "Davies"), or after a
    /// given name a given name's patronymic ("Roberts", "Evans", "Hughes"; not so after a city alone:
    /// "Buffalo Bills").
    static func isPluralSurname(_ t: TextToken, afterGivenName: Bool, gazetteer: Gazetteer) -> Bool {
        let b = t.bytes
        guard t.kind == .word, b.count >= 4, b.last == 0x73 else { return false }
        if Self.pluralSurnames.contains(lowercasing: b) { return true }
        guard afterGivenName else { return false }
        if gazetteer.givenNames.contains(UnsafeBufferPointer(rebasing: b[0..<(b.count - 1)])) { return true }
        return b[b.count - 2] == 0x65 && gazetteer.givenNames.contains(UnsafeBufferPointer(rebasing: b[0..<(b.count - 2)]))
    }
    static let pluralSurnames = WordLists.set("EntityRecognizer.pluralSurnames")
    static let numberWords = WordLists.set("EntityRecognizer.numberWords")

    /// Shaped like a plural: four letters or more ending in "s", not in "ss", "us" or "is" ("ships",
    /// "Samoans"; not "is", "bus", "Congress").
    static func looksPlural(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count >= 4 && b[b.count - 1] == 0x73 && b[b.count - 2] != 0x73 && b[b.count - 2] != 0x75 && b[b.count - 2] != 0x69
    }
    static let membersPlurals = WordLists.set("EntityRecognizer.membersPlurals")
    static let irregularPlurals = WordLists.set("EntityRecognizer.irregularPlurals")
    static let thingAcronymWords = WordLists.set("EntityRecognizer.thingAcronyms")
    static let venueKinds = WordLists.set("EntityRecognizer.venueKinds")
    static let monthAbbreviations = WordLists.set("EntityRecognizer.monthAbbreviations")
    static let weekdayAbbreviations = WordLists.set("EntityRecognizer.weekdayAbbreviations")
    static let bodyKinds = WordLists.set("EntityRecognizer.bodyKinds")
    static let outletNouns = WordLists.set("EntityRecognizer.outletNouns")
    static let timeZones = WordLists.set("EntityRecognizer.timeZones")
    static let institutionAdjectives = WordLists.set("EntityRecognizer.institutionAdjectives")
    static let titlesAlone = WordLists.set("EntityRecognizer.titlesAlone")

    /// Whether a name's first word is an institution's adjective that is no title alone ("National Grid",
    /// "State Legislatures"; not "General Milley"): no person's name opens so.
    static func opensWithInstitutionAdjective(_ first: String) -> Bool {
        institutionAdjectives.contains(lowercasing: first) && !titlesAlone.contains(lowercasing: first)
    }

    /// The capitalised words from `k` on are followed by a year or "et al." as a citation's are: ", 2010",
    /// "(2010)", "et al".
    static func citationAfter(_ tokens: [TextToken], _ k: Int) -> Bool {
        var m = k
        while m < tokens.count, tokens[m].kind == .word, tokens[m].isCapitalized { m += 1 }
        guard m < tokens.count else { return false }
        if tokens[m].isWord("et") { return true }
        // ("(Heidenreich & Turano 2011; …)", "(Baron & Beresford 2014)": a year right after, then the
        // citation's punctuation.)
        if Self.isYear(tokens, m), m + 1 < tokens.count,
           tokens[m + 1].isPunctuation(")") || tokens[m + 1].isPunctuation(";") || tokens[m + 1].isPunctuation(",") || tokens[m + 1].isPunctuation(":") {
            return true
        }
        return (tokens[m].isPunctuation(",") || tokens[m].isPunctuation("(")) && Self.isNumber(tokens, m + 1)
    }

    /// A name the gazetteer knows, of two to four words, whose last word is written with a hyphen and small
    /// letters after it ("New York-based"): the end of its tokens, its entry and where the name ends.
    static func knownNameBeforeSuffix(_ tokens: [TextToken], _ i: Int, _ gazetteer: Gazetteer) -> (end: Int, entry: Gazetteer.Entry, cut: Int)? {
        // (The key is made only once the word with the suffix is found: most capitalised words start no such name.)
        for k in i..<min(tokens.count, i + 4) {
            let t = tokens[k]
            guard t.kind == .word, t.isCapitalized else { return nil }
            if k > i, t.hasHyphen, lastPartIsLowercase(t), let h = t.bytes.firstIndex(of: 0x2D) {
                let stem = String(decoding: t.bytes[t.bytes.startIndex..<h], as: UTF8.self)
                guard let entry = gazetteer.entries[(tokens[i..<k].map(\.text) + [stem]).joinedBySpaces()] else { return nil }
                return (k + 1, entry, t.start + (h - t.bytes.startIndex))
            }
            guard !t.hasHyphen else { return nil }
        }
        return nil
    }

    /// A name in commas after a description whose head is a title in small letters, with perhaps the place or
    /// body it serves after "for" or "of": "The Labour MP for Stockport, Navendu Mishra, said", "the mayor of
    /// London, Sadiq Khan,", "Its chief executive, Martin Oyelaran," (a title in capitals that is an acronym: "MP").
    /// (Not a title inside another phrase: "the home of the president, Camp David,".)
    static func afterTitledDescription(_ tokens: [TextToken], _ lo: Int, _ hi: Int) -> Bool {
        guard lo >= 2, hi < tokens.count, tokens[hi].isPunctuation(","), tokens[lo - 1].isPunctuation(",") else { return false }
        var k = lo - 2
        // The place or body served: capitalised words after "for" or "of".
        var m = k
        while m > 0, lo - 2 - m < 5, tokens[m].kind == .word, tokens[m].isCapitalized || tokens[m].isWord("the") { m -= 1 }
        if m < k, tokens[m].isWord("for") || tokens[m].isWord("of") { k = m - 1 }
        guard k >= 0, tokens[k].kind == .word, !tokens[k].isCapitalized || isAcronym(tokens[k]), tokens[k].isIn(.roleWords), !tokens[k].isIn(.adjectivalRoles),
              !tokens[k].isIn(.organisationWords) else { return false }
        // The description opens with an article or a possessive that no preposition comes before, past up to three words.
        var p = k - 1
        while p >= 0, k - p <= 3, tokens[p].kind == .word, !tokens[p].isIn(.determiners), !tokens[p].isIn(.possessivePronouns), !tokens[p].isIn(.prepositions) { p -= 1 }
        guard p >= 0, tokens[p].kind == .word, tokens[p].isIn(.determiners) || tokens[p].isIn(.possessivePronouns) else { return false }
        return p == 0 || !(tokens[p - 1].kind == .word && tokens[p - 1].isIn(.prepositions))
    }

    /// After a name: a comma, "a", "an" or "the", up to three words in small letters and a noun of what
    /// someone does (`Lexicon.occupations`, `Lexicon.personNouns`, a title), then a preposition, "who",
    /// punctuation or nothing — "Mia Bay, a historian at …", "Tom Reyes, the club's treasurer, …".
    static func apposedOccupation(_ tokens: [TextToken], after hi: Int) -> Bool {
        guard hi + 2 < tokens.count, tokens[hi].isPunctuation(","), tokens[hi + 1].kind == .word,
              tokens[hi + 1].isWord("a") || tokens[hi + 1].isWord("an") || tokens[hi + 1].isWord("the") else { return false }
        var k = hi + 2
        while k < min(tokens.count, hi + 5) {
            let t = tokens[k]
            // (Words before the noun: adjectives and owners, no article, verb or preposition — "a planet circling a
            // star in" is no one.)
            // (A body's or a team's name may stand among them, when the noun follows: ", the Tottenham head coach,".)
            guard t.kind == .word, !t.isIn(.determiners), !t.isIn(.prepositions),
                  !(t.bytes.count > 4 && t.lowerHasSuffix("ing")) || t.isIn(.roleWords) else { return false }
            if t.isCapitalized && !t.hasApostrophe { k += 1; continue }
            let noun = Self.isPersonNoun(t) || Self.sportRoles.contains(lowercasing: t)
                || t.isIn(.roleWords) && !t.isIn(.adjectivalRoles) && !t.isIn(.organisationWords)
            if noun {
                guard k + 1 < tokens.count else { return true }
                let next = tokens[k + 1]
                if next.kind == .punctuation { return true }
                if next.kind == .word, next.isIn(.prepositions) || next.isWord("who") { return true }
            }
            k += 1
        }
        return false
    }
    /// Whether a noun for an institution's kind is in apposition after a name ending before `hi`: ", the
    /// region's main utility,", ", a Texas company," (an article, up to two more words, the noun, then
    /// punctuation or a preposition; or a place's possessive and up to three more: ", Japan's largest chip
    /// equipment maker,").
    static func apposedInstitution(_ tokens: [TextToken], after hi: Int) -> Bool { apposedInstitutionKind(tokens, after: hi) != nil }
    /// Participles that say who made, runs or owns a body, after its kind: "the space company founded by …".
    static let institutionParticiples = WordLists.set("EntityRecognizer.institutionParticiples")

    /// The index of the institution's kind `apposedInstitution` finds after a name ending before `hi` ("company"
    /// of ", the space company founded by …"), nil if none. The kind ends the description: punctuation, a
    /// preposition, "that" or "which" follows, or a participle that says who made, runs or owns it ("founded
    /// by", "based in", "owned by"; not "a layered network designed to keep users anonymous").
    static func apposedInstitutionKind(_ tokens: [TextToken], after hi: Int) -> Int? {
        guard hi + 2 < tokens.count, tokens[hi].isPunctuation(","), tokens[hi + 1].kind == .word,
              case let owned = tokens[hi + 1].isCapitalized && tokens[hi + 1].isPossessive,
              owned || tokens[hi + 1].isWord("a") || tokens[hi + 1].isWord("an") || tokens[hi + 1].isWord("the") else { return nil }
        for k in (hi + 2)..<min(tokens.count, hi + (owned ? 6 : 5)) {
            let t = tokens[k]
            guard t.kind == .word, !t.isIn(.determiners), !t.isIn(.prepositions), !t.isIn(.roleWords) || t.isIn(.organisationWords) else { return nil }
            if !t.isCapitalized, isInstitutionKind(t) {
                guard k + 1 < tokens.count else { return k }
                let next = tokens[k + 1]
                let ends = next.kind == .punctuation || next.kind == .word && (next.isIn(.prepositions) || next.isWord("that") || next.isWord("which")
                    || k + 2 < tokens.count && Self.institutionParticiples.contains(lowercasing: next) && tokens[k + 2].isIn(.prepositions))
                return ends ? k : nil
            }
        }
        return nil
    }
    /// Verbs whose subject is a person, right after a name: "Pachomius died", "Chao married", "Galois was born",
    /// "Theodorus had died".
    static func personsVerbAfter(_ tokens: [TextToken], _ hi: Int) -> Bool {
        guard hi < tokens.count, tokens[hi].kind == .word, !tokens[hi].isCapitalized else { return false }
        // (A tense's or a passive's helper first: "was born", "has died", "had married".)
        let t = tokens[hi]
        let k = (t.isWord("was") || t.isWord("is") || t.isWord("has") || t.isWord("had") || t.isWord("have"))
            && hi + 1 < tokens.count && tokens[hi + 1].kind == .word ? hi + 1 : hi
        return k < tokens.count && tokens[k].kind == .word && !tokens[k].hasApostrophe && Self.personsVerbs.contains(lowercasing: tokens[k])
    }
    static let personsVerbs = WordLists.set("EntityRecognizer.personsVerbs")

    /// Whether a word in small letters at `hi` says what kind of body the body's kind after it is: "trade" of
    /// "trade union", "militant" of "militant group" (no verb, connective or function word).
    static func bodyKindAfterModifier(_ tokens: [TextToken], _ hi: Int) -> Bool {
        guard hi + 1 < tokens.count, case let m = tokens[hi], m.kind == .word, !m.isCapitalized, !m.hasApostrophe,
              !m.isIn(.speechVerbs), !m.isIn(.determiners), !m.isIn(.prepositions), !m.isIn(.clauseBreaks), !m.isIn(.connectors),
              !m.isIn(.pronouns), !m.isIn(.beForms), !m.isIn(.adverbs),
              case let kind = tokens[hi + 1], kind.kind == .word, !kind.isCapitalized, bodyKinds.contains(lowercasing: kind) else { return false }
        return hi + 2 == tokens.count || tokens[hi + 2].kind == .punctuation || tokens[hi + 2].kind == .word && !tokens[hi + 2].isCapitalized
    }

    /// Whether a place's or a body's possessive stands up to three words before the institution's kind at `kind`,
    /// with only words in small letters between: "Japan's biggest union federation", "the country's largest carmaker".
    static func ownerBeforeKind(_ tokens: [TextToken], kind: Int) -> Bool {
        var k = kind - 1
        while k >= 0, kind - k <= 4, tokens[k].kind == .word {
            if tokens[k].isPossessive { return true }
            if tokens[k].isCapitalized { return false }
            k -= 1
        }
        return false
    }
    /// What is owned in a company: "shares in Volvo Cars", "a stake in Chelsea".
    /// Whether a word opens a noun phrase as its article or its owner: "the", "a", "an", "her", "Amaral's".
    static func isArticleOrOwner(_ t: TextToken) -> Bool {
        t.isWord("the") || t.isWord("a") || t.isWord("an") || t.isIn(.possessivePronouns) || t.isPossessive
    }
    static let ownedParts = WordLists.set("EntityRecognizer.ownedParts")
    /// Kinds of works before their titles: "the novel Beloved", "her new film, Barbie,".
    static let workKinds = WordLists.set("EntityRecognizer.workKinds")

    /// Whether the name at `lo..<hi` is the title of a work whose kind comes right before it, or before a comma
    /// before it that a comma or a full stop after it closes; the kind after "the", "a" or a possessive, up to
    /// two words before it ("the 1999 film", "her debut novel", "Amaral's new novel"); or in apposition after it
    /// ("The Salt Roads, a novel set in …").
    static func titlesWork(_ tokens: [TextToken], _ lo: Int, _ hi: Int) -> Bool {
        // ("for The Salt Roads, a novel set in Donegal", "Oppenheimer, her latest film,": the kind in apposition after
        // the title, after "a", "an", "the" or a possessive and up to two words.)
        if hi + 2 < tokens.count, tokens[hi].isPunctuation(","), tokens[hi + 1].kind == .word, Self.isArticleOrOwner(tokens[hi + 1]),
           let w = ((hi + 2)..<min(hi + 5, tokens.count)).first(where: { !(tokens[$0].kind == .word && !tokens[$0].isCapitalized && !tokens[$0].isIn(.prepositions)) || workKinds.contains(lowercasing: tokens[$0]) }),
           tokens[w].kind == .word, workKinds.contains(lowercasing: tokens[w]) {
            return true
        }
        // (A title's own article is outside the name: "novel, The Salt Between Us,".)
        let lo = lo >= 1 && (tokens[lo - 1].isWord("the") || tokens[lo - 1].isWord("a")) && tokens[lo - 1].isCapitalized ? lo - 1 : lo
        guard lo >= 2 else { return false }
        let commas = tokens[lo - 1].isPunctuation(",")
        if commas, !(hi < tokens.count && (tokens[hi].isPunctuation(",") || tokens[hi].isPunctuation("."))) { return false }
        let w = commas ? lo - 2 : lo - 1
        guard w >= 1, tokens[w].kind == .word, !tokens[w].isCapitalized, workKinds.contains(lowercasing: tokens[w]) else { return false }
        var k = w - 1
        while k >= 0, w - k <= 3, tokens[k].kind == .word {
            let t = tokens[k]
            if Self.isArticleOrOwner(t) { return true }
            if t.isCapitalized || t.isIn(.prepositions) || t.isIn(.speechVerbs) { return false }
            k -= 1
        }
        return false
    }

    /// A person's relative or life after a name's possessive: "Chao's wife", "Galois' death", "Horomona's funeral".
    static func personsNounAfter(_ tokens: [TextToken], _ hi: Int) -> Bool {
        guard hi < tokens.count, hi > 0, tokens[hi - 1].isPossessive, tokens[hi].kind == .word, !tokens[hi].isCapitalized else { return false }
        return SpeakerResolver.kin.contains(lowercasing: tokens[hi]) || Self.personsLife.contains(lowercasing: tokens[hi])
    }
    static let personsLife = WordLists.set("EntityRecognizer.personsLife")
    static let teamWords = WordLists.set("EntityRecognizer.teamWords")
    static let clubWords = WordLists.set("EntityRecognizer.clubWords")

    /// The kind a name "is" after it: "is a neighborhood that", "was the first mayor of", "became a monk.",
    /// "is one of the oldest towns in" — "is", "was", "became" or "remains" (with "also", "now", "still" or
    /// "once"), "a", "an", "the" or "one of the", up to three words in small letters, and a noun of a place's
    /// kind, a person's or an institution's, before punctuation, a preposition, "who", "that" or "which".
    static func predicateKind(_ tokens: [TextToken], after hi: Int) -> EntityType? {
        guard hi + 2 < tokens.count, case let be = tokens[hi],
              be.isWord("is") || be.isWord("was") || be.isWord("became") || be.isWord("becomes") || be.isWord("remains") || be.isWord("remained")
        else { return nil }
        var k = hi + 1
        if tokens[k].isWord("also") || tokens[k].isWord("now") || tokens[k].isWord("still") || tokens[k].isWord("once") { k += 1 }
        guard k < tokens.count, tokens[k].kind == .word else { return nil }
        if tokens[k].isWord("one"), k + 2 < tokens.count, tokens[k + 1].isWord("of"), tokens[k + 2].isWord("the") { k += 3 }
        else if tokens[k].isWord("a") || tokens[k].isWord("an") || tokens[k].isWord("the") { k += 1 }
        else { return nil }
        let end = min(tokens.count, k + 4)
        while k < end {
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, !t.hasApostrophe, !t.isIn(.determiners), !t.isIn(.prepositions) else { return nil }
            // (The kind's noun closes the phrase: the text's end, punctuation, a preposition or a relative word next.)
            let closes = k + 1 == tokens.count || tokens[k + 1].kind == .punctuation
                || tokens[k + 1].isIn(.prepositions) || tokens[k + 1].isWord("who") || tokens[k + 1].isWord("that")
                || tokens[k + 1].isWord("which") || tokens[k + 1].isWord("where")
            if closes {
                if t.isIn(.placeWords) || Self.placeKindsBeforeOf.contains(lowercasing: t) || Self.placeNouns.contains(lowercasing: t) {
                    return .place
                }
                if Self.isPersonNoun(t)
                    || t.isIn(.roleWords) && !t.isIn(.adjectivalRoles) && !t.isIn(.organisationWords) {
                    return .person
                }
                if Self.isInstitutionKind(t) { return .organization }
                return nil
            }
            k += 1
        }
        return nil
    }
    static let placeNouns = WordLists.set("EntityRecognizer.placeNouns")

    /// Whether "to" at `to` says where someone goes or something is sent: a going or a sending up to five words
    /// before it in its clause ("moved to Tulsa", "travelled with Bonosus to Gaul", "travels north 15 miles to
    /// Skiatook", "from Jakarta to Pangkal Pinang"), the nearest deciding — not a message, a relation or a debt
    /// ("wrote a letter to Chevalier", "successor to Pachomius", "according to Reuters": no place).
    static func goesTo(_ tokens: [TextToken], _ to: Int) -> Bool {
        var k = to - 1
        while k >= 0, to - k <= 5, tokens[k].kind == .word {
            if Self.notGoingBeforeTo.contains(lowercasing: tokens[k]) { return false }
            if tokens[k].isWord("from") || Self.goingBeforeTo.contains(lowercasing: tokens[k]) { return true }
            k -= 1
        }
        return false
    }
    /// Words before "to" that make it name someone or something, no place: "a letter to Chevalier".
    static let notGoingBeforeTo = WordLists.set("EntityRecognizer.notGoingBeforeTo")
    /// Goings and sendings before "to" and a place: "moved to Tulsa", "flights to Neiafu".
    static let goingBeforeTo = WordLists.set("EntityRecognizer.goingBeforeTo")
    /// Whether a word is a kind of institution: a noun of `Lexicon.institutionNouns` ("agency", "group") or of
    /// `institutionKinds` ("operator", "maker").
    static func isInstitutionKind(_ t: TextToken) -> Bool { t.isIn(.institutionNouns) || institutionKinds.contains(lowercasing: t) }
    /// Whether a word is a noun for a person or an occupation (`Lexicon.personNouns`, `Lexicon.occupations`):
    /// "witness", "broadcaster".
    static func isPersonNoun(_ t: TextToken) -> Bool { Lexicon.occupations.contains(lowercasing: t) || Lexicon.personNouns.contains(lowercasing: t) }
    /// Kinds of companies and bodies besides `Lexicon.institutionNouns`, for `apposedInstitution`.
    static let institutionKinds = WordLists.set("EntityRecognizer.institutionKinds")
    static let unitsOfMeasure = WordLists.set("EntityRecognizer.unitsOfMeasure")
    /// Whether token `k` exists and is a number written in digits ("8", "2.3", "2021").
    static func isNumber(_ tokens: [TextToken], _ k: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .word && (0x30...0x39).contains(tokens[k].bytes[0])
    }
    static let venueCentres = WordLists.set("EntityRecognizer.venueCentres")
    static let placeWordsThatAreNames = WordLists.set("EntityRecognizer.placeWordsThatAreNames")
    static let peoplesPlural = WordLists.set("EntityRecognizer.peoplesPlural")
    /// Directions that, after a place, begin the name of another place, not a team's ("Caribbean West Indies").
    static let compassWords = WordLists.set("EntityRecognizer.compassWords")

    /// Whether token `k` is a place's kind, capitalised, before "of" and a capitalised word up to `last`.
    static func placeKindBeforeOf(_ tokens: [TextToken], _ k: Int, last: Int) -> Bool {
        k + 2 <= last && tokens[k].kind == .word && tokens[k].isCapitalized && tokens[k].isIn(.placeWords) && tokens[k + 1].isWord("of")
            && tokens[k + 2].isCapitalized
    }

    /// Whether "of" or "for" at `k` is followed by a capitalised word (an institution's name goes on).
    static func opensOfPhrase(_ tokens: [TextToken], _ k: Int) -> Bool {
        k + 1 < tokens.count && (tokens[k].isWord("of") || tokens[k].isWord("for")) && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
            && !SpeakerResolver.isFunctionWord(tokens[k + 1])
    }

    /// Whether the token at `k` is the dot of an honorific before a name: "Mr." in "Mr. Clyburn", "Dr." in
    /// "a Dr. Bailey" (the honorific capitalised, the dot touching it, a capitalised word after).
    static func isHonorificDot(_ tokens: [TextToken], _ k: Int) -> Bool {
        isDotBeforeName(tokens, k) && Lexicon.honorifics.contains(tokens[k - 1].lower)
    }

    /// A dot at `k` against a capitalised word before it, a capitalised word after it ("Dr. Bailey", "St.
    /// Louis"): whether that word is an honorific or a name's abbreviation the callers decide.
    static func isDotBeforeName(_ tokens: [TextToken], _ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k].isPunctuation(".") && tokens[k - 1].kind == .word && tokens[k - 1].end == tokens[k].start
            && tokens[k - 1].isCapitalized && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
    }

    /// A title in the plural ("Researchers", "Senators", "Reps."): the word without its "s" is a title's,
    /// and not an institution's ("Forces", "Services" are none).
    static func isPluralTitle(_ t: TextToken) -> Bool {
        guard t.kind == .word, t.isASCII, t.bytes.count >= 4, t.bytes.last == 0x73, t.bytes[t.bytes.count - 2] != 0x73 else { return false }
        let one = UnsafeBufferPointer(rebasing: t.bytes[0..<(t.bytes.count - 1)])
        let bits = TokenClass.table.value(one, lowercasing: true) ?? 0
        return bits & TokenClass.roleWords.bit != 0 && bits & TokenClass.organisationWords.bit == 0
    }

    /// Whether capitalised titles' words from `k` ("State", "National", "Supreme") lead to an institution's
    /// word ("University", "Guard", "Court").
    static func institutionWordAfterTitles(_ tokens: [TextToken], _ k: Int) -> Bool {
        // (A title's word first; then up to two more capitalised words: "Tyumen State Medical University".)
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].isIn(.roleWords), !tokens[k].isIn(.organisationWords)
        else { return false }
        var m = k + 1
        while m < tokens.count, m - k < 3, tokens[m].kind == .word, tokens[m].isCapitalized, !tokens[m].isIn(.organisationWords) { m += 1 }
        return m < tokens.count && tokens[m].kind == .word && tokens[m].isCapitalized && tokens[m].isIn(.organisationWords)
    }

    /// The title of one who runs a company at `k`, in small letters: "founder", "chairman", "chief executive"
    /// ("chief" before "executive", "operating", "financial").
    static func runsCompany(_ tokens: [TextToken], _ k: Int) -> Bool {
        guard tokens[k].kind == .word, !tokens[k].isCapitalized else { return false }
        return companyRoles.contains(lowercasing: tokens[k])
            || tokens[k].isWord("chief") && k + 1 < tokens.count && tokens[k + 1].kind == .word && chiefTitles.contains(lowercasing: tokens[k + 1].bytes)
    }

    /// Whether the name at `lo..<hi` is a team's by what follows it, as sports reports write them: a player's or
    /// a coach's title in small letters and a name ("Newcastle manager Eddie Howe", "Chelsea head coach Enzo
    /// Maresca", "England captain Harry Kane"), a score ("beat Newcastle 2-1"), or a result's verb and a score
    /// ("Aberdeen beat St Mirren 3-0"). (A place's or a given name's word is a team's there.)
    /// (`byScore`: a score or a result's verb counts, as it does after a place's name; after another name it may
    /// be a player's — "Jannik Sinner beat Carlos Alcaraz 6-4".)
    static func namesTeam(_ tokens: [TextToken], _ lo: Int, _ hi: Int, byScore: Bool = true) -> Bool {
        // "a 2-1 win over Tottenham", "their 3–0 defeat to Aberdeen": a known place after a result's noun that a score
        // comes before.
        if byScore, resultBefore(tokens, lo) { return true }
        guard hi < tokens.count, tokens[hi].kind == .word, !tokens[hi].isCapitalized else { return byScore && isScore(tokens, hi) }
        // (Not after a possessive: "Sinner's coach, Darren Cahill," is a player's.)
        guard !tokens[hi - 1].isPossessive else { return false }
        var k = hi
        if tokens[k].isWord("head") || tokens[k].isWord("assistant"), k + 1 < tokens.count, tokens[k + 1].isWord("coach") { k += 1 }
        if sportRoles.contains(lowercasing: tokens[k]) {
            // (Or after "the", the name in apposition before it: "Ange Postecoglou, the Tottenham head coach, said".)
            return nameFollows(tokens, k) || lo > 0 && tokens[lo - 1].isWord("the") && k + 1 < tokens.count && tokens[k + 1].kind == .punctuation
        }
        guard byScore else { return false }
        if isScore(tokens, hi) { return true }
        if resultVerbs.contains(lowercasing: tokens[hi]) {
            return (hi + 1..<min(hi + 7, tokens.count)).contains { isScore(tokens, $0) }
        }
        return false
    }
    static let sportRoles = WordLists.set("EntityRecognizer.sportRoles")
    static let resultNouns = WordLists.set("EntityRecognizer.resultNouns")
    /// A government's titles before "for" or "of" and a portfolio: "Minister for Home Affairs".
    static let portfolioTitles = WordLists.set("EntityRecognizer.portfolioTitles")

    /// Whether a result's noun and a preposition stand right before `lo`, a score up to two words before the noun:
    /// "a 2-1 win over", "their 3–0 defeat to", "a 1-1 draw with".
    static func resultBefore(_ tokens: [TextToken], _ lo: Int) -> Bool {
        guard lo >= 3, tokens[lo - 1].kind == .word, tokens[lo - 1].isWord("over") || tokens[lo - 1].isWord("to") || tokens[lo - 1].isWord("with")
                || tokens[lo - 1].isWord("against") || tokens[lo - 1].isWord("by"),
              tokens[lo - 2].kind == .word, resultNouns.contains(lowercasing: tokens[lo - 2]) else { return false }
        return (max(0, lo - 6)..<(lo - 2)).contains { isScore(tokens, $0) }
    }
    static let resultVerbs = WordLists.set("EntityRecognizer.resultVerbs")

    /// A score at `k`: "2-1", "3–0" (one or two digits, a hyphen or a dash, one or two digits).
    static func isScore(_ tokens: [TextToken], _ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        func digits<C: Collection<UInt8>>(_ c: C) -> Bool { (1...2).contains(c.count) && c.allSatisfy { (0x30...0x39).contains($0) } }
        let b = tokens[k].bytes
        // (Three tokens: "3", "–", "0".)
        if digits(b), k + 2 < tokens.count, tokens[k + 1].isPunctuation("–") || tokens[k + 1].isPunctuation("-"),
           tokens[k + 2].kind == .word, digits(tokens[k + 2].bytes) {
            return true
        }
        guard let dash = b.firstIndex(where: { !(0x30...0x39).contains($0) }) else { return false }
        if b[dash] == 0x2D { return digits(b[..<dash]) && digits(b[(dash + 1)...]) }
        // (An en dash, E2 80 93.)
        if b[dash] == 0xE2, dash + 2 < b.count, b[dash + 1] == 0x80, b[dash + 2] == 0x93 { return digits(b[..<dash]) && digits(b[(dash + 3)...]) }
        return false
    }

    /// Whether a capitalised word (a name) stands within three tokens after `k`: "chief executive Alan Joyce",
    /// "manager Eddie Howe", "captain, Harry Kane".
    /// Whether a title, a calling or a spokesperson's word in small letters, then a full name of two capitalised
    /// words, follow the name at `name`: "Met Éireann forecaster Liz Walsh" (not after an owner's "'s").
    static func namesEmployer(_ name: Range<Int>, _ tokens: [TextToken]) -> Bool {
        let k = name.upperBound
        guard k + 2 < tokens.count, !tokens[k - 1].hasApostrophe, tokens[k].kind == .word, !tokens[k].isCapitalized, !namesHome(name, tokens),
              tokens[k].isIn(.roleWords) || Lexicon.occupations.contains(lowercasing: tokens[k]) || Lexicon.spokespeople.contains(lowercasing: tokens[k]) else { return false }
        return twoCapitalised(tokens, k + 1)
    }

    /// Two capitalised words at `k` and after it: a full name's place ("… forecaster Liz Walsh").
    static func twoCapitalised(_ tokens: [TextToken], _ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
    }

    /// Whether "resident" or "native" and a full name follow the name at `name`: "Throgs Neck resident Michael Lopiano".
    static func namesHome(_ name: Range<Int>, _ tokens: [TextToken]) -> Bool {
        let k = name.upperBound
        guard k + 2 < tokens.count, !tokens[k - 1].hasApostrophe, tokens[k].isWord("resident") || tokens[k].isWord("native") else { return false }
        return twoCapitalised(tokens, k + 1)
    }

    /// Whether the name at `name` is told something: "told", "tells" or "telling" right before it, or before
    /// its "The" (a name of two words or more, or one after "The": "told Jones" may be a surname's).
    static func isToldTo(_ name: Range<Int>, _ tokens: [TextToken]) -> Bool {
        var k = name.lowerBound - 1
        let the = k > 0 && tokens[k].isWord("the")
        if the { k -= 1 }
        guard the || name.filter({ tokens[$0].kind == .word }).count >= 2 else { return false }
        // (Not people named by a title: "telling Tory MPs not to back it".)
        let last = tokens[name.upperBound - 1]
        guard !last.isIn(.roleWords), !(last.bytes.count >= 3 && last.bytes.last == 0x73
            && (TokenClass.table.value(UnsafeBufferPointer(rebasing: last.bytes.dropLast()), lowercasing: true) ?? 0) & TokenClass.roleWords.bit != 0) else { return false }
        // (Nor a name that describes the one told: "told African American radio host Charlamagne tha God".)
        let after = name.upperBound
        guard after == tokens.count || tokens[after].kind != .word || SpeakerResolver.isFunctionWord(tokens[after])
                || tokens[after].isIn(.prepositions) || tokens[after].isIn(.clauseBreaks) else { return false }
        return k >= 0 && (tokens[k].isWord("told") || tokens[k].isWord("tells") || tokens[k].isWord("telling"))
    }

    static func nameFollows(_ tokens: [TextToken], _ k: Int) -> Bool {
        (k + 1..<min(k + 4, tokens.count)).contains { tokens[$0].kind == .word && tokens[$0].isCapitalized }
    }

    /// A party's member as a noun, in the singular or the plural ("Republican", "Democrats"), as
    /// `SpeakerResolver.partyMembers` lists them.
    static func isPartyMember(_ t: TextToken) -> Bool {
        guard t.kind == .word else { return false }
        let lower = t.lower
        return SpeakerResolver.partyMembers.contains(lower) || lower.hasSuffix("s") && SpeakerResolver.partyMembers.contains(String(lower.dropLast()))
    }

    /// Whether a place the gazetteer knows starts at `k` and no capitalised word follows it.
    static func placeEndsName(_ tokens: [TextToken], _ k: Int, _ gazetteer: Gazetteer) -> Bool {
        guard let (length, entry) = gazetteer.match(tokens, at: k), entry.type == .place else { return false }
        let after = k + length
        return after >= tokens.count || tokens[after].kind != .word || !tokens[after].isCapitalized
    }

    /// Whether a small word of a place's name in its language ("del", "de", "do") and a capitalised word
    /// follow at `k`: "Davao del Sur", "Santiago de Compostela".
    static func placeParticleAfter(_ tokens: [TextToken], _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, placeNameParticles.contains(tokens[k].lower) else { return false }
        return tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
    }
    static let placeNameParticles: Set<String> = WordLists.strings("EntityRecognizer.placeNameParticles")

    /// The dot of "No." before a number ("World No. 2", "No. 10 Downing Street"): a sign, no sentence's end.
    static func isNumberSignDot(_ tokens: [TextToken], _ k: Int) -> Bool {
        // (Asked at every capitalised word of a run: the dot first, then the bytes, no string made.)
        guard k > 0, k + 1 < tokens.count, tokens[k].kind == .punctuation, tokens[k].isPunctuation("."),
              case let w = tokens[k - 1], w.kind == .word, w.end == tokens[k].start, case let b = w.bytes,
              b.count == 2 || b.count == 3 && (b[2] | 0x20) == 0x73, (b[0] | 0x20) == 0x6E, (b[1] | 0x20) == 0x6F else { return false }
        return tokens[k + 1].bytes.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// Whether the token at `k` is the dot of an abbreviation that is part of a name: "St." in "St. Louis",
    /// "Mt." in "Mt. Everest" (words in `nameAbbreviations`, a capitalised word after).
    static func isNameAbbreviationDot(_ tokens: [TextToken], _ k: Int) -> Bool {
        isDotBeforeName(tokens, k) && nameAbbreviations.contains(tokens[k - 1].lower)
    }
    static let nameAbbreviations: Set<String> = WordLists.strings("EntityRecognizer.nameAbbreviations")
    static let placeKindsFirst: Set<String> = WordLists.strings("EntityRecognizer.placeKindsFirst")
    static let famousSurnames: Set<String> = WordLists.strings("EntityRecognizer.famousSurnames")

    /// After "and" at `and`, capitalised words (up to `limit`), the last an institution's (not a title's):
    /// "… and Drink Federation", "… and Human Services" (not "Smith and Jones"). Asked by the speaker
    /// rules too ("The Food and Drink Federation said").
    /// Whether "and" at `and` joins two fields an institution is "of", the name going on after it: "Association of
    /// School and College Leaders", "Museum of Archaeology and Anthropology" — "of" and one word before "and", an
    /// institution's or a building's word before "of" (from `from`), and after "and" up to three capitalised words that end in no institution's
    /// word and begin no name the gazetteer knows ("University of Michigan and Ohio State" are two).
    static func fieldsAfterOf(_ tokens: [TextToken], and: Int, from: Int) -> Bool {
        guard and >= from + 3, tokens[and - 2].isWord("of"), tokens[from..<(and - 2)].contains(where: { $0.isIn(.organisationWords) || $0.isIn(.placeWords) }),
              and + 1 < tokens.count, tokens[and + 1].kind == .word, tokens[and + 1].isCapitalized,
              Gazetteer.shared.match(tokens, at: and + 1) == nil else { return false }
        var k = and + 1
        while k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        let last = tokens[k - 1]
        return k - and - 1 <= 3 && !last.isIn(.organisationWords) && !Lexicon.companyWords.contains(lowercasing: last)
    }

    static func institutionAfter(_ and: Int, _ tokens: [TextToken], limit: Int? = nil) -> Bool {
        institutionLastWord(after: and, tokens, limit: limit) != nil
    }

    /// The last word of the institution's name `institutionAfter` finds after "and" at `and`; nil if none.
    static func institutionLastWord(after and: Int, _ tokens: [TextToken], limit: Int? = nil) -> TextToken? {
        // (Not after an institution's own word: "Regeneron Pharmaceuticals and Harbor Securities" are two.)
        // (A company's word that opens the name is no company's name: "Energy and Resource Systems Analysis Laboratory".)
        if and > 0, tokens[and - 1].isIn(.organisationWords)
            || Lexicon.companyWords.contains(lowercasing: tokens[and - 1].bytes) && and > 1 && tokens[and - 2].kind == .word && tokens[and - 2].isCapitalized { return nil }
        let limit = min(limit ?? tokens.count, tokens.count)
        var k = and + 1
        // (Through a plural's apostrophe too: "Universities and Colleges Employers' Association".)
        while k < limit, tokens[k].kind == .word && tokens[k].isCapitalized
                || k > and + 1 && tokens[k].isPunctuation("'") && tokens[k - 1].end == tokens[k].start && tokens[k - 1].bytes.last == 0x73
                    && k + 1 < limit && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized { k += 1 }
        guard k > and + 1, case let last = tokens[k - 1] else { return nil }
        return (last.isIn(.organisationWords) || Lexicon.companyWords.contains(lowercasing: last)) && !last.isIn(.roleWords) ? last : nil
    }

    /// Whether the token at `k` is a plural's apostrophe inside an institution's name: "Farmers'" in
    /// "National Farmers' Union" — after a capitalised word in s, before capitalised words (up to
    /// `limit`) that end in an institution's word; not the possessive of a name the gazetteer knows
    /// ("the United States' National Institute of …"). `from` is where the name may start.
    static func isNameApostrophe(_ k: Int, _ tokens: [TextToken], from: Int, limit: Int? = nil) -> Bool {
        guard k > from, tokens[k].isPunctuation("'"), tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized,
              tokens[k - 1].end == tokens[k].start, tokens[k - 1].bytes.last == 0x73,
              institutionAfter(k, tokens, limit: limit) else { return false }
        for p in max(from, k - 4)..<k where Gazetteer.shared.match(tokens, at: p).map({ p + $0.length == k }) == true { return false }
        return true
    }

    static func isApostropheWord(_ w: String) -> Bool { w == "'" || w == "\u{2019}" }

    /// Words joined by spaces, an apostrophe against the word before it.
    /// A name's words as the entity shows them: joined by spaces, but an apostrophe's word or an abbreviation's
    /// dot against the word before ("Farmers' Union", "St. Louis").
    static func displayName(_ words: some Collection<String>) -> String {
        words.contains(where: { isApostropheWord($0) || $0 == "." }) ? joinedName(words) : words.joinedBySpaces()
    }

    static func joinedName(_ words: some Collection<String>) -> String {
        var out = ""
        for w in words {
            if !out.isEmpty && !isApostropheWord(w) && w != "." { out += " " }
            out += w
        }
        return out
    }

    /// Words that make a given name part of a longer name: "Saint Francis Hospital", "San Jose", "Fort
    /// William", "Lake Louise".
    static let nameFormingWords = WordLists.set("EntityRecognizer.nameFormingWords")
    /// Kinds of places before "of" and a name, besides the place words: "the villages of Mof-Ávvi".
    static let placeKindsBeforeOf = WordLists.set("EntityRecognizer.placeKindsBeforeOf")
    /// Whether an age in apposition follows a name ending before `hi`: ", 20," or " (29)".
    static func agedAfter(_ tokens: [TextToken], _ hi: Int) -> Bool {
        hi + 2 < tokens.count
            && (tokens[hi].isPunctuation(",") && (tokens[hi + 2].isPunctuation(",") || tokens[hi + 2].isPunctuation("."))
                || tokens[hi].isPunctuation("(") && tokens[hi + 2].isPunctuation(")"))
            && tokens[hi + 1].kind == .word && (1...2).contains(tokens[hi + 1].bytes.count) && tokens[hi + 1].bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    }

    /// Those who work or study for an organisation, before "at" and its name: "an analyst at Bernstein".
    static let employeeNouns = WordLists.set("EntityRecognizer.employeeNouns")
    /// Honours and degrees written after a name, exactly so ("OBE", "PhD").
    static let postNominals = WordLists.set("EntityRecognizer.postNominals")

    /// A person's name after other capitalised words, with no title between ("United States Joe Biden",
    /// "United Nations Nikki Haley"): a known given name, not first in the piece and not after another
    /// given name, followed by one or two capitalised words that end the piece, starts a piece of its own.
    static func splitBeforeGivenName(_ pieces: inout [Range<Int>], _ tokens: [TextToken], gazetteer: Gazetteer) {
        guard pieces.contains(where: { $0.count >= 3 }) else { return }
        var out: [Range<Int>] = []
        for piece in pieces {
            guard piece.count >= 3 else { out.append(piece); continue }
            // (A name in commas after a description in small letters is one name: "Nema's director-general,
            // Mustapha Habib Ahmed, said" — a word that describes a name opens its sentence or follows "the".)
            let l = piece.lowerBound, u = piece.upperBound
            // (Its first word in no list: "Republican Larry Hogan" there is a party's member's name.)
            if l >= 2, tokens[l - 1].isPunctuation(","), tokens[l - 2].kind == .word, !tokens[l - 2].isCapitalized,
               u == tokens.count || tokens[u].isPunctuation(","), tokens[l].classes == 0, !isPartyMember(tokens[l]),
               gazetteer.entries.value(tokens[l].bytes) == nil, gazetteer.demonyms.value(tokens[l].bytes) == nil {
                out.append(piece)
                continue
            }
            // ("the Belgian Wout van Aert": a people's word before a person's name with a particle inside it
            // that no list knows; not "American Red Cross", "Chinese Cultural Revolution", nor a title or an
            // institution after it.)
            if gazetteer.demonyms.value(tokens[l].bytes) != nil, gazetteer.entries.value(tokens[l].bytes) == nil,
               case let particles = ((l + 1)..<u).count(where: { SpeakerResolver.isParticle(tokens[$0]) }), particles > 0,
               (u - l - 1) - particles >= 2,
               ((l + 1)..<u).allSatisfy({ k in tokens[k].kind == .word && (tokens[k].isCapitalized && !tokens[k].hasApostrophe
                   && !tokens[k].isIn(.roleWords) && !tokens[k].isIn(.organisationWords) && !tokens[k].isIn(.placeWords) && !tokens[k].isIn(.otherWords)
                   || k > l + 1 && k + 1 < u && SpeakerResolver.isParticle(tokens[k])) }),
               gazetteer.match(tokens, at: l + 1).map({ l + 1 + $0.length != u }) ?? true {
                out.append(l..<(l + 1))
                out.append((l + 1)..<u)
                continue
            }
            var cut: Int?
            for p in (piece.lowerBound + 1)...(piece.upperBound - 2) where piece.upperBound - p <= 3 {
                guard tokens[p].kind == .word, gazetteer.givenNames.contains(tokens[p].bytes),
                      !gazetteer.givenNames.contains(tokens[p - 1].bytes),
                      // "Jo Anne", "Al Gore Jr": a short word before may be a first name itself.
                      !(tokens[p - 1].characterCount <= 3 && !SpeakerResolver.isShortCapitals(tokens[p - 1])),
                      // "USS Ronald Reagan", "MV Alan Kurdi": a short prefix in capitals names a ship or a
                      // thing after the person, unless it is a known organisation or place ("UN").
                      !(p - piece.lowerBound == 1 && SpeakerResolver.isShortCapitals(tokens[p - 1]) && gazetteer.entries.value(tokens[p - 1].bytes) == nil),
                      !nameFormingWords.contains(tokens[p - 1].lower),
                      ((p + 1)..<piece.upperBound).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isIn(.organisationWords)
                          && !tokens[$0].isIn(.placeWords) }) else { continue }
                cut = p
                break
            }
            if let p = cut {
                out.append(piece.lowerBound..<p)
                out.append(p..<piece.upperBound)
            } else {
                out.append(piece)
            }
        }
        pieces = out
    }

    /// Titles inside a piece, after words that are no title's, before a name no list knows ("U.S. District Judge
    /// Carlton Reeves", "Texas Agriculture Commissioner Sid Miller", "District Judge Carlton Reeves"): two or three
    /// capitalised words that are no title's, institution's or place's end the piece after a title's noun. The
    /// titles and the name are a piece of their own (the person, titled); before them a name the gazetteer knows
    /// at the piece's start is one ("U.S."), and the words between (a portfolio, "District", "Agriculture") none.
    /// (A given name after the titles is `splitBeforeGivenName`'s; an institution's word before them, `split`'s.)
    static func splitBeforeTitledName(_ pieces: inout [Range<Int>], _ tokens: [TextToken], gazetteer: Gazetteer) {
        guard pieces.contains(where: { $0.count >= 4 }) else { return }
        func isTitleNoun(_ t: TextToken) -> Bool {
            t.kind == .word && t.isCapitalized && !t.hasApostrophe && t.isIn(.roleWords) && !t.isIn(.organisationWords) && !t.isIn(.placeWords)
        }
        func isNameWord(_ t: TextToken) -> Bool {
            t.kind == .word && t.isCapitalized && !t.isIn(.roleWords) && !t.isIn(.organisationWords) && !t.isIn(.placeWords)
                && !Lexicon.honorifics.contains(lowercasing: t)
        }
        var out: [Range<Int>] = []
        for piece in pieces {
            guard piece.count >= 4 else { out.append(piece); continue }
            var titlesStart: Int? = nil
            // (Two or three words: one alone after a title is as often a thing's — "Defence Week", "Student
            // Olympiad", a ship "Sergeant Aldea" — as a surname.)
            // (A name's particles inside it do not count: "City Councilmember Kevin de León".)
            let particles = piece.count(where: { SpeakerResolver.isParticle(tokens[$0]) })
            for p in max(piece.lowerBound + 2, piece.upperBound - 3 - particles)...(piece.upperBound - 2) {
                guard isTitleNoun(tokens[p - 1]), !tokens[p - 1].isIn(.adjectivalRoles),
                      (p..<piece.upperBound).allSatisfy({ isNameWord(tokens[$0]) || $0 > p && $0 + 1 < piece.upperBound && SpeakerResolver.isParticle(tokens[$0]) }),
                      !SpeakerResolver.generationSuffixes.contains(tokens[piece.upperBound - 1].lower),
                      gazetteer.match(tokens, at: p).map({ $0.entry.type == .person }) ?? true else { continue }
                var t0 = p - 1
                while t0 > piece.lowerBound, isTitleNoun(tokens[t0 - 1]) || tokens[t0 - 1].isIn(.adjectivalRoles) && tokens[t0 - 1].isCapitalized { t0 -= 1 }
                guard t0 > piece.lowerBound, (piece.lowerBound..<t0).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isIn(.organisationWords) }) else { break }
                titlesStart = t0
                break
            }
            guard let t0 = titlesStart else { out.append(piece); continue }
            if let (length, _) = gazetteer.match(tokens, at: piece.lowerBound), piece.lowerBound + length <= t0 {
                out.append(piece.lowerBound..<(piece.lowerBound + length))
            }
            out.append(t0..<piece.upperBound)
        }
        pieces = out
    }

    /// Splits a run at connectors unless the part before names an institution ("Ministry of Defence",
    /// "Organization for Security and Co-operation in Europe").
    static let institutionWords = WordLists.set(.institutionWords)

    /// The pieces go into `pieces` (emptied first: one array serves a whole paragraph).
    static func split(_ run: Range<Int>, _ tokens: [TextToken], into pieces: inout [Range<Int>]) {
        pieces.removeAll(keepingCapacity: true)
        guard let first = run.first, let last = run.last else { return }
        if run.count == 1 { pieces.append(run); return }
        var start = first
        var institutional = false
        for k in run {
            let w = tokens[k]
            // "Royal Pharmaceutical Society President Ash Soni", "House Speaker Nancy Pelosi": a title after an
            // institution's word, a name after it, starts a piece of its own (the institution's, then the
            // titled person's).
            // (The name after the titles: a given name, or two capitalised words; not "House Foreign Affairs
            // and Intelligence", "Constitution Party National Convention".)
            if k > start, w.isCapitalized, w.isIn(.roleWords), !w.isIn(.organisationWords),
               // (An institution's word that is a title's too, "Police", counts; one that is an adjective's, "Press", not.)
               tokens[k - 1].isIn(.organisationWords), !tokens[k - 1].isIn(.roleWords) || !tokens[k - 1].isIn(.adjectivalRoles),
               case let m = (k...last).first(where: { !tokens[$0].isIn(.roleWords) }) ?? last + 1, m <= last,
               (k..<m).contains(where: { !tokens[$0].isIn(.adjectivalRoles) }),
               tokens[m].isCapitalized, !tokens[m].isIn(.organisationWords),
               tokens[m].isGivenName || m + 1 <= last && tokens[m + 1].isCapitalized && !tokens[m + 1].isIn(.organisationWords) {
                pieces.append(start..<k)
                start = k
                institutional = false
            }
            // "Trump's Tulsa rally", "Russia's Gazprom": an owner before a name the gazetteer knows, or one it
            // knows before another name, is a name of its own (not "King's College", "Women's March").
            // (Not a day's or a month's: "Tuesday's Ohio primary" loses its first word as a candidate.)
            if k < last, w.isPossessive, w.isCapitalized, tokens[k + 1].isCapitalized, Self.classesWithoutPossessive(w) & TokenClass.monthsAndDays.bit == 0,
               Gazetteer.shared.match(tokens, at: start).map({ start + $0.length == k + 1 }) == true
                || Gazetteer.shared.match(tokens, at: k + 1).map({ k + 1 + $0.length == last + 1 }) == true
                // (So is a person's name of two or three words from a given name on: "John Lydon's Public Image
                // Ltd", "Elon Musk's Starlink"; not one word, "Martha's Vineyard".)
                || (1...2).contains(k - start) && tokens[start].isGivenName
                    && tokens[start...k].allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isIn(.organisationWords) && !$0.isIn(.roleWords) && !$0.isIn(.placeWords) }) {
                pieces.append(start..<(k + 1))
                start = k + 1
                institutional = false
                continue
            }
            if w.isIn(.organisationWords) || w.isIn(.institutionWords)
                || (w.isCapitalized && statePrefixes.contains(w.bytes)) { institutional = true }
            if tokens[k].isCapitalized { continue }
            // A name particle is part of the name ("von der Leyen", "Rio de Janeiro"); so is a plural's
            // apostrophe, the one mark a run holds ("Farmers' Union").
            if tokens[k].isIn(.particles) || tokens[k].kind == .punctuation { continue }
            // An epithet after a given name alone ends the name: "Catherine the Great", "Ivan the Terrible".
            if tokens[k].isWord("the"), k == start + 1, k + 1 == last, tokens[start].isGivenName { continue }
            // A connector. "in" or "on" before a month, a day or a place the gazetteer knows parts even an
            // institution's name from what follows ("College of Wooster in Ohio", "Cabinet on Monday"; not
            // "Commission on Presidential Debates"); so does "and" after an institution's own word ending a
            // name of two words or more, or before an acronym or an institution the gazetteer knows ("African
            // Union and ECOWAS"; not "Department of Health and Human Services", "High Court of England and
            // Wales", "Bill and Melinda Gates Foundation").
            // ("Food and Drink Federation": an institution's word after "and" makes it one name.)
            // ("Police Commissioner Richard Boyce and Chief Executive Officer Gary Scott": "and" before a
            // title and a name parts two people, even after an institution's word.)
            // "of" after a place's kind joins too: "Cleveland Museum of Art", "Palace of Westminster", "City of
            // Cleveland", "Strait of Hormuz" (only "of": "Western District of Virginia" | "in Abingdon").
            if k > start, Self.placeKindBeforeOf(tokens, k - 1, last: last) { continue }
            if tokens[k].isWord("and"), titledNameAfter(k, last: last, tokens) {
                if k > start { pieces.append(start..<k) }
                start = k + 1
                institutional = false
                continue
            }
            // ("the" between capitalised words parts them, even after an institution's word — "told Times Radio the
            // Treasury", "reported on Sunday the Iowa Democratic Party".)
            if !institutional && !(tokens[k].isWord("and") && (institutionAfter(k, tokens) || Self.fieldsAfterOf(tokens, and: k, from: start)))
                || tokens[k].isWord("the")
                || ((tokens[k].isWord("in") || tokens[k].isWord("on")) && k + 1 < tokens.count
                                  && (tokens[k + 1].isIn(.monthsAndDays) || Gazetteer.shared.match(tokens, at: k + 1)?.entry.type == .place))
                // ("Goddard Space Flight Center in Greenbelt", "the Court of Appeal in Exeter": "in" right after an
                // institution's own word, before capitalised words none of which is an institution's, parts a
                // place no list knows from the name; not "Women in Science", "Society for Research in Child Development".)
                || (tokens[k].isWord("in") && k > start && tokens[k - 1].isIn(.organisationWords) && !tokens[k - 1].isIn(.roleWords)
                    && ((k + 1)...last).allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isIn(.organisationWords) })
                || (tokens[k].isWord("and") && k > start + 1 && k + 1 < tokens.count
                    && (tokens[k - 1].isIn(.organisationWords) && !Self.fieldsAfterOf(tokens, and: k, from: start) || isAcronym(tokens[k + 1])
                        // ("the University of California and Columbia University": an institution named before
                        // "and", and one after it whose name ends in a university's, a bank's or a ministry's word.)
                        || institutional && Self.institutionLastWord(after: k, tokens)?.isIn(.institutionWords) == true
                        || Gazetteer.shared.match(tokens, at: k + 1).map { $0.entry.type != .place } == true)) {
                if k > start { pieces.append(start..<k) }
                start = k + 1
            }
        }
        if start <= last { pieces.append(start..<(last + 1)) }
    }

    /// After "and" at `and`: capitalised titles' words (none an institution's), then a capitalised word
    /// that is neither, within the run ending at `last` ("… and Chief Executive Officer Gary Scott"; not
    /// "… and Security", "… and Human Services").
    static func titledNameAfter(_ and: Int, last: Int, _ tokens: [TextToken]) -> Bool {
        var m = and + 1
        while m <= last, tokens[m].isCapitalized, tokens[m].isIn(.roleWords), !tokens[m].isIn(.organisationWords) { m += 1 }
        // (A title's noun among them, not only adjectives ("… and Health Care"); a given name after them, or two
        // capitalised words.)
        func nameWord(_ k: Int) -> Bool { tokens[k].isCapitalized && !tokens[k].isIn(.roleWords) && !tokens[k].isIn(.organisationWords) }
        return m > and + 1 && m <= last && ((and + 1)..<m).contains(where: { !tokens[$0].isIn(.adjectivalRoles) })
            && nameWord(m) && (tokens[m].isGivenName || m + 1 <= last && nameWord(m + 1))
    }

    /// A candidate from a piece of a run: titles and sentence words stripped, evidence of its type noted.
    /// Its words are appended to `allWords` (and taken away again when the piece is no candidate).
    static func candidate(_ piece: Range<Int>, _ tokens: [TextToken], paragraph: Int, sentenceStart: Bool, gazetteer: Gazetteer,
                          words allWords: inout [String]) -> Candidate? {
        var lo = piece.lowerBound
        var hi = piece.upperBound
        var startsSentence = sentenceStart
        // Honours and degrees after a name are no part of it: "Zaha Hadid DBE RA", "Jane Smith PhD".
        while hi - lo > 2, tokens[hi - 1].kind == .word, !tokens[hi - 1].hasApostrophe, postNominals.contains(tokens[hi - 1].bytes) { hi -= 1 }
        // Leading words that are not names: "The", "In", "Earlier", months and days.
        while lo < hi, SpeakerResolver.isFunctionWord(tokens[lo]) || tokens[lo].isIn(.monthsAndDays)
                        // ("Tuesday's Democratic debate", "Wednesday's meeting"; not "May's government".)
                        || (Self.classesWithoutPossessive(tokens[lo]) & TokenClass.monthsAndDays.bit != 0
                            && (hi - lo >= 2 || SpeakerResolver.weekdays.contains(SpeakerResolver.lowercase(Gazetteer.stripPossessive(tokens[lo].text))))) || (tokens[lo].end - tokens[lo].start == 1 && tokens[lo].bytes[0] == 0x49)
                        // (Not the first word of a longer name the gazetteer knows: "in New York City".)
                        || tokens[lo].isIn(.sentenceWords) && !(gazetteer.match(tokens, at: lo).map { $0.length >= 2 && lo + $0.length <= hi } ?? false)
                            // (Nor, within a sentence, a word that opens many names before another capitalised
                            // word that is no title: "at New Street Research", "the New Culture Movement".)
                            && !(!startsSentence && Self.nameOpeners.contains(lowercasing: tokens[lo]) && lo + 1 < hi
                                 && tokens[lo + 1].kind == .word && !tokens[lo + 1].isIn(.roleWords)
                                 && !SpeakerResolver.isFunctionWord(tokens[lo + 1]) && !tokens[lo + 1].isIn(.sentenceWords))
                        || (tokens[lo].hasApostrophe && !SpeakerResolver.isWrittenAsAcronym(tokens[lo].bytes) && sentenceWords.contains(SpeakerResolver.withoutContraction(tokens[lo].lower)))
                        // ("Visiting Russia in March, he …": a participle opening the sentence is no part of the name.)
                        || (startsSentence && lo == piece.lowerBound && Self.isOpeningParticiple(tokens, lo, end: hi, gazetteer: gazetteer))
                        // ("Use Windows side by side", "Are Bicycles allowed": a verb opening the sentence.)
                        || (startsSentence && lo == piece.lowerBound && Self.isOpeningVerb(tokens, lo, end: hi, gazetteer: gazetteer)) {
            lo += 1
            startsSentence = false
        }
        // Titles: "Foreign Minister", "Russian President" — the mention is the name after them; an
        // honorific and its dot too ("Dr. Bailey", "Messrs. Smith").
        var titled = false
        let beforeTitles = lo
        while lo < hi, lo + 1 < hi, isHonorificDot(tokens, lo + 1) {
            lo += 2
            titled = true
            startsSentence = false
        }
        while lo < hi, tokens[lo].isIn(.roleWords) || SpeakerResolver.isDemonymBeforeTitle(tokens, lo, end: hi)
                        || (gazetteer.demonyms.value(tokens[lo].bytes) != nil && lo + 1 < hi && tokens[lo + 1].isIn(.roleWords))
                        // ("Researchers Patrizia d'Ettorre and Marco Bernardini", "Senators Jane Doe and …": a title in
                        // the plural before a name.)
                        || (lo + 1 < hi && tokens[lo + 1].isCapitalized && !SpeakerResolver.isFunctionWord(tokens[lo + 1]) && Self.isPluralTitle(tokens[lo]))
                        // ("Broadcaster Piers Morgan", "Cartoonist Matt Bors": an occupation leading a name of two words
                        // or more, as the speaker rules read it.)
                        || (lo == beforeTitles && lo + 2 < hi && tokens[lo].isCapitalized && Lexicon.occupations.contains(lowercasing: tokens[lo])
                            && tokens[lo + 1].isCapitalized && !tokens[lo + 1].isIn(.roleWords)) {
            lo += 1
            titled = true
            startsSentence = false
        }
        // ("National Congress", "Supreme Court", "National Institute of Allergy and Infectious Diseases":
        // titles before an institution's word are its name's.)
        // (So is a run that ends in one after a word that is a title's only as an adjective: "National Hurricane
        // Center", "National Weather Service".)
        if titled, lo < hi, tokens[lo].isIn(.organisationWords) && !tokens[lo].isIn(.roleWords)
            || hi - lo >= 2 && tokens[hi - 1].isIn(.organisationWords) && !tokens[hi - 1].isIn(.roleWords) && !tokens[lo].isGivenName
                && (beforeTitles..<lo).allSatisfy({ Self.institutionAdjectives.contains(lowercasing: tokens[$0]) })
            // ("Queen Elizabeth Hospital", "King Fahd University", "Sheikh Zayed Grand Mosque": a place or a body named
            // after a sovereign, a saint or a cleric keeps the title in its name.)
            || hi - lo >= 2 && (tokens[hi - 1].isIn(.placeWords) || tokens[hi - 1].isIn(.organisationWords)) && !tokens[hi - 1].isIn(.roleWords)
                && !tokens[hi - 1].hasApostrophe && (beforeTitles..<lo).allSatisfy({ Self.namingTitles.contains(lowercasing: tokens[$0]) }),
           !tokens[beforeTitles].isPunctuation("."),
           !(beforeTitles + 1 < hi && isHonorificDot(tokens, beforeTitles + 1)) {
            lo = beforeTitles
            titled = false
        }
        // ("National Grid", "National Highways", "Federal Realty": one such adjective alone before one word
        // that is no given name opens that word's name; not a title of its own, "General Milley", "Justice Kagan".)
        if titled, lo == beforeTitles + 1, hi - lo == 1, tokens[beforeTitles].isCapitalized,
           Self.opensWithInstitutionAdjective(tokens[beforeTitles].text), !tokens[lo].isGivenName {
            lo = beforeTitles
            titled = false
        }
        // ("Former United defender Gary Neville", "Former Google engineer": a title's adjective alone before a name
        // that a title's noun in small letters follows goes with that noun — the name is where they worked or whom
        // they served, no person the title makes.)
        if titled, (beforeTitles..<lo).allSatisfy({ tokens[$0].isIn(.adjectivalRoles) }), hi == piece.upperBound, hi < tokens.count,
           tokens[hi].kind == .word, !tokens[hi].isCapitalized, tokens[hi].isIn(.roleWords) || Lexicon.occupations.contains(lowercasing: tokens[hi]) {
            titled = false
        }
        // "Commerce Minister Wang Wentao", "Treasury Secretary Janet Yellen": a portfolio no list knows,
        // then a title, then the name; after titles too, and more titles after it, an honorific last
        // ("Chief Education Officer Dr Ramona Archer-Bradshaw", "Senior Medical Officer Jane Holder").
        if lo + 2 < hi, tokens[lo].isCapitalized, tokens[lo].classes == 0,
           tokens[lo + 1].isCapitalized, tokens[lo + 1].isIn(.roleWords), !tokens[lo + 1].isIn(.adjectivalRoles), !tokens[lo + 1].isIn(.organisationWords),
           gazetteer.match(tokens, at: lo) == nil {
            var m = lo + 2
            var honorific = false
            while m < hi {
                if m + 1 < hi, isHonorificDot(tokens, m + 1) { m += 2; honorific = true; continue }
                guard tokens[m].isIn(.roleWords) else { break }
                if Lexicon.honorifics.contains(lowercasing: tokens[m]) { honorific = true }
                m += 1
            }
            if hi - m >= (honorific ? 1 : 2), tokens[m..<hi].allSatisfy({ $0.isCapitalized && !$0.isIn(.roleWords) && !$0.isIn(.organisationWords) }) {
                lo = m
                titled = true
                startsSentence = false
            }
        }
        // "Police in Brookhaven said": a connector left first by the title is no part of the name, and the
        // title is not the name's ("in Brookhaven" is where the police are).
        if titled {
            while lo < hi, tokens[lo].kind != .word || !tokens[lo].isCapitalized {
                lo += 1
                titled = false
            }
        }
        // "The Ohio Governor said", "the PAHO Director", "Apple CEO": titles after a name the gazetteer knows or
        // an acronym, with no name after them, are no part of it.
        // (A title's noun, not an adjective's: "America First" is a slogan.)
        func isTitleNoun(_ t: TextToken) -> Bool {
            let bits = Self.classesWithoutPossessive(t)
            return bits & TokenClass.roleWords.bit != 0 && bits & (TokenClass.organisationWords.bit | TokenClass.adjectivalRoles.bit) == 0
        }
        // "Senior Medical Officer Jane Holder", "International Trade Secretary Liz Truss": titles ending a
        // piece that a name follows in the same run are that person's; before them, a name the gazetteer
        // knows, an acronym or an institution ("Miami-Dade Police") is a mention, anything else none.
        if lo < hi, isTitleNoun(tokens[hi - 1]), hi == piece.upperBound, hi < tokens.count, tokens[hi].kind == .word, tokens[hi].isCapitalized,
           !tokens[hi].isIn(.roleWords) {
            var m = hi - 1
            while m > lo, isTitleNoun(tokens[m - 1]) { m -= 1 }
            guard m > lo else { return nil }
            if gazetteer.match(tokens, at: lo).map({ lo + $0.length == m }) == true || (m == lo + 1 && isAcronym(tokens[lo]))
                || tokens[m - 1].isIn(.organisationWords) {
                hi = m
            } else if let (length, entry) = gazetteer.match(tokens, at: lo), entry.type == .place, lo + length < m {
                // "U.S. Treasury Secretary Janet Yellen": a place the gazetteer knows, then a portfolio no list
                // knows — the place is a mention (as in "U.S. President Joe Biden"), the portfolio none; with a
                // place's word after it, the longer place ("Santa Barbara County Sheriff", "St. Louis Park Mayor"; not
                // "District" right before the title, which is the title's: "United States District Judge").
                let placeWord = ((lo + length)..<m).contains { k in
                    (Self.classesWithoutPossessive(tokens[k]) & TokenClass.placeWords.bit != 0 || Self.placeWordsThatAreNames.contains(lowercasing: tokens[k]))
                        && !(k == m - 1 && tokens[k].isWord("district")) }
                hi = placeWord ? m : lo + length
            } else {
                return nil
            }
        }
        if hi - lo >= 2, isTitleNoun(tokens[hi - 1]) {
            var m = hi - 1
            while m > lo, isTitleNoun(tokens[m - 1]) { m -= 1 }
            if m > lo, gazetteer.match(tokens, at: lo).map({ lo + $0.length == m }) == true || (m == lo + 1 && isAcronym(tokens[lo])) { hi = m }
        }
        guard lo < hi else { return nil }
        let w0 = appendWords(tokens[lo..<hi], to: &allWords).lowerBound
        guard let c = candidate(lo..<hi, tokens, paragraph: paragraph, sentenceStart: startsSentence, titled: titled,
                                gazetteer: gazetteer, words: &allWords, from: w0) else {
            allWords.removeSubrange(w0...)
            return nil
        }
        return c
    }

    /// Whether the word at `k`, first in a sentence and in a name of two words or more, is a participle
    /// ("Visiting Russia", "Taking Archie"): it ends in "ing" after three letters at least, is neither a
    /// given name nor the start of a name the gazetteer knows ("Beijing"), has no apostrophe or hyphen, and
    /// a name the gazetteer knows or a given name follows it.
    static func isOpeningParticiple(_ tokens: [TextToken], _ k: Int, end: Int, gazetteer: Gazetteer) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.bytes.count >= 6, t.bytes.hasSuffix("ing"), isUnknownOpeningWord(tokens, k, end: end, gazetteer: gazetteer) else { return false }
        // (Only before a name the gazetteer knows or a given name: "Reading West", "Worthing", "Fleming DM"
        // are names themselves.)
        return isKnownName(tokens, k + 1, gazetteer: gazetteer)
    }

    /// A first word of a name of two words or more that could be an ordinary word capitalised: one
    /// capital then small letters, no apostrophe or hyphen, no given name, nothing the gazetteer knows.
    static func isUnknownOpeningWord(_ tokens: [TextToken], _ k: Int, end: Int, gazetteer: Gazetteer) -> Bool {
        let t = tokens[k]
        return end - k >= 2 && t.kind == .word && !t.hasApostrophe && !t.hasHyphen && t.bytes.dropFirst().allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
            && !gazetteer.givenNames.contains(t.bytes) && gazetteer.match(tokens, at: k) == nil
    }

    /// Whether a name the gazetteer knows, or a given name, starts at token `k`.
    static func isKnownName(_ tokens: [TextToken], _ k: Int, gazetteer: Gazetteer) -> Bool {
        gazetteer.match(tokens, at: k) != nil || tokens[k].kind == .word && gazetteer.givenNames.contains(tokens[k].bytes)
    }

    /// Acronyms the article never spells out in brackets whose letters are the initials of one place or
    /// organisation it names in full ("BVI" … "the British Virgin Islands", "NHS" … "the National Health
    /// Service"): that name's, with its type. Three to six letters, no name the gazetteer knows alone, and
    /// only when one name of the article fits (its initials without "of", "and", "the", "for", or all of them).
    static func acronymsOfNames(_ candidates: [Candidate], _ allWords: [String], _ gazetteer: Gazetteer,
                                into acronyms: inout [String: String], types: inout [String: EntityType]) {
        var wanted: Set<String> = []
        for c in candidates where c.wordRange.count == 1 && c.gazetteer == nil {
            let w = c.name
            guard (3...6).contains(w.utf8.count), acronyms[w] == nil, w.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { continue }
            wanted.insert(w)
        }
        guard !wanted.isEmpty else { return }
        let small: Set<String> = ["of", "the", "and", "for", "&"]
        var found: [String: (name: String, type: EntityType)?] = [:]
        var seen: Set<String> = []
        for c in candidates where c.wordRange.count >= 3 {
            guard seen.insert(c.name).inserted else { continue }
            guard let type = c.gazetteer?.type ?? c.evidence, type == .place || type == .organization else { continue }
            let words = allWords[c.wordRange]
            func initials(_ ws: some Sequence<String>) -> String { String(ws.compactMap(\.first)).uppercased() }
            for key in Set([initials(words.filter { !small.contains($0.lowercased()) }), initials(words)]) where wanted.contains(key) {
                if let known = found[key], known?.name != c.name { found[key] = .some(nil) } else { found[key] = (c.name, type) }
            }
        }
        for (key, value) in found {
            guard let (name, type) = value else { continue }
            acronyms[key] = name
            types[key] = type
        }
    }

    /// Names written in capitals that are words of the language, not acronyms: each word three letters
    /// or more, and written in small letters elsewhere in the article ("Set the NAME field to your name")
    /// or a word of a page's furniture ("WATCH:", "BREAKING NEWS"). Not a name the gazetteer knows
    /// ("WHO") nor an acronym the article spells out. The article's words are read only when it has such a
    /// candidate, and compared with those few alone (no table of its words).
    static func wordsInCapitals(_ candidates: [Candidate], _ allWords: [String], _ tokenLists: [[TextToken]], acronyms: [String: String]) -> Set<String> {
        func capitals(_ w: String) -> Bool {
            let u = w.utf8
            guard let f = u.first, f >= 0x41 && f <= 0x5A, u.count >= 3 else { return false }
            return u.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
        var names: [(name: String, words: [String])] = []
        // (The bytes first: most names have a small letter in their first word.)
        for c in candidates where c.gazetteer == nil && c.part == nil && capitals(allWords[c.wordRange.lowerBound]) {
            let words = allWords[c.wordRange]
            guard words.allSatisfy(capitals), acronyms[c.name] == nil, !names.contains(where: { $0.name == c.name }) else { continue }
            names.append((c.name, words.map { $0.lowercased() }))
        }
        guard !names.isEmpty else { return [] }
        let all = Set(names.flatMap(\.words))
        var seen = all.filter { capitalsFurniture.contains($0) }
        let wanted = all.subtracting(seen).map { Array($0.utf8) }
        if !wanted.isEmpty {
            for tokens in tokenLists {
                for t in tokens where t.kind == .word && t.bytes.count >= 3 && t.bytes[0] >= 0x61 && t.bytes[0] <= 0x7A {
                    for w in wanted where w.count == t.bytes.count && w.elementsEqual(t.bytes) { seen.insert(String(decoding: w, as: UTF8.self)) }
                }
            }
        }
        return Set(names.filter { $0.words.allSatisfy(seen.contains) }.map(\.name))
    }
    static let capitalsFurniture = WordLists.strings("EntityRecognizer.capitalsFurniture")

    /// A verb opening a sentence before a capitalised word is no part of a name, as the tagger reads
    /// it: before a name the gazetteer knows or a given name ("Make Melbourne a city", "Retired FBI agents";
    /// "Planned Parenthood" is a name), an imperative before a common noun ("Use Windows side by side"), a
    /// question's auxiliary ("Are Bicycles allowed?"; "Will Smith laughed" is a name). Asked only of a
    /// first word that neither the gazetteer nor the given names know, of a name of two words or more.
    static func isOpeningVerb(_ tokens: [TextToken], _ k: Int, end: Int, gazetteer: Gazetteer) -> Bool {
        let t = tokens[k]
        // (The tagger only for a word in no list, or a form of "be" or a verb of speech ("Add Windows"): titles,
        // institutions' and places' words are none.)
        guard t.kind == .word, t.classes == 0 || t.isIn(.beForms) || t.isIn(.speechVerbs), t.bytes.count >= 2,
              isUnknownOpeningWord(tokens, k, end: end, gazetteer: gazetteer) else { return false }
        let tags = SentenceTagger.tags(tokens, k, opensSentence: true)
        guard tags.count == 2 else { return false }
        switch tags[0] {
        case "VERB":
            if isKnownName(tokens, k + 1, gazetteer: gazetteer) { return true }
            // (An imperative: the verb's plain form, "Use", not "Planned", "Reading".)
            return tags[1] == "NOUN" && !t.bytes.hasSuffix("ed") && !t.bytes.hasSuffix("ing") && !t.bytes.hasSuffix("s")
        case "AUX":
            return tokens[k...].first(where: { $0.kind == .punctuation && [".", "!", "?"].contains($0.mark) })?.mark == "?"
        default:
            return false
        }
    }

    /// Appends the tokens' words (without possessives) to `allWords`; their range there.
    static func appendWords(_ tokens: ArraySlice<TextToken>, to allWords: inout [String]) -> Range<Int> {
        let w0 = allWords.count
        for t in tokens { allWords.append(Gazetteer.stripPossessive(t.text)) }
        return w0..<allWords.count
    }

    /// The rest of `candidate` once the name's words are known: `allWords[w0...]`, one for each token of
    /// `name`. (The list is passed in place, not as a slice: a slice held while it grows would copy it.)
    private static func candidate(_ name: Range<Int>, _ tokens: [TextToken], paragraph: Int, sentenceStart startsSentence: Bool, titled: Bool,
                                  gazetteer: Gazetteer, words allWords: inout [String], from w0: Int) -> Candidate? {
        let lo = name.lowerBound, hi = name.upperBound
        let wordRange = w0..<allWords.count
        let count = wordRange.count
        let first = allWords[w0]
        // The first word's bytes (its token's, without a possessive), for the look-ups below.
        let whole = tokens[lo].bytes
        let firstBytes = UnsafeBufferPointer(rebasing: whole[0..<Gazetteer.possessiveLength(whole)])
        var evidence: EntityType? = nil
        var team = false
        // A demonym alone ("Russian troops") is not a mention of the country; nor is "Kremlin-aligned".
        if count == 1, gazetteer.demonyms.value(firstBytes) != nil || adjectives.contains(firstBytes) { return nil }
        if count == 1, tokens[lo].hasHyphen, lastPartIsLowercase(tokens[lo]) { return nil }
        // "War broke out", "Storm clouds gathered", "Satellite images show": a kind's word alone at a sentence's start
        // is the common noun, no name.
        if count == 1, startsSentence, Self.commonKinds.contains(lowercasing: tokens[lo]) { return nil }

        // "Republic of Belarus" → Belarus.
        if count >= 3, statePrefixes.contains(firstBytes), allWords[w0 + 1] == "of",
           let entry = gazetteer.entries[allWords[(w0 + 2)...].joinedBySpaces()] {
            return Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: entry, evidence: entry.type, paragraph: paragraph, sentenceStart: startsSentence)
        }
        // (The lists are ASCII: a word with other letters is in none, in lower case or not.)
        if count == 1 && (TokenClass.table.value(firstBytes, lowercasing: true) ?? 0) & (TokenClass.roleWords.bit | TokenClass.organisationWords.bit) != 0 {
            // ("The Court said" after "the Supreme Court of Hawaii": that court, in `extract`.)
            if lo > 0, tokens[lo - 1].isWord("the"), tokens[lo].isIn(.organisationWords), !tokens[lo].isIn(.roleWords), !tokens[lo].hasApostrophe,
               !(hi < tokens.count && tokens[hi].kind == .word && tokens[hi].isCapitalized) {
                var c = Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: nil, evidence: .organization, paragraph: paragraph, sentenceStart: false)
                c.institutionWord = true
                return c
            }
            return nil  // "Police", "Parliament" alone are common nouns at the start of a sentence
        }
        // A newspaper's word alone after "the" is the paper: "told the Herald", "the Gazette reported".
        if count == 1, lo > 0, tokens[lo - 1].isWord("the"), !tokens[lo].hasApostrophe, Lexicon.newspaperWords.contains(lowercasing: firstBytes),
           !(hi < tokens.count && tokens[hi].kind == .word && tokens[hi].isCapitalized),
           // (Not a name that goes on after "of": "the Journal of Threatened Taxa".)
           !(hi + 1 < tokens.count && tokens[hi].isWord("of") && tokens[hi + 1].isCapitalized) {
            return Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: nil, evidence: .organization, paragraph: paragraph, sentenceStart: false)
        }
        // So is a place's kind alone ("the County", "the Museum"), unless it is also a name ("Park", "Bay").
        if count == 1, (TokenClass.table.value(firstBytes, lowercasing: true) ?? 0) & TokenClass.placeWords.bit != 0,
           !Self.placeWordsThatAreNames.contains(lowercasing: firstBytes) { return nil }
        // A people or a faith in the plural is a group, no person, organisation or place ("Americans", "Thais":
        // the singular a demonym the gazetteer knows; "Arabs", "Muslims", "Huguenots": a list).
        // (As the last word too: "Native Americans", "Indigenous Australians".)
        if case let lastBytes = tokens[hi - 1].bytes, !tokens[hi - 1].hasApostrophe, lastBytes.count >= 4, lastBytes.last == 0x73,
           gazetteer.demonyms.value(UnsafeBufferPointer(rebasing: lastBytes.dropLast())) != nil || Self.peoplesPlural.contains(lowercasing: lastBytes),
           // (Not a place's own name: "Philippines" in "CNN Philippines".)
           gazetteer.match(tokens, at: hi - 1).map({ $0.entry.type != .place }) ?? true {
            return Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: nil, evidence: .other, paragraph: paragraph, sentenceStart: startsSentence)
        }
        if count == 1, first.utf8.count == 1 || first.count == 1 { return nil }
        // A month's abbreviation by a number ("Nov. 8", "8 Nov 2021") and a unit after one ("2.3 GB/s", "400
        // MW") are no names.
        if count == 1, Self.monthAbbreviations.contains(lowercasing: firstBytes),
           Self.isNumber(tokens, hi) || hi + 1 < tokens.count && tokens[hi].isPunctuation(".") && Self.isNumber(tokens, hi + 1) || Self.isNumber(tokens, lo - 1) {
            return nil
        }
        // "Fri Jul 19, 2013", "Mon Oct 5": a weekday's and a month's abbreviations before a number are a date.
        if count == 2, Self.weekdayAbbreviations.contains(lowercasing: firstBytes), Self.monthAbbreviations.contains(lowercasing: tokens[lo + 1].bytes),
           Self.isNumber(tokens, hi) {
            return nil
        }
        if count == 1, Self.unitsOfMeasure.contains(lowercasing: firstBytes), Self.isNumber(tokens, lo - 1) { return nil }
        // "Posted: Nov 8, 2023 / 04:43 PM CST", "at 10 a.m. ET": a time zone after a time.
        if count == 1, Self.timeZones.contains(lowercasing: firstBytes), lo > 0,
           Self.isNumber(tokens, lo - 1) || tokens[lo - 1].isWord("am") || tokens[lo - 1].isWord("pm")
            || tokens[lo - 1].isWord("a.m.") || tokens[lo - 1].isWord("p.m.") { return nil }
        // A day or a month in the plural is a time, no name ("on Mondays", "a guide to Saturdays in Dixie").
        if count == 1, firstBytes.count >= 4, firstBytes.last == 0x73,
           (TokenClass.table.value(UnsafeBufferPointer(rebasing: firstBytes.dropLast()), lowercasing: true) ?? 0) & TokenClass.monthsAndDays.bit != 0 {
            return nil
        }
        // "The International Trade Secretary insists", "the Culture Secretary": capitalised words ending in a
        // title, after "the" and before no name, are an office, no one's name; so are those left after titles
        // ("Chief Brand Officer of the Dallas Cowboys" had been a person "Brand Officer"), not from a given
        // name on ("Senator John Bishop").
        if count >= 2, lo > 0, tokens[lo - 1].isWord("the") || titled && !gazetteer.givenNames.contains(firstBytes) && !GenderCues.isGivenName(firstBytes),
           tokens[hi - 1].isCapitalized, !tokens[hi - 1].hasApostrophe,
           tokens[hi - 1].isIn(.roleWords), !tokens[hi - 1].isIn(.organisationWords), !tokens[hi - 1].isIn(.adjectivalRoles),
           !tokens[lo..<hi].contains(where: { $0.isIn(.organisationWords) }), gazetteer.match(tokens, at: lo) == nil,
           !(hi < tokens.count && (tokens[hi].kind == .word && tokens[hi].isCapitalized || tokens[hi].isPunctuation("("))) {
            return nil
        }
        // An initial alone ("I.", "J.") names no one.
        if count == 1, first.count == 2, first.last == ".", first.first!.isUppercase { return nil }
        // Gazetteer inside the piece after stripping ("Russian President Vladimir Putin" → no; "U.S." yes).
        if let (length, entry) = gazetteer.match(tokens, at: lo), length == hi - lo {
            return Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: entry, evidence: entry.type, paragraph: paragraph, sentenceStart: startsSentence)
        }
        // "Chelsea head coach Enzo Maresca": a name before a player's or a coach's title is a team's (`namesTeam`;
        // not a person's name of two words: "Harry Kane striker" is no way to write one; not by a score: "Jannik
        // Sinner beat Carlos Alcaraz 6-4" names players).
        if evidence == nil || evidence == .person, !(count >= 2 && gazetteer.givenNames.contains(firstBytes)), Self.namesTeam(tokens, lo, hi, byScore: false) {
            var c = Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: nil, evidence: .organization, paragraph: paragraph, sentenceStart: startsSentence)
            c.team = true
            return c
        }
        // "Qantas chief executive Alan Joyce", "Amazon founder Jeff Bezos": a name the gazetteer does not
        // know, before the title of one who runs a company and that one's name, is the company's (not a
        // person's name: "Angela Merkel spokesman").
        if hi + 2 < tokens.count, Self.runsCompany(tokens, hi), Self.nameFollows(tokens, hi),
           !(count >= 2 && gazetteer.givenNames.contains(firstBytes)) {
            return Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: nil, evidence: .organization, paragraph: paragraph, sentenceStart: startsSentence)
        }
        // "A Deliveroo spokesperson said", "a Pentagon spokesman": a name between an article and one who speaks for a
        // body is the body's (not a person's name of two words: "a Jane Doe spokesman" is no way to write one).
        if hi < tokens.count, lo > 0, tokens[lo - 1].isWord("a") || tokens[lo - 1].isWord("an"), tokens[hi].kind == .word, !tokens[hi].isCapitalized,
           Lexicon.spokespeople.contains(lowercasing: tokens[hi]), !tokens[hi - 1].isPossessive,
           !(count >= 2 && gazetteer.givenNames.contains(firstBytes)), gazetteer.match(tokens, at: lo)?.entry.type != .place {
            return Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: nil, evidence: .organization, paragraph: paragraph, sentenceStart: startsSentence)
        }
        // "Ofgem's director of enforcement", "Qantas's chief executive": so is a name whose possessive a company's
        // runner's title follows, or a director or head "of" a field ("Trump's chief of staff" stays a person's).
        if hi + 1 < tokens.count, tokens[hi - 1].isPossessive,
           Self.runsCompany(tokens, hi) || (tokens[hi].isWord("director") || tokens[hi].isWord("head")) && tokens[hi + 1].isWord("of"),
           !gazetteer.givenNames.contains(firstBytes), !(count == 1 && startsSentence) {
            return Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: nil, evidence: .organization, paragraph: paragraph, sentenceStart: startsSentence)
        }
        // The word lists each word is in: the tokens' bits, unless a possessive changed the word.
        var anyBits: UInt64 = 0, lastBits: UInt64 = 0
        // (A given name that starts a name is the person's, not a list's word: "Bill Turner".)
        let leadingGivenName = count >= 2 && SpeakerResolver.leadsWithGivenName(tokens[lo..<hi])
        for t in tokens[(leadingGivenName ? lo + 1 : lo)..<hi] {
            lastBits = Self.classesWithoutPossessive(t)
            anyBits |= lastBits
        }
        // Evidence.
        let previous = lo > 0 ? tokens[lo - 1] : nil
        let roleBefore = previous.map { $0.isIn(.roleWords) && !$0.isCapitalized && !$0.isIn(.adjectivalRoles) } ?? false
        if titled || roleBefore {
            evidence = .person
        }
        // "Minister for Home Affairs", "Commissioner for Human Rights": a portfolio of one or two words after a title
        // and "for" or "of" is the office's field, a named thing — no one's name (not a given name's, nor a run that
        // goes on: "Minister of Information Moammar al-Eryani" names him after it).
        // (A government's titles only: "Chief Executive of Massey Energy" names a company.)
        if lo >= 2, tokens[lo - 1].isWord("for") || tokens[lo - 1].isWord("of"), tokens[lo - 2].isCapitalized,
           Self.portfolioTitles.contains(lowercasing: tokens[lo - 2]), count <= 2, !gazetteer.givenNames.contains(firstBytes), gazetteer.match(tokens, at: lo) == nil,
           !(hi < tokens.count && tokens[hi].kind == .word && tokens[hi].isCapitalized) {
            evidence = .other
        }
        // An institution's word in the name makes it an organisation's, unless it is a person's surname after a
        // given name that a title, a role, a calling or an age says is someone's ("Professor Mary Court", "the
        // geneticist George Church", "Tom Bank, 45,"; not "St George Church", "George Church" alone).
        if anyBits & TokenClass.organisationWords.bit != 0,
           !(hi - lo >= 2 && gazetteer.givenNames.contains(tokens[hi - 2].bytes) && !tokens[hi - 2].isIn(.organisationWords)
             && tokens[lo..<(hi - 2)].allSatisfy({ $0.isIn(.roleWords) || $0.kind == .punctuation })
             && (titled || roleBefore || Self.agedAfter(tokens, hi)
                 || previous.map({ $0.kind == .word && !$0.isCapitalized && Lexicon.occupations.contains(lowercasing: $0) }) ?? false)) {
            evidence = .organization
        }
        // (An acronym of a thing, or one with a digit, is none: "DNA", "GDP", "A64", "I-44".)
        if count == 1, isAcronym(first) {
            evidence = evidence ?? (Self.thingAcronymWords.contains(lowercasing: firstBytes) || firstBytes.contains(where: { (0x30...0x39).contains($0) }) ? .other : .organization)
        }
        // "Mt. Everest", "Fort Worth", "Lake Tahoe", "Cape Cod": a place's kind as the first word.
        // (Not a people's name: "Puerto Rican", "Laguna Indian".)
        if evidence == nil, count >= 2, Self.placeKindsFirst.contains(SpeakerResolver.lowercase(first)),
           gazetteer.demonyms[allWords[wordRange].joinedBySpaces()] == nil, gazetteer.demonyms[allWords[wordRange.upperBound - 1]] == nil {
            evidence = .place
        }
        // (A role in small letters before the name outweighs a place's word as its last: "presidential
        // nominee Darrell Castle".)
        if lastBits & TokenClass.placeWords.bit != 0, !roleBefore { evidence = .place }
        // ("Cleveland Museum of Art", "Palace of Westminster": a place's kind before "of" in the name.)
        if evidence == nil, count >= 3, (lo..<(hi - 1)).contains(where: { Self.placeKindBeforeOf(tokens, $0, last: hi - 1) }) { evidence = .place }
        // ("Montego Bay Convention Centre", "World Trade Center": a centre of a venue's kind.)
        if count >= 2, Self.venueCentres.contains(lowercasing: tokens[hi - 1].bytes), Self.venueKinds.contains(lowercasing: tokens[hi - 2].bytes) { evidence = .place }
        // "Nordvik Semiconductor", "Harbor Securities": a company's trade or form as its last word.
        if count >= 2, evidence == nil || evidence == .person, tokens[hi - 1].isCapitalized, !tokens[hi - 1].hasApostrophe,
           Lexicon.companyWords.contains(lowercasing: tokens[hi - 1].bytes) {
            evidence = .organization
        }
        // "Coinbase Global, Inc.", "Bright Harbor, LLC": a company's legal form after a comma.
        if evidence == nil || evidence == .person || evidence == .place, hi + 1 < tokens.count, tokens[hi].isPunctuation(","),
           tokens[hi + 1].kind == .word, tokens[hi + 1].isCapitalized, Self.legalForms.contains(lowercasing: tokens[hi + 1].bytes) {
            evidence = .organization
        }
        // A thing ("Clean Air Act", "World Cup", "Brexit"), but not an institution "of" one ("School of
        // Law", "Natural Law Party of Michigan").
        let institution = tokens[lo..<(hi - 1)].contains(where: { $0.isIn(.organisationWords) && !$0.isIn(.otherWords) })
        if lastBits & TokenClass.otherWords.bit != 0 ? !(institution && hi - lo >= 3 && tokens[hi - 2].isWord("of"))
            // (An institution's word last makes the thing inside its subject: "National Hurricane Center"; so does a
            // place's kind, which the place was named for: "Easter Island", "Christmas Island", "Storm Lake".)
            : anyBits & TokenClass.otherWords.bit != 0 && !institution
                && !(lastBits & TokenClass.organisationWords.bit != 0 && lastBits & (TokenClass.roleWords.bit | TokenClass.otherWords.bit) == 0)
                && !(evidence == .place && lastBits & TokenClass.placeWords.bit != 0 && lastBits & TokenClass.otherWords.bit == 0) {
            evidence = .other
        }
        // "Pachomius died", "Chao married", "Galois was born": the subject of a verb only a person is the subject
        // of; "Chao's wife", "Galois's death": a person's relative or life.
        // (Not a sentence's first word alone that is a plural or a gerund: "Dozens died", "Being born yourself",
        // "Shaming is the wrong way forward".)
        // (Nor a plural without its "s": "People laughed at her", "Children died".)
        let openingCommonWord = startsSentence && count == 1 && (Self.looksPlural(tokens[lo].bytes) || tokens[lo].lowerHasSuffix("ing")
            || Self.irregularPlurals.contains(lowercasing: tokens[lo]))
        if evidence == nil, !openingCommonWord, Self.personsVerbAfter(tokens, hi) || Self.personsNounAfter(tokens, hi)
            || count >= 2 && Self.afterTitledDescription(tokens, lo, hi) {
            evidence = .person
        }
        // "the Belgian Wout van Aert": a name of two words or more right after a people's word (split from it by
        // `splitBeforeGivenName`) is a person's.
        if evidence == nil, count >= 2, lo > 0, tokens[lo - 1].kind == .word, tokens[lo - 1].isCapitalized,
           gazetteer.demonyms.value(tokens[lo - 1].bytes) != nil, gazetteer.entries.value(tokens[lo - 1].bytes) == nil,
           tokens[lo..<hi].allSatisfy({ !$0.isIn(.organisationWords) && !$0.isIn(.placeWords) && !$0.isIn(.otherWords) && !$0.isIn(.roleWords) }) {
            evidence = .person
        }
        // "Temescal is a neighborhood that", "Neiafu is the official port of entry", "Jenks is a suburb": a name
        // that "is" (or "was", "became") a place's, a person's or an institution's kind is of that kind.
        if evidence == nil, !openingCommonWord,
           !(lo > 0 && tokens[lo - 1].kind == .word && (tokens[lo - 1].isIn(.prepositions) || tokens[lo - 1].isWord("of"))),
           let kind = Self.predicateKind(tokens, after: hi) {
            evidence = kind
        }
        // "Mekhi Gbedey, 20, was diagnosed", "Yolanda (29) said": an age in apposition is a person's.
        if evidence == nil, Self.agedAfter(tokens, hi) {
            evidence = .person
        }
        // "James Lee, 68, of Torrance", "Junmyung Lee, 30, of Dedham": a hometown after a person's age.
        if evidence == nil, lo >= 4, tokens[lo - 1].isWord("of"), tokens[lo - 2].isPunctuation(","), tokens[lo - 4].isPunctuation(","),
           Self.isNumber(tokens, lo - 3), tokens[lo - 3].bytes.count <= 3 {
            evidence = .place
        }
        // "Marks & Spencer", "Redfield & Wilton Strategies": an ampersand inside a name makes a firm's.
        if evidence == nil, count >= 3, tokens[lo..<hi].contains(where: { $0.isPunctuation("&") }) { evidence = .organization }
        // "Jamie L. Miller, 46, Decatur, was arrested": a hometown after a person's age and a comma, before
        // punctuation (not a second person of a list: "Ann Lee, 30, Mary Smith, 41" — a given name first).
        if evidence == nil, lo >= 3, tokens[lo - 1].isPunctuation(","), tokens[lo - 3].isPunctuation(","),
           Self.isNumber(tokens, lo - 2), tokens[lo - 2].bytes.count <= 3, lo >= 4, tokens[lo - 4].kind == .word, tokens[lo - 4].isCapitalized,
           hi < tokens.count, tokens[hi].kind == .punctuation, !gazetteer.givenNames.contains(firstBytes) {
            evidence = .place
        }
        // "Women's Health magazine", "the Guardian newspaper": a name before an outlet's noun in small letters
        // (or a body's kind: "the far-right Vox party", "Cadena SER radio", "the Unite union")
        // (not a person's, from a given name: "the Dan Wootton podcast").
        if evidence == nil || evidence == .place && gazetteer.match(tokens, at: lo) == nil, hi < tokens.count, tokens[hi].kind == .word,
           !(count >= 2 && gazetteer.givenNames.contains(firstBytes)), gazetteer.demonyms.value(tokens[hi - 1].bytes) == nil,
           !tokens[hi].isCapitalized, Self.outletNouns.contains(lowercasing: tokens[hi]) || Self.bodyKinds.contains(lowercasing: tokens[hi])
            // (Also past one word that says what kind of body, after "the", "a" or a possessive: "the Unionen trade
            // union", "the Hamas militant group", "the Wagner mercenary group".)
            || Self.bodyKindAfterModifier(tokens, hi) && lo > 0 && tokens[lo - 1].kind == .word && Self.isArticleOrOwner(tokens[lo - 1]) {
            evidence = .organization
        }
        // "J. K. Rowling", "W. E. B. Du Bois": initials, then a surname (one word, with its particles; not "E. Nine
        // Mile").
        if evidence == nil, count >= 2, case let initials = allWords[w0...].prefix(while: { $0.count == 2 && $0.hasSuffix(".") && $0.first!.isUppercase }).count,
           initials >= 1, count > initials, allWords[(w0 + initials)...].allSatisfy({ $0.count >= 2 && isNameWord($0) || SpeakerResolver.particles.contains($0) }),
           allWords[(w0 + initials)...].filter({ !SpeakerResolver.particles.contains($0) }).count == 1 {
            evidence = .person
        }
        // "Mia Bay, a historian at the University of Pennsylvania": a name in apposition to a noun of what
        // someone does, before a preposition, a comma or the sentence's end (not "In Kherson, a resident said";
        // nor a place the gazetteer knows).
        if evidence == nil || evidence == .place && count == 2 && gazetteer.givenNames.contains(firstBytes) && gazetteer.match(tokens, at: lo) == nil,
           Self.apposedOccupation(tokens, after: hi) {
            evidence = .person
        }
        // "There was a lady there, Rajamma, she worked …", "her husband, Tomas, said": a name between commas in
        // apposition to a noun for a person in small letters (past "there" or "here") is that person's.
        if evidence == nil, lo >= 2, tokens[lo - 1].isPunctuation(","), hi < tokens.count, tokens[hi].isPunctuation(","),
           case let n = tokens[lo - 2].isWord("there") || tokens[lo - 2].isWord("here") ? lo - 3 : lo - 2, n >= 0,
           tokens[n].kind == .word, !tokens[n].isCapitalized, !tokens[n].hasApostrophe,
           Lexicon.personNouns.contains(lowercasing: tokens[n]) || tokens[n].isIn(.roleWords) && !tokens[n].isIn(.adjectivalRoles)
            || SpeakerResolver.kin.contains(lowercasing: tokens[n]) {
            evidence = .person
        }
        if evidence == nil, count >= 2, gazetteer.givenNames.contains(firstBytes),
           allWords[(w0 + 1)...].allSatisfy({ SpeakerResolver.startsUpper($0) || SpeakerResolver.particles.contains($0) }) {
            evidence = .person
        }
        // "K. Michael Stevens", "J. Robert Oppenheimer": initials, then a given name and a surname.
        if evidence == nil, count >= 3, case let initials = allWords[w0...].prefix(while: { $0.count == 2 && $0.hasSuffix(".") && $0.first!.isUppercase }).count,
           initials >= 1, count - initials >= 2, gazetteer.givenNames.contains(allWords[w0 + initials]),
           allWords[(w0 + initials + 1)...].allSatisfy({ SpeakerResolver.startsUpper($0) || SpeakerResolver.particles.contains($0) }) {
            evidence = .person
        }
        // A given name alone, within a sentence, is someone's ("Amanda said", "told Ahmed"), unless a
        // number follows ("Jan 5").
        if evidence == nil, count == 1, !startsSentence, gazetteer.givenNames.contains(firstBytes),
           !(hi < tokens.count && tokens[hi].kind == .word && (0x30...0x39).contains(tokens[hi].bytes[0])) {
            evidence = .person
        }
        // An author cited: "Morgan-Short et al.", "(Vandergrift, 2007)", "Santos (1989)", "Lewis, Simons,
        // & Fennig, 2014" — a name before "et al", or before a year (after a comma, or in brackets).
        if evidence == nil, hi < tokens.count, Self.citesYearOrColleagues(tokens, after: hi, single: count == 1,
                                                                          inCitation: lo > 0 && (tokens[lo - 1].isPunctuation("(") || tokens[lo - 1].isPunctuation(";")
                                                                                                 || tokens[lo - 1].isPunctuation(",") || tokens[lo - 1].isPunctuation("&"))) {
            evidence = .person
        }
        // "Russia's Bryansk region", "former Springfield mayor Daniel Okafor": a place's kind or the title of
        // one who runs a place, in small letters after the name.
        if evidence == nil || evidence == .person && !titled && !roleBefore, hi < tokens.count, tokens[hi].kind == .word, !tokens[hi].isCapitalized,
           placeKindsAfter.contains(lowercasing: tokens[hi])
            // (not an adjective that opens the sentence: "Regional governor Boris Dubrovsky said")
            || placeRoles.contains(lowercasing: tokens[hi]) && !(count == 1 && startsSentence),
           !(count >= 2 && gazetteer.givenNames.contains(firstBytes)) {
            evidence = .place
        }
        // "a Somali American mayor", "African American voters": a name of demonyms alone names a people, no place.
        if count >= 2, tokens[lo..<hi].allSatisfy({ $0.kind == .word && gazetteer.demonyms.value($0.bytes) != nil }) { evidence = .other }
        // "Pittsburgh Pirates", "New York Mets", "Chicago Bulls": a place the gazetteer knows, then capitalised
        // words ending in a plural that is no place's, institution's or people's word, is a team.
        // (Not after a given name: "Austin Roberts", "Charlotte Edwards" are people; nor a surname that ends
        // like a plural after a place that is a given name too: "Charlotte Jones", "Sydney Davies".)
        if count >= 2, evidence == nil || evidence == .person, !gazetteer.givenNames.contains(firstBytes),
           !(count == 2 && Self.isPluralSurname(tokens[hi - 1], afterGivenName: GenderCues.isGivenName(firstBytes), gazetteer: gazetteer)),
           let (length, entry) = gazetteer.match(tokens, at: lo), entry.type == .place,
           lo + length < hi, Self.isTeamPlural(tokens[hi - 1], gazetteer: gazetteer), !Self.compassWords.contains(lowercasing: tokens[lo + length].bytes),
           tokens[(lo + length)..<hi].allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isIn(.roleWords) && $0.bytes.allSatisfy({ !(0x30...0x39).contains($0) }) }) {
            evidence = .organization
            team = true
        }
        // "Greenhill Rovers", "Wigan Athletic", "Partick Thistle": a club's word that names no place, people or
        // institution otherwise, last after a capitalised name, makes a team (its last word alone is the team).
        if count >= 2, evidence == nil || evidence == .person, Self.clubWords.contains(lowercasing: tokens[hi - 1]),
           tokens[lo..<hi].allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isIn(.roleWords) }) {
            evidence = .organization
            team = true
        }
        // "NHS England", "BBC Scotland": an acronym before a place the gazetteer knows is an organisation's branch.
        if count >= 2, isAcronym(first), let (length, entry) = gazetteer.match(tokens, at: lo + 1), lo + 1 + length == hi, entry.type == .place {
            evidence = .organization
        }
        // "the village of Essil", "the island of Strynø", "the province of Palawan": a place's kind, then "of";
        // "the mayor of Cremona", "residents of Viadana": one who governs or lives in a place, then "of".
        if evidence == nil, lo >= 2, tokens[lo - 1].isWord("of"), tokens[lo - 2].kind == .word, !tokens[lo - 2].isCapitalized,
           tokens[lo - 2].isIn(.placeWords) || Self.placeKindsBeforeOf.contains(lowercasing: tokens[lo - 2].bytes)
            || Self.placesPeopleBeforeOf.contains(lowercasing: tokens[lo - 2]) {
            evidence = .place
        }
        // "Southern California Edison, the region's main utility,": a name with an institution's kind in
        // apposition is the institution's (not a person's name from a given name: "Tom Reyes, a company …").
        if evidence == nil || evidence == .person && !titled && !roleBefore, !(count >= 2 && gazetteer.givenNames.contains(firstBytes)),
           Self.apposedInstitution(tokens, after: hi) {
            evidence = .organization
        }
        // "Environmental group Legambiente", "rail operator Trenitalia", "the charity Oxfam": an institution's kind
        // in small letters right before a name is the name's (not an occupation's too — "broadcaster Piers
        // Morgan" — nor before a given name, nor after a possessive; not after titles, which stand between).
        if evidence == nil, !titled, let prev = previous, prev.kind == .word, !prev.isCapitalized, !prev.hasApostrophe,
           Self.isInstitutionKind(prev), !Self.isPersonNoun(prev),
           !gazetteer.givenNames.contains(firstBytes),
           // ("its alleged operator Jong Woo Son", "the site's operator …": one's operator may be someone.)
           !(max(0, lo - 3)..<(lo - 1)).contains(where: { tokens[$0].isIn(.possessivePronouns) || tokens[$0].isPossessive }) {
            evidence = .organization
        }
        // "The company, Northgate Homes, said", "its parent company, Alphabet,": "the" or a possessive, an institution's
        // kind and a comma before a name that a comma or a full stop closes (an apposition) — the name is the
        // institution (not an occupation's word, nor before a given name).
        if evidence == nil, !titled, lo >= 3, tokens[lo - 1].isPunctuation(","), case let kind = tokens[lo - 2], kind.kind == .word,
           !kind.isCapitalized, !kind.hasApostrophe, Self.isInstitutionKind(kind), !Self.isPersonNoun(kind),
           (lo - 4..<(lo - 2)).contains(where: { $0 >= 0 && (tokens[$0].isWord("the") || tokens[$0].isIn(.possessivePronouns)) })
            // (Or a place's or a body's possessive up to three words before the kind: "Japan's biggest union
            // federation, Rengo,", "the country's largest carmaker, Volvo,".)
            || Self.ownerBeforeKind(tokens, kind: lo - 2),
           hi < tokens.count, tokens[hi].isPunctuation(",") || tokens[hi].isPunctuation("."),
           !gazetteer.givenNames.contains(firstBytes) {
            evidence = .organization
        }
        // "an analyst at Bernstein", "economists at Goldman Sachs": after one who works or studies there, "at"
        // names an employer, an organisation (not an owner's: "a student at Smith's house").
        if evidence == nil, let prev = previous, prev.isWord("at"), lo >= 2, tokens[lo - 2].kind == .word,
           count <= 3, !tokens[hi - 1].isPossessive, Self.employeeNouns.contains(lowercasing: tokens[lo - 2].bytes) {
            evidence = .organization
        }
        // "Shares in Volvo Cars rose", "a stake in Chelsea", "shares of Nvidia": what shares or a stake are "in"
        // or "of" is a company, no place.
        if evidence == nil, lo >= 2, let prev = previous, prev.isWord("in") || prev.isWord("of"), tokens[lo - 2].kind == .word,
           Self.ownedParts.contains(lowercasing: tokens[lo - 2]), !(count >= 2 && gazetteer.givenNames.contains(firstBytes)) {
            evidence = .organization
        }
        // "Amaral's new novel, The Salt Between Us, is", "the documentary Navalny": a name right after a work's
        // kind (after "the", "a" or a possessive), or in commas after it, is the work's title — a named thing.
        if evidence == nil || evidence == .place, !titled, !(count >= 2 && gazetteer.givenNames.contains(firstBytes)), Self.titlesWork(tokens, lo, hi) {
            evidence = .other
        }
        // ("To" not after a word that makes it name someone or something: "a letter to Chevalier", "successor to
        // Pachomius", "according to X", "devoted to God".)
        // (Not an owner: the preposition governs what is owned — "at Iyambo's death", "from Saadallah's flat".)
        if evidence == nil, let prev = previous, prev.kind == .word, prev.isIn(.placePrepositions), count <= 3, !tokens[hi - 1].isPossessive,
           !(prev.isWord("to") && !Self.goesTo(tokens, lo - 1)) {
            evidence = .place
        }
        var c = Candidate(range: lo..<hi, wordRange: wordRange, gazetteer: nil, evidence: evidence, paragraph: paragraph, sentenceStart: startsSentence)
        c.team = team
        c.titledPerson = titled && evidence == .person
        return c
    }
}
