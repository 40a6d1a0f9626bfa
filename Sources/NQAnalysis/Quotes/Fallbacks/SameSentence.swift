/// Another quotation of the same sentence is attributed: `"…," he said, "…"`.
enum SameSentence: FallbackRule {
    static let rule = AttributionRule.sameSentence
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        let frame = c.frame
        guard let same = c.resolvedInParagraph.last(where: { c.pq.frameOf[$0.0] == frame && $0.1 != nil }) else { return nil }
        return (same.1, same.2, same.3)
    }
}
