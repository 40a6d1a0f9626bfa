/// An article together with the records found in it, before it joins a corpus (ids are article-local
/// until `Corpus.add` numbers them).
public struct AnalyzedArticle: Sendable {
    public var article: Article
    public var sections: [Section]
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var quotes: [Quote] = []
    public var mentions: [Mention] = []
    /// The distinct words of the text, for the corpus's word index (worked out when empty).
    public var words: [WordIndex.Occurrence] = []

    public init(article: Article, sections: [Section], paragraphs: [Paragraph], sentences: [Sentence],
                quotes: [Quote] = [], mentions: [Mention] = [], words: [WordIndex.Occurrence] = []) {
        self.article = article
        self.sections = sections
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.mentions = mentions
        self.words = words
    }
}
