/// A paragraph that opens with a quotation, after a paragraph without quotation marks whose last sentence
/// reports someone's speech, is that one's: `In the meantime, the governor also indicated that he will
/// fast-track the report. ¶ "The remit of the Commission of Inquiry focused on governance …"` (not after a
/// sentence that reports no speech: `The storm passed. ¶ "It was total chaos."`). Only a paragraph that is
/// the quotation and nothing more (`"…," said a dispatcher` names its own), and not after "I", "you" or
/// "we" (`What do you call a deer with no eyes? ¶ "No eye-deer."`).
enum ReportedSpeech: FallbackRule {
    static let rule = AttributionRule.reportedSpeech
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        guard c.pq.tokens.first?.kind == .quoteMark, c.item.span.open == 0, let (words, verb) = c.reportedBefore,
              !(words.count == 1 && ["i", "you", "we"].contains(words[0].lowercased())),
              c.pq.tokens.indices.allSatisfy({ c.pq.quoted[$0] || c.pq.tokens[$0].kind != .word }),
              let r = resolver.resolve(words) else { return nil }
        return (r, words.joinedBySpaces(), verb)
    }
}
