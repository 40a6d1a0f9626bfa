/// Word lists for attribution: verbs of speech, titles and roles, pronouns. Lower-case.
enum Lexicon {
    /// Honorifics written with a dot before a name ("Mr. Clyburn", "Rep. Emanuel Cleaver", "Dr. Fauci"):
    /// part of how a name is written, neither a name nor a role.
    static let honorifics = WordSet([
        "mr", "mrs", "ms", "messrs", "dr", "prof", "rep", "reps", "sen", "sens", "gov", "gen", "lt", "col", "maj",
        "capt", "cpt", "sgt", "cpl", "adm", "cmdr", "rev", "hon", "pres", "atty", "supt", "insp", "mme", "mlle", "fr",
    ])

    /// Verbs that report speech or writing, in the forms news uses.
    static let speechVerbs = WordSet(.speechVerbs, [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "state", "states", "stated", "stating",
        "add", "adds", "added", "adding", "write", "writes", "wrote", "writing", "tweet", "tweets", "tweeted",
        "tweeting", "post", "posts", "posted", "note", "notes", "noted", "noting", "explain", "explains",
        "explained", "explaining", "remark", "remarks", "remarked", "comment", "comments", "commented",
        "commenting", "declare", "declares", "declared", "announce", "announces", "announced", "claim", "claims",
        "claimed", "claiming", "argue", "argues", "argued", "arguing", "ask", "asks", "asked", "asking", "reply",
        "replies", "replied", "respond", "responds", "responded", "insist", "insists", "insisted", "insisting",
        "warn", "warns", "warned", "warning", "stress", "stresses", "stressed", "stressing", "emphasise",
        "emphasised", "emphasize", "emphasized", "acknowledge", "acknowledged", "admit", "admits", "admitted",
        "affirm", "affirmed", "confirm", "confirms", "confirmed", "observe", "observed", "observing", "recall",
        "recalls", "recalled", "continue", "continued", "conclude", "concluded", "describe", "describes",
        "described", "describing", "call", "calls", "called", "calling", "urge", "urges", "urged", "urging",
        "propose", "proposed", "suggest", "suggests", "suggested", "suggesting", "predict", "predicted", "report",
        "reports", "reported", "reporting", "read", "reads", "concede", "conceded", "indicate", "indicated",
        "reveal", "revealed", "testify", "testified", "quip", "quipped", "joke", "joked", "shout", "shouted",
        "plead", "pleaded", "promise", "promised", "vow", "vowed", "pledge", "pledged", "deny", "denied",
        "criticise", "criticised", "criticize", "criticized", "characterise", "characterised", "characterize",
        "characterized", "term", "termed", "label", "labelled", "labeled", "accuse", "accused", "accusing",
        "condemn", "condemned", "praise", "praised", "blame", "blamed", "maintain", "maintained", "allege",
        "alleged", "contend", "contended", "express", "expressed", "cite", "cited", "citing", "assert",
        "asserted", "opine", "opined", "boast", "boasted", "complain", "complained", "lament", "lamented",
        "demand", "demanded", "agree", "agreed", "share", "shared", "offer", "offered", "apologise",
        "apologised", "apologize", "apologized", "decry", "decried", "hail", "hailed", "welcome", "welcomed",
        "thank", "thanked", "announcing", "stating", "proclaim", "proclaimed", "mention", "mentioned",
        "point", "pointed", "reiterate", "reiterated", "assure", "assured", "advise", "advised", "caution",
        "cautioned", "recount", "recounted", "answer", "answered", "quote", "quoted", "quoting", "spoke",
        "speak", "speaks", "speaking", "posting", "tweeting", "remarking", "replying", "responding", "announcing",
        "confirming", "declaring", "insisting", "suggesting", "urging", "chant", "chanted", "chanting", "yell", "yelled",
        "scream", "screamed", "exclaim", "exclaimed", "whisper", "whispered", "mused", "countered", "retort",
        "retorted", "reminded",
    ])

    /// Forms that are as often nouns ("controversial comments", "swing states"): verbs only after a name,
    /// a pronoun, an adverb or an institution ("the ministry states").
    static let nounLike = WordSet(.nounLike, [
        "comments", "remarks", "reports", "notes", "claims", "calls", "posts", "tweets", "replies", "answers",
        "quotes", "comment", "remark", "report", "note", "claim", "call", "post", "tweet", "reply", "answer",
        "quote", "states", "state", "read", "reads", "share", "offer", "demand", "demands", "promise", "pledge",
        "welcome", "praise", "blame", "cite", "term", "label", "stress", "warning", "ask", "add", "write",
        "say", "tell", "speak", "express", "point", "continue", "agree", "thank", "deny", "urge", "propose",
    ])

    /// Words that stand for people without naming any ("many", "some", "others", "someone"): alone,
    /// no speaker ("While many offered \"furry\" versions").
    static let indefinites = WordSet([
        "many", "some", "several", "most", "few", "all", "both", "either", "neither", "each", "others", "none", "any",
        "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "another",
    ])

    /// First parts of hyphenated words that describe someone ("Co-author", "Ex-minister", "Self-styled").
    static let compoundPrefixes: Set<String> = ["co", "ex", "vice", "self", "anti", "pro", "non", "former", "then", "so", "well", "long", "first", "second", "third"]
    /// Later parts of hyphenated words that describe someone ("year-old", "London-based", "US-born").
    static let compoundParts: Set<String> = ["old", "based", "born", "led", "backed", "owned", "run", "made", "elect", "designate", "time", "term"]

    /// Nouns that name an institution by its kind: "the agency said", "the ministry said" refer to the
    /// institution of that kind the article named last.
    static let institutionNouns: Set<String> = [
        "agency", "organization", "organisation", "company", "firm", "ministry", "department", "group", "government",
        "party", "union", "court", "university", "commission", "council", "committee", "authority", "bank",
        "association", "federation", "body", "regulator", "watchdog", "airline", "network", "broadcaster",
        "newspaper", "club", "team", "foundation", "institute", "charity", "hospital", "police", "army", "league",
    ]
    /// Of those, the ones any institution can be called ("the agency" for the World Health Organization).
    static let genericInstitutionNouns: Set<String> = ["agency", "organization", "organisation", "body", "group", "firm", "company"]

    /// "A number of Senators": the group is what follows "of"; "Part of the statement": the document.
    static let quantities = WordSet(.quantities, ["number", "group", "majority", "many", "some", "dozens", "hundreds", "thousands",
                                          "several", "most", "all", "few", "members", "one", "two", "three", "none", "each",
                                          // "Part of the ruling reads": the document is what follows "of".
                                          "part", "parts", "portion", "excerpt", "excerpts", "passage", "rest"])

    /// Forms of "be" that make a verb of speech passive: "was described by X as …".
    static let beForms = WordSet(.beForms, ["was", "were", "is", "are", "been", "be", "being"])

    /// The words after a document that name its owner: "the opinion of the Court", "the account for The
    /// Daily Show", "a statement from the ministry", "a memo by X".
    static let ownerPrepositions = WordSet(["of", "for", "from", "by"])

    /// Those who speak for an institution: "a spokeswoman for Amazon" is the institution's voice.
    static let spokespeople = WordSet(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "spokesmen", "spokeswomen"])

    /// Who speaks for the one whose they are: a spokesperson, an office, a campaign ("Her office said",
    /// "Santos's campaign said", "the senator's spokesman said").
    static let speaksFor = WordSet(spokespeople.words + ["office", "campaign"])

    /// Common nouns for people that are no titles: an unnamed speaker described so ("A bouncer at the
    /// club said", "a witness told reporters") is someone a later "he" or "she" may mean.
    static let personNouns = WordSet([
        "man", "woman", "men", "women", "boy", "girl", "witness", "witnesses", "neighbour", "neighbor", "bouncer",
        "passenger", "customer", "shopper", "tourist", "visitor", "worker", "employee", "farmer", "fisherman",
        "survivor", "victim", "patient", "parent", "mother", "son", "daughter", "wife", "husband", "friend",
        "relative", "bystander", "onlooker", "protester", "demonstrator", "voter", "fan", "supporter", "villager",
        "soldier", "pilot", "engineer", "guard", "mechanic", "waiter", "waitress", "cashier", "cook", "chef",
        "landlord", "tenant", "homeowner", "volunteer", "organiser", "organizer", "eyewitness", "commuter",
        "motorist", "cyclist", "pedestrian", "pensioner", "retiree", "veteran", "miner", "labourer", "laborer",
    ])

    /// Occupations and callings that describe someone already named ("the singer", "the striker"):
    /// not titles that an unnamed official holds, nor spokespeople.
    static let occupations = WordSet([
        "singer", "actor", "actress", "star", "rapper", "musician", "comedian", "filmmaker", "novelist", "poet",
        "writer", "artist", "painter", "designer", "dancer", "model", "player", "striker", "goalkeeper", "midfielder",
        "defender", "forward", "athlete", "champion", "boxer", "golfer", "swimmer", "sprinter", "runner", "cyclist",
        "skier", "veteran", "billionaire", "entrepreneur", "businessman", "businesswoman", "tycoon", "mogul",
        "scientist", "researcher", "economist", "historian", "philosopher", "activist", "campaigner", "youngster",
        "teenager", "pensioner",
    ])

    /// The last words of companies' names, by trade or legal form: "Nordvik Semiconductor", "Harbor
    /// Securities", "Stoneway Aggregates", "Acme Holdings" (capitalised, after a name's first word).
    static let companyWords = WordSet([
        "semiconductor", "semiconductors", "motors", "automotive", "aerospace", "airways", "airlines", "pharmaceuticals",
        "pharma", "therapeutics", "biosciences", "biotech", "technologies", "technology", "systems", "software", "electronics",
        "electric", "robotics", "dynamics", "industries", "enterprises", "holdings", "group", "securities", "investments",
        "ventures", "capital", "partners", "insurance", "bancorp", "financial", "telecom", "telecommunications",
        "communications", "networks", "media", "entertainment", "studios", "pictures", "records", "publishing", "foods",
        "beverages", "brewing", "brewery", "steel", "mining", "minerals", "metals", "petroleum", "chemicals", "logistics",
        "shipping", "aggregates", "resources", "labs", "laboratories", "solutions", "corporation", "corp", "inc", "ltd",
        "llc", "plc", "gmbh", "ag",
    ])

    /// People who may own a statement without being named or titled: "the statement from the family".
    static let ownerNouns = WordSet([
        "family", "families", "parents", "relatives", "lawyers", "lawyer", "attorneys", "attorney", "campaign",
        "organisers", "organizers", "victims", "residents", "staff", "employees", "workers", "students",
    ])

    /// Things that speak for their owner: "the WHO's website said" → WHO.
    static let documents = WordSet(.documents, [
        "website", "site", "statement", "account", "post", "page", "report", "readout", "tweet", "blog", "release",
        "letter", "proclamation", "opinion", "memo", "summary", "announcement", "email", "message", "spokesperson",
        "description", "caption", "notice", "filing", "ruling", "decree", "petition", "bulletin", "advisory",
        "document", "transcript", "study", "paper", "survey",
    ])


    /// Adverbs, connectives and quantifiers that open sentences, never part of the name after them:
    /// "Afterwards Penny tells", "Meanwhile Jane Smith told", "Both Green and White voted". (No adjectives:
    /// "New York", "First Minister", "Great Britain".)
    static let sentenceAdverbs = WordSet([
        "both", "either", "neither", "each", "every", "all", "some", "several", "most", "many",
        "afterwards", "afterward", "meanwhile", "however", "eventually", "finally", "suddenly", "later", "then",
        "now", "today", "yesterday", "tonight", "still", "also", "instead", "thus", "therefore", "nevertheless",
        "nonetheless", "indeed", "unfortunately", "fortunately", "luckily", "apparently", "initially",
        "ultimately", "anyway", "besides", "likewise", "similarly", "consequently", "hence", "sometimes",
        "often", "usually", "again", "otherwise", "moreover", "furthermore", "additionally", "currently",
        "recently", "previously", "overall", "perhaps", "maybe", "actually", "really", "yes", "no", "well",
        "oh", "why", "when", "where", "how", "while", "although", "though", "because", "if", "since", "once",
    ])

    /// Words that may stand between a subject and its verb: "he also said", "she later told".
    static let adverbs = WordSet(.adverbs, [
        "also", "later", "then", "previously", "earlier", "further", "subsequently", "reportedly", "had", "has",
        "have", "was", "were", "is", "would", "will", "could", "has", "once", "again", "separately", "publicly",
        "recently", "repeatedly", "simply", "already", "immediately", "additionally", "similarly", "likewise",
        "however", "initially", "originally", "first", "last", "finally", "just", "even", "still", "allegedly",
        "apparently", "openly", "directly", "explicitly", "today", "yesterday", "to", "not", "never", "yet",
        "did", "does", "do", "may", "might", "must", "should", "can", "shall", "would", "going", "been",
        "often", "too", "usually", "frequently", "always",
    ])

    /// Negated auxiliaries and "only", which end a speaker phrase as a modal does ("I don't", "I only
    /// called myself"); apart from the adverbs, which name-finding shares.
    static let phraseEnders = WordSet([
        "only", "don't", "doesn't", "didn't", "won't", "can't", "cannot", "wouldn't", "couldn't", "isn't", "wasn't",
        "don\u{2019}t", "doesn\u{2019}t", "didn\u{2019}t", "won\u{2019}t", "can\u{2019}t", "wouldn\u{2019}t",
        "couldn\u{2019}t", "isn\u{2019}t", "wasn\u{2019}t",
    ])

    /// Modal verbs: "the man could be heard saying" — the phrase before them is the subject.
    static let modals = WordSet(["could", "would", "can", "will", "should", "may", "might", "must", "shall"])

    /// Nouns of time that head an introductory phrase, not a subject: "The next day,", "That evening,".
    static let timeNouns = WordSet(["day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon",
                                    "evening", "night", "weekend", "time", "moment", "hour", "hours", "season", "decade"])

    static let pronouns = WordSet(.pronouns, ["he", "she", "they", "it", "we", "i", "him", "her", "them", "you"])
    static let subjectPronouns = WordSet(.subjectPronouns, ["he", "she", "they", "it", "we"])

    static let determiners = WordSet(.determiners, ["a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one"])

    static let prepositions = WordSet(.prepositions, [
        "of", "to", "at", "for", "from", "with", "in", "on", "by", "via", "into", "about", "after", "before",
        "during", "over", "under", "against", "between", "through", "toward", "towards", "upon", "across",
        "than", "like", "as", "since", "until", "within", "without", "per", "amid", "amidst", "among", "amongst",
        "following", "despite", "throughout", "behind", "beyond", "near", "around", "outside", "inside", "onto",
    ])

    /// Words that end the subject of a clause when met going left: conjunctions and relative words.
    static let clauseBreaks = WordSet(.clauseBreaks, ["and", "but", "while", "whereas", "although", "though", "because", "that",
                                            "which", "who", "whom", "where", "when", "if", "so", "yet", "or", "what"])

    /// Titles and roles that precede a name; stripped into `role`.
    static let roleWords = WordSet(.roleWords, [
        "president", "vice", "prime", "minister", "secretary", "press", "foreign", "defence", "defense", "interior",
        "health", "finance", "economy", "justice", "home", "state", "general", "attorney", "spokesman",
        "spokeswoman", "spokesperson", "spokespeople", "chancellor", "senator", "sen.", "sen", "rep.", "rep",
        "representative", "governor", "gov.", "gov", "mayor", "chief", "director", "professor", "prof.", "prof",
        "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "gen.", "colonel", "col.", "commander", "chairman",
        "chairwoman", "chair", "ceo", "ambassador", "king", "queen", "prince", "princess", "pope", "archbishop",
        "bishop", "cardinal", "judge", "justice", "coach", "captain", "capt.", "officer", "constable", "sheriff",
        "deputy", "assistant", "acting", "former", "ex", "emergency", "emergencies", "leader", "speaker", "member",
        "mp", "senior", "advisor", "adviser", "head", "councillor", "councilor", "premier", "lieutenant", "lt.",
        "sergeant", "sgt.", "superintendent", "inspector", "detective", "police", "commissioner", "executive",
        "founder", "co-founder", "owner", "manager", "analyst", "economist", "expert", "researcher", "scientist",
        "doctor", "lawyer", "attorney", "editor", "reporter", "correspondent", "journalist", "author", "activist",
        "official", "officials", "chairperson", "first", "lady", "sir", "dame", "lord", "baroness", "rabbi",
        "imam", "father", "sister", "brother", "cllr", "situations", "national", "security", "chief", "then",
        "then-secretary", "then-president", "incumbent", "candidate", "nominee", "legislator", "lawmaker",
        "congressman", "congresswoman", "assemblyman", "assemblywoman", "mep", "envoy", "diplomat", "premier",
        "emir", "sultan", "sheikh", "crown", "field", "marshal", "admiral", "major", "maj.", "private",
        "corporal", "pastor", "reverend", "rev.", "cleric", "ayatollah", "supreme", "dean", "rector", "provost",
        "principal", "teacher", "student", "nurse", "surgeon", "physician", "paramedic", "firefighter",
        "trooper", "agent", "special", "counsel", "prosecutor", "spokes", "commentator", "host", "anchor",
        "presenter", "actor", "actress", "singer", "player", "striker", "goalkeeper", "midfielder", "defender",
        "manager", "referee", "driver", "rider", "athlete", "champion", "cosplayer", "artist", "designer",
        "president-elect", "vice-president", "secretary-general", "director-general", "mayor-elect", "delegate",
        "delegates", "chancellor", "counsellor", "mp", "minister-president", "costumer", "attendee", "resident",
    ])

    /// Words that mark a group or institution rather than a person ("ministry", "department").
    static let organisationWords = WordSet(.organisationWords, [
        "ministry", "department", "office", "council", "committee", "commission", "agency", "service", "police",
        "government", "administration", "court", "party", "house", "kremlin", "army", "military", "company",
        "corporation", "university", "institute", "organization", "organisation", "union", "association",
        "board", "bureau", "authority", "authorities", "group", "team", "club", "federation", "league", "bank",
        "fund", "foundation", "network", "newspaper", "times", "post", "news", "press", "report", "statement",
        "embassy", "senate", "parliament", "congress", "assembly", "centre", "center", "force", "forces",
        "act", "law", "bill", "constitution", "code", "treaty", "show", "magazine", "channel", "station",
        "guard", "coalition", "alliance", "tribunal", "cabinet", "legislature", "inc", "ltd", "airlines",
        "corp", "llc", "plc", "enterprises", "holdings", "college", "school", "academy", "conservatory", "conservatoire", "brigade", "hospital", "clinic",
    ])

    static let monthsAndDays = WordSet(.monthsAndDays, [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])
}
