import NQSupport
/// What a name or a title says of a person's gender, for "he" and "she": a given name most often borne
/// by women or by men ("Sarah Jones", "Tom Reyes"), or a title or a word for a relation that says it
/// ("spokeswoman", "Mr", "her husband"). Only a clear cue counts; everything else says nothing, so a
/// pronoun is never kept from an antecedent on a guess. Words are data, written by hand; names borne
/// by women and men alike in some language (Andrea, Jean, Nicola, Kim, Robin, Sam …) are in neither
/// list.
enum GenderCues {
    enum Gender { case female, male }

    static let femaleNames = WordLists.set("GenderCues.femaleNames")

    static let maleNames = WordLists.set("GenderCues.maleNames")

    /// A given name in either list, as written ("Charlotte", which the gazetteer's given names leave to
    /// the city).
    static func isGivenName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { femaleNames.contains(bytes) || maleNames.contains(bytes) }

    /// Titles and words for relations, in lower case.
    static let femaleWords = WordLists.set("GenderCues.femaleWords")
    static let maleWords = WordLists.set("GenderCues.maleWords")

    /// The gender a resolved speaker's name or role says, if any (its first name, or a title or a
    /// relation among the words of its role or of a description).
    static func gender(of speaker: String, role: String?) -> Gender? {
        let words = speaker.spaceSeparated()
        if let first = words.first {
            let f = String(first)
            if femaleNames.contains(f) { return .female }
            if maleNames.contains(f) { return .male }
        }
        for w in (role.map { $0.spaceSeparated() } ?? []) + words {
            if contains(femaleWords, lowercasing: w) { return .female }
            if contains(maleWords, lowercasing: w) { return .male }
        }
        return nil
    }

    /// Whether the word in lower case is in the list (folded on its bytes when it is ASCII).
    private static func contains(_ list: WordSet, lowercasing w: Substring) -> Bool {
        if w.utf8.allSatisfy({ $0 < 0x80 }), let found = w.utf8.withContiguousStorageIfAvailable({ list.contains(lowercasing: $0) }) {
            return found
        }
        return list.contains(w.lowercased())
    }
}
