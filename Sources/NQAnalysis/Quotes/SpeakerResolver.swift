import Foundation
import NQSupport
import NQCorpus

/// Turns a speaker as written into the canonical speaker: titles split off into the role, a surname into
/// the fullest name the article gives ("Lavrov" → "Sergei Lavrov"), a pronoun or "the official" into
/// the person or source it refers to (the most recent compatible speaker), an unnamed source into its
/// description without the article ("a senior official" → "senior official").
struct SpeakerResolver {
    struct Resolved: Equatable {
        var speaker: String
        var role: String?
        var isPerson: Bool
        /// A lone capitalised word known as neither a person nor an institution ("Powell told
        /// lawmakers"): a later "he" or "she" may mean it.
        var maybePerson = false
    }

    /// Full names by their last word ("lavrov" → "Sergei Lavrov"), the longest seen first.
    private(set) var fullNames = NameTable<[FullName]>()

    /// A full name with its words in lower case (made once, asked for every speaker resolved).
    struct FullName {
        let name: String
        let words: [String]
    }
    /// The role written before a full name at its first mention ("Russian Foreign Minister").
    private(set) var roles = NameTable<String>()
    /// Speakers in order of mention, for pronouns and definite descriptions.
    private(set) var history: [Resolved] = [] { didSet { historyParagraph = paragraph } }
    /// The paragraph where `history` last changed: "a spokesperson said" speaks for a body only just named.
    private var historyParagraph = -10
    /// `isMany` of the speakers asked so far (`isManyOnce`).
    private var manyOnce: [ManyKey: Bool] = [:]
    private struct ManyKey: Hashable {
        let speaker: String
        let isPerson: Bool
        let maybePerson: Bool
    }
    /// The gender a "he" or a "she" gave a person whose name and role say none ("Raj Patel … he said"):
    /// the other pronoun is no longer that person ("… "…," she said" is not Raj Patel's); or a title
    /// written with the name at one mention, for the others.
    private var pronounGenders: [String: GenderCues.Gender] = [:]
    /// Names the text gives an institution's kind in apposition ("Acme, a Texas manufacturer,").
    private var apposedInstitutions: Set<String> = []
    /// Acronyms defined in the text: "World Health Organization (WHO)" → WHO.
    private(set) var acronyms: [String: String] = [:]
    /// Institutions that were the subjects of sentences, in order: what "the agency" or "the company"
    /// said later refers to (kept apart from `history`: pronouns do not take them from here).
    private(set) var institutions: [String] = []
    /// The paragraph being read, and the one where the last institution was noted: "they" takes that
    /// institution only from the two paragraphs before it (not "Wikinews reached out to sex workers"
    /// many paragraphs before an interviewee's "they used to demand").
    var paragraph = 0 { didSet { resolving = true } }
    private var institutionParagraph = 0
    /// Whether the quotations are being attributed (`paragraph` set), after `learnNames` read the article.
    private var resolving = false
    /// The paragraph a name learned now was written in: the one `learnNames` reads, or the one attributed.
    private var learningParagraph: Int { resolving ? paragraph : learnedParagraph - 1 }
    /// In an interview, the label of the turn being read, as written ("Zara Kay" of "((Zara Kay)) I was
    /// eight …", kept for the turn's later paragraphs): the one "I" stands for outside quotations.
    var turn: [String]? = nil
    /// Full names by their first word, when one full name of the article has it ("xi" → "Xi Jinping").
    private(set) var familyFirst = FirstWordNames()
    /// The first words of the full names, in lower case ("penny" of "Penny Marsh").
    private(set) var firstWords = Set<String>()

    static func isFirstPerson(_ lower: String) -> Bool { lower == "i" || lower == "me" }

    static let possessives = ["their": "they", "its": "it", "his": "he", "her": "she"]
    /// The words an institution's name or a title goes on through: "University of California", "spokeswoman for".
    static let nameJoints: Set<String> = WordLists.strings("SpeakerResolver.nameJoints")
    static let particles = WordLists.set(.particles)
    static let articlePrefixes = WordLists.set("SpeakerResolver.articlePrefixes")

    /// The length of an Arabic article joined by a hyphen that opens `b` ("al-" of "al-Assad", "el-" of
    /// "el-Sisi"), when a letter follows it (a capital, if `capital`); 0 otherwise.
    static func articlePrefixLength(_ b: UnsafeBufferPointer<UInt8>, capital: Bool) -> Int {
        guard b.count >= 4 else { return 0 }
        let n = b[2] == 0x2D ? 2 : b.count >= 5 && b[3] == 0x2D ? 3 : 0
        guard n > 0, b.count > n + 1, case let c = b[n + 1], capital ? (c >= 0x41 && c <= 0x5A) : ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A),
              articlePrefixes.contains(lowercasing: UnsafeBufferPointer(rebasing: b[..<n])) else { return 0 }
        return n + 1
    }
    static let placeKinds: Set<String> = WordLists.strings("SpeakerResolver.placeKinds")
    static let namedOffices: Set<String> = WordLists.strings("SpeakerResolver.namedOffices")
    static let kin = WordLists.set("SpeakerResolver.kin")
    static let partyMembers: Set<String> = WordLists.strings("SpeakerResolver.partyMembers")
    static let weekdays: Set<String> = WordLists.strings("SpeakerResolver.weekdays")
    /// People named as someone's relative, with the relation, in order ("Susan", "wife").
    private(set) var relatives: [(name: String, kin: String)] = []
    /// The kinds of business (or club) a description puts before a company's name ("carmaker Stellantis", "the
    /// streaming service Flixwave", "Premiership side Harlow Town"): "the company", "the carmaker", "the club"
    /// later is the last one so named.
    static let businessKinds = WordLists.set("SpeakerResolver.businessKinds")
    /// Companies a sentence's subject named after the kind of their business, in order.
    private(set) var businesses: [String] = []

    /// Where the capitalised word after one or two name particles at `j` is ("von der" in "Ursula von der Leyen",
    /// "da" in "Lula da Silva"); nil when no particle stands at `j` or no capitalised word follows them.
    static func capitalAfterParticles(_ tokens: [TextToken], _ j: Int) -> Int? {
        guard j < tokens.count, tokens[j].kind == .word, isParticle(tokens[j]) else { return nil }
        var m = j + 1
        if m < tokens.count, tokens[m].kind == .word, isParticle(tokens[m]) { m += 1 }
        return m < tokens.count && tokens[m].kind == .word && tokens[m].isCapitalized ? m : nil
    }

    /// `particles.contains(t.bytes)` (exactly, in lower case), from the token's bits: the lists are
    /// ASCII, so a token in the list is one with no capital in it.
    static func isParticle(_ t: TextToken) -> Bool {
        t.isIn(.particles) && !t.bytes.contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// A live blog's new entry (`QuoteExtractor.isEntryStamp`): a pronoun refers to no one named in the entries
    /// before it ("11:07 … They said: "The Mizen will be closed"" is not the "few people" of the entry before).
    mutating func startEntry() {
        history.removeAll()
        institutionParagraph = -10
    }

    /// Learns the names of an article from the capitalised runs of its paragraphs.
    /// Notes the country a people's word up to three words before a person's name says, and an age after it
    /// (`EntityRecognizer.agedAfter`: "Wout Verhaegen, 38,"), in `personCountry` and `personAge`.
    private mutating func noteCountryAndAge(_ tokens: [TextToken], _ run: Range<Int>) {
        // (The name after the titles of its run: "Brazilian President Luiz Inácio Lula da Silva".)
        let name = Self.splitPoint(tokens[run]).name..<run.upperBound
        guard name.count >= 2 else { return }
        var country: String? = nil
        var k = name.lowerBound - 1
        while k >= 0, name.lowerBound - k <= 3, tokens[k].kind == .word {
            if tokens[k].isCapitalized, let c = Gazetteer.shared.demonyms.value(tokens[k].bytes) { country = c; break }
            k -= 1
        }
        let age = EntityRecognizer.agedAfter(tokens, name.upperBound) ? Int(tokens[name.upperBound + 1].text) : nil
        guard country != nil || age != nil else { return }
        let canonical = canonicalName(tokens[name])
        if let country { personCountry[canonical] = country }
        if let age { personAge[canonical] = age }
    }

    mutating func learnNames(_ tokens: [TextToken]) {
        learnedParagraph += 1
        for k in tokens.indices.dropFirst() where tokens[k].isIn(.institutionNouns) && tokens[k].kind == .word && !tokens[k].isCapitalized
            && tokens[k - 1].kind == .word && !tokens[k - 1].isCapitalized && !tokens[k - 1].isIn(.determiners) && !tokens[k - 1].isIn(.possessivePronouns) {
            // (Not a description in apposition to a name, which names the body: "Orbital Forge, the space company".)
            if let comma = (max(0, k - 5)..<k).last(where: { tokens[$0].isPunctuation(",") }), comma > 0, tokens[comma - 1].isCapitalized,
               EntityRecognizer.apposedInstitutionKind(tokens, after: comma) == k { continue }
            describedBodies.insert(tokens[k].lower)
        }
        let descriptions = Self.officeDescriptions(tokens)
        var nextDescription = 0
        var i = 0
        while i < tokens.count {
            // (A description of an office opening a sentence before this run: the last person named holds it.)
            while nextDescription < descriptions.count, descriptions[nextDescription].lowerBound < i {
                learnDescription(tokens[descriptions[nextDescription]])
                nextDescription += 1
            }
            guard tokens[i].isCapitalized else { i += 1; continue }
            var j = i
            // (Particles go on a name when a capitalised word follows them: "Ursula von der Leyen", "Lula da Silva".)
            while j < tokens.count {
                if tokens[j].isCapitalized { j += 1; continue }
                guard let k = Self.capitalAfterParticles(tokens, j) else { break }
                j = k
            }
            // "Afterwards Penny", "However Smith": a word that starts sentences is no part of a name.
            while i < j, Lexicon.sentenceAdverbs.contains(lowercasing: tokens[i])
                    || (tokens[i].hasHyphen && Self.isDescriptiveCompound(tokens[i].text)) { i += 1 }
            // "Senator from Vermont Bernie Sanders": a place right before a given name is no part of the name.
            if j - i >= 3, let place = Gazetteer.shared.match(tokens, at: i), place.entry.type == .place,
               i + place.length + 1 < j, Gazetteer.shared.givenNames.contains(tokens[i + place.length].bytes) {
                i += place.length
            }
            // "First Minister of Scotland Nicola Sturgeon": after "of", the first word of a long run names a place.
            let afterOf = i > 0 && tokens[i - 1].isWord("of") && j - i >= 3
            // ("Secretary for Transport Grant Shapps": after a title and "for", the name after the body's words.)
            var start = Self.nameStartAfterTitleFor(tokens, i..<j) ?? (afterOf ? i + 1 : i)
            // ("Witness Donald Williams": a word before a given name that is no title and no given name
            // describes the name, as the entity rules split it; a title stays, for the role.)
            if j - start >= 3 {
                var pieces = [start..<j]
                EntityRecognizer.splitBeforeGivenName(&pieces, tokens, gazetteer: Gazetteer.shared)
                if pieces.count == 2, case let p = pieces[1].lowerBound, !tokens[p - 1].isIn(.roleWords),
                   !tokens[p - 1].isIn(Lexicon.occupations), !Lexicon.honorifics.contains(lowercasing: tokens[p - 1].bytes) {
                    start = p
                }
            }
            // (Honours after the name are no part of it: "Zaha Hadid DBE RA".)
            var end = j
            while end - start > 2, !tokens[end - 1].hasApostrophe, EntityRecognizer.postNominals.contains(tokens[end - 1].bytes) { end -= 1 }
            // "The Environment Agency's area manager": a body named by its kind's word, for "the agency" later.
            // (Not a name that goes on after "of": "Florida Department of Transportation".)
            if case let body = tokens[i..<j].drop(while: { $0.isIn(.determiners) }), body.count >= 2,
               !(j + 1 < tokens.count && tokens[j].isWord("of") && tokens[j + 1].isCapitalized),
               case let kind = Self.lowercase(Self.stripPossessive(body.last!.text)), Lexicon.institutionNouns.contains(kind) {
                namedBodies[kind, default: []].insert((body.dropLast().map(\.text) + [Self.stripPossessive(body.last!.text)]).joinedBySpaces())
            }
            // (A place or an institution the gazetteer knows is nobody's name: "North Carolina".)
            if end - start < 2 || Gazetteer.shared.match(tokens, at: start).map({ start + $0.length != end }) ?? true {
                learn(tokens[start..<end])
                if end - start >= 2 { noteCountryAndAge(tokens, start..<end) }
            }
            // "the geneticist George Church", "chief executive Tom Bank": a given name and a surname that is an
            // institution's word are a person's name after a calling or a title in small letters (as the entity
            // rules read them), which `learn` leaves out.
            if end - start == 2, start > 0, tokens[start].isGivenName, !tokens[start].isIn(.organisationWords),
               tokens[start + 1].isIn(.organisationWords), !tokens[start + 1].hasApostrophe,
               tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized,
               tokens[start - 1].isIn(Lexicon.occupations) || tokens[start - 1].isIn(.roleWords) && !tokens[start - 1].isIn(.adjectivalRoles) {
                learn(role: [], name: [tokens[start].text, tokens[start + 1].text])
            }
            // "survived by a son, Peter, and four grandchildren", "with his wife, Anna Berg.": a relative named in
            // commas after the relation, anywhere in the sentence, for "her son said" later (`learnAppositive`
            // notes a subject's).
            if i >= 2, j - i <= 3, tokens[i - 1].isPunctuation(","), tokens[i - 2].kind == .word, !tokens[i - 2].isCapitalized,
               Self.kin.contains(tokens[i - 2].lower), j == tokens.count || tokens[j].kind == .punctuation && [",", ".", ";"].contains(tokens[j].mark),
               (i..<j).allSatisfy({ tokens[$0].kind == .word && tokens[$0].hasSmallLetter }) {
                relatives.append((canonicalName(tokens[i..<j].map(\.text)), tokens[i - 2].lower))
            }
            // "Graham and Susan Clarke": the given name before "and" has the family name after it too.
            if j - i == 1, j + 3 < tokens.count, tokens[j].isWord("and"), tokens[i].isGivenName, tokens[j + 1].isGivenName {
                var m = j + 2
                while m < tokens.count, tokens[m].isCapitalized { m += 1 }
                if m - (j + 2) >= 1, m - (j + 2) <= 2 { learn(ArraySlice([tokens[i]] + tokens[(j + 2)..<m])) }
            }
            // "Southern California Edison, the region's main utility,": an institution, for "the company" later when
            // it is a sentence's subject.
            // (And for "the company" later wherever it is: "a rocket built by Orbital Forge, the space company founded by
            // …. The company said": the body the article gave that kind.)
            if j - i >= 1, let kind = EntityRecognizer.apposedInstitutionKind(tokens, after: j) {
                let name = Self.text(of: tokens[i..<j].drop(while: { $0.isIn(.determiners) }))
                apposedInstitutions.insert(name)
                if tokens[kind].isIn(.institutionNouns) { namedBodies[tokens[kind].lower, default: []].insert(name) }
            }
            // "Full Name (ACR)": the acronym is an alias of the full name (without the article that opens a
            // sentence: "The Indian Meteorological Department (IMD) has forecast").
            if j + 2 < tokens.count, tokens[j].isPunctuation("("), tokens[j + 2].isPunctuation(")"),
               case let full = tokens[i..<j].drop(while: { $0.isIn(.determiners) }).map(\.text), !full.isEmpty,
               Self.isAcronym(tokens[j + 1].text, of: full) {
                acronyms[tokens[j + 1].text] = full.joinedBySpaces()
            }
            i = j
        }
        for d in descriptions[nextDescription...] { learnDescription(tokens[d]) }
    }

    /// The person named last in the text read by `learnNames` (a name that opens with a given name), and
    /// the paragraph it was in.
    private var lastNamedPerson: (name: String, paragraph: Int)?
    private var learnedParagraph = 0

    /// "Michael R. Bloomberg … No, the former New York mayor's debut …": a sentence that opens with "the",
    /// a few words and an office that one named person holds (`namedOffices`) describes the last person
    /// named, in its paragraph or the one before, when no one was named with that office — "the former
    /// mayor said" later is he. The descriptions' words after "the", where each sentence (or its first
    /// clause after a word and a comma, "No, the …") opens with one.
    static func officeDescriptions(_ tokens: [TextToken]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        func endsSentence(_ t: TextToken) -> Bool { t.isPunctuation(".") || t.isPunctuation("!") || t.isPunctuation("?") }
        for p in tokens.indices where tokens[p].isWord("the") {
            let opens = p == 0 || endsSentence(tokens[p - 1])
                || p >= 2 && tokens[p - 1].isPunctuation(",") && tokens[p - 2].kind == .word && (p == 2 || endsSentence(tokens[p - 3]))
            guard opens else { continue }
            guard let k = ((p + 1)..<min(p + 6, tokens.count)).first(where: { tokens[$0].kind != .word
                      || namedOffices.contains(lowercase(stripPossessive(tokens[$0].text))) }),
                  k > p + 1, tokens[k].kind == .word,
                  // (Small words and places' or parties' names before the office: "the former New York mayor",
                  // "the Democratic senator"; not a name of its own, "the Mayor of London Sadiq Khan".)
                  !tokens[(p + 1)..<k].contains(where: { $0.hasApostrophe || $0.isGivenName || $0.isIn(.determiners) }),
                  // (Nor a title of its own in capitals, "The Prime Minister", "the Vice President": who holds it
                  // may be someone not named yet.)
                  !(tokens[(p + 1)..<k].contains(where: { $0.isCapitalized && $0.isIn(.roleWords) }) && tokens[(p + 1)..<k].allSatisfy({ $0.isIn(.roleWords) })),
                  // (The office is the subject: an owner ("the former mayor's debut") or a verb after it ("the
                  // senator said", "the governor has", "the mayor argued"); not "The Lord Mayor election", nor
                  // "The Senate Minority Leader, Chuck Schumer," or "The new governor of the region".)
                  tokens[k].hasApostrophe || k + 1 < tokens.count && isVerbAfterSubject(tokens[k + 1]) else { continue }
            found.append((p + 1)..<(k + 1))
        }
        return found
    }

    /// Whether the article describes a person by a relation or a calling ("Her neighbour, Raj Patel,", "the
    /// singer"), as the role's last word says: then an office alone ("the Prime Minister") is not that person.
    static func describedOtherwise(_ r: Resolved) -> Bool {
        guard let role = r.role, let last = role.spaceSeparated().last else { return false }
        let head = lowercase(String(last))
        return kin.contains(head) || Lexicon.occupations.contains(head)
    }

    /// A word that follows a subject as its verb: a form of "be", "have" or a modal, a verb of speech, or a
    /// past tense in "-ed" (a test for `officeDescriptions`, not a tagger).
    static func isVerbAfterSubject(_ t: TextToken) -> Bool {
        guard t.kind == .word, !t.isCapitalized else { return false }
        return t.isIn(.beForms) || t.isIn(.speechVerbs) || ["has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "also"].contains(t.lower)
            || t.lower.hasSuffix("ed") && t.lower.count > 4
    }

    private mutating func learnDescription(_ words: ArraySlice<TextToken>) {
        // (A role the person has already that is a title stays; a word that only describes, "Billionaire
        // Michael R. Bloomberg", gives way.)
        guard let person = lastNamedPerson, person.paragraph + 1 >= learnedParagraph,
              roles[person.name].map({ !Lexicon.roleWords.contains(lowercasing: String($0.spaceSeparated().last ?? "")) }) ?? true,
              let last = words.last else { return }
        let head = Self.lowercase(Self.stripPossessive(last.text))
        guard roles.firstName(where: { Self.endsWithWords(Self.roleHead($0), head) }) == nil else { return }
        var role = words.dropLast().map(\.text)
        role.append(Self.stripPossessive(last.text))
        roles[person.name] = role.joinedBySpaces()
    }

    /// Where the name starts in a run of capitalised words after a title and "for" ("Minister for Foreign
    /// Affairs Penny Wong", "Secretary for Transport Grant Shapps", "US Special Representative for Iran Brian
    /// Hook"): at its given name after the body's first word, or its last two words; nil when no title and
    /// "for" come before the run, or it has fewer than three words.
    static func nameStartAfterTitleFor(_ tokens: [TextToken], _ run: Range<Int>) -> Int? {
        let i = run.lowerBound, j = run.upperBound
        guard i > 1, j - i >= 3, tokens[i - 1].isWord("for"), tokens[i - 2].isCapitalized, tokens[i - 2].isIn(.roleWords) else { return nil }
        return ((i + 1)..<(j - 1)).first(where: { tokens[$0].isGivenName && !tokens[$0 + 1].isIn(.roleWords) }) ?? j - 2
    }

    mutating func learn(_ run: ArraySlice<TextToken>) {
        // A name has two words or more, and the split below only takes words away.
        guard run.count >= 2 else { return }
        guard !run.contains(where: \.hasApostrophe) else {
            // "Microsoft's GitHub", "Russia's Sergei Lavrov": an owner is no part of the name after it.
            if let owner = run.dropLast().lastIndex(where: { $0.hasApostrophe && Self.stripPossessive($0.text) != $0.text }) {
                return learn(run[(owner + 1)...])
            }
            // Possessives and contractions change the words: split their strings.
            let (roleWords, name) = Self.split(run.map(\.text))
            guard Self.isLearnableName(name[...]) else { return }
            learn(role: roleWords, name: name)
            return
        }
        // The same on the tokens' word-list bits; strings are made only for a name that passes.
        let (lo, nameStart) = Self.splitPoint(run)
        guard Self.isLearnableName(run[nameStart...]) else { return }
        // Without apostrophes a word is its token's text and its key the last token's `nameKey`.
        let name = run[nameStart...]
        learn(full: Self.text(of: name), key: name.last!.nameKey,
              words: { name.map { $0.lower } }, hasRole: lo < nameStart, role: { run[lo..<nameStart].map(\.text).joinedBySpaces() })
    }

    /// Where the words after leading function words start in a run, and where the name after the
    /// titles starts: "Earlier Russian Foreign Minister Sergei Lavrov" → 1, 4. A title in capitals ("IM",
    /// "MEP") counts only where it leads the phrase or follows another title; a demonym before a title
    /// ("Russian" in "Russian Foreign Minister") is part of the role.
    static func splitPoint<C: RandomAccessCollection>(_ run: C) -> (start: Int, name: Int) where C.Element: SpeakerWord, C.Index == Int {
        var lo = run.startIndex
        while lo < run.endIndex, run[lo].isFunctionWord { lo += 1 }
        var lastRole = lo - 1, lastTitleWord = lo - 1
        for i in lo..<run.endIndex {
            let t = run[i]
            let isTitleWord = t.isIn(.roleWords)
                // ("Gayle King", "Elizabeth Bishop": a title's word that ends a run after a given name is a surname.)
                && !(i == run.endIndex - 1 && i > lo && run[i - 1].isGivenName && !run[i - 1].isIn(.roleWords))
                // "Novelist Grace Adeyemi", "Rapper Drake": an occupation leading the run is its title.
                || (i == lastTitleWord + 1 && i + 1 < run.endIndex && t.startsUpper && t.isIn(Lexicon.occupations))
            if isTitleWord
                || (i + 1 < run.endIndex && run[i + 1].isIn(.roleWords) && isDemonymShaped(t.lowerForm))
                || (i + 2 < run.endIndex && t.isShortCapitals && i == lastTitleWord + 1) {
                lastRole = i
            }
            if isTitleWord { lastTitleWord = i }
        }
        return (lo, lastRole + 1)
    }

    /// A name an article's capitalised run may teach: two to four words, none an institution's word or a
    /// month (but a leading given name: "Bill Turner"), not a company's ("Nordvik Semiconductor"), each
    /// with a small letter or short ("Lee Jae-myung", "Ng").
    static func isLearnableName<C: RandomAccessCollection>(_ name: C) -> Bool where C.Element: SpeakerWord, C.Index == Int {
        // (Particles do not count: "Luiz Inácio Lula da Silva" has four words of its own.)
        guard name.count >= 2, name.count - name.count(where: \.isParticle) <= 4, name.count <= 6, let last = name.last else { return false }
        return !name.dropFirst(leadsWithGivenName(name) ? 1 : 0).contains(where: { $0.isIn(.organisationWords) || $0.isIn(.monthsAndDays) || $0.isIn(.pronouns) })
            && !last.isIn(Lexicon.companyWords) && name.allSatisfy({ $0.hasSmallLetter || $0.characterCount <= 2 })
                || name.count >= 2 && name.dropFirst().allSatisfy({ $0.hasSmallLetter || $0.characterCount <= 2 }) && isDottedInitials(name.first!.text)
                    && !name.dropFirst().contains(where: { $0.isIn(.organisationWords) || $0.isIn(.monthsAndDays) || $0.isIn(.pronouns) })
                    && !last.isIn(Lexicon.companyWords)
    }

    /// Initials joined by their dots that no list names a place or a body: "V.D." in "V.D. Satheesan", "A.P.J."
    /// (not "U.S.", "D.C.").
    static func isDottedInitials(_ w: String) -> Bool {
        let u = Array(w.utf8)
        guard u.count >= 4, u.count % 2 == 0, Gazetteer.shared.entries[w] == nil else { return false }
        return stride(from: 0, to: u.count, by: 2).allSatisfy { u[$0] >= 0x41 && u[$0] <= 0x5A && u[$0 + 1] == 0x2E }
    }

    static func isShortCapitals(_ t: TextToken) -> Bool {
        guard t.isASCII else { return isShortCapitals(t.text) }
        let b = t.bytes
        return (2...4).contains(b.count) && b.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    static func hasSmallLetter(_ t: TextToken) -> Bool {
        t.isASCII ? t.bytes.contains { $0 >= 0x61 && $0 <= 0x7A } : hasSmallLetter(t.text)
    }

    /// A name and the title in apposition to it ("The mayor, Eric Adams,"): the name's role when it has
    /// none yet.
    mutating func learnAppositive(role: [String], name: [String]) {
        let (_, nameWords) = Self.split(name)
        // "His wife, Susan,": a relative, by a given name alone too.
        if let last = role.last, Self.kin.contains(Self.lowercase(last)), (1...4).contains(nameWords.count), nameWords.allSatisfy(Self.startsUpper) {
            relatives.append((canonicalName(nameWords), Self.lowercase(last)))
        }
        guard nameWords.count >= 2, nameWords.count <= 4, isPersonName(nameWords) else { return }
        learn(role: role, name: nameWords)
    }

    private mutating func learn(role roleWords: [String], name: [String]) {
        learn(full: name.joinedBySpaces(), key: Self.key(name.last!), words: { name.map(Self.lowercase) },
              hasRole: !roleWords.isEmpty, role: { roleWords.joinedBySpaces() })
    }

    /// Notes a full name (`full`, its last word's key `key`) with its role; its words in lower case and
    /// its role are made only when they are new (most names of an article are seen many times).
    /// (`hasRole`: whether titles came before the name; the table of roles is asked only then.)
    private mutating func learn(full: String, key: String, words: () -> [String], hasRole: Bool, role: () -> String) {
        let at = learningParagraph
        // One look-up, the list changed in place (no copy of it out of the table and back).
        func add(to list: inout [FullName]) {
            guard !list.contains(where: { $0.name == full }) else { return }
            let name = FullName(name: full, words: words())
            list.append(name)
            list.sort { $0.words.count > $1.words.count }
            if let first = name.words.first { firstWords.insert(first) }
            // A name's first word alone is the person too: a given name ("Perttu" after "Perttu Ahola") or
            // a family name written first ("Xi" after "Xi Jinping"); so is the inner word of three ("Etienne
            // said" after "Camille Etienne Gbedey"). (One name a word: a second person with the same one
            // leaves the word to neither.) Made once a new name, not once a mention.
            if let first = name.words.first, name.words.count <= 3 || name.words.count == 4 && name.words.contains(where: { $0.count == 2 && $0.hasSuffix(".") }),
               !Self.particles.contains(first) {
                familyFirst.note(Self.key(first), full, paragraph: at)
            }
            if (3...5).contains(name.words.count) {
                familyFirst.noteInner(full.spaceSeparated().map(String.init), full: full, paragraph: at, key: Self.key,
                                      isParticle: { Self.particles.contains(lowercasing: $0) }, isGivenName: { Gazetteer.shared.givenNames.contains($0) })
            }
        }
        fullNames.modify(key, default: [], add)
        if Self.opensWithGivenName(full) { lastNamedPerson = (full, learnedParagraph) }
        // "Emanuel Cleaver II": "Mr. Cleaver" is he too (the surname before a generation's suffix).
        if Self.generationSuffixes.contains(key), case let w = words(), w.count >= 3 {
            fullNames.modify(Self.key(w[w.count - 2]), default: [], add)
        }
        // (A role that is an honorific alone, "Dr", gives way to a title: "The Director of …, Dr Carissa F. Etienne,".)
        if hasRole, roles[full].map({ Lexicon.honorifics.contains(lowercasing: $0.utf8.contains(0x2E) ? $0.filter { $0 != "." } : $0) }) ?? true {
            let role = role()
            if !role.isEmpty { roles[full] = role }
        }
    }

    /// The text of tokens as their words joined by spaces: the text itself when one space parts each
    /// (no array of words to make).
    static func text(of run: ArraySlice<TextToken>) -> String {
        guard let first = run.first else { return "" }
        var k = run.startIndex + 1
        while k < run.endIndex, run[k].kind == .word, run[k].start == run[k - 1].end + 1, run[k - 1].byte(after: 0) == 0x20 { k += 1 }
        guard k == run.endIndex, first.kind == .word else { return run.map(\.text).joinedBySpaces() }
        return String(decoding: first.bytes(through: run.last!), as: UTF8.self)
    }

    /// Splits a capitalised phrase into the titles before a name and the name: "Russian Foreign Minister
    /// Sergei Lavrov" → (["Russian", "Foreign", "Minister"], ["Sergei", "Lavrov"]) (leading sentence words
    /// that are no names, "Earlier", "The", left out; possessives taken off).
    static func split(_ words: [String]) -> (role: [String], name: [String]) {
        let words = words.map(stripPossessive)
        let (lo, name) = splitPoint(words)
        return (Array(words[lo..<name]), Array(words[name...]))
    }

    /// Two to four capital letters ("IM", "MEP"): a title in capitals.
    static func isShortCapitals(_ w: String) -> Bool {
        if w.utf8.allSatisfy({ $0 < 0x80 }) {
            return (2...4).contains(w.utf8.count) && w.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
        return w.count <= 4 && w.count >= 2 && w == w.uppercased() && w.allSatisfy(\.isLetter)
    }

    /// Whether the word has a small letter (on the bytes when it is ASCII).
    static func hasSmallLetter(_ w: String) -> Bool {
        var ascii = true
        for c in w.utf8 {
            if c >= 0x80 { ascii = false; break }
            if c >= 0x61 && c <= 0x7A { return true }
        }
        return !ascii && w.unicodeScalars.contains { $0.properties.isLowercase }
    }

    static let functionWordBits = TokenClass.adverbs.bit | TokenClass.determiners.bit | TokenClass.prepositions.bit
        | TokenClass.clauseBreaks.bit | TokenClass.pronouns.bit | TokenClass.monthsAndDays.bit

    /// `isFunctionWord(token.text)`, from the token's word-list bits when it has no contraction.
    /// A hyphenated word that describes someone is no part of a name: an age ("Fourteen-year-old Zoe"), a
    /// prefix of a role ("Co-author Jing-Shan Zhao", "Ex-minister"), a participle ("Trump-loving Kanye
    /// West", "London-based"). (Not a given name written with a hyphen: "Jean-Jacques", "Man-kei Tam".)
    static func isDescriptiveCompound(_ w: String) -> Bool {
        guard w.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = w.lowercased().split(separator: "-")
        guard parts.count >= 2 else { return false }
        if Lexicon.compoundPrefixes.contains(String(parts[0])) { return true }
        return parts.dropFirst().contains { p in
            Lexicon.compoundParts.contains(String(p)) || (p.count >= 6 && (p.hasSuffix("ing") || p.hasSuffix("ed")))
        }
    }

    static func isFunctionWord(_ t: TextToken) -> Bool {
        t.hasApostrophe ? isFunctionWord(t.text) : t.classes & functionWordBits != 0
    }

    static func isFunctionWord(_ w: String) -> Bool {
        // One look-up of the lower-case word in the table of all token lists, then a bit test.
        // (An acronym's "'s" is its possessive: "WHO's" is the World Health Organization's, no "who's".)
        let lower = lowercase(w)
        var stem = withoutContraction(lower)
        if stem.utf8.count != lower.utf8.count, isWrittenAsAcronym(w.utf8), !Lexicon.pronouns.contains(stem) { stem = lower }
        return (TokenClass.table.value(stem) ?? 0) & functionWordBits != 0
    }

    /// `w.lowercased()`, on the bytes when they are ASCII.
    static func lowercase(_ w: String) -> String {
        // One pass over the buffer (not the UTF-8 view): ASCII without capitals is its own lower case.
        var copy = w
        switch copy.withUTF8({ asciiCase($0) }) {
        case .lower: return w
        case .capitals: return copy.withUTF8 { String(asciiLowercasing: $0) }
        case .notASCII: return w.lowercased()
        }
    }

    enum ASCIICase { case lower, capitals, notASCII }

    /// Whether bytes are ASCII, and then whether they hold a capital.
    @inline(__always)
    static func asciiCase(_ b: UnsafeBufferPointer<UInt8>) -> ASCIICase {
        var upper = false
        for c in b {
            if c >= 0x80 { return .notASCII }
            if c >= 0x41 && c <= 0x5A { upper = true }
        }
        return upper ? .capitals : .lower
    }

    /// "Russian" in "Russian Foreign Minister": `tokens[i]`, a demonym followed, before `end`, by a
    /// title, is part of the role.
    static func isDemonymBeforeTitle(_ tokens: [TextToken], _ i: Int, end: Int) -> Bool {
        guard i + 1 < end, tokens[i + 1].isIn(.roleWords) else { return false }
        return isDemonymShaped(tokens[i].lower)
    }

    static func isDemonymShaped(_ l: String) -> Bool {
        // The suffixes are ASCII: the last bytes say it (a combining mark after them ends in other bytes).
        var l = l
        return l.withUTF8 { b in
            for s: StaticString in ["ian", "ean", "ese", "ish", "an", "ch", "i"] where b.hasSuffix(s) { return true }
            return b.count == 2 && (b[0] == 0x75 && b[1] == 0x73 || b[0] == 0x75 && b[1] == 0x6B || b[0] == 0x65 && b[1] == 0x75)
        }
    }

    static func stripPossessive(_ w: String) -> String {
        // Most words end in neither s nor an apostrophe: no suffix test needed. (On the buffer: the
        // UTF-8 view's `last` goes through the view's generic index steps.)
        var w = w
        let keep = w.withUTF8 { possessiveKeep($0) }
        return keep == w.utf8.count ? w : String(w.utf8.prefix(keep))!
    }

    /// The bytes of a word without its possessive ('s, ’s, ' or ’ at the end).
    @inline(__always)
    static func possessiveKeep(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let last = b.last, last == 0x73 || last == 0x27 || last == 0x99 else { return b.count }
        if b.hasSuffix("'s") { return b.count - 2 }
        if b.hasSuffix("\u{2019}s") { return b.count - 4 }
        if b.hasSuffix("'") { return b.count - 1 }
        if b.hasSuffix("\u{2019}") { return b.count - 3 }
        return b.count
    }

    /// A generation's suffix after a surname, in lower case: "Jr.", "III".
    static let generationSuffixes = WordLists.set("SpeakerResolver.generationSuffixes")

    /// The key of a name's surname: its last word's, or the one before a generation's suffix.
    static func surnameKey(_ words: some BidirectionalCollection<String>) -> String {
        let last = key(words.last!)
        guard words.count >= 3, generationSuffixes.contains(last) else { return last }
        return key(words[words.index(words.endIndex, offsetBy: -2)])
    }

    /// A word's key for comparing names: in lower case, without a possessive ending or diacritics.
    static func key(_ w: String) -> String {
        // An ASCII word in one pass over its buffer: the possessive cut and the rest lower-cased into
        // one new string (or the word itself when neither changes it).
        var copy = w
        let ascii: String?? = copy.withUTF8 { b in
            let kept = UnsafeBufferPointer(rebasing: b[..<possessiveKeep(b)])
            switch asciiCase(kept) {
            case .notASCII: return nil
            case .lower where kept.count == b.count: return .some(nil)
            default: return .some(String(asciiLowercasing: kept))
            }
        }
        // ("al-Assad" is keyed by "assad": "Assad said" is Bashar al-Assad's.)
        if case .some(let k) = ascii, case let lowered = k ?? w,
           case let cut = lowered.utf8.withContiguousStorageIfAvailable({ articlePrefixLength($0, capital: false) }) ?? 0, cut > 0 {
            return String(lowered.utf8.dropFirst(cut))!
        }
        switch ascii {
        case .some(.some(let key)): return key
        case .some(.none): return w
        // (Without its diacritics: "Erdogan" is the surname of "Recep Tayyip Erdoğan".)
        case .none: return lowercase(stripPossessive(w)).folding(options: .diacriticInsensitive, locale: nil)
        }
    }

    /// Words for where one described is from: "the Mayor of London", "a woman from Texas".
    static let placeOfOrigin: Set<String> = WordLists.strings("SpeakerResolver.placeOfOrigin")

    /// Whether `s` in lower case ends with the words `suffix` — whole words: "Press Secretary" ends with
    /// "secretary", "French President" does not end with "resident", nor "Chairman" with "man".
    static func endsWithWords(_ s: String, _ suffix: String) -> Bool {
        guard lowercasedHasSuffix(s, suffix) else { return false }
        let u = s.utf8, n = suffix.utf8.count
        guard u.count > n else { return true }
        let before = u[u.index(u.endIndex, offsetBy: -(n + 1))]
        return before == 0x20 || before == 0x2D
    }

    /// `s.lowercased().hasSuffix(suffix)`, on the bytes when the suffix and the end of `s` it is
    /// compared with are ASCII with no line breaks, and so is the byte before (then each byte compared
    /// is a character, lower-cased alone, and a character boundary starts the compared end): no
    /// lower-case copy of `s`.
    static func lowercasedHasSuffix(_ s: String, _ suffix: String) -> Bool {
        @inline(__always) func plain(_ c: UInt8) -> Bool { c < 0x80 && c != 0x0D && c != 0x0A }
        var s = s, suffix = suffix
        let answer: Bool? = s.withUTF8 { u in
            suffix.withUTF8 { v -> Bool? in
                let n = v.count
                guard v.allSatisfy(plain) else { return nil }
                // Lower case may lengthen non-ASCII characters only.
                if u.count < n { return u.allSatisfy(plain) ? false : nil }
                let start = u.count - n
                guard (start..<u.count).allSatisfy({ plain(u[$0]) }), start == 0 || plain(u[start - 1]) else { return nil }
                for k in 0..<n where u[start + k].lowercasedASCII != v[k] { return false }
                return true
            }
        }
        return answer ?? s.lowercased().hasSuffix(suffix)
    }

    /// Whether a word opens with two capital letters ("WHO's", "NASA"): an acronym's "'s" is a possessive.
    static func isWrittenAsAcronym(_ w: some Collection<UInt8>) -> Bool {
        w.count >= 2 && w.prefix(2).allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// "they've" → "they", "she'd" → "she", "that's" → "that" (a pronoun's or a word's whose "'s" is never
    /// a possessive, `Lexicon.contractedStems`).
    static func withoutContraction(_ w: String) -> String {
        var w = w
        // On the bytes: an apostrophe never joins the character before it, so a suffix of bytes
        // starting with one is a suffix of characters too.
        let stem = w.withUTF8 { b -> Int? in
            guard b.contains(where: { $0 == 0x27 || $0 == 0xE2 }) else { return nil }
            for suffix: StaticString in ["'ve", "'s", "'d", "'ll", "'re", "'m", "\u{2019}ve", "\u{2019}s", "\u{2019}d", "\u{2019}ll", "\u{2019}re", "\u{2019}m"]
            where b.hasSuffix(suffix) {
                let n = b.count - suffix.utf8CodeUnitCount
                let stem = UnsafeBufferPointer(rebasing: b[0..<n])
                if Lexicon.pronouns.contains(stem) || Lexicon.contractedStems.contains(stem) { return n }
            }
            return nil
        }
        return stem.map { String(w.utf8.prefix($0))! } ?? w
    }

    /// Whether a word in lower case is a document's ("statement", "report"), not one who speaks ("spokesperson" is in
    /// both lists).
    static func isDocument(_ lower: String) -> Bool {
        Lexicon.documents.contains(lower) && !Lexicon.spokespeople.contains(lower)
    }

    /// Whether one who speaks for a body is one person ("a spokeswoman", "an official"), whom "he" or "she" may
    /// mean later, not many ("officials", "spokesmen"; "boss" is one).
    static func speaksAsOne(_ w: String) -> Bool {
        let lower = lowercase(w)
        return !lower.hasSuffix("s") || lower.hasSuffix("ss")
    }

    /// Whether `acronym` is made of the initials of `words` (small words may be skipped).
    static func isAcronym(_ acronym: String, of words: some Collection<String>) -> Bool {
        // (Or written as a word, as British papers write an acronym they say as one: "the National Emergency
        // Management Agency (Nema)", "Nato".)
        let asWord = acronym.count >= 4 && acronym.first!.isUppercase && acronym.dropFirst().allSatisfy(\.isLowercase)
        let letters = Array((asWord ? acronym.uppercased() : acronym).filter(\.isLetter))
        guard letters.count >= 2, letters.count <= words.count, asWord || acronym == acronym.uppercased() else { return false }
        let initials = words.filter { !["of", "the", "and", "for", "in", "on", "de"].contains($0.lowercased()) }.compactMap(\.first)
        let all = words.compactMap(\.first)
        return String(initials).uppercased() == String(letters) || String(all).uppercased() == String(letters)
            || (initials.count > letters.count && String(initials.prefix(letters.count)).uppercased() == String(letters))
    }

    /// Whether a word ends in "'s" or "’s" (on the bytes).
    static func endsWithOwnersS(_ w: String) -> Bool {
        let u = w.utf8
        guard u.last == 0x73 else { return false }
        let n = u.count
        return n >= 2 && u[u.index(u.endIndex, offsetBy: -2)] == 0x27
            || n >= 4 && u.suffix(4).elementsEqual([0xE2, 0x80, 0x99, 0x73])
    }

    /// Whether a name written as one string ("Jeremy Robinson") opens with a given name.
    static func opensWithGivenName(_ name: String) -> Bool {
        // (On the bytes: a space is one byte.)
        var copy = name
        return copy.withUTF8 { b in
            Gazetteer.shared.givenNames.contains(UnsafeBufferPointer(rebasing: b[0..<(b.firstIndex(of: 0x20) ?? b.count)]))
        }
    }

    /// A name of two words or more that starts with a given name: "Bill Turner", whose "Bill" is no
    /// law's and no institution's word (as it is in "Finance Bill", "Bill of Rights").
    static func leadsWithGivenName<C: Collection>(_ name: C) -> Bool where C.Element: SpeakerWord {
        guard name.count >= 2, let first = name.first, let second = name.dropFirst().first else { return false }
        return second.startsUpper && first.isGivenName
    }

    /// Whether `word` is the first of a company's name of two words whose second is its form or trade
    /// ("Acme" of "Acme Corp", "Rhodium" of "Rhodium Group").
    static func isCompanyShortName(_ word: String, of name: String) -> Bool {
        // (On the bytes, nothing split: the word, a space, one word more.)
        let bytes = name.utf8
        guard let space = bytes.firstIndex(of: 0x20), bytes[..<space].elementsEqual(word.utf8) else { return false }
        let rest = bytes[bytes.index(after: space)...]
        return !rest.isEmpty && !rest.contains(0x20) && Lexicon.companyWords.contains(lowercasing: String(Substring(rest)))
    }

    /// `isMany`, made once for each speaker of an article: a pronoun asks it of every speaker before it.
    private mutating func isManyOnce(_ r: Resolved) -> Bool {
        let key = ManyKey(speaker: r.speaker, isPerson: r.isPerson, maybePerson: r.maybePerson)
        if let known = manyOnce[key] { return known }
        let many = Self.isMany(r)
        manyOnce[key] = many
        return many
    }

    /// Whether a speaker may be "they": an institution, a group described in the plural ("residents",
    /// "officials"), or people named together ("Anna and Piotr Nowak").
    static func isMany(_ r: Resolved) -> Bool {
        let words = r.speaker.spaceSeparated().map(String.init)
        guard let first = words.first, let last = words.last else { return false }
        // A group in the plural by a title or a noun for people ("Residents", "senior officials", "police").
        let lower = lowercase(last)
        if Lexicon.collectiveNouns.contains(lower) { return true }
        // (Not one in "-ss": "witness", "actress", "boss".)
        if lower.hasSuffix("s"), !lower.hasSuffix("ss"), case let one = String(lower.dropLast()),
           Lexicon.roleWords.contains(lower) || Lexicon.personNouns.contains(lower) || Lexicon.roleWords.contains(one) || Lexicon.personNouns.contains(one) {
            return true
        }
        // People named together (not an institution's name: "Universities and Colleges Employers' Association").
        if r.speaker.utf8Contains(Self.andBytes), startsUpper(first), !Lexicon.organisationWords.contains(lower) { return true }
        // An institution by its name or its acronym (not a place, nor words that start with a pronoun).
        guard !r.isPerson, !r.maybePerson, startsUpper(first), !Lexicon.pronouns.contains(lowercasing: first),
              !Lexicon.prepositions.contains(lowercasing: first) else { return false }
        if let entry = Gazetteer.shared.entries[r.speaker] { return entry.type == .organization }
        // (Not a law or a document by its name: "Digital Millennium Copyright Act".)
        return words.allSatisfy(startsUpper) && words.contains { Lexicon.organisationWords.contains(lowercasing: $0) }
            && !EntityRecognizer.otherWords.contains(lowercasing: last) && !Lexicon.documents.contains(lowercasing: last)
    }

    /// An age ("22-year-old") or a nationality's word for a person ("Swede", "Briton"), as "the …" uses it.
    /// The age an "-year-old" word says ("26-year-old" → 26).
    static func age(of w: String) -> Int? {
        guard lowercasedHasSuffix(w, "-year-old") else { return nil }
        return Int(w.prefix(while: { $0 != "-" }))
    }

    static func describesByAgeOrNationality(_ w: String) -> Bool {
        lowercasedHasSuffix(w, "-year-old") || (startsUpper(w) && Gazetteer.shared.demonyms.value(w) != nil)
    }

    /// Whether a capitalised name is a person's: two or more words, or a surname of a full name.
    func isPersonName<C: Collection>(_ name: C) -> Bool where C.Element: SpeakerWord {
        guard let w = name.first else { return false }
        if name.count >= 2 {
            // (Not a name that ends in an event's or a thing's word: "Equal Election", "World Cup".)
            let last = name.dropFirst(name.count - 1).first!
            return name.allSatisfy { $0.startsUpper || $0.isParticle }
                && !name.dropFirst(Self.leadsWithGivenName(name) ? 1 : 0).contains { $0.isIn(.organisationWords) }
                && !last.isIn(Lexicon.companyWords) && !last.isIn(.otherWords) && !Self.placeKinds.contains(last.lowerForm)
                // (Nor a day's: "Super Tuesday", "Black Friday".)
                && !Self.weekdays.contains(last.lowerForm)
                // (Nor one the gazetteer knows: "Amnesty International said" is no "she" later.)
                && Gazetteer.shared.entries[C.Element.joined(ArraySlice(name))] == nil
        }
        // An acronym alone ("PBS", "NATO") names an institution, not a person.
        if acronyms[w.text] != nil || w.isShortCapitals { return false }
        return fullNames[w.nameKey] != nil || familyFirst[w.nameKey] != nil
    }

    /// The same on tokens: without apostrophes their words are their texts, and the split and the
    /// tests are made on their bits and bytes (strings only for a person found).
    /// "Thames Water said it accepted the findings", "Flixwave will raise its prices": a name that "it" or "its"
    /// follows (`QuoteExtractor.itAfter`), no person's (no given name, no honorific; one word, no surname of a person
    /// the article named) nor a place the gazetteer knows, is a body, for "the company" later. Whether it was one.
    mutating func noteBody(_ run: ArraySlice<TextToken>) -> Bool {
        let named = run.drop(while: { $0.isIn(.determiners) })
        guard (1...4).contains(named.count), named.allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.hasApostrophe && !$0.isIn(.roleWords) }),
              !named.first!.isGivenName, !Lexicon.honorifics.contains(lowercasing: named.first!), named.count >= 2 || fullNames[named.last!.nameKey] == nil,
              Gazetteer.shared.match(Array(named), at: 0).map({ $0.entry.type == .place && $0.length == named.count }) != true else { return false }
        noteBusiness(Self.text(of: named))
        return true
    }

    /// A body that may be "the company" later: an institution, and the last of `businesses`.
    private mutating func noteBusiness(_ name: String) {
        institutions.append(name)
        institutionParagraph = paragraph
        businesses.append(name)
    }

    mutating func noteSubject(_ run: ArraySlice<TextToken>, possessive: GenderCues.Gender? = nil, thing: Bool = false) {
        guard !run.contains(where: \.hasApostrophe) else { return noteSubject(run.map(\.text)) }
        if thing, noteBody(run) { return }
        // "The Prime Minister, visiting the area, promised help", "The mayor visited": one known by a title
        // alone, for "she said" later, as a speaker is (the same one named before, when the article named
        // one with that title).
        if (2...4).contains(run.count), run.first!.isWord("the"), run.dropFirst().allSatisfy({ $0.kind == .word && $0.isIn(.roleWords) }),
           !run.last!.isIn(.adjectivalRoles), !run.last!.isIn(.organisationWords) {
            _ = resolve(run.map(\.text))
            return
        }
        // "Her uncle described the moment": a relative unnamed, for "he said" later, as a speaker is.
        if run.count == 2, Self.possessives[run.first!.lower] != nil, run.last!.kind == .word, !run.last!.isCapitalized, Self.kin.contains(run.last!.lower) {
            _ = resolve(run.map(\.text))
            return
        }
        // "Carmaker Stellantis will cut jobs", "The streaming service Flixwave will raise its prices": a company named
        // after the kind of its business (up to three words, the last the kind), for "the company" later.
        if let kind = run.lastIndex(where: { $0.kind == .word && Self.businessKinds.contains(lowercasing: $0) }), kind + 1 < run.endIndex,
           case let description = run[run.startIndex...kind].drop(while: { $0.isIn(.determiners) }), (1...3).contains(description.count),
           description.dropFirst().allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
           description.first!.kind == .word && (!description.first!.isCapitalized || description.startIndex == run.startIndex),
           case let name = run[(kind + 1)...], (1...4).contains(name.count), name.allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isIn(.roleWords) }),
           !name.first!.isGivenName {
            noteBusiness(Self.text(of: name))
            return
        }
        // "The World Health Organization issued guidance": an institution, for "the agency" later.
        let named = run.drop { $0.isIn(.determiners) }
        // (Its last word names the institution, or one before "of": "Ministry of Health"; not "House
        // Speaker Nancy Pelosi", a person.)
        let connector = named.firstIndex { $0.isIn(.connectors) }
        if named.count >= 1, named.last!.isCapitalized, named.allSatisfy({ $0.isCapitalized || $0.isIn(.connectors) }),
           named.count >= 2 && (named.last!.isIn(.organisationWords) || Lexicon.companyWords.contains(lowercasing: named.last!)
            || (connector.map { c in named[..<c].contains { $0.isIn(.organisationWords) } } ?? false))
            || !apposedInstitutions.isEmpty && apposedInstitutions.contains(Self.text(of: named))
            // ("The RSF, led by Mohamed Hamdan Dagalo, has been fighting": an acronym of three letters or more that no
            // list names a place; not an interview's label, "WN".)
            || named.count == 1 && Self.isShortCapitals(named.first!) && named.first!.bytes.count >= 3 && Gazetteer.shared.entries[named.first!.text]?.type != .place {
            institutions.append(Self.text(of: named))
            institutionParagraph = paragraph
            return
        }
        // "NASA welcomed the findings": an organisation the gazetteer knows, for "the agency" later; a
        // place it knows ("he won in Virginia, North Carolina, …") is no one. (Unless the article names a
        // person so: "Bloomberg won" after "Michael Bloomberg".)
        if let first = named.first, first.isCapitalized, fullNames[named.last!.nameKey] == nil, case let words = Array(named),
           let (length, entry) = Gazetteer.shared.match(words, at: 0), length == words.count {
            if entry.type == .organization {
                institutions.append(Self.text(of: named))
                institutionParagraph = paragraph
            }
            return
        }
        // "Her family paid tribute", "The couple married in 2010": a group of people described, for "they"
        // later ("…," they said), as a speaker is.
        // (`isMany` of one described is its last word's: a group's noun, or a plural — which ends in "s".)
        if (2...4).contains(run.count), run.first!.isIn(.determiners), run.dropFirst().allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
           run.last!.bytes.last == 0x73 || Lexicon.collectiveNouns.contains(lowercasing: run.last!),
           Self.isMany(Resolved(speaker: Self.text(of: run.dropFirst()), role: nil, isPerson: true)) {
            _ = resolve(run.map(\.text))
            return
        }
        let name = Self.nameAfterTitles(run)
        // (A given name alone is someone's too: "Her husband, Colin, was more certain"; so is a surname after an
        // honorific: "Mr Anderson had taken the witness box … He told the jury".)
        // (And a surname alone whose own "his" or "her" follows it: "Thatcher occasionally pulled her punches … as she
        // noted in her memoirs"; that pronoun's gender is the person's.)
        if let possessive, name.count == 1, run.count == 1, name.first!.kind == .word, case let w = name.first!.text,
           !isPersonName(name), isSurnameShaped(w) {
            let canonical = canonicalName(name)
            if pronounGenders[canonical] == nil, GenderCues.gender(of: canonical, role: nil) == nil { pronounGenders[canonical] = possessive }
            history.append(Resolved(speaker: canonical, role: roles[canonical], isPerson: true))
            return
        }
        guard isPersonName(name) || name.count == 1 && name.first!.isGivenName || Self.followsHonorific(name, in: run) else { return }
        // (The titles before it choose among people of one family name: "Mr Anderson" of Zoe and Chris Anderson.)
        let titles = run[..<name.startIndex].filter { $0.kind == .word }
        let canonical = canonicalName(name, titled: titles.isEmpty ? nil : titles.map(\.text).joinedBySpaces())
        history.append(Resolved(speaker: canonical, role: roles[canonical], isPerson: true))
    }

    /// A name of one or two capitalised words right after an honorific of the run ("Mr Anderson", "Dr. Shadlen").
    static func followsHonorific(_ name: ArraySlice<TextToken>, in run: ArraySlice<TextToken>) -> Bool {
        guard (1...2).contains(name.count), name.allSatisfy({ $0.kind == .word && $0.isCapitalized && Self.hasSmallLetter($0) }) else { return false }
        var h = name.startIndex - 1
        if h >= run.startIndex, run[h].isPunctuation(".") { h -= 1 }
        return h >= run.startIndex && run[h].kind == .word && Lexicon.honorifics.contains(lowercasing: run[h])
    }

    /// The name after the titles of a run of tokens, past an honorific's dot ("Mr. Haldane" → "Haldane").
    static func nameAfterTitles(_ run: ArraySlice<TextToken>) -> ArraySlice<TextToken> {
        var start = splitPoint(run).name
        while start < run.endIndex, run[start].kind == .punctuation { start += 1 }
        return run[start...]
    }

    /// A person the article names, by the fullest name it gives, for pronouns later.
    private mutating func rememberPerson<W: SpeakerWord>(_ name: ArraySlice<W>) {
        let canonical = canonicalName(name)
        history.append(Resolved(speaker: canonical, role: roles[canonical], isPerson: true))
    }

    /// `w.first!.isUppercase`, on the first byte when it is ASCII (an ASCII byte is a whole character
    /// only when no combining mark follows: then the characters decide).
    static func startsUpper(_ w: String) -> Bool {
        var copy = w
        let ascii: Bool? = copy.withUTF8 { u in
            guard let f = u.first, f < 0x80, u.count == 1 || u[1] < 0x80 else { return nil }
            // ("el-Sisi": a name after an Arabic article joined by a hyphen.)
            return f >= 0x41 && f <= 0x5A || f >= 0x61 && articlePrefixLength(u, capital: true) > 0
        }
        return ascii ?? w.first!.isUppercase
    }

    /// `text.first!.isUppercase`, on the first byte when the token is ASCII (and a name after an
    /// Arabic article, as the token's flag says: "al-Assad").
    static func startsUpper(_ t: TextToken) -> Bool {
        t.isASCII ? t.isCapitalized : t.text.first!.isUppercase
    }

    /// A role without the place or body it is of: "President of Argentina" → "President".
    static func roleHead(_ role: String) -> String {
        guard let r = role.utf8Offset(of: ofBytes) else { return role }
        return String(role.utf8.prefix(r))!
    }
    private static let andBytes = Array(" and ".utf8), ofBytes = Array(" of ".utf8)

    /// A word that may be a surname: capitalised with small letters after (not an acronym), in no list
    /// of institution words, no given name, and no place or institution of the gazetteer.
    func isSurnameShaped(_ w: String) -> Bool {
        guard Self.startsUpper(w), Self.hasSmallLetter(w), acronyms[w] == nil, !Lexicon.organisationWords.contains(lowercasing: w),
              // (Not a word that opens sentences, "Now", nor a plural, "Senators".)
              !EntityRecognizer.sentenceWords.contains(lowercasing: w), !w.hasSuffix("s"),
              // (Nor a given name: "Penny" after "Penny Marsh" is hers, not someone new.)
              !Gazetteer.shared.givenNames.contains(w), !firstWords.contains(Self.lowercase(w)),
              !Lexicon.roleWords.contains(lowercasing: w), !EntityRecognizer.otherWords.contains(lowercasing: w),
              Gazetteer.shared.demonyms.value(w) == nil else { return false }
        return !Gazetteer.shared.contains(w)
    }

    /// Records a person who is the subject of a sentence, as an antecedent for later pronouns.
    /// A person the sentence says is one ("Yolanda, 29,"), a name of one word too.
    mutating func notePerson(_ run: ArraySlice<TextToken>) {
        let name = Self.nameAfterTitles(run)
        guard !name.isEmpty else { return }
        rememberPerson(name)
    }

    mutating func noteSubject(_ words: [String]) {
        // "Dion's Instagram account received …": an owner is no part of the name after it.
        if let owner = words.dropLast().lastIndex(where: { Self.stripPossessive($0) != $0 && Self.startsUpper($0) }) {
            // (After an owner, a person's name opens with a given name or a title: "Russia's Sergei Lavrov";
            // "Nadiya's Everyday Baking" is a thing of hers.)
            let rest = words[(owner + 1)...]
            guard let first = rest.first, Gazetteer.shared.givenNames.contains(first) || Lexicon.roleWords.contains(lowercasing: first)
                    || Lexicon.honorifics.contains(lowercasing: first) else { return }
            return noteSubject(Array(rest))
        }
        let (_, name) = Self.split(words)
        guard !name.isEmpty, isPersonName(name) else { return }
        rememberPerson(name[...])
    }

    /// Resolves a speaker as written, given in words.
    mutating func resolve(_ written: [String]) -> Resolved? {
        var original = written.contains { $0 == "(" || $0 == ")" } ? written.filter { $0 != "(" && $0 != ")" } : written
        // "Manufacturers' Association": a plural's apostrophe inside a name stays on its word (written as
        // the entity's name is, with a straight apostrophe).
        if original.count >= 3, original.dropFirst().contains(where: EntityRecognizer.isApostropheWord) {
            var merged: [String] = []
            for w in original {
                if EntityRecognizer.isApostropheWord(w), let last = merged.last, last.hasSuffix("s") { merged[merged.count - 1] = last + "'" } else { merged.append(w) }
            }
            original = merged
        }
        // "one of the organisers": the organisers (one of them speaks; the description is theirs).
        if original.count >= 4, Self.lowercase(original[0]) == "one", original[1] == "of",
           Lexicon.determiners.contains(lowercasing: original[2]) || Self.possessives[Self.lowercase(original[2])] != nil {
            original.removeFirst(3)
        }
        // "the 41-year-old mother of four", "a father of two": how many children one has is no part of the
        // description (the relation before it is).
        if original.count >= 4, original[original.count - 2] == "of", case let n = original[original.count - 1],
           EntityRecognizer.numberWords.contains(lowercasing: n) || n.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           Self.kin.contains(Self.lowercase(original[original.count - 3])) {
            original.removeLast(2)
        }
        // "Popular drinking hole The Idle Hour": a description, then a name that opens with "The" — the name.
        if original.count >= 3, let the = original.dropFirst().firstIndex(of: "The"), the + 1 < original.count,
           original[(the + 1)...].allSatisfy(Self.startsUpper),
           // (Words in small letters describe it; not a title's "of" or "for": "Editor of The Times John Smith".)
           original[..<the].contains(where: { !Self.startsUpper($0) }), !original[..<the].contains("of"), !original[..<the].contains("for") {
            original.removeSubrange(...the)
        }
        // "Mr. Clyburn", "Rep. Emanuel Cleaver": the honorific and its dot are no part of the name.
        if let dot = original.firstIndex(of: "."), dot > 0, dot + 1 < original.count,
           Lexicon.honorifics.contains(lowercasing: original[dot - 1]) {
            original.removeSubrange((dot - 1)...dot)
        }
        // "Professor Tom Sanders of King's College London": a person's name, then where they work or come
        // from — the person speaks (not "Bank of England", "Secretary of State Antony Blinken").
        if let of = original.firstIndex(of: "of"), of >= 2, of + 1 < original.count, Self.startsUpper(original[of + 1]) {
            let head = original[..<of]
            let name = head[Self.splitPoint(head).name...]
            if name.count >= 2, Self.isLearnableName(name), name.allSatisfy({ $0.startsUpper || $0.isParticle }) {
                original = Array(head)
            }
        }
        // "Imperial College London's MRC Centre": an owner is no part of the name after it (a document's
        // owner is its speaker: below).
        if let owner = original.dropLast().lastIndex(where: Self.endsWithOwnersS),
           !Lexicon.documents.contains(lowercasing: original[original.count - 1]),
           // (A title after it keeps it: "Red Hat's Chief Technical Officer Chris Wright" has the role
           // "Red Hat Chief Technical Officer".)
           !Lexicon.roleWords.contains(lowercasing: original[owner + 1]),
           original[(owner + 1)...].contains(where: { Self.startsUpper($0) && !Lexicon.organisationWords.contains(lowercasing: $0)
                                                        && !Lexicon.roleWords.contains(lowercasing: $0) }) {
            original.removeSubrange(...owner)
        }
        // ("Moody's said": a name that ends in 's is no owner's.)
        let keepsPossessive = original.last.map { Gazetteer.shared.entries[$0]?.type == .organization } ?? false
        var words = keepsPossessive ? original.dropLast().map(Self.stripPossessive) + [original.last!] : original.map(Self.stripPossessive)
        // (A plural's apostrophe before a capitalised word is a name's: "Employers' Association".)
        for k in original.indices.dropLast() where original[k].hasSuffix("s'") && Self.startsUpper(original[k]) && Self.startsUpper(original[k + 1]) {
            words[k] = original[k]
        }
        guard !words.isEmpty else { return nil }
        // The rules below ask only the first and the last word in lower case (made for those two).
        let firstLower = Self.withoutContraction(Self.lowercase(words[0]))
        let lastLower = words.count == 1 ? firstLower : Self.withoutContraction(Self.lowercase(words[words.count - 1]))
        // "He too", "She went on", "This time he", "that she only wants": a pronoun among words that name
        // no one is the pronoun.
        if words.count > 1, let k = words.firstIndex(where: { Lexicon.subjectPronouns.contains(Self.withoutContraction(Self.lowercase($0))) }),
           words.indices.allSatisfy({ $0 == k || !Self.startsUpper(words[$0]) || ($0 == 0 && Lexicon.determiners.contains(lowercasing: words[0])) }) {
            return resolve([words[k]])
        }
        // "I" outside a quotation is the one whose turn it is in an interview; else the writer, whom the
        // article does not name ("“…?” I asked"): no one named before it.
        // So is "we" ("what we might call the “technocratic ideology”"): the writers, or the one whose turn
        // it is; never the last group named.
        if words.count == 1, firstLower == "i" || firstLower == "me" || firstLower == "we" || firstLower == "us" {
            // (A label that is itself "I" names no one: resolving it would ask this again.)
            guard let turn, turn.count != 1 || !Self.isFirstPerson(Self.lowercase(turn[0])) else { return nil }
            return resolve(turn)
        }
        if words.count == 1, Lexicon.pronouns.contains(firstLower) {
            let wantsPerson = switch firstLower { case "he", "she", "him", "her", "you": true; default: false }
            // "he" and "she" are people: never an organisation or a publication said before.
            let thirdPerson = switch firstLower { case "he", "she", "him", "her": true; default: false }
            // "she" is no one a name or a title says is a man, "he" no one it says is a woman.
            let unwanted: GenderCues.Gender? = switch firstLower { case "he", "him": .female; case "she", "her": .male; default: nil }
            // "they" is many, or an institution: not one person named ("Residents said …. Mayor Eric Adams
            // spoke. "…," they said" is the residents'), when the article has such an antecedent.
            let plural = firstLower == "they" || firstLower == "them"
            // "it" is a thing or an institution, never a person named ("Liam wrote it. … so it says").
            let thing = firstLower == "it"
            // (A pronoun is no antecedent: "he" is never an "I" noted as someone.)
            var antecedent: Resolved? = nil
            for c in history.reversed() {
                guard (!wantsPerson || c.isPerson || (thirdPerson && c.maybePerson))
                    && !(thing && c.isPerson)
                    && !Lexicon.pronouns.contains(lowercasing: c.speaker)
                    && (unwanted == nil || gender(of: c) != unwanted) else { continue }
                if plural, !isManyOnce(c) { continue }
                // ("she" is no group of people: "City officials said …. "…," she said".)
                if thirdPerson, c.isPerson, isManyOnce(c) { continue }
                antecedent = c
                break
            }
            if let a = antecedent, a.isPerson, let unwanted, gender(of: a) == nil {
                pronounGenders[a.speaker] = unwanted == .male ? .female : .male
            }
            var r = antecedent
                // (Else an institution a sentence made its subject: "The World Health Organization issued
                // guidance. … they said".)
                ?? (plural && institutionParagraph + 2 >= paragraph
                    ? institutions.last.map { Resolved(speaker: $0, role: nil, isPerson: false) } : nil)
                ?? (wantsPerson ? nil : history.last.flatMap { thing && $0.isPerson ? nil : $0 })
            // The same name known as a person, with its role, stands for it.
            if let m = r, m.maybePerson, let known = history.last(where: { $0.isPerson && $0.speaker == m.speaker }) { r = known }
            if let r { history.append(r) }
            return r
        }
        // "his wife said", "her mother added": the relative the article named so ("His wife, Susan,"; "His
        // daughter Kate Ellis").
        if words.count == 2, Self.possessives[firstLower] != nil, Self.kin.contains(lastLower),
           let named = relatives.last(where: { $0.kin == lastLower })?.name
            ?? roles.firstName(where: { Self.lowercase(String($0.spaceSeparated().last ?? "")) == lastLower }) {
            let r = Resolved(speaker: named, role: roles[named], isPerson: true)
            history.append(r)
            return r
        }
        // "the court" after "the Court of Session": an institution named with the word, before any
        // description of it ("The three-judge court found").
        // "the company said" after "Carmaker Stellantis will cut jobs": the last company named after its business's kind,
        // when the article names no body with the word.
        if firstLower == "the", words.count == 2, lastLower == "company" || lastLower == "firm" || Self.businessKinds.contains(lastLower),
           let business = businesses.last, namedInstitution(lastLower) == nil {
            let r = Resolved(speaker: business, role: nil, isPerson: false)
            history.append(r)
            return r
        }
        if firstLower == "the", words.count == 2, Lexicon.institutionNouns.contains(lastLower), let named = namedInstitution(lastLower) {
            let r = Resolved(speaker: named, role: nil, isPerson: false)
            history.append(r)
            return r
        }
        // A definite description that refers back: "the official", "the spokesman".
        // (Its titles' words before the head are the earlier one's too: "the prime minister" is not "Transport
        // Minister Daniel Okoro"; "the foreign minister" is "Foreign Minister Sergei Lavrov".)
        let qualifiers = firstLower == "the" ? words.dropFirst().dropLast().map(Self.lowercase).filter { Lexicon.roleWords.contains($0) } : []
        func fits(_ r: Resolved) -> Bool {
            qualifiers.isEmpty || qualifiers.allSatisfy { q in
                Self.lowercase(r.speaker).spaceSeparated().contains { $0 == q } || (r.role.map { Self.lowercase($0).spaceSeparated().contains { $0 == q } } ?? false)
            }
        }
        if firstLower == "the", words.dropFirst().allSatisfy({ !Self.startsUpper($0) }), case let head = lastLower,
           let earlier = history.last(where: { (Self.endsWithWords(Self.roleHead($0.speaker), head) || $0.role.map { Self.endsWithWords(Self.roleHead($0), head) } ?? false) && fits($0) }) {
            // ("A budget airline has apologised …. Jet2 said the cancellation was caused by a fault. "…," the airline
            // said": a body described without its name, then a name with no kind's word in it that spoke just
            // before — the description's name.)
            if !earlier.isPerson, !Self.startsUpper(earlier.speaker), let named = speakerJustNamed, !named.isPerson, named.speaker != earlier.speaker,
               case let namedWords = named.speaker.spaceSeparated().map(String.init), let first = namedWords.first, !Gazetteer.shared.givenNames.contains(first),
               namedWords.allSatisfy({ !Lexicon.organisationWords.contains(lowercasing: $0) && !Lexicon.roleWords.contains(lowercasing: $0) }) {
                history.append(named)
                return named
            }
            history.append(earlier)
            return earlier
        }
        // "the 22-year-old said", "the Swede told reporters": one described by age or nationality is the
        // last person named.
        // So is one described by an occupation or as a person, with nothing but small words before it ("the
        // still very famous and successful singer spoke to …", "the actor said"; not a title that others
        // hold unnamed, "the official", nor one who speaks for another, "the spokesman").
        // (Also without its article, as a phrase may be cut: "and successful singer spoke".)
        // ("said the 26-year-old Frenchman": an age and a nationality together.) Not someone the article gave
        // another age or called of another country: "Belgian rider Wout Verhaegen, 38," is not "the 26-year-old
        // Frenchman".
        // ("the 34-year-old trader says": an age, then one noun in small letters, describes someone named before
        // as surely; the noun says what of them, as a title would.)
        if firstLower == "the", (2...3).contains(words.count) && words.dropFirst().allSatisfy(Self.describesByAgeOrNationality)
            || (3...4).contains(words.count) && words.dropFirst().dropLast().allSatisfy(Self.describesByAgeOrNationality)
                && words.contains(where: { Self.age(of: $0) != nil }) && words[words.count - 1].allSatisfy(\.isLowercase),
           case let country = words.dropFirst().lazy.compactMap({ Gazetteer.shared.demonyms.value($0) }).first,
           case let age = words.dropFirst().lazy.compactMap(Self.age(of:)).first,
           let earlier = history.last(where: { $0.isPerson && Self.startsUpper($0.speaker)
               && (country == nil || personCountry[$0.speaker].map { $0 == country } ?? true)
               && (age == nil || personAge[$0.speaker].map { $0 == age } ?? true) }) {
            history.append(earlier)
            return earlier
        }
        if firstLower == "the" && words.count == 2 && (Self.describesByAgeOrNationality(words[1]) || Self.partyMembers.contains(lastLower))
            || Lexicon.occupations.contains(lastLower) && words.count <= 8 && !Lexicon.indefiniteArticles.contains(firstLower)
                && (words.allSatisfy({ !Self.startsUpper($0) || Lexicon.determiners.contains(lowercasing: $0) })
                    // ("The University of Surrey expert continued", "the Harvard economist said": where the
                    // one described works, before the occupation; not "the actor Tom Hanks".)
                    || firstLower == "the" && !Self.startsUpper(words[words.count - 1])
                        && !words.dropLast().contains(where: { Gazetteer.shared.givenNames.contains($0) })),
           let earlier = history.last(where: { $0.isPerson && Self.startsUpper($0.speaker) }) {
            history.append(earlier)
            return earlier
        }
        // With a party's or a place's word before the title ("the Labour leader", "the Lord Mayor candidate"),
        // only someone named with such a title: "the US official" is no "senior official" met before.
        // ("The PAHO Director said": an acronym or a body's name before a title in capitals, for the one
        // named with that title: "The Director of the Pan American Health Organization, Dr Carissa F. Etienne".)
        let titleRun = words.reversed().prefix { Lexicon.roleWords.contains(lowercasing: $0) && !Lexicon.organisationWords.contains(lowercasing: $0)
            && !Lexicon.companyWords.contains(lowercasing: $0) }.count
        if firstLower == "the", words.count >= 3, words.count <= 5, titleRun > 0, Self.startsUpper(words[words.count - 1]), titleRun < words.count - 1,
           words.dropLast(titleRun).dropFirst().allSatisfy(Self.startsUpper),
           !words.contains(where: { Gazetteer.shared.givenNames.contains($0) }),
           case let title = words.suffix(titleRun).map(Self.lowercase).joinedBySpaces(),
           let earlier = history.last(where: { $0.isPerson && $0.role.map { Self.endsWithWords(Self.roleHead($0), title) } ?? false }) {
            history.append(earlier)
            return earlier
        }
        // "the Brazilian leader said", "the French president added": a people's word before an office in small
        // letters is the one person the article named with that country ("Brazilian President Luiz Inácio Lula da
        // Silva"), not whoever spoke last.
        if firstLower == "the", (3...4).contains(words.count), !Self.startsUpper(words[words.count - 1]), Lexicon.roleWords.contains(lastLower),
           let country = words.dropFirst().dropLast().lazy.compactMap({ Gazetteer.shared.demonyms.value($0) }).first,
           let person = onlyPerson(of: country) {
            let r = Resolved(speaker: person, role: roles[person], isPerson: true)
            history.append(r)
            return r
        }
        if firstLower == "the", words.count >= 3, !Self.startsUpper(words[words.count - 1]) || Self.namedOffices.contains(lastLower), Lexicon.roleWords.contains(lastLower),
           !words.contains(where: { Gazetteer.shared.givenNames.contains($0) }), case let head = lastLower,
           let earlier = history.last(where: { $0.isPerson && ($0.role.map { Self.endsWithWords(Self.roleHead($0), head) } ?? false) && fits($0) })
            // An office that one named person holds ("Chris Grayling warned …. Speaking in the Commons, the
            // Conservative MP said") is the last person named when no one was named with the title.
            // (Only with a capitalised word before the office: "the new prime minister" may be someone not named yet.)
            // (Nor an owner's: "the British Labour Party's chancellor" is whoever holds it there.)
            // (Not one the article describes otherwise: "Her neighbour, Raj Patel, … The Prime Minister said" is
            // no neighbour's.)
            ?? (Self.namedOffices.contains(head) && words.dropFirst().dropLast().contains(where: Self.startsUpper)
                && !original.contains(where: Self.endsWithOwnersS) ? history.last(where: { $0.isPerson && Self.startsUpper($0.speaker) && !Self.isMany($0) }).flatMap { Self.describedOtherwise($0) ? nil : $0 } : nil) {
            history.append(earlier)
            return earlier
        }
        // "the agency said", "the organisation said": for a word any institution is, the institution the
        // article last made a sentence's subject (one whose name has the word was taken above).
        if firstLower == "the", words.count == 2, Lexicon.genericInstitutionNouns.contains(lastLower), let named = institutions.last {
            let r = Resolved(speaker: named, role: nil, isPerson: false)
            history.append(r)
            return r
        }
        // "a statement from the trust said", "the report by the agency found": the document speaks for its owner,
        // read as a speaker is ("the trust" the body the article named).
        if words.count >= 4, let d = words.firstIndex(where: { Self.isDocument(Self.lowercase($0)) }),
           d <= 2, d + 2 < words.count, Lexicon.ownerPrepositions.contains(Self.lowercase(words[d + 1])),
           let owner = resolve(Array(words[(d + 2)...])) {
            return owner
        }
        // "Their statement read", "Her office said": the owner is the pronoun's antecedent.
        if words.count >= 2, let pronoun = Self.possessives[firstLower], case let head = lastLower,
           Lexicon.documents.contains(head) || Lexicon.speaksFor.contains(head) {
            return resolve([pronoun])
        }
        // "The WHO's website said" → WHO; "the family's statement" → family; a spokesperson, an office or
        // a campaign speaks for the one whose it is ("Prime Minister Rishi Sunak's spokesman said" → Rishi
        // Sunak, "Santos's office said" → Santos).
        // (Not a name's own word: "The Alachua Sheriff's Office tweeted" is the office's.)
        if case let head = lastLower, Lexicon.documents.contains(head) || Lexicon.speaksFor.contains(head) && !Self.startsUpper(words[words.count - 1]),
           let owner = original.firstIndex(where: Self.endsWithOwnersS), owner < original.count - 1 {
            words = Array(original[...owner]).map(Self.stripPossessive)
            // ("The company's release continued": "the company" is the institution named before. One step:
            // the owner's words end in no document.)
            if words.count == 2, Self.lowercase(words[0]) == "the", case let noun = Self.lowercase(words[1]),
               Lexicon.institutionNouns.contains(noun), namedInstitution(noun) != nil {
                return resolve(words)
            }
        }
        // "A foreign ministry statement called …", "a police report said": a document after an
        // institution's word is the institution's.
        if words.count >= 2, Self.isDocument(Self.lowercase(words[words.count - 1])),
           case let owner = Self.lowercase(words[words.count - 2]), Lexicon.institutionNouns.contains(owner) || Lexicon.organisationWords.contains(owner) {
            words.removeLast()
        }
        // "an Adani Group spokesperson said", "a Pentagon spokesman said": a spokesperson after a name speaks for
        // it, as one "for" it does ("a spokeswoman for Amazon").
        // (Its role stays the spokesperson's, for "the spokesperson added" later.)
        if words.count >= 2, !Self.startsUpper(words[words.count - 1]), Lexicon.spokespeople.contains(Self.lowercase(words[words.count - 1])),
           Self.startsUpper(words[words.count - 2]), !Lexicon.roleWords.contains(lowercasing: words[words.count - 2]),
           !Lexicon.determiners.contains(lowercasing: words[words.count - 2]), !Self.isFunctionWord(words[words.count - 2]),
           let body = resolve(Array(words.dropLast())), Self.startsUpper(body.speaker) {
            history.removeLast()
            return spokenFor(body.speaker, by: Self.lowercase(words[words.count - 1]))
        }
        // "a company spokeswoman said", "a council spokesman": a spokesperson after an institution's kind in
        // small letters speaks for the institution of that kind the article named ("the company" alone is).
        if words.count == 3, Lexicon.indefiniteArticles.contains(lowercasing: words[0]), Lexicon.spokespeople.contains(lastLower),
           case let kind = Self.lowercase(words[1]), !Self.startsUpper(words[1]), Lexicon.institutionNouns.contains(kind),
           let body = resolve(["the", words[1]]), !body.isPerson, Self.startsUpper(body.speaker) {
            history.removeLast()
            return spokenFor(body.speaker, by: lastLower)
        }
        // "The Department for Education said the offer was fair. "…," a spokesperson said": a spokesperson no
        // one is named for speaks for the institution that spoke last, in this paragraph or the one before.
        if words.count <= 2, words.count == 1 || Lexicon.indefiniteArticles.contains(lowercasing: words[0]), Lexicon.spokespeople.contains(lastLower),
           let body = speakerJustNamed, !body.isPerson || body.role.map({ Lexicon.spokespeople.contains(lowercasing: $0) }) ?? false {
            return spokenFor(body.speaker, by: lastLower)
        }
        // The word lists each word is in, in lower case: one look-up a word, then bit tests.
        var bits = words.map { TokenClass.table.value($0, lowercasing: true) ?? 0 }
        let role = TokenClass.roleWords.bit, organisation = TokenClass.organisationWords.bit
        var leading = bits.prefix { $0 & (TokenClass.determiners.bit | TokenClass.adverbs.bit) != 0 }.count
        // ("Before Alley's most recent reveal": a preposition that opens the sentence is no part of a name.)
        if leading == 0, words.count >= 2, bits[0] & TokenClass.prepositions.bit != 0, Self.startsUpper(words[1]) { leading = 1 }
        // "Many residents", "Some officials": the people are the noun's.
        while leading + 1 < words.count, Lexicon.indefinites.contains(Self.lowercase(words[leading])) { leading += 1 }
        if leading > 0 {
            words.removeFirst(leading)
            bits.removeFirst(leading)
        }
        guard !words.isEmpty else { return nil }
        // A speaker is a noun phrase: never a lone function word ("When", "Another", "Some"), a participle
        // or a preposition left of the verb ("writing", "according") or a document ("statement").
        if words.count == 1, !words[0].allSatisfy({ $0.isUppercase || !$0.isLetter }),  // "WHO" is no "who"
           case let lower = Self.withoutContraction(Self.lowercase(words[0])),
           Self.isFunctionWord(words[0]) || Self.isDocument(lower)
            || Lexicon.indefinites.contains(lower)
            // ("maybe whisper a silent "I'm sorry!"": a word that opens sentences is nobody.)
            || Lexicon.sentenceAdverbs.contains(lower) && !Self.startsUpper(words[0])
            || lower == "according"
            || (lower.hasSuffix("ing") && lower.count > 5 && !Self.startsUpper(words[0])) {
            return nil
        }
        // "King asked" after "co-host Gayle King": a title's word that is the surname of a full name of
        // the article is that person.
        // (So is an institution's word: "Church said" after "the geneticist George Church".)
        if words.count == 1, bits[0] & (role | TokenClass.organisationWords.bit) != 0, Self.startsUpper(words[0]), let full = fullNames[Self.key(words[0])]?.first {
            let r = Resolved(speaker: full.name, role: roles[full.name], isPerson: true)
            history.append(r)
            return r
        }
        // "the Prime Minister apologised": a title alone refers to the person the article gives it to.
        // (Not after "a", "one", "another": "a minister told reporters" is someone new, not Health Minister
        // Jane Doe.)
        if bits.allSatisfy({ $0 & role != 0 }), !Lexicon.indefiniteArticles.contains(lowercasing: original[0]) {
            let title = words.map { $0.lowercased() }.joinedBySpaces()
            if let holder = roles.firstName(where: { Self.endsWithWords($0, title) || Self.endsWithWords(Self.roleHead($0), title) }) {
                let r = Resolved(speaker: holder, role: roles[holder], isPerson: true)
                history.append(r)
                return r
            }
        }
        // "A spokeswoman for the Department of Health", "an official with the World Health Organization":
        // one who speaks for a body named after them — the body speaks, they are its role.
        if let p = words.indices.dropFirst().first(where: { Attributor.bodyPrepositions.contains(lowercasing: words[$0]) }),
           Attributor.speakersForBodies.contains(lowercasing: words[p - 1]) {
            // (One who speaks is someone "he" or "she" may mean later: "…," he said — still for the body.)
            let one = Self.speaksAsOne(words[p - 1])
            if case let b = p + 1 < words.count && Self.lowercase(words[p + 1]) == "the" ? p + 2 : p + 1, b < words.count,
               words[b...].allSatisfy({ Self.startsUpper($0) || Self.nameJoints.contains($0) || $0 == "and" || EntityRecognizer.isApostropheWord($0) }),
               !words[b...].contains(where: { Gazetteer.shared.givenNames.contains($0) }) {
                let body = Array(words[b...])
                let r = Resolved(speaker: acronyms[body.joinedBySpaces()] ?? canonicalName(body), role: words[..<p].joinedBySpaces(), isPerson: one)
                history.append(r)
                return r
            }
            // "A spokeswoman for the company", "a spokesman for the council": a body described by its kind's word,
            // the body the article named ("the company" alone is).
            if words.count >= 4, p + 3 == words.count, Self.lowercase(words[p + 1]) == "the", Lexicon.institutionNouns.contains(Self.lowercase(words[p + 2])),
               let body = resolve(["the", words[p + 2]]), !body.isPerson, Self.startsUpper(body.speaker) {
                history.removeLast()
                return spokenFor(body.speaker, by: words[..<p].joinedBySpaces(), isPerson: one)
            }
        }
        // The name: the last run of capitalised words that are neither titles nor institutions.
        var start = words.count
        while start > 0, let w = Optional(words[start - 1]), Self.startsUpper(w) || Self.particles.contains(w),
              !Self.isDescriptiveCompound(w), bits[start - 1] & (role | organisation) == 0
                // "Mayor Bill de Blasio": a given name that is also an institution's word is the name's.
                || (bits[start - 1] & role == 0 && start < words.count && Self.startsUpper(w) && Gazetteer.shared.givenNames.contains(w))
                // "Martin Luther King III": a generation's suffix follows a surname, whatever word it is.
                || (start == words.count - 1 && Self.startsUpper(w) && Self.generationSuffixes.contains(Self.lowercase(words[start]))) {
            start -= 1
        }
        // "Novelist Grace Adeyemi": an occupation that leads the name is its title (as `splitPoint` reads it).
        if start == 0, words.count >= 2, Lexicon.occupations.contains(firstLower) { start = 1 }
        while start < words.count, Self.particles.contains(words[start]) { start += 1 }
        // "President of Ukraine Volodymyr Zelenskyy": a place right before a given name is no part of the
        // name (as `learnNames` reads it), and goes with the role.
        if words.count - start >= 3, let place = Gazetteer.shared.placePrefix(Array(words[start...])),
           start + place + 1 < words.count, Gazetteer.shared.givenNames.contains(words[start + place]) {
            start += place
        }
        let nameWords = Array(words[start...])
        // "the Mayor of London", "a woman from Texas", "the senator from Vermont": a title or a noun for people,
        // then where they are from — the place is no speaker; the one described is (read without the place:
        // the title's holder named in the article, or the description).
        if start >= 2, start < words.count, Self.placeOfOrigin.contains(Self.lowercase(words[start - 1])),
           case let noun = Self.lowercase(words[start - 2]), Lexicon.roleWords.contains(noun) || Lexicon.personNouns.contains(noun),
           let entry = Gazetteer.shared.entries[nameWords.joinedBySpaces()], entry.type == .place,
           case let dropped = original.count - words.count, dropped >= 0, original[dropped...].map(Self.stripPossessive) == words {
            // (With the determiners dropped above put back: "the Mayor", "a woman".)
            let title = Array(words[..<(start - 1)])
            guard var r = resolve(Array(original[..<(dropped + start - 1)])) else { return nil }
            // No holder named: a title is described with its place, as written ("Prince of Wales", "Mayor of
            // London"); a noun for people stays itself ("a woman from Texas" is a woman).
            if r.speaker == title.joinedBySpaces(), Self.startsUpper(title[0]), Lexicon.roleWords.contains(noun), !history.isEmpty {
                r.speaker = words.joinedBySpaces()
                history[history.count - 1] = r
            }
            return r
        }
        let resolved: Resolved
        if start > 0, Self.startsUpper(words[start - 1]), bits[start - 1] & organisation != 0, bits[start - 1] & role == 0 {
            // "Republic Act No": a name that continues an institution's.
            resolved = Resolved(speaker: words.joinedBySpaces(), role: nil, isPerson: false)
        } else if let joint = (2..<max(2, words.count)).last(where: { k in
                      Self.nameJoints.contains(words[k - 1]) && Self.startsUpper(words[k - 2]) && bits[k - 2] & organisation != 0
                          && bits[k - 2] & role == 0 && words[k...].allSatisfy({ Self.startsUpper($0) || $0 == "and" }) && Self.startsUpper(words[words.count - 1])
                          // (not "House of Commons Speaker John Bercow": a person named after it)
                          && !words[k...].contains(where: { Gazetteer.shared.givenNames.contains($0) }) }) {
            // "University of California", "MRC Centre for Global Infectious Disease Analysis", "Department of
            // Corrections and Rehabilitation": the institution's whole name, from its first capitalised word.
            var first = joint - 2
            while first > 0, Self.startsUpper(words[first - 1]), bits[first - 1] & role == 0 { first -= 1 }
            resolved = Resolved(speaker: words[first...].joinedBySpaces(), role: nil, isPerson: false)
        } else if nameWords.count == 1, let full = acronyms[nameWords[0]] {
            resolved = Resolved(speaker: full, role: nil, isPerson: false)
        } else if nameWords.isEmpty {
            // No name: an institution or an unnamed source, kept as described.
            // (A relative is someone: "her uncle said" … "he said".)
            let isPerson = Lexicon.roleWords.contains(lastLower) || Lexicon.personNouns.contains(lastLower) || Self.kin.contains(lastLower)
            resolved = Resolved(speaker: words.joinedBySpaces(), role: nil, isPerson: isPerson)
        } else if start == 0, nameWords.count == 1, Gazetteer.shared.entries[nameWords[0]] == nil,
                  let full = institutions.last(where: { Self.isCompanyShortName(nameWords[0], of: $0) }) {
            // "Acme said" after "Acme Corp makes widgets": a company's first word alone is the company (as its
            // mentions are; not a name the gazetteer knows alone: "Microsoft" … "Microsoft Corp").
            resolved = Resolved(speaker: full, role: nil, isPerson: false)
        } else if start == 0, !isPersonName(nameWords) {
            // A capitalised name that is not a known person: an organisation or a publication — or, one
            // word that no list names an institution or a place, perhaps a surname.
            resolved = Resolved(speaker: canonicalName(nameWords), role: nil, isPerson: false,
                                maybePerson: nameWords.count == 1 && isSurnameShaped(nameWords[0]))
        } else {
            // ("spokeswoman for Amazon": the role is "spokeswoman".)
            var roleEnd = start
            while roleEnd > 0, Self.nameJoints.contains(words[roleEnd - 1]) { roleEnd -= 1 }
            let role = roleEnd > 0 ? words[0..<roleEnd].joinedBySpaces() : nil
            let canonical = canonicalName(nameWords[...], titled: role)
            // ("His daughter Kate Ellis said": a relative, for "his daughter said" later.)
            if let role, let kin = role.spaceSeparated().last.map({ Self.lowercase(String($0)) }), Self.kin.contains(kin) {
                relatives.append((canonical, kin))
            }
            // "broadcaster PBS": an acronym after a description is an institution.
            let acronym = nameWords.count == 1 && Self.isShortCapitals(nameWords[0])
            resolved = Resolved(speaker: canonical, role: role ?? roles[canonical], isPerson: !acronym)
            // A title written with the name here says a gender for the name's later mentions too
            // ("Fire brigade spokesman Yiannis Artopios said" … "Artopios said" is no "she").
            if let role, pronounGenders[canonical] == nil, let g = GenderCues.gender(of: "", role: role) { pronounGenders[canonical] = g }
        }
        history.append(resolved)
        return resolved
    }

    /// The last institution the article made a sentence's subject whose name has the word (in lower
    /// case): "Court of Session" for "court"; "Skyward Airlines" for "airline" too.
    func namedInstitution(_ noun: String) -> String? {
        institutions.last(where: { Self.lowercase($0).spaceSeparated().contains { $0 == noun || $0 == noun + "s" } })
            // (Else the one body of the article whose name ends with the word, subject or not: "the agency"
            // after "The Environment Agency's area manager, Tom Pritchard, said"; none when it names two.)
            ?? (describedBodies.contains(noun) ? nil : namedBodies[noun].flatMap { $0.count == 1 ? $0.first : nil })
    }

    /// The bodies the article names with their kind's word last ("Environment Agency"), by that word.
    private(set) var namedBodies: [String: Set<String>] = [:]
    /// The kinds' words the article writes in small letters after a word that describes the body ("the
    /// transportation department", "the federal agency"): a body of that kind it does not name, which "the
    /// department" may mean as well.
    private(set) var describedBodies: Set<String> = []
    /// What the article says of people it names (by their full names): the country of a people's word right
    /// before the name ("Belgian rider Wout Verhaegen") and the age after it ("Wout Verhaegen, 38,"), for "the
    /// 26-year-old Frenchman" later.
    private var personCountry: [String: String] = [:]

    /// The one person the article named with `country` (a people's word before the name), if only one.
    private func onlyPerson(of country: String) -> String? {
        var found: String? = nil
        for (name, c) in personCountry where c == country {
            guard found == nil || found == name else { return nil }
            found = name
        }
        return found
    }
    private var personAge: [String: Int] = [:]

    /// The fullest name of the article that ends with the same word and holds all of these words.
    /// (No array of words is made unless the article has full names with the same last word.)
    func canonicalName<W: SpeakerWord>(_ name: ArraySlice<W>) -> String {
        guard let candidates = fullNames[name.last!.nameKey] else {
            if name.count == 1, let full = familyFirst.full(name.first!.nameKey, inParagraph: paragraph), !Gazetteer.shared.contains(name.first!.text) { return full }
            return W.joined(name)
        }
        let wanted = name.map(\.lowerForm)
        // (A word written without its diacritics is the same word: "Erdogan" of "Recep Tayyip Erdoğan".)
        for c in candidates where wanted.allSatisfy({ w in c.words.contains(w) || c.words.contains { Self.key($0) == Self.key(w) } }) { return c.name }
        return W.joined(name)
    }

    func canonicalName(_ name: [String]) -> String { canonicalName(name[...]) }

    /// The same, for a name written after titles: "Mr Clarke" of "Graham and Susan Clarke" — a title that
    /// says a gender chooses among full names with the same family name.
    func canonicalName<W: SpeakerWord>(_ name: ArraySlice<W>, titled role: String?) -> String {
        let canonical = canonicalName(name)
        guard name.count == 1, let role, let wanted = GenderCues.gender(of: "", role: role),
              GenderCues.gender(of: canonical, role: nil) != wanted,
              let other = fullNames[name.first!.nameKey]?.first(where: { GenderCues.gender(of: $0.name, role: nil) == wanted }) else { return canonical }
        return other.name
    }

    mutating func remember(_ r: Resolved) { history.append(r) }

    /// The speaker resolved last, when it is a name (capitalised, no pronoun) and was resolved in this
    /// paragraph or the one before: whom "a spokesperson said" or "the airline said" may follow on from.
    var speakerJustNamed: Resolved? {
        guard historyParagraph + 1 >= paragraph, let last = history.last, Self.startsUpper(last.speaker),
              !Lexicon.pronouns.contains(lowercasing: last.speaker) else { return nil }
        return last
    }

    /// One who speaks for a body ("an Adani Group spokesperson", "a spokeswoman for the company"): the body
    /// speaks, the one who speaks for it is its role, a person "he" or "she" may mean later when one
    /// (`speaksAsOne`); noted in `history` for "the spokesperson added".
    private mutating func spokenFor(_ body: String, by role: String, isPerson: Bool? = nil) -> Resolved {
        let r = Resolved(speaker: body, role: role, isPerson: isPerson ?? Self.speaksAsOne(role))
        history.append(r)
        return r
    }

    /// The gender a speaker's name, its role or an earlier "he" or "she" gives it. The role is the one
    /// the article gave the name if this mention has none: "Fire brigade spokesman Yiannis Artopios
    /// said …" is still a man when a later mention is the bare name.
    func gender(of r: Resolved) -> GenderCues.Gender? {
        GenderCues.gender(of: r.speaker, role: r.role ?? roles[r.speaker]) ?? pronounGenders[r.speaker]
    }
}
