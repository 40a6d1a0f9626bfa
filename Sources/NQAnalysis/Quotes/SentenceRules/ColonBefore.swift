/// `X opposed Macron's statement: "…"`: a colon before the quotation hands it to the subject of the
/// clause before the colon (rule `colon`).
enum ColonBefore: SentenceRule {
    static let rules: [AttributionRule] = [.colon]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        let colon = q.span.open - 1
        guard colon >= q.frame.lowerBound, a.tokens[colon].isPunctuation(":"), let s = a.clauseSubject(q.frame.lowerBound..<colon) else { return nil }
        return Attribution(speaker: s, verb: ":", direct: true, rule: .colon)
    }
}
