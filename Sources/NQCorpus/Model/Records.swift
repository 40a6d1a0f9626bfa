/// A run of paragraphs that starts at a heading; the first unheaded one is "(lead)".
public struct Section: Sendable, Hashable {
    public static let leadHeading = "(lead)"

    /// 1-based across the corpus.
    public var id: Int
    public var articleID: Int
    /// 1-based within the article.
    public var index: Int
    public var heading: String
    /// The article-local indices (0-based) of its paragraphs.
    public var paragraphs: Range<Int>
    public var words: Int
    /// The row of its heading in `Corpus.headings`, set when the section joins a corpus.
    public internal(set) var headingRow = -1

    public init(id: Int = 0, articleID: Int = 0, index: Int, heading: String, paragraphs: Range<Int>, words: Int) {
        self.id = id
        self.articleID = articleID
        self.index = index
        self.heading = heading
        self.paragraphs = paragraphs
        self.words = words
    }
}

public struct Paragraph: Sendable, Hashable {
    @Compact public var id: Int
    @Compact public var articleID: Int
    /// The 1-based index of its section within the article.
    @Compact public var section: Int
    /// 1-based within the article.
    @Compact public var index: Int
    public var range: TextRange

    public init(id: Int = 0, articleID: Int = 0, section: Int, index: Int, range: TextRange) {
        self.id = id
        self.articleID = articleID
        self.section = section
        self.index = index
        self.range = range
    }
}

public struct Sentence: Sendable, Hashable {
    @Compact public var id: Int
    @Compact public var articleID: Int
    /// The 1-based index of its section within the article.
    @Compact public var section: Int
    /// The 1-based index of its paragraph within the article.
    @Compact public var paragraph: Int
    /// 1-based within the article.
    @Compact public var index: Int
    public var range: TextRange

    public init(id: Int = 0, articleID: Int = 0, section: Int, paragraph: Int, index: Int, range: TextRange) {
        self.id = id
        self.articleID = articleID
        self.section = section
        self.paragraph = paragraph
        self.index = index
        self.range = range
    }
}

/// A quotation: the words between the quotation marks, and who said them.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A clause or sentences of its own.
        case full
        /// A fragment woven into the writer's sentence.
        case partial
    }

    @Compact public var id: Int
    @Compact public var articleID: Int
    @Compact public var section: Int
    /// The 1-based index of its paragraph within the article.
    @Compact public var paragraph: Int
    /// The text between the marks.
    public var range: TextRange
    /// The canonical name (fullest name in the article, no title), or an unnamed source's description.
    public var speaker: String?
    /// As the attribution wrote it: "he", "a senior official", "Lavrov".
    public var speakerAsWritten: String?
    public var role: String?
    /// The reporting verb: "said", "told", "according to".
    public var verb: String?
    /// The rule that gave it its speaker ("verb-after", "according-to", "previous-sentence", …; nil
    /// without a speaker).
    public var rule: String?
    public var kind: Kind
    /// The speaker's row in `Corpus.speakers` (-1: none), set when the quote joins a corpus.
    @Compact public var speakerRow: Int = -1

    public init(id: Int = 0, articleID: Int = 0, section: Int, paragraph: Int, range: TextRange, speaker: String?,
                speakerAsWritten: String?, role: String?, verb: String?, rule: String? = nil, kind: Kind) {
        self.id = id
        self.articleID = articleID
        self.section = section
        self.paragraph = paragraph
        self.range = range
        self.speaker = speaker
        self.speakerAsWritten = speakerAsWritten
        self.role = role
        self.verb = verb
        self.rule = rule
        self.kind = kind
    }
}

/// What kind of thing an entity is.
public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person, organization, place, other
}

/// One occurrence of a named entity in an article's text.
public struct Mention: Sendable, Hashable {
    @Compact public var id: Int
    @Compact public var articleID: Int
    @Compact public var section: Int
    /// The 1-based index of its paragraph within the article.
    @Compact public var paragraph: Int
    /// The 1-based index of its sentence within the article.
    @Compact public var sentence: Int
    public var type: EntityType
    public var range: TextRange
    /// The canonical name of the entity.
    public var entity: String
    /// The name as written here ("Lavrov", "Ukraine").
    public var text: String
    /// The entity's row in `Corpus.entities`, set when the mention joins a corpus.
    @Compact public var entityRow: Int = -1
    public init(id: Int = 0, articleID: Int = 0, section: Int, paragraph: Int, sentence: Int, range: TextRange,
                entity: String, text: String, type: EntityType) {
        self.id = id
        self.articleID = articleID
        self.section = section
        self.paragraph = paragraph
        self.sentence = sentence
        self.range = range
        self.entity = entity
        self.text = text
        self.type = type
    }
}

/// An `Int` kept in 32 bits: the corpus holds millions of records, and their numbers (ids, indices,
/// byte offsets within an article) stay far below 2³¹.
@propertyWrapper
public struct Compact: Sendable, Hashable {
    @usableFromInline var value: Int32
    @inlinable public init(wrappedValue: Int) { value = Int32(wrappedValue) }
    // Inlinable: the language reads these in its per-row loops, from another module.
    @inlinable public var wrappedValue: Int {
        get { Int(value) }
        set { value = Int32(newValue) }
    }
}
