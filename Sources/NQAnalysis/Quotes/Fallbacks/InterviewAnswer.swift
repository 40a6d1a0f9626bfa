/// `A: "I think the risk is higher …"`: a quotation in a paragraph that an answer's label opens is the
/// one interviewed — the last person the article named before it ("Dr. Lena Hoffmann … We asked her what
/// comes next. Q: … A: "…"").
enum InterviewAnswer: FallbackRule {
    static let rule = AttributionRule.interviewAnswer
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer? {
        let t = c.pq.tokens
        guard t.count > 2, t[0].kind == .word, t[0].text == "A", t[1].isPunctuation(":"),
              let person = resolver.history.last(where: { $0.isPerson && SpeakerResolver.startsUpper($0.speaker) }) else { return nil }
        return (person, nil, nil)
    }
}
