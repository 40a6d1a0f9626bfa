/// A word as the speaker rules read it: a token of a paragraph (answered from its word-list bits and
/// bytes, no string made) or a string (a speaker as written, or words a possessive or a contraction
/// changed). `SpeakerResolver`'s rules on names — where the titles end and the name starts, whether a
/// phrase is a person's name, which full name a surname stands for — are written once over this.
protocol SpeakerWord {
    var text: String { get }
    /// In lower case.
    var lowerForm: String { get }
    /// A full name's key: in lower case, without a possessive.
    var nameKey: String { get }
    /// Starts with a capital.
    var startsUpper: Bool { get }
    /// In the token list `c` (in lower case).
    func isIn(_ c: TokenClass) -> Bool
    /// In the list `set` (in lower case).
    func isIn(_ set: WordSet) -> Bool
    /// Two to four capital letters ("IM", "MEP"): a title in capitals.
    var isShortCapitals: Bool { get }
    var hasSmallLetter: Bool { get }
    /// An adverb, determiner, preposition, conjunction, pronoun, month or day: no word of a name.
    var isFunctionWord: Bool { get }
    /// A name's particle in small letters ("de", "von", "bin").
    var isParticle: Bool { get }
    /// A given name of the gazetteer.
    var isGivenName: Bool { get }
    var characterCount: Int { get }
    /// The words joined by spaces, as written.
    static func joined(_ words: ArraySlice<Self>) -> String
}

extension TextToken: SpeakerWord {
    var lowerForm: String { lower }
    var nameKey: String { hasApostrophe || hasHyphen || !isASCII ? SpeakerResolver.key(text) : lower }
    var startsUpper: Bool { SpeakerResolver.startsUpper(self) }
    func isIn(_ set: WordSet) -> Bool { set.contains(lowercasing: bytes) }
    var isShortCapitals: Bool { SpeakerResolver.isShortCapitals(self) }
    var hasSmallLetter: Bool { SpeakerResolver.hasSmallLetter(self) }
    var isFunctionWord: Bool { SpeakerResolver.isFunctionWord(self) }
    var isParticle: Bool { SpeakerResolver.isParticle(self) }
    var isGivenName: Bool { Gazetteer.shared.givenNames.contains(bytes) }
    static func joined(_ words: ArraySlice<TextToken>) -> String { SpeakerResolver.text(of: words) }
}

extension String: SpeakerWord {
    var text: String { self }
    var lowerForm: String { SpeakerResolver.lowercase(self) }
    var nameKey: String { SpeakerResolver.key(self) }
    var startsUpper: Bool { SpeakerResolver.startsUpper(self) }
    func isIn(_ c: TokenClass) -> Bool { (TokenClass.table.value(self, lowercasing: true) ?? 0) & c.bit != 0 }
    func isIn(_ set: WordSet) -> Bool { set.contains(lowercasing: self) }
    var isShortCapitals: Bool { SpeakerResolver.isShortCapitals(self) }
    var hasSmallLetter: Bool { SpeakerResolver.hasSmallLetter(self) }
    var isFunctionWord: Bool { SpeakerResolver.isFunctionWord(self) }
    var isParticle: Bool { SpeakerResolver.particles.contains(self) }
    var isGivenName: Bool { Gazetteer.shared.givenNames.contains(self) }
    var characterCount: Int { count }
    static func joined(_ words: ArraySlice<String>) -> String { words.joinedBySpaces() }
}
