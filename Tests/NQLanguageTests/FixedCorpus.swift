import NQCorpus
@testable import NQLanguage

/// A small corpus whose records are given here, not found by the analysis: the language tests assert
/// what the language does with records, so a change to the quote or name rules cannot break them.
///
/// Two articles. Every count below can be checked by reading this file.
enum FixedCorpus {
    struct QuoteSpec {
        var text: String
        var speaker: String?
        var written: String? = nil
        var role: String? = nil
        var verb: String? = "said"
    }

    struct MentionSpec {
        var text: String
        var entity: String
        var type: EntityType
    }

    struct ArticleSpec {
        var title: String
        var date: String?
        var source: String? = nil
        var url: String? = nil
        var path: String
        /// Sections: a heading and its paragraphs, each a list of sentences (joined by a space).
        var sections: [(heading: String, paragraphs: [[String]])]
        var quotes: [QuoteSpec] = []
        /// Every occurrence of each text is a mention (longer texts first; overlaps skipped).
        var mentions: [MentionSpec] = []
    }

    static let articles: [ArticleSpec] = [
        ArticleSpec(
            title: "Talks in Geneva", date: "2022-01-20", source: "Wire", url: "https://example.org/geneva",
            path: "fixed/geneva.txt",
            sections: [
                (Section.leadHeading, [
                    ["Sergei Lavrov met Antony Blinken in Geneva.", "NATO was not at the table."],
                    ["\u{201C}We want guarantees,\u{201D} Lavrov said."],
                ]),
                ("Reactions", [
                    ["\u{201C}Talks will go on,\u{201D} said Antony Blinken.", "Officials in Kyiv were wary of NATO."],
                    ["\u{201C}Nothing is agreed,\u{201D} Lavrov added."],
                ]),
            ],
            quotes: [
                QuoteSpec(text: "We want guarantees,", speaker: "Sergei Lavrov", written: "Lavrov", role: "Foreign Minister"),
                QuoteSpec(text: "Talks will go on,", speaker: "Antony Blinken", written: "Antony Blinken", role: "Secretary of State"),
                QuoteSpec(text: "Nothing is agreed,", speaker: "Sergei Lavrov", written: "Lavrov", role: "Foreign Minister", verb: "added"),
            ],
            mentions: [
                MentionSpec(text: "Sergei Lavrov", entity: "Sergei Lavrov", type: .person),
                MentionSpec(text: "Antony Blinken", entity: "Antony Blinken", type: .person),
                MentionSpec(text: "Lavrov", entity: "Sergei Lavrov", type: .person),
                MentionSpec(text: "Geneva", entity: "Geneva", type: .place),
                MentionSpec(text: "NATO", entity: "NATO", type: .organization),
                MentionSpec(text: "Kyiv", entity: "Kyiv", type: .place),
            ]),
        ArticleSpec(
            title: "Vaccines reach Kyiv", date: "2021-03-05", path: "fixed/kyiv.txt",
            sections: [
                (Section.leadHeading, [
                    ["Kyiv began vaccinating doctors.", "\u{201C}It is a start,\u{201D} said Maksym Stepanov, the health minister of Ukraine."],
                    ["NATO sent no doses.", "\u{201C}No comment.\u{201D}"],
                ]),
            ],
            quotes: [
                QuoteSpec(text: "It is a start,", speaker: "Maksym Stepanov", written: "Maksym Stepanov", role: "health minister"),
                QuoteSpec(text: "No comment.", speaker: nil, verb: nil),
            ],
            mentions: [
                MentionSpec(text: "Maksym Stepanov", entity: "Maksym Stepanov", type: .person),
                MentionSpec(text: "Kyiv", entity: "Kyiv", type: .place),
                MentionSpec(text: "Ukraine", entity: "Ukraine", type: .place),
                MentionSpec(text: "NATO", entity: "NATO", type: .organization),
            ]),
    ]

    static let corpus: Corpus = {
        var corpus = Corpus()
        corpus.add(contentsOf: articles.map(analyzed))
        corpus.prepareIndexes()
        return corpus
    }()

    /// The records of one article, with ranges found in the text made from its sentences.
    static func analyzed(_ spec: ArticleSpec) -> AnalyzedArticle {
        var body = ""
        var sections: [Section] = []
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for (heading, paras) in spec.sections {
            let first = paragraphs.count
            for sentenceTexts in paras {
                if !body.isEmpty { body += "\n\n" }
                let start = body.utf8.count
                for (k, s) in sentenceTexts.enumerated() {
                    if k > 0 { body += " " }
                    let from = body.utf8.count
                    body += s
                    sentences.append(Sentence(section: sections.count + 1, paragraph: paragraphs.count + 1,
                                              index: sentences.count + 1, range: TextRange(from, body.utf8.count)))
                }
                paragraphs.append(Paragraph(section: sections.count + 1, index: paragraphs.count + 1,
                                            range: TextRange(start, body.utf8.count)))
            }
            sections.append(Section(index: sections.count + 1, heading: heading, paragraphs: first..<paragraphs.count, words: 0))
        }
        let (words, counts) = WordIndex.distinctWords(body, counting: paragraphs.map { $0.range.start..<$0.range.end })
        for k in sections.indices { sections[k].words = sections[k].paragraphs.reduce(0) { $0 + counts[$1] } }
        let bytes = Array(body.utf8)

        func occurrences(_ text: String) -> [TextRange] {
            let needle = Array(text.utf8)
            var found: [TextRange] = []
            var i = 0
            while i + needle.count <= bytes.count {
                if Array(bytes[i..<(i + needle.count)]) == needle { found.append(TextRange(i, i + needle.count)); i += needle.count } else { i += 1 }
            }
            return found
        }
        func paragraph(at offset: Int) -> Paragraph { paragraphs.first { $0.range.start <= offset && offset < $0.range.end }! }
        func sentence(at offset: Int) -> Sentence { sentences.first { $0.range.start <= offset && offset < $0.range.end }! }

        var quotes: [Quote] = []
        for q in spec.quotes {
            let range = occurrences(q.text)[0]
            let p = paragraph(at: range.start)
            quotes.append(Quote(section: p.section, paragraph: p.index, range: range, speaker: q.speaker,
                                speakerAsWritten: q.written, role: q.role, verb: q.verb, kind: .full))
        }
        var mentions: [Mention] = []
        var taken: [TextRange] = []
        for m in spec.mentions.sorted(by: { $0.text.utf8.count > $1.text.utf8.count }) {
            for range in occurrences(m.text) where !taken.contains(where: { $0.start < range.end && range.start < $0.end }) {
                taken.append(range)
                let s = sentence(at: range.start)
                mentions.append(Mention(section: s.section, paragraph: s.paragraph, sentence: s.index, range: range,
                                        entity: m.entity, text: m.text, type: m.type))
            }
        }
        mentions.sort { $0.range.start < $1.range.start }
        let article = Article(title: spec.title, date: spec.date, source: spec.source, url: spec.url, path: spec.path,
                              text: body, words: sections.reduce(0) { $0 + $1.words },
                              paragraphCount: paragraphs.count, quoteCount: quotes.count)
        return AnalyzedArticle(article: article, sections: sections, paragraphs: paragraphs, sentences: sentences,
                               quotes: quotes, mentions: mentions, words: words)
    }
}

/// A corpus source that loads fixed articles by name and remembers what it was asked (the seam the
/// executable fills with the analysis and the store).
final class RecordingSource: CorpusSource, @unchecked Sendable {
    var loaded: [[String]] = []
    var saved: [String] = []

    func load(_ specs: [String], into corpus: inout Corpus, progress: LoadProgress?,
              isCancelled: @escaping @Sendable () -> Bool) throws(LoadFailure) -> LoadReport {
        loaded.append(specs)
        var report = LoadReport(files: specs.count)
        for (k, spec) in specs.enumerated() {
            guard let a = FixedCorpus.articles.first(where: { $0.path == spec }) else {
                if spec.hasSuffix(".bad") { report.problems.append(LoadProblem(path: spec, reason: "not an article")); continue }
                throw LoadFailure(spec: k, "nothing was loaded from \(spec)", suggestion: "give a file, a folder or a glob that exists")
            }
            corpus.add(FixedCorpus.analyzed(a))
            report.articles += 1
        }
        return report
    }

    func save(_ corpus: Corpus, to path: String) throws(LoadFailure) {
        guard !path.hasPrefix("/read-only/") else { throw LoadFailure("cannot save to \(path): read-only", suggestion: "choose another place") }
        saved.append(path)
    }
}

/// An interpreter over the fixed corpus, capturing its output.
struct Harness {
    let out = BufferSink()
    let err = BufferSink()
    let source = RecordingSource()
    let interpreter: Interpreter

    init(corpus: Corpus = FixedCorpus.corpus, format: OutputFormat = .tsv) {
        var settings = Settings()
        settings.format = format
        interpreter = Interpreter(corpus: corpus, source: source, settings: settings, output: out, errors: err)
    }

    /// Runs statements; returns (ok, stdout, stderr).
    @discardableResult
    func run(_ text: String, origin: SourceOrigin = .prompt) -> (ok: Bool, out: String, err: String) {
        let ok = interpreter.execute(SourceText(text, origin: origin))
        return (ok, out.text, err.text)
    }
}
