/// A verb of speech later in the sentence with its subject after the quotation: `a "diplomatic
/// off-ramp" to the crisis, a US official said` (rule `verb-later`).
enum SpeechVerbLater: SentenceRule {
    static let rules: [AttributionRule] = [.verbLater]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        guard let close = q.span.close else { return nil }
        return a.laterAfter(close, frame: q.frame)
    }
}

extension Attributor {
    func laterAfter(_ close: Int, frame: Range<Int>) -> Attribution? {
        var v = close + 1
        while v < frame.upperBound {
            if quoted[v] { return nil }
            if isSpeechVerb(v), !tokens[v].lowerHasSuffix("ing"),
               let s = subject(before: v, lowerBound: close + 1), tokens[s.lowerBound - 1].isPunctuation(",") || s.lowerBound == close + 1 {
                return Attribution(speaker: s, verb: tokens[v].lower, direct: false, rule: .verbLater)
            }
            v += 1
        }
        return nil
    }
}
