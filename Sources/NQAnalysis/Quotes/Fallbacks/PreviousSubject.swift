/// `Bolger's lawyer, Jeremy Robinson, had a more succinct statement. "It is impossible to overstate the
/// magnitude of this ruling."`: a quotation of four words or more that opens its sentence, after a
/// sentence of the writer's in the same paragraph with no quotation and a person for its subject — "he",
/// "she" or a name that opens with a given name — is that person's (not after `The plan was approved in
/// March. "…"`, nor `The home side …`, `They fired me …`, `Mahan has been …`: no person known; a sentence
/// with a verb of speech is `previous-speech`'s).
enum PreviousSubject: FallbackRule {
    static let rule = AttributionRule.previousSubject
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        let frame = c.frame, open = c.item.span.open
        guard frame > 0, c.wordCount >= 4,
              !(0..<open).reversed().prefix(while: { c.pq.frameOf[$0] == frame }).contains(where: { c.pq.tokens[$0].kind == .word }),
              !c.found.contains(where: { c.pq.frameOf[$0.span.open] == frame - 1 }),
              let subject = c.events.first(where: { c.pq.frameOf[$0.position] == frame - 1 }), !subject.speech,
              let r = resolver.resolve(subject.text(c.pq.tokens)), r.isPerson,
              isPronoun(c.pq.tokens[subject.words.lowerBound].text)
                || !Lexicon.pronouns.contains(lowercasing: c.pq.tokens[subject.words.lowerBound].text) && SpeakerResolver.opensWithGivenName(r.speaker) else { return nil }
        return (r, QuoteExtractor.asWritten(c.pq.tokens[subject.words]), nil)
    }
}

private func isPronoun(_ word: String) -> Bool { word == "he" || word == "He" || word == "she" || word == "She" }
