/// `The study accounts for … a "total of 1,723 cases"`: a document without an owner of its own, the
/// subject of the writer's sentence, speaks for the last maker of one the article named (rule
/// `earlier-document`, as for a document that is a verb's subject).
enum EarlierDocumentSubject: FallbackRule {
    static let rule = AttributionRule.earlierDocument
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        let frame = c.frame, open = c.item.span.open
        guard let subject = c.events.first(where: { !$0.speech && c.pq.frameOf[$0.position] == frame && $0.position < open }),
              c.wordCount >= 4, QuoteExtractor.isAnonymousDocument(subject.words, c.pq.tokens), let author = c.documentAuthor,
              let r = resolver.resolve(author) else { return nil }
        return (r, author.joinedBySpaces(), nil)
    }
}
