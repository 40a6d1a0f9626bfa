/// The speaker of the nearest attributed quotation of the paragraph.
enum NearestQuote: FallbackRule {
    static let rule = AttributionRule.nearestQuote
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        guard let near = QuoteExtractor.nearestAttributed(c.item.span, in: c.found, pq: c.pq) else { return nil }
        let words = c.pq.tokens[near.speaker].map(\.text)
        return (resolver.resolve(words), QuoteExtractor.asWritten(c.pq.tokens[near.speaker]), near.verb)
    }
}
