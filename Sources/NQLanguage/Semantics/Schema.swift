import NQCorpus

/// One field of a source: its name, type and how to read it from row `i` of the source's table.
public struct FieldSpec: Sendable {
    public var name: String
    public var type: FieldType
    /// Shown by default in json/csv output (and `show *`); long texts such as an article's body are not.
    public var inOutput: Bool
    public var get: @Sendable (Corpus, Int) -> Value
    /// A whole number that is the same for rows with the same value (and differs, or at least is
    /// not relied on to be equal, otherwise): grouping counts by it, then turns each distinct code
    /// into its value once, instead of making and hashing values for every row.
    /// Made once per statement from the corpus, so that the per-row call copies nothing.
    public var code: (@Sendable (Corpus) -> (Int) -> Int)?
    /// What the codes number (all codes lie in its range).
    public var codeKind: CodeKind = .articles
    /// For a name field: the names its values are (a name-aware `=` matches among them).
    public var names: NameKind? = nil
    /// Where a store keeps it, when that is not the source's own record of it (a date bucket).
    public var stored: StoredField? = nil
    public init(_ name: String, _ type: FieldType, inOutput: Bool = true, _ get: @escaping @Sendable (Corpus, Int) -> Value) {
        self.name = name
        self.type = type
        self.inOutput = inOutput
        self.get = get
    }

    func coded(_ kind: CodeKind, _ code: @escaping @Sendable (Corpus) -> (Int) -> Int) -> FieldSpec {
        var f = self
        f.code = code
        f.codeKind = kind
        return f
    }

    func naming(_ kind: NameKind) -> FieldSpec {
        var f = self
        f.names = kind
        return f
    }
}

/// The corpus's names a name field holds: speakers (canonical names) or entities (canonical names and
/// their aliases).
public enum NameKind: Sendable {
    case speakers, entities
}

/// A source's postings by name: the field they answer (`speaker = "X"`), what they are called in
/// traces and `explain`, and the rows of the records of one canonical name.
public struct NameIndex: Sendable {
    public var field: String
    /// "speaker": "the speaker index", "the quotes of the speakers named …".
    public var called: String
    public var calledPlural: String
    public var rows: @Sendable (Corpus, String) -> [Int]
}

/// The things codes number, and the range of the codes for each in a corpus.
public enum CodeKind: Sendable {
    case articles, headings, speakers, entities, entityTypes

    public func range(_ c: Corpus) -> Range<Int> {
        switch self {
        case .articles: return 1..<(c.articles.count + 1)
        case .headings: return -1..<c.headings.count
        case .speakers: return -1..<c.speakers.count
        case .entities: return -1..<c.entities.count
        case .entityTypes: return 0..<EntityType.allCases.count
        }
    }
}

/// A source of records (SPEC §5): its fields, its size, and the columns a table shows by default.
/// Where a record sits, for `mentions "X"`: the mentions inside its span.
public enum MentionScope: Sendable {
    case article, section, paragraph, sentence, quote
}

public struct SourceSchema: Sendable {
    public var name: String
    /// What one record is called: "article", "section" (for `show article N`, messages).
    public var singular: String
    public var fields: [FieldSpec]
    public var tableColumns: [String]
    public var rowCount: @Sendable (Corpus) -> Int
    /// How `mentions "X"` finds this source's records among the mentions (nil: not available).
    public var mentionScope: MentionScope? = nil
    /// The article a record belongs to (for date buckets); nil for sources that span articles.
    public var articleOf: (@Sendable (Corpus, Int) -> Int)? = nil
    /// The record's text as a span of its article: `contains` searches its bytes in place.
    public var textSpan: (@Sendable (Corpus, Int) -> (article: Int, range: TextRange))? = nil
    /// The rows of an article's records: what the word index's candidate articles narrow the scan to.
    public var rowsOfArticle: (@Sendable (Corpus, Int) -> Range<Int>)? = nil
    /// Postings by name (quotes by speaker, mentions by entity).
    public var nameIndex: NameIndex? = nil
    /// What `show` prints after a record's fields.
    public var context: (@Sendable (Corpus, Int) -> String?)? = nil
    /// The name field `SOURCE "X"` compares with X (`mentions NATO`).
    public var argumentField: String? = nil
    /// Made by the trained language core: unavailable without it.
    public var needsLanguageCore = false
    /// Where a saved store keeps these records (nil: a store does not keep them).
    public var stored: StoredSource? = nil
    /// The 1-based positions in its article of the section, paragraph and sentence a record lies in
    /// (for `paragraph mentions "X"` …); nil where a record does not lie in one.
    public var sectionOf: (@Sendable (Corpus, Int) -> Int)? = nil
    public var paragraphOf: (@Sendable (Corpus, Int) -> Int)? = nil
    public var sentenceOf: (@Sendable (Corpus, Int) -> Int)? = nil

    func with(section: (@Sendable (Corpus, Int) -> Int)?, paragraph: (@Sendable (Corpus, Int) -> Int)?,
              sentence: (@Sendable (Corpus, Int) -> Int)?) -> SourceSchema {
        var s = self
        (s.sectionOf, s.paragraphOf, s.sentenceOf) = (section, paragraph, sentence)
        return s
    }

    public func field(_ name: String) -> FieldSpec? {
        let n = name.lowercased()
        return fields.first { $0.name == n }
    }

    public var outputFields: [FieldSpec] { fields.filter(\.inOutput) }

    /// "1 article", "2 articles", "1 entity".
    public func counted(_ n: Int) -> String { "\(n) \(n == 1 ? singular : name)" }
}

extension Value {
    static func optional(_ s: String?) -> Value { s.map(Value.string) ?? .null }
}

/// The sources the language knows.
public enum Sources {
    public static let all: [SourceSchema] = [articles, sections, paragraphs, sentences, quotes, mentions, entities, speakers, tokens].map(capable)
    public static var names: [String] { all.map(\.name) }

    public static func named(_ name: String) -> SourceSchema? {
        let n = name.lowercased()
        return all.first { $0.name == n || $0.singular == n }
    }

    /// `article`, `path`, `url`: carried (with `article_id`) by every record derived from an article.
    static func articleFields(_ articleID: @escaping @Sendable (Corpus, Int) -> Int) -> [FieldSpec] {
        [
            FieldSpec("article", .text) { c, i in .string(c.article(articleID(c, i)).title) }.coded(.articles) { c in { i in articleID(c, i) } },
            FieldSpec("path", .text) { c, i in .string(c.article(articleID(c, i)).path) }.coded(.articles) { c in { i in articleID(c, i) } },
            FieldSpec("url", .text) { c, i in .optional(c.article(articleID(c, i)).url) }.coded(.articles) { c in { i in articleID(c, i) } },
            FieldSpec("date", .text) { c, i in .optional(c.article(articleID(c, i)).date) }.coded(.articles) { c in { i in articleID(c, i) } },
        ]
    }

    public static let articles = SourceSchema(
        name: "articles", singular: "article",
        fields: [
            FieldSpec("id", .number) { c, i in .int(c.articles[i].id) },
            FieldSpec("title", .text) { c, i in .string(c.articles[i].title) },
            FieldSpec("date", .text) { c, i in .optional(c.articles[i].date) },
            FieldSpec("source", .text) { c, i in .optional(c.articles[i].source) },
            FieldSpec("author", .text) { c, i in .optional(c.articles[i].author) },
            FieldSpec("language", .text) { c, i in .optional(c.articles[i].language) },
            FieldSpec("category", .text) { c, i in .optional(c.articles[i].category) },
            FieldSpec("url", .text) { c, i in .optional(c.articles[i].url) },
            FieldSpec("path", .text) { c, i in .string(c.articles[i].path) },
            FieldSpec("words", .number) { c, i in .int(c.articles[i].words) },
            FieldSpec("paragraphs", .number) { c, i in .int(c.articles[i].paragraphCount) },
            FieldSpec("quotes", .number) { c, i in .int(c.articles[i].quoteCount) },
            FieldSpec("text", .text, inOutput: false) { c, i in .string(c.articles[i].text) },
        ],
        tableColumns: ["id", "title", "date", "source", "category", "words", "paragraphs", "quotes"],
        rowCount: { $0.articles.count }, mentionScope: .article, articleOf: { c, i in c.articles[i].id })

    public static let sections = SourceSchema(
        name: "sections", singular: "section",
        fields: [
            FieldSpec("id", .number) { c, i in .int(c.sections[i].id) },
            FieldSpec("article_id", .number) { c, i in .int(c.sections[i].articleID) }.coded(.articles) { c in { i in c.sections[i].articleID } },
            FieldSpec("index", .number) { c, i in .int(c.sections[i].index) },
            FieldSpec("heading", .text) { c, i in .string(c.sections[i].heading) }.coded(.headings) { c in { i in c.sections[i].headingRow } },
            FieldSpec("paragraphs", .number) { c, i in .int(c.sections[i].paragraphs.count) },
            FieldSpec("words", .number) { c, i in .int(c.sections[i].words) },
            FieldSpec("text", .text, inOutput: false) { c, i in
                let s = c.sections[i]
                let a = c.article(s.articleID)
                guard let first = s.paragraphs.first, let last = s.paragraphs.last else { return .string("") }
                let p0 = c.paragraphs[a.paragraphBase + first], p1 = c.paragraphs[a.paragraphBase + last]
                return .string(a.slice(TextRange(p0.range.start, p1.range.end)))
            },
        ] + articleFields { c, i in c.sections[i].articleID },
        tableColumns: ["id", "article_id", "index", "heading", "paragraphs", "words"],
        rowCount: { $0.sections.count }, mentionScope: .section, articleOf: { c, i in c.sections[i].articleID })

    public static let paragraphs = SourceSchema(
        name: "paragraphs", singular: "paragraph",
        fields: [
            FieldSpec("id", .number) { c, i in .int(c.paragraphs[i].id) },
            FieldSpec("article_id", .number) { c, i in .int(c.paragraphs[i].articleID) }.coded(.articles) { c in { i in c.paragraphs[i].articleID } },
            FieldSpec("section", .text) { c, i in
                .string(c.sectionHeading(article: c.paragraphs[i].articleID, index: c.paragraphs[i].section))
            }.coded(.headings) { c in { i in c.headingRow(article: c.paragraphs[i].articleID, index: c.paragraphs[i].section) } },
            FieldSpec("index", .number) { c, i in .int(c.paragraphs[i].index) },
            FieldSpec("text", .text) { c, i in .string(c.article(c.paragraphs[i].articleID).slice(c.paragraphs[i].range)) },
        ] + articleFields { c, i in c.paragraphs[i].articleID },
        tableColumns: ["id", "article_id", "section", "index", "text"],
        rowCount: { $0.paragraphs.count }, mentionScope: .paragraph, articleOf: { c, i in c.paragraphs[i].articleID })

    public static let sentences = SourceSchema(
        name: "sentences", singular: "sentence",
        fields: [
            FieldSpec("id", .number) { c, i in .int(c.sentences[i].id) },
            FieldSpec("article_id", .number) { c, i in .int(c.sentences[i].articleID) }.coded(.articles) { c in { i in c.sentences[i].articleID } },
            FieldSpec("section", .text) { c, i in
                .string(c.sectionHeading(article: c.sentences[i].articleID, index: c.sentences[i].section))
            }.coded(.headings) { c in { i in c.headingRow(article: c.sentences[i].articleID, index: c.sentences[i].section) } },
            FieldSpec("paragraph", .number) { c, i in .int(c.sentences[i].paragraph) },
            FieldSpec("index", .number) { c, i in .int(c.sentences[i].index) },
            FieldSpec("text", .text) { c, i in .string(c.article(c.sentences[i].articleID).slice(c.sentences[i].range)) },
        ] + articleFields { c, i in c.sentences[i].articleID },
        tableColumns: ["id", "article_id", "section", "paragraph", "text"],
        rowCount: { $0.sentences.count }, mentionScope: .sentence, articleOf: { c, i in c.sentences[i].articleID })
}

extension Sources {
    public static let quotes = SourceSchema(
        name: "quotes", singular: "quote",
        fields: [
            FieldSpec("id", .number) { c, i in .int(c.quotes[i].id) },
            FieldSpec("text", .text) { c, i in .string(c.article(c.quotes[i].articleID).slice(c.quotes[i].range)) },
            FieldSpec("speaker", .name) { c, i in .optional(c.quotes[i].speaker) }.coded(.speakers) { c in { i in c.quotes[i].speakerRow } }.naming(.speakers),
            FieldSpec("speaker_as_written", .text) { c, i in .optional(c.quotes[i].speakerAsWritten) },
            FieldSpec("role", .text) { c, i in .optional(c.quotes[i].role) },
            FieldSpec("verb", .text) { c, i in .optional(c.quotes[i].verb) },
            FieldSpec("rule", .text) { c, i in .optional(c.quotes[i].rule) },
            FieldSpec("kind", .text) { c, i in .string(c.quotes[i].kind.rawValue) },
            FieldSpec("article_id", .number) { c, i in .int(c.quotes[i].articleID) }.coded(.articles) { c in { i in c.quotes[i].articleID } },
            FieldSpec("section", .text) { c, i in .string(c.sectionHeading(article: c.quotes[i].articleID, index: c.quotes[i].section)) }
                .coded(.headings) { c in { i in c.headingRow(article: c.quotes[i].articleID, index: c.quotes[i].section) } },
            FieldSpec("paragraph", .number) { c, i in .int(c.quotes[i].paragraph) },
        ] + articleFields { c, i in c.quotes[i].articleID },
        tableColumns: ["id", "speaker", "text", "kind", "article_id"],
        rowCount: { $0.quotes.count }, mentionScope: .quote, articleOf: { c, i in c.quotes[i].articleID })

    public static let speakers = SourceSchema(
        name: "speakers", singular: "speaker",
        fields: [
            FieldSpec("name", .name) { c, i in .string(c.speakers[i].name) }.naming(.speakers),
            FieldSpec("role", .text) { c, i in .optional(c.speakers[i].role) },
            FieldSpec("quotes", .number) { c, i in .int(c.speakers[i].quotes) },
            FieldSpec("articles", .number) { c, i in .int(c.speakers[i].articles) },
        ],
        tableColumns: ["name", "role", "quotes", "articles"],
        rowCount: { $0.speakers.count })
}

extension Sources {
    public static let mentions = SourceSchema(
        name: "mentions", singular: "mention",
        fields: [
            FieldSpec("id", .number) { c, i in .int(c.mentions[i].id) },
            FieldSpec("entity", .name) { c, i in .string(c.mentions[i].entity) }.coded(.entities) { c in { i in c.mentions[i].entityRow } }.naming(.entities),
            FieldSpec("text", .text) { c, i in .string(c.mentions[i].text) },
            FieldSpec("type", .text) { c, i in .string(c.mentions[i].type.rawValue) }.coded(.entityTypes) { c in { i in c.mentions[i].type.rank } },
            FieldSpec("article_id", .number) { c, i in .int(c.mentions[i].articleID) }.coded(.articles) { c in { i in c.mentions[i].articleID } },
            FieldSpec("section", .text) { c, i in .string(c.sectionHeading(article: c.mentions[i].articleID, index: c.mentions[i].section)) }
                .coded(.headings) { c in { i in c.headingRow(article: c.mentions[i].articleID, index: c.mentions[i].section) } },
            FieldSpec("paragraph", .number) { c, i in .int(c.mentions[i].paragraph) },
            FieldSpec("sentence", .number) { c, i in c.sentenceID(article: c.mentions[i].articleID, index: c.mentions[i].sentence).map(Value.int) ?? .null },
        ] + articleFields { c, i in c.mentions[i].articleID },
        tableColumns: ["id", "entity", "text", "type", "article_id", "section", "paragraph"],
        rowCount: { $0.mentions.count }, articleOf: { c, i in c.mentions[i].articleID })

    public static let entities = SourceSchema(
        name: "entities", singular: "entity",
        fields: [
            FieldSpec("name", .name) { c, i in .string(c.entities[i].name) }.naming(.entities),
            FieldSpec("type", .text) { c, i in .string(c.entities[i].type.rawValue) },
            FieldSpec("aliases", .text) { c, i in .string(c.entities[i].aliases.joined(separator: "; ")) },
            FieldSpec("mentions", .number) { c, i in .int(c.entities[i].mentions) },
            FieldSpec("articles", .number) { c, i in .int(c.entities[i].articles) },
        ],
        tableColumns: ["name", "type", "aliases", "mentions", "articles"],
        rowCount: { $0.entities.count })
}

extension Sources {
    /// Every word of every sentence with its lemma, part of speech (UPOS) and dependency (the head's
    /// index in the sentence, 0 for the root, and the relation), from the trained language core; made
    /// the first time a statement asks for tokens.
    public static let tokens = SourceSchema(
        name: "tokens", singular: "token",
        fields: [
            FieldSpec("id", .number) { _, i in .int(i + 1) },
            FieldSpec("article_id", .number) { c, i in .int(c.sentences[Int(c.tokens.sentenceRow[i])].articleID) }
                .coded(.articles) { c in let t = c.tokens; return { i in c.sentences[Int(t.sentenceRow[i])].articleID } },
            FieldSpec("paragraph", .number) { c, i in .int(c.sentences[Int(c.tokens.sentenceRow[i])].paragraph) },
            FieldSpec("sentence", .number) { c, i in .int(c.sentences[Int(c.tokens.sentenceRow[i])].id) },
            FieldSpec("index", .number) { c, i in .int(Int(c.tokens.index[i])) },
            FieldSpec("word", .text) { c, i in .string(c.tokens.annotations[i].word) },
            FieldSpec("lemma", .text) { c, i in .string(c.tokens.annotations[i].lemma) },
            FieldSpec("pos", .text) { c, i in .string(c.tokens.annotations[i].pos) },
            FieldSpec("head", .number) { c, i in c.tokenHeads.head(i).map(Value.int) ?? .null },
            FieldSpec("dep", .text) { c, i in .optional(c.tokenHeads.dep[i]) },
            FieldSpec("head_word", .text) { c, i in headAnnotation(c, i).map { .string($0.word) } ?? .null },
            FieldSpec("head_lemma", .text) { c, i in headAnnotation(c, i).map { .string($0.lemma) } ?? .null },
        ] + articleFields { c, i in c.sentences[Int(c.tokens.sentenceRow[i])].articleID },
        tableColumns: ["id", "article_id", "sentence", "index", "word", "lemma", "pos", "head", "dep"],
        rowCount: { $0.tokens.count }, articleOf: { c, i in c.sentences[Int(c.tokens.sentenceRow[i])].articleID })

    /// The token's head in its sentence (nil for the root or without a parser).
    static func headAnnotation(_ c: Corpus, _ i: Int) -> TokenAnnotation? {
        let t = c.tokens
        guard let h = c.tokenHeads.head(i), h > 0 else { return nil }
        let j = i - Int(t.index[i]) + h
        return j >= 0 && j < t.count && t.sentenceRow[j] == t.sentenceRow[i] ? t.annotations[j] : nil
    }
}

extension Corpus {
    /// The id of the sentence at a 1-based position in an article (nil when there is none).
    func sentenceID(article: Int, index: Int) -> Int? {
        let rows = recordRows(ofArticle: article).sentences
        let row = rows.lowerBound + index - 1
        return rows.contains(row) ? sentences[row].id : nil
    }
}

extension Sources {
    /// What each source can do beyond its fields — where its records lie in their article (for
    /// `sentence mentions "X"`), their text spans, their rows by article, their name index, their context, the argument
    /// they take: the one place that names sources; the evaluator, the checker and `explain` ask the
    /// schema.
    static func capable(_ s: SourceSchema) -> SourceSchema {
        var s = s
        s.stored = stored(s.name)
        switch s.name {
        case "articles":
            s.rowsOfArticle = { _, id in (id - 1)..<id }
        case "sections":
            s = s.with(section: { c, i in c.sections[i].index }, paragraph: nil, sentence: nil)
            s.rowsOfArticle = { c, id in c.recordRows(ofArticle: id).sections }
        case "paragraphs":
            s = s.with(section: { c, i in c.paragraphs[i].section }, paragraph: { c, i in c.paragraphs[i].index }, sentence: nil)
            s.textSpan = { c, i in (c.paragraphs[i].articleID, c.paragraphs[i].range) }
            s.rowsOfArticle = { c, id in c.recordRows(ofArticle: id).paragraphs }
        case "sentences":
            s = s.with(section: { c, i in c.sentences[i].section }, paragraph: { c, i in c.sentences[i].paragraph },
                       sentence: { c, i in c.sentences[i].index })
            s.textSpan = { c, i in (c.sentences[i].articleID, c.sentences[i].range) }
            s.rowsOfArticle = { c, id in c.recordRows(ofArticle: id).sentences }
            s.context = { c, i in let x = c.sentences[i]; return RecordContext.marked(c, article: x.articleID, paragraph: x.paragraph, range: x.range) }
        case "quotes":
            s = s.with(section: { c, i in c.quotes[i].section }, paragraph: { c, i in c.quotes[i].paragraph }, sentence: nil)
            s.textSpan = { c, i in (c.quotes[i].articleID, c.quotes[i].range) }
            s.rowsOfArticle = { c, id in c.recordRows(ofArticle: id).quotes }
            s.nameIndex = NameIndex(field: "speaker", called: "speaker", calledPlural: "speakers") { c, name in
                c.speakerRow(named: name).map { c.quoteRows(ofSpeaker: $0).map(Int.init) } ?? []
            }
            s.context = { c, i in let x = c.quotes[i]; return RecordContext.marked(c, article: x.articleID, paragraph: x.paragraph, range: x.range) }
        case "mentions":
            s = s.with(section: { c, i in c.mentions[i].section }, paragraph: { c, i in c.mentions[i].paragraph },
                       sentence: { c, i in c.mentions[i].sentence })
            s.rowsOfArticle = { c, id in c.recordRows(ofArticle: id).mentions }
            s.nameIndex = NameIndex(field: "entity", called: "entity", calledPlural: "entities") { c, name in
                c.entityRow(named: name).map { c.mentionRows(ofEntity: $0).map(Int.init) } ?? []
            }
            s.context = { c, i in let x = c.mentions[i]; return RecordContext.marked(c, article: x.articleID, paragraph: x.paragraph, range: x.range) }
            s.argumentField = "entity"
        case "tokens":
            s = s.with(section: { c, i in c.sentences[Int(c.tokens.sentenceRow[i])].section },
                       paragraph: { c, i in c.sentences[Int(c.tokens.sentenceRow[i])].paragraph },
                       sentence: { c, i in c.sentences[Int(c.tokens.sentenceRow[i])].index })
            s.needsLanguageCore = true
        default: break
        }
        return s
    }

}
