import NQCorpus
import Testing
@testable import NQAnalysis

/// The rules that find a quotation's speaker in its own sentence (`SentenceRules/`): their order, and
/// for each rule a table of sentences it decides (with the speaker it finds) and sentences it leaves
/// to another rule or to none.
@Suite("Sentence rules")
struct SentenceRuleTests {
    /// What `rule` finds for the first quotation of the one-paragraph `text`: the speaker's words and
    /// the rule it reports, or nil.
    static func run(_ rule: any SentenceRule.Type, on text: String) -> (speaker: String, rule: String)? {
        var text = text
        return text.withUTF8 { b -> (String, String)? in
            let pq = ParagraphQuotes(tokens: TextTokenizer.tokens(b, 0..<b.count))
            guard let span = pq.spans.first else { return nil }
            let f = pq.frameOf[span.open]
            let q = SentenceQuote(span: span, frame: pq.frames[f], next: f + 1 < pq.frames.count ? pq.frames[f + 1] : nil)
            guard let a = rule.attribute(q, Attributor(tokens: pq.tokens, quoted: pq.quoted)) else { return nil }
            return (pq.tokens[a.speaker].map(\.text).joined(separator: " "), a.rule.rawValue)
        }
    }

    @Test("The rules are tried in the documented order, and together give every in-sentence rule name")
    func order() {
        #expect(SentenceRules.order.map { "\($0)" } == [
            "AfterQuotation", "SpeechVerbBefore", "AccordingToBeforeQuotation", "AfterInNextSentence",
            "SpeechVerbLater", "AccordingTo", "ColonBefore",
        ])
        let given = Set(SentenceRules.order.flatMap { $0.rules })
        let fallbacks = Set(FallbackRules.order.map { $0.rule })
        // Every rule name is given by a sentence rule, a fallback rule, the document-owner step or the
        // last passes (a quotation going on in the next paragraph; the lede's description named next).
        #expect(Set(AttributionRule.allCases).subtracting(given).subtracting(fallbacks) == [.documentOwner, .nextParagraph, .namedNext])
    }

    /// (rule, sentence, speaker and rule name it gives, or nil where it leaves the sentence alone).
    static let examples: [(any SentenceRule.Type, String, String?, String?)] = [
        // AfterQuotation: right after the closing mark, in the same sentence.
        (AfterQuotation.self, "\"We will not back down,\" Lavrov said on Monday.", "Lavrov", "verb-after"),
        (AfterQuotation.self, "\"We will not back down,\" said Deputy Minister Sergei Ryabkov.", "Deputy Minister Sergei Ryabkov", "verb-after"),
        (AfterQuotation.self, "\"We will not back down,\" Jane Smith, a spokeswoman, said.", "Jane Smith", "verb-after"),
        (AfterQuotation.self, "\"We will not back down,\" said the minister, Ali Khan.", "Ali Khan", "verb-after"),
        (AfterQuotation.self, "\"This is the end of an era\" – Helen Clark", "Helen Clark", "dash-after"),
        (AfterQuotation.self, "\"Leave tonight,\" county emergency manager Greg Olsen said.", "county emergency manager Greg Olsen", "verb-after"),
        (AfterQuotation.self, "Police held eight for \"spreading rumors,\" including doctor Li Wenliang, who tried to warn people.", nil, nil),
        (AfterQuotation.self, "\"We will not back down,\" warning the US of a response.", nil, nil),
        (AfterQuotation.self, "\"We will not back down.\" Lavrov said.", nil, nil),  // ends its sentence
        (AfterQuotation.self, "Lavrov said: \"We will not back down.\"", nil, nil),
        // (words in small letters after it go on with the verb before: that rule's speaker)
        (AfterQuotation.self, "Kim said North Korea would \"never give up\" its weapons, state media reported.", "Kim", "verb-before"),
        // SpeechVerbBefore: the last verb of speech before the quotation.
        (SpeechVerbBefore.self, "Lavrov said: \"We will not back down.\"", "Lavrov", "verb-before"),
        (SpeechVerbBefore.self, "Lavrov told Blinken that Moscow needs \"guarantees\" now.", "Lavrov", "verb-before"),
        (SpeechVerbBefore.self, "The paper quoted Tim Manning as \"deeply worried.\"", "Tim Manning", "quoted-as"),
        (SpeechVerbBefore.self, "Politico quoted Tim Manning as saying \"we are ready.\"", "Tim Manning", "participle"),
        (SpeechVerbBefore.self, "The claim came in a memo posted by Senator Juan Dalmau: \"The vote is void.\"", "Senator Juan Dalmau", "by-author"),
        (SpeechVerbBefore.self, "The plan was described by the Daily Post as \"a disaster.\"", "the Daily Post", "passive"),
        (SpeechVerbBefore.self, "\"We stand ready\" tweeted Johnson \"to provide support.\"", nil, nil),  // (the first quotation: the verb is after it)
        (SpeechVerbBefore.self, "The mayor spoke for an hour, saying \"we rebuild.\"", "The mayor", "participle"),
        (SpeechVerbBefore.self, "His trial began in 1924, with the prosecution describing him as \"the soul of the undertaking.\"", "the prosecution", "participle"),
        // ("who" is the one named right before it, past a description in apposition)
        (SpeechVerbBefore.self, "The warning came from Dr. Ruth Ng, the county's chief medical officer, who said: \"Act now.\"", "Dr . Ruth Ng", "verb-before"),
        (SpeechVerbBefore.self, "It was led by Mark Hay, a marine ecologist at GT, who said \"the fish matter.\"", "Mark Hay", "verb-before"),
        (SpeechVerbBefore.self, "Another was tour manager Thomas Gray, 24, who cited rugby: \"one in, all in.\"", "Thomas Gray", "verb-before"),
        // (a relative clause between commas is stepped over when a verb of speech stands before it)
        (SpeechVerbBefore.self, "Amal Yusuf said that the plan, which has been criticised by unions, \"cannot be delayed.\"", "Amal Yusuf", "verb-before"),
        (SpeechVerbBefore.self, "The plan was described as \"a disaster.\"", nil, nil),  // a passive without its agent
        (SpeechVerbBefore.self, "They went to an event called \"Storm Area 51\" in July.", nil, nil),  // naming, no speech
        (SpeechVerbBefore.self, "The crowd waved banners reading \"No war\" on Monday.", nil, nil),
        // AccordingToBeforeQuotation: a quotation that ends its sentence, "according to" before it.
        (AccordingToBeforeQuotation.self, "According to the ministry, the talks were \"constructive.\"", "the ministry", "according-to"),
        (AccordingToBeforeQuotation.self, "The talks were \"constructive,\" according to the ministry.", nil, nil),
        // AfterInNextSentence: a quotation that ends its sentence, attributed by the next.
        (AfterInNextSentence.self, "\"We will be there in two days!\" Macron told the world.", "Macron", "verb-after"),
        (AfterInNextSentence.self, "\"We will be there in two days!\" The crowd cheered.", nil, nil),
        // SpeechVerbLater: a verb of speech later in the sentence, its subject after the quotation.
        (SpeechVerbLater.self, "It offered a \"diplomatic off-ramp\" to the crisis, a US official said.", "a US official", "verb-later"),
        (SpeechVerbLater.self, "It offered a \"diplomatic off-ramp\" to the crisis, which the talks needed.", nil, nil),
        (SpeechVerbLater.self, "\"Ridiculous\" is how Smith described it.", "Smith", "verb-later"),
        // (a quotation right before the noun it describes, whose relative clause has the verb: no speaker)
        (SpeechVerbLater.self, "I did \"hotspot\" analysis which had previously pointed out many changes.", nil, nil),
        (SpeechVerbLater.self, "Four ships are searching. \"We will continue searching until we find it,\" 1st Fleet Command's Navy Information Agency head Arba Agung told The Jakarta Post, which also reported the ship's position.",
         "1st Fleet Command's Navy Information Agency head Arba Agung", "verb-later"),
        (AccordingTo.self, "As one analyst put it, the plan is \"a disaster waiting to happen.\"", "one analyst", "according-to"),
        // AccordingTo: "according to" anywhere in the sentence.
        (AccordingTo.self, "The talks were \"constructive,\" according to the ministry.", "the ministry", "according-to"),
        (AccordingTo.self, "According to its press release, the NBA is \"committed to the season.\"", "the NBA", "according-to"),
        // (a document's maker after it: "a tweet … by X", "a joint statement from X")
        (AccordingTo.self, "\"The airline transports weapons,\" according to a tweet on Monday by US Secretary of State Mike Pompeo.",
         "US Secretary of State Mike Pompeo", "according-to"),
        (AccordingTo.self, "The talks were \"constructive,\" according to a joint statement from the ministry.", "the ministry", "according-to"),
        (AccordingTo.self, "The talks were \"constructive,\" the ministry wrote.", nil, nil),
        // ColonBefore: the subject of the clause before a colon.
        (ColonBefore.self, "Le Pen opposed Macron's plan: \"It is a betrayal.\"", "Le Pen", "colon"),
        (ColonBefore.self, "Le Pen opposed Macron's plan, \"It is a betrayal.\"", nil, nil),
    ]

    @Test("Each rule: sentences it decides, with their speakers, and sentences it leaves", arguments: examples.indices)
    func rule(_ n: Int) {
        let (rule, sentence, speaker, name) = Self.examples[n]
        let found = Self.run(rule, on: sentence)
        #expect(found?.speaker == speaker, "\(rule) on \(sentence)")
        #expect(found?.rule == name, "\(rule) on \(sentence)")
    }
}
