/// `"…," said X. "We are deeply concerned …"`: the speaker of the paragraph's previous sentence.
enum PreviousSentence: FallbackRule {
    static let rule = AttributionRule.previousSentence
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        let frame = c.frame
        guard let previous = c.resolvedInParagraph.last(where: { c.pq.frameOf[$0.0] == frame - 1 && $0.1 != nil }) else { return nil }
        return (previous.1, previous.2, previous.3)
    }
}
