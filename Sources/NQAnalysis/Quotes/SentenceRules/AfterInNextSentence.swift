/// A quotation that ends its sentence, attributed right after it in the next: `"… in two days!" Macron
/// told the world` (rules `verb-after`, `dash-after`, as `AfterQuotation` finds them there).
enum AfterInNextSentence: SentenceRule {
    static let rules: [AttributionRule] = [.verbAfter, .dashAfter]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        guard let close = q.span.close, q.endsFrame, let next = q.next else { return nil }
        return a.immediatelyAfter(close, frame: (close + 1)..<next.upperBound)
    }
}
