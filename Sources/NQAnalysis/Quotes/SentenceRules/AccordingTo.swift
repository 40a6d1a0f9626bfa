/// `according to X` anywhere in the quotation's sentence (rule `according-to`); "According to its
/// press release, the NBA …" gives the clause's subject.
enum AccordingTo: SentenceRule {
    static let rules: [AttributionRule] = [.accordingTo]
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        a.accordingTo(q.frame)
    }
}

extension Attributor {
    func accordingTo(_ frame: Range<Int>) -> Attribution? {
        var i = frame.lowerBound
        while i + 1 < frame.upperBound {
            if !quoted[i], tokens[i].isWord("according"), tokens[i + 1].isWord("to"),
               let np = nounPhraseAfter(i + 2, frame: frame) {
                // "According to its press release, the NBA was …": the owner is the clause's subject.
                if tokens[i + 2].isIn(.possessivePronouns),
                   let comma = (np.upperBound..<frame.upperBound).first(where: { tokens[$0].isPunctuation(",") }),
                   let s = clauseSubject((comma + 1)..<frame.upperBound) {
                    return Attribution(speaker: s, verb: "according to", direct: false, rule: .accordingTo)
                }
                return Attribution(speaker: np, verb: "according to", direct: false, rule: .accordingTo)
            }
            i += 1
        }
        return nil
    }
}
