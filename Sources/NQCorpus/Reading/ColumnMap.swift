/// Which column (or JSON key) holds which article field; names are matched case-insensitively, the
/// first name of each list that is present wins.
public struct ColumnMap: Sendable {
    public static let titleNames = ["title", "headline", "heading"]
    public static let textNames = ["text", "body", "content", "article", "story", "full_text", "maintext"]
    public static let dateNames = ["date", "published", "published_at", "publish_date", "pubdate", "datetime", "time", "date_publish"]
    public static let urlNames = ["url", "link", "href", "permalink"]
    public static let sourceNames = ["source", "publisher", "outlet", "credit", "source_domain"]
    public static let categoryNames = ["category", "section", "topic", "desk"]
    public static let authorNames = ["author", "authors", "byline", "writer"]
    public static let languageNames = ["language", "lang", "locale"]

    public var title: Int?
    public var text: Int?
    public var date: Int?
    public var url: Int?
    public var source: Int?
    public var category: Int?
    public var author: Int?
    public var language: Int?

    public init(header: [String]) {
        let lowered = header.map { TextBlocks.trim($0).lowercased() }
        func find(_ names: [String]) -> Int? {
            for name in names { if let i = lowered.firstIndex(of: name) { return i } }
            return nil
        }
        title = find(Self.titleNames)
        text = find(Self.textNames)
        date = find(Self.dateNames)
        url = find(Self.urlNames)
        source = find(Self.sourceNames)
        category = find(Self.categoryNames)
        author = find(Self.authorNames)
        language = find(Self.languageNames)
    }

    /// An article from one row; nil when it has neither title nor text.
    public func document(from fields: [String], path: String, category folder: String?) -> RawDocument? {
        func value(_ i: Int?) -> String? {
            guard let i, i < fields.count else { return nil }
            let v = TextBlocks.trim(fields[i])
            return v.isEmpty ? nil : v
        }
        let title = value(title)
        let body = value(text).map { TextBlocks.split($0) } ?? []
        if title == nil && body.isEmpty { return nil }
        var document = RawDocument(
            title: title, blocks: body.map { RawBlock($0) },
            date: value(date).map(DateParsing.normalize), url: value(url), source: value(source),
            category: value(category) ?? folder, path: path)
        document.author = value(author)
        document.language = value(language)
        return document
    }
}
