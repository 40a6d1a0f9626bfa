import NQSupport
/// The loaded corpus: articles and the flat tables of records derived from them. A record's `id` is
/// its 1-based position in its table, so `sections[id - 1]` is the section with that id.
public struct Corpus: Sendable {
    public private(set) var articles: [Article] = []
    public private(set) var sections: [Section] = []
    /// The distinct section headings (`Section.headingRow` points here).
    public private(set) var headings: [String] = []
    private var headingIndex: [String: Int] = [:]
    public private(set) var paragraphs: [Paragraph] = []
    public private(set) var sentences: [Sentence] = []
    public private(set) var quotes: [Quote] = []
    /// One row per canonical speaker, in order of first quotation.
    public private(set) var speakers: [SpeakerSummary] = []
    /// Speaker rows by name, written with or without diacritics ("Erdoğan" joins a known "Erdogan").
    private var speakerIndex = FoldedNameIndex()
    public private(set) var mentions: [Mention] = []
    /// Postings (the rows of `quotes` by speaker, of `mentions` by entity), made when first asked for.
    private var derived = Derived()
    private final class Derived: Sendable {
        let quotesBySpeaker = Memo<Postings>()
        let mentionsByEntity = Memo<Postings>()
        let tokens = Memo<TokenTable>()
        let tokenHeads = Memo<TokenHeads>()
    }
    /// One row per canonical entity, in order of first mention.
    public private(set) var entities: [EntitySummary] = []
    /// Entity rows by name, written with or without diacritics.
    private var entityIndex = FoldedNameIndex()
    /// Postings from words to the articles they occur in.
    public private(set) var wordIndex = WordIndex()
    /// Total UTF-8 bytes of article text loaded.
    public private(set) var textBytes: Int = 0
    /// The files loaded into this corpus and a check of their bytes, so that loading one again (same
    /// path, same content) is noticed. (Not kept in a store: a reopened store knows its articles' paths.)
    public var loadedFiles: [String: UInt64] = [:]
    /// When set, whether an article with this url is kept already (in a store being appended to): a
    /// load passes over such articles, and over a second article with a url it has just added.
    public var isKnownURL: (@Sendable (String) -> Bool)? = nil

    public init() {}

    /// A corpus as saved: its articles with their records (`speakerRow` and `entityRow` set, names
    /// filled in), the speaker and entity summaries those rows point into, and the word index.
    public init(restoring batch: consuming [AnalyzedArticle], speakers: [SpeakerSummary], entities: [EntitySummary], wordIndex: WordIndex) {
        self.speakers = speakers
        self.entities = entities
        for s in speakers { speakerIndex.append(s.name) }
        for e in entities { entityIndex.append(e.name) }
        self.wordIndex = wordIndex
        articles.reserveCapacity(batch.count)
        sections.reserveCapacity(batch.reduce(0) { $0 + $1.sections.count })
        paragraphs.reserveCapacity(batch.reduce(0) { $0 + $1.paragraphs.count })
        sentences.reserveCapacity(batch.reduce(0) { $0 + $1.sentences.count })
        quotes.reserveCapacity(batch.reduce(0) { $0 + $1.quotes.count })
        mentions.reserveCapacity(batch.reduce(0) { $0 + $1.mentions.count })
        // The word postings need only the word index: made on another core while the records join.
        let words = ConcurrentMap.start { [wordIndex] in _ = wordIndex.preparePostings() }
        for k in batch.indices { append(&batch[k]) }
        // Which article each name was last counted in (so that articles added later count right).
        for q in quotes where q.speakerRow >= 0 { self.speakers[q.speakerRow].lastArticle = q.articleID }
        for m in mentions { self.entities[m.entityRow].lastArticle = m.articleID }
        prepareRecordPostings()
        words.wait()
    }

    /// Makes room for `factor` times the records held now (a loader that has read part of its input
    /// knows about how much is to come): the tables then never grow during the rest of the load.
    public mutating func reserveCapacity(scalingBy factor: Double) {
        func reserve<T>(_ table: inout [T]) {
            let n = Int((Double(table.count) * factor).rounded(.up))
            if n > table.capacity { table.reserveCapacity(n) }
        }
        reserve(&articles)
        reserve(&sections)
        reserve(&paragraphs)
        reserve(&sentences)
        reserve(&quotes)
        reserve(&mentions)
    }

    /// Appends another corpus (an opened store, whose indexes are made): taken as it is when this one
    /// is empty; otherwise its articles join and the indexes are made anew.
    public mutating func add(contentsOf other: Corpus) {
        if articles.isEmpty {
            self = other
        } else {
            add(contentsOf: other.analyzedArticles())
            prepareIndexes()
        }
    }

    /// Makes the postings (word → articles, speaker → quotes, entity → mentions) now, at the end of
    /// a load, rather than in the first question that needs them.
    public func prepareIndexes() {
        // The word postings on another core while this one makes the speakers' and entities'.
        let words = ConcurrentMap.start { [wordIndex] in _ = wordIndex.preparePostings() }
        prepareRecordPostings()
        words.wait()
    }

    /// The speakers' and the entities' postings.
    private func prepareRecordPostings() {
        _ = quoteRows(ofSpeaker: 0)
        _ = mentionRows(ofEntity: 0)
    }

    /// Appends a batch of analysed articles. The tables grow by a quarter at a time, not double: a
    /// table's old and new storage are both alive while it grows, and what is reserved and unused
    /// stays so — doubling costs up to twice the memory of a large corpus.
    ///
    /// A batch handed over (its last use by the caller) is changed in place: the names of its quotes
    /// and mentions are made the corpus's without copying their tables.
    public mutating func add(contentsOf batch: consuming [AnalyzedArticle]) {
        func grow<T>(_ table: inout [T], by n: Int) {
            let needed = table.count + n
            if needed > table.capacity { table.reserveCapacity(max(needed, table.count + table.count / 4)) }
        }
        grow(&articles, by: batch.count)
        grow(&sections, by: batch.reduce(0) { $0 + $1.sections.count })
        grow(&paragraphs, by: batch.reduce(0) { $0 + $1.paragraphs.count })
        grow(&sentences, by: batch.reduce(0) { $0 + $1.sentences.count })
        grow(&quotes, by: batch.reduce(0) { $0 + $1.quotes.count })
        grow(&mentions, by: batch.reduce(0) { $0 + $1.mentions.count })
        var batch = consume batch
        for k in batch.indices { add(&batch[k]) }
    }

    /// Appends an analysed article, giving it and its records their corpus-wide ids.
    public mutating func add(_ analyzed: AnalyzedArticle) {
        var a = analyzed
        add(&a)
    }

    private mutating func add(_ a: inout AnalyzedArticle) {
        let id = articles.count + 1
        let (entitiesBefore, speakersBefore) = (renamedEntities.count, renamedSpeakers.count)
        for k in a.quotes.indices {
            guard let name = a.quotes[k].speaker else { continue }
            // One copy of each name for all its rows.
            let row = countSpeaker(name, role: a.quotes[k].role, article: id)
            a.quotes[k].speakerRow = row
            a.quotes[k].speaker = speakers[row].name
        }
        for k in a.mentions.indices {
            let e = countEntity(&a.mentions[k], article: id)
            // One copy of the name (not when the entity's name is spelt otherwise: the text is as written).
            if a.mentions[k].text == a.mentions[k].entity, a.mentions[k].entity == entities[e].name { a.mentions[k].text = entities[e].name }
            a.mentions[k].entity = entities[e].name
            a.mentions[k].entityRow = e
        }
        if renamedEntities.count != entitiesBefore || renamedSpeakers.count != speakersBefore { renameRecords(&a) }
        wordIndex.add(text: a.article.text, words: a.words.isEmpty ? WordIndex.distinctWords(a.article.text) : a.words)
        append(&a)
    }

    /// Entities and speakers whose name changed to a preferred spelling; their records are renamed
    /// (once for each name changed: a rare event, a pass over the records).
    private var renamedEntities: Set<Int> = [], renamedSpeakers: Set<Int> = []

    /// The records of the corpus and of `a` named as their entities and speakers are now.
    private mutating func renameRecords(_ a: inout AnalyzedArticle) {
        for k in a.mentions.indices { a.mentions[k].entity = entities[a.mentions[k].entityRow].name }
        for k in a.quotes.indices where a.quotes[k].speaker != nil { a.quotes[k].speaker = speakers[a.quotes[k].speakerRow].name }
        if !renamedEntities.isEmpty {
            for k in mentions.indices where renamedEntities.contains(mentions[k].entityRow) { mentions[k].entity = entities[mentions[k].entityRow].name }
        }
        if !renamedSpeakers.isEmpty {
            for k in quotes.indices where quotes[k].speaker != nil && renamedSpeakers.contains(quotes[k].speakerRow) {
                quotes[k].speaker = speakers[quotes[k].speakerRow].name
            }
        }
        renamedEntities = []
        renamedSpeakers = []
    }

    /// Numbers an article and its records and appends them (names already counted: `add` or a store).
    /// The records are numbered where they are and appended table by table: each is copied once.
    private mutating func append(_ a: inout AnalyzedArticle) {
        var article = a.article
        article.id = articles.count + 1
        article.sectionBase = sections.count
        article.paragraphBase = paragraphs.count
        article.sentenceBase = sentences.count
        article.quoteBase = quotes.count
        article.quoteCount = a.quotes.count
        for k in a.sections.indices {
            a.sections[k].id = sections.count + k + 1
            a.sections[k].articleID = article.id
            if let row = headingIndex[a.sections[k].heading] {
                a.sections[k].headingRow = row
            } else {
                a.sections[k].headingRow = headings.count
                headingIndex[a.sections[k].heading] = headings.count
                headings.append(a.sections[k].heading)
            }
        }
        sections.append(contentsOf: a.sections)
        for k in a.paragraphs.indices {
            a.paragraphs[k].id = paragraphs.count + k + 1
            a.paragraphs[k].articleID = article.id
        }
        paragraphs.append(contentsOf: a.paragraphs)
        for k in a.sentences.indices {
            a.sentences[k].id = sentences.count + k + 1
            a.sentences[k].articleID = article.id
        }
        sentences.append(contentsOf: a.sentences)
        for k in a.quotes.indices {
            a.quotes[k].id = quotes.count + k + 1
            a.quotes[k].articleID = article.id
        }
        quotes.append(contentsOf: a.quotes)
        article.mentionBase = mentions.count
        for k in a.mentions.indices {
            a.mentions[k].id = mentions.count + k + 1
            a.mentions[k].articleID = article.id
        }
        mentions.append(contentsOf: a.mentions)
        textBytes += article.text.utf8.count
        articles.append(article)
        // New postings memos, unless this corpus alone holds empty ones (most appends, while loading).
        if !isKnownUniquelyReferenced(&derived) || derived.quotesBySpeaker.isMade || derived.mentionsByEntity.isMade
            || derived.tokens.isMade { derived = Derived() }
    }

    /// The words of every sentence with their lemma, part of speech and dependency, made by the
    /// annotator (`TokenTable.annotator`, set by the executable) the first time they are asked for.
    public var tokens: TokenTable {
        derived.tokens.get { TokenTable(self) }
    }

    /// The tokens' heads and relations, parsed when first asked for.
    public var tokenHeads: TokenHeads {
        derived.tokenHeads.get { TokenHeads(tokens) }
    }

    /// The rows of `quotes` whose speaker is `speakers[row]`, ascending.
    public func quoteRows(ofSpeaker row: Int) -> ArraySlice<Int32> {
        derived.quotesBySpeaker.get { Postings(count: quotes.count, keys: speakers.count) { quotes[$0].speakerRow } }.rows(of: row)
    }

    /// The rows of `mentions` of entity `entities[row]`, ascending.
    public func mentionRows(ofEntity row: Int) -> ArraySlice<Int32> {
        derived.mentionsByEntity.get { Postings(count: mentions.count, keys: entities.count) { mentions[$0].entityRow } }.rows(of: row)
    }

    /// The row in `speakers` of the speaker with this canonical name.
    public func speakerRow(named name: String) -> Int? { speakerIndex.row(of: name) }

    /// The row in `entities` of the entity with this canonical name.
    /// (Written with or without diacritics: "Erdoğan" finds "Erdogan".)
    public func entityRow(named name: String) -> Int? { entityIndex.row(of: name) }

    public func article(_ id: Int) -> Article { articles[id - 1] }

    /// Shows paths under `prefix` as under `replacement` ("/…/Demo/reference/x.txt" → "demo/reference/x.txt").
    public mutating func renamePaths(prefix: String, to replacement: String) {
        for k in articles.indices where articles[k].path.hasPrefix(prefix) {
            articles[k].path = replacement + articles[k].path.dropFirst(prefix.count)
        }
    }

    /// The entity with this canonical name.
    public func entity(named name: String) -> EntitySummary? {
        entityRow(named: name).map { entities[$0] }
    }

    @discardableResult
    private mutating func countEntity(_ m: inout Mention, article: Int) -> Int {
        let (i, new) = entityIndex.insert(m.entity)
        if new {
            entities.append(EntitySummary(name: m.entity))
        } else if m.entity != entities[i].name, NameFolding.prefers(m.entity, over: entities[i].name) {
            // The spelling to show, whichever came first; the other stays an alias.
            let old = entities[i].name
            if entities[i].spelledFirst == nil { entities[i].spelledFirst = old }
            entities[i].name = m.entity
            if !entities[i].aliases.contains(old) { entities[i].aliases.append(old) }
            renamedEntities.insert(i)
        }
        entities[i].mentions += 1
        entities[i].typeVotes[m.type.rank] += 1
        if m.text != entities[i].name, !entities[i].aliases.contains(m.text) { entities[i].aliases.append(m.text) }
        if entities[i].lastArticle != article {
            entities[i].articles += 1
            entities[i].lastArticle = article
        }
        return i
    }

    @discardableResult
    private mutating func countSpeaker(_ name: String, role: String?, article: Int) -> Int {
        let (i, new) = speakerIndex.insert(name)
        if !new {
            if name != speakers[i].name, NameFolding.prefers(name, over: speakers[i].name) {
                speakers[i].name = name
                renamedSpeakers.insert(i)
            }
            speakers[i].quotes += 1
            if speakers[i].lastArticle != article {
                speakers[i].articles += 1
                speakers[i].lastArticle = article
            }
            if speakers[i].role == nil { speakers[i].role = role }
            return i
        } else {
            speakers.append(SpeakerSummary(name: name, role: role, quotes: 1, articles: 1, lastArticle: article))
            return speakers.count - 1
        }
    }

    /// The row of section `index` (1-based) of article `articleID` in `sections`, or -1 for none.
    @inlinable
    public func sectionRow(article articleID: Int, index: Int) -> Int {
        let row = articles[articleID - 1].sectionBase + index - 1
        return index >= 1 && row < sections.count ? row : -1
    }

    /// The row in `headings` of the heading of section `index` (1-based) of article `articleID`: the
    /// same number for sections with the same heading, whatever their article (-1 for none).
    @inlinable
    public func headingRow(article articleID: Int, index: Int) -> Int {
        let row = sectionRow(article: articleID, index: index)
        return row < 0 ? -1 : sections[row].headingRow
    }

    /// The heading of section `index` (1-based) of article `articleID`.
    public func sectionHeading(article articleID: Int, index: Int) -> String {
        let row = sectionRow(article: articleID, index: index)
        return row < 0 ? Section.leadHeading : sections[row].heading
    }
}

extension Corpus {
    /// The articles with their records, to add to another corpus.
    public func analyzedArticles() -> [AnalyzedArticle] {
        articles.map { a in
            let rows = recordRows(ofArticle: a.id)
            var analyzed = AnalyzedArticle(article: a, sections: Array(sections[rows.sections]),
                                           paragraphs: Array(paragraphs[rows.paragraphs]), sentences: Array(sentences[rows.sentences]))
            analyzed.quotes = Array(quotes[rows.quotes])
            analyzed.mentions = Array(mentions[rows.mentions])
            return analyzed
        }
    }

    /// Where the records of article `id` are in each table.
    public func recordRows(ofArticle id: Int) -> (sections: Range<Int>, paragraphs: Range<Int>, sentences: Range<Int>,
                                                  quotes: Range<Int>, mentions: Range<Int>) {
        let a = articles[id - 1]
        let next = id < articles.count ? articles[id] : nil
        return (a.sectionBase..<(next?.sectionBase ?? sections.count), a.paragraphBase..<(next?.paragraphBase ?? paragraphs.count),
                a.sentenceBase..<(next?.sentenceBase ?? sentences.count), a.quoteBase..<(next?.quoteBase ?? quotes.count),
                a.mentionBase..<(next?.mentionBase ?? mentions.count))
    }
}
