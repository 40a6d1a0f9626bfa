/// The last speaker of the paragraph (a quotation resolved before this one, with or without a speaker).
enum ParagraphSpeaker: FallbackRule {
    static let rule = AttributionRule.paragraphSpeaker
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        guard let last = c.resolvedInParagraph.last else { return nil }
        return (last.1, last.2, last.3)
    }
}
