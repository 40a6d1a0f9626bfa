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
    public var id: Int {
        get { Int(id32) }
        set { id32 = Int32(newValue) }
    }
    private var id32: Int32
    public var articleID: Int {
        get { Int(articleID32) }
        set { articleID32 = Int32(newValue) }
    }
    private var articleID32: Int32
    /// The 1-based index of its section within the article.
    public var section: Int {
        get { Int(section32) }
        set { section32 = Int32(newValue) }
    }
    private var section32: Int32
    /// 1-based within the article.
    public var index: Int {
        get { Int(index32) }
        set { index32 = Int32(newValue) }
    }
    private var index32: Int32
    public var range: TextRange

    public init(id: Int = 0, articleID: Int = 0, section: Int, index: Int, range: TextRange) {
        self.id32 = Int32(id)
        self.articleID32 = Int32(articleID)
        self.section32 = Int32(section)
        self.index32 = Int32(index)
        self.range = range
    }
}

public struct Sentence: Sendable, Hashable {
    public var id: Int {
        get { Int(id32) }
        set { id32 = Int32(newValue) }
    }
    private var id32: Int32
    public var articleID: Int {
        get { Int(articleID32) }
        set { articleID32 = Int32(newValue) }
    }
    private var articleID32: Int32
    /// The 1-based index of its section within the article.
    public var section: Int {
        get { Int(section32) }
        set { section32 = Int32(newValue) }
    }
    private var section32: Int32
    /// The 1-based index of its paragraph within the article.
    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = Int32(newValue) }
    }
    private var paragraph32: Int32
    /// 1-based within the article.
    public var index: Int {
        get { Int(index32) }
        set { index32 = Int32(newValue) }
    }
    private var index32: Int32
    public var range: TextRange

    public init(id: Int = 0, articleID: Int = 0, section: Int, paragraph: Int, index: Int, range: TextRange) {
        self.id32 = Int32(id)
        self.articleID32 = Int32(articleID)
        self.section32 = Int32(section)
        self.paragraph32 = Int32(paragraph)
        self.index32 = Int32(index)
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

    public var id: Int {
        get { Int(id32) }
        set { id32 = Int32(newValue) }
    }
    private var id32: Int32
    public var articleID: Int {
        get { Int(articleID32) }
        set { articleID32 = Int32(newValue) }
    }
    private var articleID32: Int32
    public var section: Int {
        get { Int(section32) }
        set { section32 = Int32(newValue) }
    }
    private var section32: Int32
    /// The 1-based index of its paragraph within the article.
    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = Int32(newValue) }
    }
    private var paragraph32: Int32
    /// The text between the marks.
    public var range: TextRange
    /// The canonical name (fullest name in the article, no title), or an unnamed source's description.
    public var speaker: String?
    /// As the attribution wrote it: "he", "a senior official", "Lavrov".
    public var speakerAsWritten: String?
    public var role: String?
    /// The reporting verb: "said", "told", "according to".
    public var verb: String?
    public var kind: Kind

    public init(id: Int = 0, articleID: Int = 0, section: Int, paragraph: Int, range: TextRange, speaker: String?,
                speakerAsWritten: String?, role: String?, verb: String?, kind: Kind) {
        self.id32 = Int32(id)
        self.articleID32 = Int32(articleID)
        self.section32 = Int32(section)
        self.paragraph32 = Int32(paragraph)
        self.range = range
        self.speaker = speaker
        self.speakerAsWritten = speakerAsWritten
        self.role = role
        self.verb = verb
        self.kind = kind
    }
}

/// What kind of thing an entity is.
public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person, organization, place, other
}

/// One occurrence of a named entity in an article's text.
public struct Mention: Sendable, Hashable {
    public var id: Int {
        get { Int(id32) }
        set { id32 = Int32(newValue) }
    }
    private var id32: Int32
    public var articleID: Int {
        get { Int(articleID32) }
        set { articleID32 = Int32(newValue) }
    }
    private var articleID32: Int32
    public var section: Int {
        get { Int(section32) }
        set { section32 = Int32(newValue) }
    }
    private var section32: Int32
    /// The 1-based index of its paragraph within the article.
    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = Int32(newValue) }
    }
    private var paragraph32: Int32
    /// The 1-based index of its sentence within the article.
    public var sentence: Int {
        get { Int(sentence32) }
        set { sentence32 = Int32(newValue) }
    }
    private var sentence32: Int32
    public var type: EntityType
    public var range: TextRange
    /// The canonical name of the entity.
    public var entity: String
    /// The name as written here ("Lavrov", "Ukraine").
    public var text: String
    public init(id: Int = 0, articleID: Int = 0, section: Int, paragraph: Int, sentence: Int, range: TextRange,
                entity: String, text: String, type: EntityType) {
        self.id32 = Int32(id)
        self.articleID32 = Int32(articleID)
        self.section32 = Int32(section)
        self.paragraph32 = Int32(paragraph)
        self.sentence32 = Int32(sentence)
        self.range = range
        self.entity = entity
        self.text = text
        self.type = type
    }
}
