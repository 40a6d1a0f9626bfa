/// The speaker of the last quotation, in this paragraph or the one before, for a quotation of four
/// words or more.
enum LastSpeaker: FallbackRule {
    static let rule = AttributionRule.lastSpeaker
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        guard c.lastQuoteParagraph >= c.paragraph - 1, let last = c.lastSpeaker, c.wordCount >= 4 else { return nil }
        return last
    }
}
