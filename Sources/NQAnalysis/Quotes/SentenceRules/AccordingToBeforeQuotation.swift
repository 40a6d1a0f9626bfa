/// A quotation that ends its sentence, with `according to X` before it: `According to the ministry,
/// the talks were "constructive."` (rule `according-to`). Tried before the next sentence is read for a
/// speaker; an `according to` after the quotation waits until it has been (`AccordingTo`).
enum AccordingToBeforeQuotation: SentenceRule {
    static let rules: [AttributionRule] = [.accordingTo]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        guard q.endsFrame, let found = a.accordingTo(q.frame), found.speaker.upperBound <= q.span.open else { return nil }
        return found
    }
}
