/// What the rules for a quotation without an attribution of its own may look at: the quotation, the
/// paragraph's quotations and speakers so far, the speech events around it and the article's last
/// speaker. (The speaker resolver is passed beside it: a rule that asks it teaches it, in order.)
struct FallbackContext {
    let item: (span: QuoteSpan, attribution: Attribution?, frame: Range<Int>)
    let pq: ParagraphQuotes
    /// The paragraph's quotations with their attributions, in order.
    let found: [(span: QuoteSpan, attribution: Attribution?, frame: Range<Int>)]
    /// The paragraph's quotations resolved so far: opening mark, speaker, as written, verb.
    let resolvedInParagraph: [(Int, SpeakerResolver.Resolved?, String?, String?)]
    let events: [QuoteExtractor.Event]
    /// The last quotation's speaker, as written and verb, and the paragraph it was in.
    let lastSpeaker: (SpeakerResolver.Resolved?, String?, String?)?
    let lastQuoteParagraph: Int
    let paragraph: Int
    /// The paragraph before ended inside a quotation.
    let previousParagraphOpen: Bool
    /// The last quotation was left open two paragraphs back, and the paragraph between has no
    /// quotation marks (the quotation's own, its opening mark left out, or a line of the writer's).
    let openThenPlain: Bool
    /// The maker of the last document the article named one for.
    let documentAuthor: [String]?
    /// Every paragraph since the last quotation's is a question without a quotation (an interview's).
    let onlyQuestionsSinceQuote: Bool
    /// The paragraph before has no quotation marks and its last sentence reports speech: the subject of
    /// its last verb of speech, and the verb.
    let reportedBefore: (words: [String], verb: String)?

    /// The quotation's frame, by index.
    var frame: Int { pq.frameOf[item.span.open] }
    /// The quotation's words (its content tokens).
    var wordCount: Int { pq.content(item.span).count }
}

/// A speaker found by a rule: the resolved speaker (nil when the rule holds but names no one, as the
/// last quotation's may), how it was written and the verb.
typealias FallbackAnswer = (speaker: SpeakerResolver.Resolved?, asWritten: String?, verb: String?)

/// A rule for a quotation without an attribution of its own. The first rule of `FallbackRules.order`
/// that gives an answer decides.
protocol FallbackRule: Sendable {
    static var rule: AttributionRule { get }
    static func answer(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> FallbackAnswer?
}

enum FallbackRules {
    /// The rules in the order they are tried.
    static let order: [any FallbackRule.Type] = [
        SameSentence.self, InterviewAnswer.self, ContinuesParagraph.self, ReportedSpeech.self, PreviousSentence.self, PreviousSpeech.self, EarlierDocumentSubject.self,
        SentenceSubject.self, PreviousSubject.self, NearestQuote.self, ParagraphSpeaker.self, LastSpeaker.self,
    ]

    /// The first rule's answer, and the rule.
    static func attribute(_ c: FallbackContext, _ resolver: inout SpeakerResolver) -> (FallbackAnswer, AttributionRule)? {
        for r in order {
            if let a = r.answer(c, &resolver) { return (a, r.rule) }
        }
        return nil
    }
}
