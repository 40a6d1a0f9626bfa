/// `X revealed that a reboot is considered. "Jerry and I are talking …"`: the subject of the previous
/// sentence's verb of speech.
enum PreviousSpeech: FallbackRule {
    static let rule = AttributionRule.previousSpeech
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        let frame = c.frame
        guard let event = c.events.last(where: { $0.speech && c.pq.frameOf[$0.position] == frame - 1 }),
              let r = resolver.resolve(event.text(c.pq.tokens)) else { return nil }
        return (r, QuoteExtractor.asWritten(c.pq.tokens[event.words]), c.pq.tokens[event.position].lower)
    }
}
