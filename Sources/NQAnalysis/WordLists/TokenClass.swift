/// The word lists asked of every token (their words are in WordListData, under the class's name).
/// Each has a bit in `TextToken.classes`, set once when the token is made (one look-up of its
/// lower-case form), so that asking whether a token is a verb of speech, a preposition or a title is a
/// bit test, however often the rules ask. (At most 64: a test says so.)
enum TokenClass: Int, CaseIterable {
    case connectors, placeWords, sentenceWords, adjectivalRoles, placePrepositions, otherWords, contrastWords, pronounClauseJoiners, adverbsNotBe, leadingConnectives, namingVerbs, possessivePronouns, quotingVerbs, quotingVerbsFinite, quoteVerbs, introducingWords, verbPrepositions, clauseJoiners, relativePronouns, speechVerbs, nounLike, quantities, beForms, documents, adverbs, pronouns, subjectPronouns, determiners, prepositions, clauseBreaks, roleWords, organisationWords, monthsAndDays, reportingCues, abbreviations, smallWords, mentionCues, namingCues, institutionWords, particles, institutionNouns

    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The list's name in WordListData: the section whose name ends in this class's.
    var listName: String { Self.listNames[rawValue] }

    /// The names, by class (each class's list is the one section of WordListData of that name).
    static let listNames: [String] = allCases.map { c in
        let names = WordLists.sections.keys.filter { $0.hasSuffix(".\(c)") }
        guard names.count == 1 else { preconditionFailure("token class \(c): \(names.count) word lists of that name") }
        return names[0]
    }

    /// The list with this class's bit.
    var set: WordSet { WordLists.set(self) }

    /// The word lists each one-byte ASCII mark is in ("&" is a connector).
    static let asciiMarks: [UInt64] = (0..<128).map { (c: Int) -> UInt64 in
        var byte = UInt8(c)
        return withUnsafePointer(to: &byte) { table.value(UnsafeBufferPointer(start: $0, count: 1)) } ?? 0
    }

    /// Every word of every list is ASCII (so no non-ASCII word is in one).
    static let asciiOnly = allCases.allSatisfy { WordLists.words($0.listName).allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } }

    /// Lower-case word → the bits of the lists it is in.
    static let table: ByteTable<UInt64> = {
        var bits: [String: UInt64] = [:]
        var order: [String] = []
        for c in allCases {
            for w in WordSet(WordLists.words(c.listName)).words {
                if bits[w] == nil { order.append(w) }
                bits[w, default: 0] |= c.bit
            }
        }
        var table = ByteTable<UInt64>()
        for w in order { table.insert(w, bits[w]!) }
        return table
    }()
}
