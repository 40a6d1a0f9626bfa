/// A paragraph that opens with a quotation goes on with the speaker of the one before, when the one
/// before ended inside a quotation or held the last quotation — or when only an interview's questions
/// stand between ("What is the hardest part?"), or one paragraph without quotation marks after a
/// quotation left open (`Varadkar explained: "They were proposing … ¶ In short, … ¶ "We asked …"`).
enum ContinuesParagraph: FallbackRule {
    static let rule = AttributionRule.continuesParagraph
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        guard c.pq.tokens.first?.kind == .quoteMark,
              c.previousParagraphOpen || c.lastQuoteParagraph == c.paragraph - 1 || c.onlyQuestionsSinceQuote || c.openThenPlain,
              let last = c.lastSpeaker else { return nil }
        return last
    }
}
