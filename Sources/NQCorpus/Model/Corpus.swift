/// The loaded corpus: articles and the flat tables of records derived from them. A record's `id` is
/// its 1-based position in its table, so `sections[id - 1]` is the section with that id.
public struct Corpus: Sendable {
    public private(set) var articles: [Article] = []
    public private(set) var sections: [Section] = []
    public private(set) var paragraphs: [Paragraph] = []
    public private(set) var sentences: [Sentence] = []
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
        textBytes += article.text.utf8.count
        articles.append(article)
    }

    public func article(_ id: Int) -> Article { articles[id - 1] }

    /// The heading of section `index` (1-based) of article `articleID`.
    public func sectionHeading(article articleID: Int, index: Int) -> String {
        let base = articles[articleID - 1].sectionBase
        return index >= 1 && base + index - 1 < sections.count ? sections[base + index - 1].heading : Section.leadHeading
    }
}
