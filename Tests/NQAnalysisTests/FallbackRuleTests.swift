import NQCorpus
import Testing
@testable import NQAnalysis

/// The rules for a quotation without an attribution of its own (`Fallbacks/`), each with an example it
/// decides and one it leaves to another rule (or to none).
@Suite("Fallback rules")
struct FallbackRuleTests {
    /// The rule and speaker of the quote whose words are `text` in a one-article text.
    func ruleAndSpeaker(of text: String, in body: String) throws -> (rule: String?, speaker: String?) {
        let raw = RawDocument(title: "T", blocks: TextBlocks.split(body).map { RawBlock($0) }, path: "t.txt")
        let a = ArticleBuilder.build(raw)
        let q = try #require(a.quotes.first { a.article.slice($0.range) == text }, "no quote \(text) in \(a.quotes.map { a.article.slice($0.range) })")
        return (q.rule, q.speaker)
    }

    @Test("The order of the rules is the documented one, and every rule is a fallback rule of AttributionRule")
    func order() {
        #expect(FallbackRules.order.map { $0.rule.rawValue } == [
            "same-sentence", "interview-answer", "continues-paragraph", "reported-speech", "previous-sentence", "previous-speech", "earlier-document",
            "sentence-subject", "previous-subject", "nearest-quote", "paragraph-speaker", "last-speaker",
        ])
    }

    @Test("Each rule: an example it decides, and one it does not", arguments: [
        // same-sentence: another quotation of the sentence is attributed.
        ("Alberto Fernández spoke on Sunday. Saying \"there are many abortions despite the criminal threat\", President Fernández elaborated, \"A state that is present must protect citizens.\"",
         "A state that is present must protect citizens.", "same-sentence", "Alberto Fernández"),
        ("Jane Smith spoke first. \"We will win,\" she said. \"And soon, very soon.\"", "And soon, very soon.", "previous-sentence", "Jane Smith"),
        // interview-answer: an answer's label opens the paragraph; the last person named before.
        ("Dr. Lena Hoffmann warned of the crash. We asked her what comes next.\n\nQ: Are we heading for a recession?\n\nA: \"I think the risk is higher than most people admit.\"",
         "I think the risk is higher than most people admit.", "interview-answer", "Lena Hoffmann"),
        ("Dr. Lena Hoffmann warned of the crash.\n\nA reporter asked: \"Is the risk higher than most people admit?\"",
         "Is the risk higher than most people admit?", "verb-before", "reporter"),  // ("A" is the article here)
        // continues-paragraph: a paragraph that opens with a quotation after one with a speaker.
        ("\"We had 400 calls in the first hour,\" said fire chief Dan Morris.\n\n\"It was total chaos for us.\"", "It was total chaos for us.",
         "continues-paragraph", "Dan Morris"),
        ("\"We had 400 calls in the first hour,\" said fire chief Dan Morris.\n\nThe storm passed.\n\n\"It was total chaos for us.\"",
         "It was total chaos for us.", nil, nil),
        // (one paragraph without quotation marks after a quotation left open)
        ("Tanaiste Leo Varadkar explained: \"They were proposing something called a circuit break.\n\nIn short, it would see all but essential workplaces closed.\n\n\"We asked for comfort that four weeks would be enough.\"",
         "We asked for comfort that four weeks would be enough.", "continues-paragraph", "Leo Varadkar"),
        // (an interview's questions between the answers)
        ("\"I lost my job in 2015,\" Amira Haddad said.\n\nWhat is the hardest part?\n\n\"Saying no to people in the line.\"",
         "Saying no to people in the line.", "continues-paragraph", "Amira Haddad"),
        // reported-speech: a paragraph that is only a quotation, after one without quotation marks whose last
        // sentence reports someone's speech.
        ("Governor John Rankin spoke on Monday.\n\nIn the meantime, the governor also indicated that he will fast-track the report.\n\n\"The remit of the inquiry focused on governance.\"",
         "The remit of the inquiry focused on governance.", "reported-speech", "John Rankin"),
        ("Things have gotten so dire that hospitals are short of thread, said Dr. Marwan Al-Hams, director of the hospital.\n\n\"It is not enough for one day in a hospital.\"",
         "It is not enough for one day in a hospital.", "reported-speech", "Marwan Al-Hams"),
        // (not when the paragraph names its own speaker, nor after "you")
        ("Police said officers followed the car.\n\n\"Complainant calling about a suspicious incident,\" said a dispatcher on the scanner.",
         "Complainant calling about a suspicious incident,", "verb-after", "dispatcher"),
        ("Jane Smith told a joke. What do you call a deer with no eyes?\n\n\"No idea at all, really.\"", "No idea at all, really.", nil, nil),
        // previous-sentence: the speaker of the sentence before, in the paragraph.
        ("\"The talks were useful,\" said Sergei Lavrov. \"We will meet again next week.\"", "We will meet again next week.", "previous-sentence", "Sergei Lavrov"),
        // previous-speech: the previous sentence's verb of speech, without a quotation of its own.
        ("Jane Smith revealed that a sequel is planned. \"We are talking about it every day.\"", "We are talking about it every day.",
         "previous-speech", "Jane Smith"),
        // (a sentence without a verb of speech: the person it is about, the next rule's)
        ("Jane Smith walked out of the meeting. \"We are talking about it every day.\"", "We are talking about it every day.",
         "previous-subject", "Jane Smith"),
        // earlier-document: a document without an owner, the sentence's subject, speaks for the last maker named.
        ("The study was conducted by the Centre for Health Metrics. The study accounts for air traffic to construe a \"total of 1,723 cases\" in Wuhan.",
         "total of 1,723 cases", "earlier-document", "Centre for Health Metrics"),
        ("The study accounts for air traffic to construe a \"total of 1,723 cases\" in Wuhan.", "total of 1,723 cases", nil, nil),
        // sentence-subject: a person who is the writer's sentence's subject, for four words or more.
        ("Jane Smith typically chooses \"to portray women in power\" in her films.", "to portray women in power", "sentence-subject", "Jane Smith"),
        ("The festival typically chooses \"films about women in power\" for its opening.", "films about women in power", nil, nil),
        // previous-subject: a person the writer's sentence before is about, for a quotation that is a sentence.
        ("\"We will appeal,\" said lawyer Jim Dunham.\n\nThe seller's lawyer, Jeremy Robinson, had a shorter statement. \"It is impossible to overstate this ruling.\"",
         "It is impossible to overstate this ruling.", "previous-subject", "Jeremy Robinson"),
        ("Dan, a first-year student, has just returned home. He was lonely. \"I was living in a flat with five others.\"",
         "I was living in a flat with five others.", "previous-subject", "Dan"),
        // (not after a subject that is no person: the nearest quotation's speaker)
        ("\"We will appeal,\" said lawyer Jim Dunham. The plan was approved by the board in March. \"It will change how sellers work.\"",
         "It will change how sellers work.", "nearest-quote", "Jim Dunham"),
        ("Akram Pasha looked for work.\n\nThey would keep me one day. \"Since you are an outsider, we are scared of you.\"",
         "Since you are an outsider, we are scared of you.", nil, nil),
        // nearest-quote: the nearest attributed quotation of the paragraph.
        ("The crews were \"working through the night again\". \"We had 400 calls,\" said fire chief Dan Morris.",
         "working through the night again", "nearest-quote", "Dan Morris"),
        // paragraph-speaker: the paragraph's last speaker, when no quotation near is attributed.
        ("\"We had 400 calls,\" said fire chief Dan Morris.\n\n\"It was total chaos for us.\" The storm passed. The crews were \"working through the night again\".",
         "working through the night again", "paragraph-speaker", "Dan Morris"),
        // last-speaker: the last quotation's speaker, in the paragraph before, for four words or more.
        ("\"We had 400 calls,\" said fire chief Dan Morris.\n\nThe crews were \"working through the night again\".",
         "working through the night again", "last-speaker", "Dan Morris"),
        ("\"We had 400 calls,\" said fire chief Dan Morris.\n\nThe storm passed.\n\nThe crews were \"working through the night again\".",
         "working through the night again", nil, nil),
    ] as [(String, String, String?, String?)])
    func rules(_ body: String, _ text: String, _ rule: String?, _ speaker: String?) throws {
        let found = try ruleAndSpeaker(of: text, in: body)
        #expect(found.rule == rule)
        #expect(found.speaker == speaker)
    }
}
