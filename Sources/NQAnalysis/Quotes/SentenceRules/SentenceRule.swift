/// A quotation in its sentence (frame): its marks, the frame's tokens, and the next frame when the
/// quotation ends its own (`"… in two days!" Macron told the world`).
struct SentenceQuote {
    let span: QuoteSpan
    let frame: Range<Int>
    let next: Range<Int>?

    /// The closing mark is the frame's last token.
    var endsFrame: Bool { span.close.map { $0 + 1 == frame.upperBound } ?? false }
}

/// A rule that finds a quotation's speaker in its own sentence. The first rule of
/// `SentenceRules.order` that finds one decides; a quotation none decides goes to the fallback rules
/// (`Fallbacks/`).
protocol SentenceRule: Sendable {
    /// The rules (as a quote's `rule` field shows them) that this one may give.
    static var rules: [AttributionRule] { get }
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution?
}

enum SentenceRules {
    /// The rules in the order they are tried. A quotation inside its sentence is attributed after it
    /// first, then before it, then later in the sentence; one that ends its sentence is attributed
    /// before it (a verb of speech, then "according to"), then by the start of the next sentence.
    static let order: [any SentenceRule.Type] = [
        AfterQuotation.self, SpeechVerbBefore.self, AccordingToBeforeQuotation.self, AfterInNextSentence.self,
        SpeechVerbLater.self, AccordingTo.self, ColonBefore.self,
    ]

    /// The first rule's attribution.
    static func attribute(_ q: SentenceQuote, _ a: Attributor) -> Attribution? {
        for r in order {
            if let found = r.attribute(q, a) { return found }
        }
        return nil
    }
}
