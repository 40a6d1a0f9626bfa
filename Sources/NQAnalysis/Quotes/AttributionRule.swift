/// The rule that gave a quotation its speaker: a quote's `rule` field, so that a user can see why a
/// quote is attributed as it is (`find quotes where rule = "previous-sentence"`). In the order they are
/// tried: the attribution in the quotation's own sentence first (`Attributor`), then, for a quotation
/// without one, the speakers around it (`QuoteExtractor`).
public enum AttributionRule: String, Sendable, CaseIterable {
    // In the quotation's own sentence.
    /// `"…," Lavrov said`, `"…," said Lavrov`.
    case verbAfter = "verb-after"
    /// `Lavrov said: "…"`, `Lavrov told reporters that Moscow needs "…"`.
    case verbBefore = "verb-before"
    /// `"We stand ready" tweeted Johnson "to provide …"`: inverted between two quotations.
    case verbBetween = "verb-between"
    /// `a "diplomatic off-ramp" to the crisis, a US official said`.
    case verbLater = "verb-later"
    /// `"This is the end of an era." – Helen Clark`: a name after a dash that ends the sentence.
    case dashAfter = "dash-after"
    /// `…, saying "…"`: the participle takes the speaker of its clause.
    case participle = "participle"
    /// `Politico quoted Tim Manning as saying "…"`: the one quoted.
    case quotedAs = "quoted-as"
    /// `was described by the Daily Post as "…"`.
    case passive = "passive"
    /// `according to X`.
    case accordingTo = "according-to"
    /// `X opposed Macron's statement: "…"`: a colon hands the quotation to the clause's subject.
    case colon = "colon"
    /// `a memo posted online by Senator Juan Dalmau`: the document's author.
    case byAuthor = "by-author"
    /// `The opinion of the Court … read "…"`: the document speaks for its owner.
    case documentOwner = "document-owner"
    /// `"…," reads the report.` after `The study was conducted by X`: a document without an owner of
    /// its own is the last one the article said who made.
    case earlierDocument = "earlier-document"
    // Around a quotation without an attribution of its own.
    /// Another quotation of the same sentence is attributed: `"…," he said, "…"`.
    case sameSentence = "same-sentence"
    /// `A: "…"`: an interview's answer is the one interviewed.
    case interviewAnswer = "interview-answer"
    /// A paragraph that opens with a quotation goes on with the speaker of the one before.
    case continuesParagraph = "continues-paragraph"
    /// `The governor also indicated that he will publish the report. ¶ "The remit of the inquiry …"`: a
    /// paragraph that is a quotation after one of reported speech without quotation marks is its speaker's.
    case reportedSpeech = "reported-speech"
    /// `"…," said X. "We are deeply concerned …"`: the previous sentence's speaker.
    case previousSentence = "previous-sentence"
    /// `X revealed that a reboot is considered. "Jerry and I are talking …"`: the previous sentence's verb of speech.
    case previousSpeech = "previous-speech"
    /// `She typically chooses "to portray …"`: the subject of the writer's sentence.
    case sentenceSubject = "sentence-subject"
    /// `X's lawyer, Jane Doe, had a short statement. "It is impossible …"`: the person the sentence before is about.
    case previousSubject = "previous-subject"
    /// The nearest attributed quotation of the paragraph.
    case nearestQuote = "nearest-quote"
    /// The last speaker of the paragraph.
    case paragraphSpeaker = "paragraph-speaker"
    /// The speaker of the paragraph before, for a quotation of four words or more.
    case lastSpeaker = "last-speaker"
    // After the article's quotations are attributed.
    /// A quotation left open at its paragraph's end goes on in the next, whose own attribution names its
    /// speaker: `"The situation is dire. ¶ "Every day we wait," said Dr. Ahmed Khan`.
    case nextParagraph = "next-paragraph"
    /// A quotation of the lede whose speaker is one person described ("The chief executive of Barclays warned …")
    /// is the full name that opens the second paragraph ("C.S. Venkatakrishnan, known …, told analysts").
    case namedNext = "named-next"
}
