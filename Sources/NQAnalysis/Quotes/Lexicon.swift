/// Word lists for attribution: verbs of speech, titles and roles, pronouns. Lower-case.
enum Lexicon {
    /// Honorifics written with a dot before a name ("Mr. Clyburn", "Rep. Emanuel Cleaver", "Dr. Fauci"):
    /// part of how a name is written, neither a name nor a role.
    static let honorifics = WordLists.set("Lexicon.honorifics")

    /// Verbs that report speech or writing, in the forms news uses.
    static let speechVerbs = WordLists.set(.speechVerbs)

    /// Forms that are as often nouns ("controversial comments", "swing states"): verbs only after a name,
    /// a pronoun, an adverb or an institution ("the ministry states").
    static let nounLike = WordLists.set(.nounLike)
    static let verbsAfterPlurals = WordLists.set("Lexicon.verbsAfterPlurals")

    /// Words that stand for people without naming any ("many", "some", "others", "someone"): alone,
    /// no speaker ("While many offered \"furry\" versions").
    static let indefinites = WordLists.set("Lexicon.indefinites")

    /// First parts of hyphenated words that describe someone ("Co-author", "Ex-minister", "Self-styled").
    static let compoundPrefixes: Set<String> = WordLists.strings("Lexicon.compoundPrefixes")
    /// Later parts of hyphenated words that describe someone ("year-old", "London-based", "US-born").
    static let compoundParts: Set<String> = WordLists.strings("Lexicon.compoundParts")

    /// Nouns that name an institution by its kind: "the agency said", "the ministry said" refer to the
    /// institution of that kind the article named last.
    static let institutionNouns: Set<String> = WordLists.strings("Lexicon.institutionNouns")
    /// (Asked of every word's token: `TokenClass.institutionNouns`.)
    /// Of those, the ones any institution can be called ("the agency" for the World Health Organization).
    static let genericInstitutionNouns: Set<String> = WordLists.strings("Lexicon.genericInstitutionNouns")

    /// "A number of Senators": the group is what follows "of"; "Part of the statement": the document.
    static let quantities = WordLists.set(.quantities)

    /// Forms of "be" that make a verb of speech passive: "was described by X as …".
    static let beForms = WordLists.set(.beForms)

    /// The words after a document that name its owner: "the opinion of the Court", "the account for The
    /// Daily Show", "a statement from the ministry", "a memo by X".
    static let ownerPrepositions = WordLists.set("Lexicon.ownerPrepositions")

    /// Those who speak for an institution: "a spokeswoman for Amazon" is the institution's voice.
    static let spokespeople = WordLists.set("Lexicon.spokespeople")

    /// Who speaks for the one whose they are: a spokesperson, an office, a campaign ("Her office said",
    /// "Santos's campaign said", "the senator's spokesman said").
    static let speaksFor = WordLists.set("Lexicon.speaksFor")

    /// Common nouns for people that are no titles: an unnamed speaker described so ("A bouncer at the
    /// club said", "a witness told reporters") is someone a later "he" or "she" may mean.
    static let personNouns = WordLists.set("Lexicon.personNouns")
    /// Nouns for many people that are no plurals: "they" may be them ("police", "people").
    static let collectiveNouns = WordLists.set("Lexicon.collectiveNouns")
    /// Words that bring in someone new ("a singer", "one actor"), not someone named before.
    static let indefiniteArticles = WordLists.set("Lexicon.indefiniteArticles")

    /// Occupations and callings that describe someone already named ("the singer", "the striker"):
    /// not titles that an unnamed official holds, nor spokespeople.
    static let occupations = WordLists.set("Lexicon.occupations")

    /// The last words of companies' names, by trade or legal form: "Nordvik Semiconductor", "Harbor
    /// Securities", "Stoneway Aggregates", "Acme Holdings" (capitalised, after a name's first word).
    static let companyWords = WordLists.set("Lexicon.companyWords")
    static let newspaperWords = WordLists.set("Lexicon.newspaperWords")

    /// People who may own a statement without being named or titled: "the statement from the family".
    static let ownerNouns = WordLists.set("Lexicon.ownerNouns")

    /// Things that speak for their owner: "the WHO's website said" → WHO.
    static let documents = WordLists.set(.documents)


    /// Adverbs, connectives and quantifiers that open sentences, never part of the name after them:
    /// "Afterwards Penny tells", "Meanwhile Jane Smith told", "Both Green and White voted". (No adjectives:
    /// "New York", "First Minister", "Great Britain".)
    static let sentenceAdverbs = WordLists.set("Lexicon.sentenceAdverbs")

    /// Words that may stand between a subject and its verb: "he also said", "she later told".
    static let adverbs = WordLists.set(.adverbs)

    /// Negated auxiliaries and "only", which end a speaker phrase as a modal does ("I don't", "I only
    /// called myself"); apart from the adverbs, which name-finding shares.
    static let phraseEnders = WordLists.set("Lexicon.phraseEnders")

    /// Modal verbs: "the man could be heard saying" — the phrase before them is the subject.
    static let modals = WordLists.set("Lexicon.modals")

    /// Nouns of time that head an introductory phrase, not a subject: "The next day,", "That evening,".
    static let timeNouns = WordLists.set("Lexicon.timeNouns")

    static let pronouns = WordLists.set(.pronouns)
    static let contractedStems = WordLists.set("Lexicon.contractedStems")
    static let subjectPronouns = WordLists.set(.subjectPronouns)

    static let determiners = WordLists.set(.determiners)

    static let prepositions = WordLists.set(.prepositions)

    /// Words that end the subject of a clause when met going left: conjunctions and relative words.
    static let clauseBreaks = WordLists.set(.clauseBreaks)

    /// Titles and roles that precede a name; stripped into `role`.
    static let roleWords = WordLists.set(.roleWords)

    /// Words that mark a group or institution rather than a person ("ministry", "department").
    static let organisationWords = WordLists.set(.organisationWords)

    static let monthsAndDays = WordLists.set(.monthsAndDays)
}
