/// The word lists asked of every token. Each has a bit in `TextToken.classes`, set once when the
/// token is made (one look-up of its lower-case form), so that asking whether a token is a verb of
/// speech, a preposition or a title is a bit test, however often the rules ask.
enum TokenClass: Int, CaseIterable {
    case connectors, placeWords, sentenceWords, adjectivalRoles, placePrepositions, otherWords, contrastWords, pronounClauseJoiners, adverbsNotBe, leadingConnectives, namingVerbs, possessivePronouns, quotingVerbs, quotingVerbsFinite, quoteVerbs, introducingWords, verbPrepositions, clauseJoiners, relativePronouns, speechVerbs, nounLike, quantities, beForms, documents, adverbs, pronouns, subjectPronouns, determiners, prepositions, clauseBreaks, roleWords, organisationWords, monthsAndDays, reportingCues, abbreviations, smallWords, mentionCues, namingCues, institutionWords, particles

    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The list with this class's bit (each list is made with its class: `WordSet(.roleWords, [...])`).
    var set: WordSet {
        switch self {
        case .connectors: EntityRecognizer.connectors
        case .placeWords: EntityRecognizer.placeWords
        case .sentenceWords: EntityRecognizer.sentenceWords
        case .adjectivalRoles: EntityRecognizer.adjectivalRoles
        case .placePrepositions: EntityRecognizer.placePrepositions
        case .otherWords: EntityRecognizer.otherWords
        case .contrastWords: Attributor.contrastWords
        case .pronounClauseJoiners: Attributor.pronounClauseJoiners
        case .adverbsNotBe: Attributor.adverbsNotBe
        case .leadingConnectives: Attributor.leadingConnectives
        case .namingVerbs: Attributor.namingVerbs
        case .possessivePronouns: Attributor.possessivePronouns
        case .quotingVerbs: Attributor.quotingVerbs
        case .quotingVerbsFinite: Attributor.quotingVerbsFinite
        case .quoteVerbs: Attributor.quoteVerbs
        case .introducingWords: Attributor.introducingWords
        case .verbPrepositions: Attributor.verbPrepositions
        case .clauseJoiners: Attributor.clauseJoiners
        case .relativePronouns: Attributor.relativePronouns
        case .speechVerbs: Lexicon.speechVerbs
        case .nounLike: Lexicon.nounLike
        case .quantities: Lexicon.quantities
        case .beForms: Lexicon.beForms
        case .documents: Lexicon.documents
        case .adverbs: Lexicon.adverbs
        case .pronouns: Lexicon.pronouns
        case .subjectPronouns: Lexicon.subjectPronouns
        case .determiners: Lexicon.determiners
        case .prepositions: Lexicon.prepositions
        case .clauseBreaks: Lexicon.clauseBreaks
        case .roleWords: Lexicon.roleWords
        case .organisationWords: Lexicon.organisationWords
        case .monthsAndDays: Lexicon.monthsAndDays
        case .reportingCues: QuoteFilter.reportingCues
        case .abbreviations: QuoteFilter.abbreviations
        case .smallWords: QuoteFilter.smallWords
        case .mentionCues: QuoteFilter.mentionCues
        case .namingCues: QuoteFilter.namingCues
        case .institutionWords: EntityRecognizer.institutionWords
        case .particles: SpeakerResolver.particles
        }
    }

    /// The word lists each one-byte ASCII mark is in ("&" is a connector).
    static let asciiMarks: [UInt64] = (0..<128).map { (c: Int) -> UInt64 in
        var byte = UInt8(c)
        return withUnsafePointer(to: &byte) { table.value(UnsafeBufferPointer(start: $0, count: 1)) } ?? 0
    }

    /// Every word of every list is ASCII (so no non-ASCII word is in one).
    static let asciiOnly = allCases.allSatisfy { $0.set.words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } }

    /// Lower-case word → the bits of the lists it is in.
    static let table: ByteTable<UInt64> = {
        var bits: [String: UInt64] = [:]
        var order: [String] = []
        for c in allCases {
            for w in c.set.words {
                if bits[w] == nil { order.append(w) }
                bits[w, default: 0] |= c.bit
            }
        }
        var table = ByteTable<UInt64>()
        for w in order { table.insert(w, bits[w]!) }
        return table
    }()
}
