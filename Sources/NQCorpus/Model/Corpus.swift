/// The loaded corpus: articles and the flat tables of records derived from them. A record's `id` is
/// its 1-based position in its table, so `sections[id - 1]` is the section with that id.
public struct Corpus: Sendable {
    public private(set) var articles: [Article] = []
    public private(set) var sections: [Section] = []
    public private(set) var paragraphs: [Paragraph] = []
    public private(set) var sentences: [Sentence] = []
    public private(set) var quotes: [Quote] = []
    /// One row per canonical speaker, in order of first quotation.
    public private(set) var speakers: [SpeakerSummary] = []
    private var speakerIndex: [String: Int] = [:]
    /// Total UTF-8 bytes of article text loaded.
    public private(set) var textBytes: Int = 0

    public init() {}

    /// Appends an analysed article, giving it and its records their corpus-wide ids.
    public mutating func add(_ analyzed: AnalyzedArticle) {
        var article = analyzed.article
        article.id = articles.count + 1
        article.sectionBase = sections.count
        article.paragraphBase = paragraphs.count
        article.sentenceBase = sentences.count
        article.quoteBase = quotes.count
        article.quoteCount = analyzed.quotes.count
        for var s in analyzed.sections {
            s.id = sections.count + 1
            s.articleID = article.id
            sections.append(s)
        }
        for var p in analyzed.paragraphs {
            p.id = paragraphs.count + 1
            p.articleID = article.id
            paragraphs.append(p)
        }
        for var s in analyzed.sentences {
            s.id = sentences.count + 1
            s.articleID = article.id
            sentences.append(s)
        }
        for var q in analyzed.quotes {
            q.id = quotes.count + 1
            q.articleID = article.id
            quotes.append(q)
            if let name = q.speaker { countSpeaker(name, role: q.role, article: article.id) }
        }
        textBytes += article.text.utf8.count
        articles.append(article)
    }

    public func article(_ id: Int) -> Article { articles[id - 1] }

    private mutating func countSpeaker(_ name: String, role: String?, article: Int) {
        if let i = speakerIndex[name] {
            speakers[i].quotes += 1
            if speakers[i].lastArticle != article {
                speakers[i].articles += 1
                speakers[i].lastArticle = article
            }
            if speakers[i].role == nil { speakers[i].role = role }
        } else {
            speakerIndex[name] = speakers.count
            speakers.append(SpeakerSummary(name: name, role: role, quotes: 1, articles: 1, lastArticle: article))
        }
    }

    /// The heading of section `index` (1-based) of article `articleID`.
    public func sectionHeading(article articleID: Int, index: Int) -> String {
        let base = articles[articleID - 1].sectionBase
        return index >= 1 && base + index - 1 < sections.count ? sections[base + index - 1].heading : Section.leadHeading
    }
}

/// A speaker across the corpus: its canonical name, a role, how many quotations and articles.
public struct SpeakerSummary: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var quotes: Int
    public var articles: Int
    var lastArticle: Int
}
