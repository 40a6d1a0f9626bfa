/// `She typically chooses "to portray …"`: a person who is the subject of the writer's sentence, for a
/// quotation of four words or more.
enum SentenceSubject: FallbackRule {
    static let rule = AttributionRule.sentenceSubject
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        let frame = c.frame, open = c.item.span.open
        guard let subject = c.events.first(where: { !$0.speech && c.pq.frameOf[$0.position] == frame && $0.position < open }),
              c.wordCount >= 4, let r = resolver.resolve(subject.text(c.pq.tokens)), r.isPerson else { return nil }
        return (r, QuoteExtractor.asWritten(c.pq.tokens[subject.words]), nil)
    }
}
