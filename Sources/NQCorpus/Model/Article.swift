/// A span of an article's text, as UTF-8 byte offsets into `Article.text`.
public struct TextRange: Hashable, Sendable {
    @Compact public var start: Int
    @Compact public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
}

/// One article: its metadata and its cleaned body text. The records derived from it (sections,
/// paragraphs, sentences, quotes, mentions) live in the `Corpus`, each pointing back by `articleID`
/// and into `text` by a `TextRange`.
public struct Article: Sendable {
    /// 1-based, stable for the life of the corpus (in load order).
    public var id: Int
    public var title: String
    /// ISO date `YYYY-MM-DD` when known.
    public var date: String?
    /// The credit line ("FRANCE 24 with AFP") or the data's source column.
    public var source: String?
    /// The data's section/category, or the name of the sub-folder it was loaded from.
    public var category: String?
    public var url: String?
    /// Who wrote it (a web page's metadata or byline; a data column), when known.
    public var author: String?
    /// Its language as a two- or three-letter code (a web page's `<html lang>`), when known.
    public var language: String?
    /// The file it came from, with `#N` for the Nth article of a multi-article file.
    public var path: String
    /// The cleaned body: paragraphs separated by blank lines (headings and furniture are not in it).
    public var text: String
    public var words: Int
    public var paragraphCount: Int
    public var quoteCount: Int
    /// Where this article's records start in the corpus tables (0-based), set by `Corpus.add`.
    public internal(set) var sectionBase = 0
    public internal(set) var paragraphBase = 0
    public internal(set) var sentenceBase = 0
    public internal(set) var quoteBase = 0
    public internal(set) var mentionBase = 0

    public init(id: Int = 0, title: String, date: String? = nil, source: String? = nil,
                category: String? = nil, url: String? = nil, path: String, text: String,
                words: Int = 0, paragraphCount: Int = 0, quoteCount: Int = 0, author: String? = nil, language: String? = nil) {
        self.author = author
        self.language = language
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.category = category
        self.url = url
        self.path = path
        self.text = text
        self.words = words
        self.paragraphCount = paragraphCount
        self.quoteCount = quoteCount
    }

    /// The text of a range of the body.
    public func slice(_ range: TextRange) -> String {
        TextBlocks.slice(text, range.start..<range.end)
    }
}
