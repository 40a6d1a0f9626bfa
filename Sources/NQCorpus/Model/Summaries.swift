/// A speaker across the corpus: its canonical name, a role, how many quotations and articles.
public struct SpeakerSummary: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var quotes: Int
    public var articles: Int
    var lastArticle: Int

    public init(name: String, role: String?, quotes: Int, articles: Int, lastArticle: Int = 0) {
        self.name = name
        self.role = role
        self.quotes = quotes
        self.articles = articles
        self.lastArticle = lastArticle
    }
}

/// An entity across the corpus: its canonical name, its type (the most frequent among its mentions),
/// the other names it is written as, and how many mentions and articles.
public struct EntitySummary: Sendable, Hashable {
    public var name: String
    public var aliases: [String] = []
    public var mentions = 0
    public var articles = 0
    /// Mentions of each type, by `EntityType.rank`.
    public internal(set) var typeVotes = SIMD4<Int32>()
    /// The name the entity had before a preferred spelling of it was met (`NameFolding.prefers`); nil
    /// when it never changed. A store's records written before the change refer to it.
    public internal(set) var spelledFirst: String? = nil
    var lastArticle = 0

    public init(name: String, aliases: [String] = [], mentions: Int = 0, articles: Int = 0, typeVotes: SIMD4<Int32> = .init(),
                spelledFirst: String? = nil) {
        self.spelledFirst = spelledFirst
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
        self.articles = articles
        self.typeVotes = typeVotes
    }

    public var type: EntityType {
        // Most votes; ties broken person > organization > place > other.
        EntityType.allCases.max { (typeVotes[$0.rank], -$0.rank) < (typeVotes[$1.rank], -$1.rank) } ?? .other
    }
}

extension EntityType {
    public var rank: Int {
        switch self {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        case .other: return 3
        }
    }
}
