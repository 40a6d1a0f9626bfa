import NQCorpus

/// Where a field's values are kept in a saved store (the tables of SPEC §5), so that a store can
/// answer a plan in place: the language names the place, the store turns it into its own query.
public enum StoredField: Sendable, Equatable {
    /// A column of the record's own table.
    case column(String)
    /// A column of the record's article (of its own row for an article).
    case articleColumn(String)
    /// An article's whole text.
    case articleText
    /// The article's text between the record's `start` and `end` (UTF-8 byte offsets).
    case span
    /// A section's text: from its first paragraph's start to its last paragraph's end.
    case sectionText
    /// The heading of the section at the record's `section` position ("(lead)" when there is none).
    case sectionHeading
    /// The id of the sentence at the record's `sentence` position (null when there is none).
    case sentenceID
    /// A date bucket of the record's article's date (`count … by month`).
    case dateBucket(DateBucket)
}

/// Where a source's records are kept in a store: the table, each field's place, and the columns that
/// give a record's position in its article (for `mentions "X"` and `sentence mentions "X"`).
public struct StoredSource: Sendable {
    public var table: String
    public var fields: [String: StoredField]
    /// The record's column holding the 1-based position of its section, paragraph or sentence (for an
    /// article, its id).
    public var positions: [MentionScope: String]
}

extension Sources {
    /// The article fields every record carries (`articleFields`), kept in its article's row.
    static let storedArticleFields: [String: StoredField] = [
        "article": .articleColumn("title"), "path": .articleColumn("path"), "url": .articleColumn("url"), "date": .articleColumn("date"),
    ]

    static func columns(_ names: String...) -> [String: StoredField] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, .column($0)) })
    }

    /// The stored places of each source's fields; nil for a source a store does not keep (tokens).
    static func stored(_ name: String) -> StoredSource? {
        switch name {
        case "articles":
            return StoredSource(table: "articles",
                                fields: columns("id", "title", "date", "source", "author", "language", "category", "url", "path",
                                                "words", "paragraphs", "quotes").merging(["text": .articleText]) { a, _ in a },
                                positions: [.article: "id"])
        case "sections":
            return StoredSource(table: "sections",
                                fields: columns("id", "article_id", "heading", "paragraphs", "words")
                                    .merging(["index": .column("idx"), "text": .sectionText]) { a, _ in a }
                                    .merging(storedArticleFields) { a, _ in a },
                                positions: [.article: "article_id", .section: "idx"])
        case "paragraphs":
            return StoredSource(table: "paragraphs",
                                fields: columns("id", "article_id")
                                    .merging(["section": .sectionHeading, "index": .column("idx"), "text": .span]) { a, _ in a }
                                    .merging(storedArticleFields) { a, _ in a },
                                positions: [.article: "article_id", .section: "section", .paragraph: "idx"])
        case "sentences":
            return StoredSource(table: "sentences",
                                fields: columns("id", "article_id", "paragraph")
                                    .merging(["section": .sectionHeading, "index": .column("idx"), "text": .span]) { a, _ in a }
                                    .merging(storedArticleFields) { a, _ in a },
                                positions: [.article: "article_id", .section: "section", .paragraph: "paragraph", .sentence: "idx"])
        case "quotes":
            return StoredSource(table: "quotes",
                                fields: columns("id", "speaker", "speaker_as_written", "role", "verb", "rule", "kind", "article_id", "paragraph")
                                    .merging(["text": .span, "section": .sectionHeading]) { a, _ in a }
                                    .merging(storedArticleFields) { a, _ in a },
                                positions: [.article: "article_id", .section: "section", .paragraph: "paragraph"])
        case "mentions":
            return StoredSource(table: "mentions",
                                fields: columns("id", "entity", "text", "type", "article_id", "paragraph")
                                    .merging(["section": .sectionHeading, "sentence": .sentenceID]) { a, _ in a }
                                    .merging(storedArticleFields) { a, _ in a },
                                positions: [.article: "article_id", .section: "section", .paragraph: "paragraph", .sentence: "sentence"])
        case "entities":
            return StoredSource(table: "entities", fields: columns("name", "type", "aliases", "mentions", "articles"), positions: [:])
        case "speakers":
            return StoredSource(table: "speakers", fields: columns("name", "role", "quotes", "articles"), positions: [:])
        default:
            return nil
        }
    }
}

/// What `show` finds in a store in place.
public enum ShownRecord: Sendable {
    /// The record's fields (every field of its source, then its context when it has one).
    case fields([(String, Value)])
    /// No record of that number: how many there are.
    case noSuchNumber(count: Int)
    case noSuchName
    /// Several records answer to the name: the first five in table order, and how many more.
    case ambiguous(candidates: [String], more: Int)
}

/// A saved store that answers statements in place (SQL over its tables) until one needs the whole
/// corpus in memory. The store module gives one; the language asks it, knowing no SQL engine.
public protocol StoreInPlace: AnyObject, Sendable {
    /// The store's file, as named.
    var path: String { get }
    /// Its number of articles (read once, for the prompt and messages).
    var articleCount: Int { get }
    /// The plan's result, or nil when the store cannot answer it in place (the corpus is then loaded).
    func run(_ plan: Plan, isCancelled: @escaping @Sendable () -> Bool) throws -> ResultTable?
    /// Runs a `find` plan, handing its rows over a chunk at a time as they are read; false when the
    /// store cannot answer the plan in place (nothing was handed over).
    func stream(_ plan: Plan, isCancelled: @escaping @Sendable () -> Bool, rows: ([[Value]]) throws -> Void) throws -> Bool
    /// The rows (numbered as in memory) a `find` plan keeps, in its order and limit: a `let` set made
    /// in place. Nil when the store cannot answer the plan in place.
    func rows(_ plan: Plan, isCancelled: @escaping @Sendable () -> Bool) throws -> [Int]?
    /// `show`: the record of a source by its number (1-based) or, for a source with a name field, by
    /// name; nil when the store cannot answer it in place.
    func show(_ schema: SourceSchema, number: Int?, name: String?) throws -> ShownRecord?
    /// The query the store would run for the plan (nil: the plan needs the corpus in memory).
    func explain(_ plan: Plan) -> [String]?
    /// The whole analysed corpus, decoded and checked.
    func loadCorpus() throws -> Corpus
    /// Adds the articles of `specs` (files, folders, globs) to the store, analysing only them, in one
    /// transaction (interrupted or failed, the store is as it was). Nil when a spec is a store itself:
    /// the corpus is then read into memory and the load done there.
    func append(_ specs: [String], source: CorpusSource, isCancelled: @escaping @Sendable () -> Bool) throws -> LoadReport?
    /// Writes a copy of the store to `path` (as `save` does: only over an nq store, whole or not at
    /// all), without reading it into memory.
    func save(to path: String) throws(LoadFailure)
    /// The names of speakers and entities and the section headings (for completion), without loading
    /// the corpus.
    func names() -> (speakers: [String], entities: [String], headings: [String])
}
