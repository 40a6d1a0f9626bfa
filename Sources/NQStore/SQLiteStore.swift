import Foundation
import GRDB
import NQCorpus
import NQSupport

/// The saved store: an analysed corpus in one SQLite file (`.nqdb`), written and read through GRDB.
///
/// Schema (format 2), for nq and for anyone with sqlite3 or pandas:
///
///     meta(key TEXT PRIMARY KEY, value TEXT)        -- format = "nq-store", version = "2", nq version
///     articles(id, title, date, source, category, url, path, text, words, paragraphs, quotes, records BLOB)
///     sections(id, article_id, idx, heading, paragraphs, words)
///     paragraphs(id, article_id, section, idx, start, end)               -- UTF-8 byte offsets into articles.text
///     sentences(id, article_id, section, paragraph, idx, start, end)
///     quotes(id, article_id, section, paragraph, start, end, speaker, speaker_as_written, role, verb, kind)
///     mentions(id, article_id, section, paragraph, sentence, start, end, entity, text, type)
///     entities(name, type, aliases, mentions, articles, packed BLOB)
///     speakers(name, role, quotes, articles)
///     words(id, word)                              -- the vocabulary of the word index
///     views paragraph_texts, sentence_texts, quote_texts: the same rows with their text
///
/// `articles.records` packs each article's records (speakers, entities and words as rows of their
/// tables) so that reopening reads one row per article and decodes them on all cores.
public struct SQLiteStore: Sendable {
    public static let format = "nq-store"
    public static let version = 2

    public enum StoreError: Error, CustomStringConvertible {
        case notAStore(String)
        case otherVersion(found: Int)
        case damaged(String)

        public var description: String {
            switch self {
            case .notAStore(let why): return "not an nq store (\(why))"
            case .otherVersion(let v) where v > SQLiteStore.version:
                return "written by a newer nq (store format \(v)); this nq reads format \(SQLiteStore.version): use a newer nq, or load the articles again and save"
            case .otherVersion(let v):
                return "written by an older nq (store format \(v)); this nq reads format \(SQLiteStore.version): load the articles again and save"
            case .damaged(let what): return "the store is damaged (\(what)); load the articles again and save"
            }
        }
    }

    public init() {}

    public func save(_ corpus: Corpus, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let db = try DatabaseQueue(path: temporary)
            try db.write { db in
                try createSchema(db)
                try write(corpus, db)
            }
            try db.close()
            // Replace the old store only once the new one is complete.
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, date TEXT, source TEXT, category TEXT, url TEXT,
                                  path TEXT, text TEXT, words INTEGER, paragraphs INTEGER, quotes INTEGER, records BLOB);
            CREATE TABLE sections(id INTEGER PRIMARY KEY, article_id INTEGER, idx INTEGER, heading TEXT, paragraphs INTEGER, words INTEGER);
            CREATE TABLE paragraphs(id INTEGER PRIMARY KEY, article_id INTEGER, section INTEGER, idx INTEGER, start INTEGER, "end" INTEGER);
            CREATE TABLE sentences(id INTEGER PRIMARY KEY, article_id INTEGER, section INTEGER, paragraph INTEGER, idx INTEGER, start INTEGER, "end" INTEGER);
            CREATE TABLE quotes(id INTEGER PRIMARY KEY, article_id INTEGER, section INTEGER, paragraph INTEGER, start INTEGER, "end" INTEGER,
                                speaker TEXT, speaker_as_written TEXT, role TEXT, verb TEXT, kind TEXT);
            CREATE TABLE mentions(id INTEGER PRIMARY KEY, article_id INTEGER, section INTEGER, paragraph INTEGER, sentence INTEGER,
                                  start INTEGER, "end" INTEGER, entity TEXT, text TEXT, type TEXT);
            CREATE TABLE entities(name TEXT PRIMARY KEY, type TEXT, aliases TEXT, mentions INTEGER, articles INTEGER, packed BLOB);
            CREATE TABLE words(id INTEGER PRIMARY KEY, word TEXT);
            CREATE TABLE speakers(name TEXT PRIMARY KEY, role TEXT, quotes INTEGER, articles INTEGER);
            CREATE INDEX mentions_entity ON mentions(entity);
            CREATE INDEX quotes_speaker ON quotes(speaker);
            CREATE VIEW paragraph_texts AS SELECT p.*, CAST(substr(CAST(a.text AS BLOB), p.start + 1, p."end" - p.start) AS TEXT) AS text
                FROM paragraphs p JOIN articles a ON a.id = p.article_id;
            CREATE VIEW sentence_texts AS SELECT s.*, CAST(substr(CAST(a.text AS BLOB), s.start + 1, s."end" - s.start) AS TEXT) AS text
                FROM sentences s JOIN articles a ON a.id = s.article_id;
            CREATE VIEW quote_texts AS SELECT q.*, CAST(substr(CAST(a.text AS BLOB), q.start + 1, q."end" - q.start) AS TEXT) AS text
                FROM quotes q JOIN articles a ON a.id = q.article_id;
            """)
        try db.execute(sql: "INSERT INTO meta VALUES ('format', ?), ('version', ?), ('nq_version', '\(NQVersion.current)')",
                       arguments: [Self.format, String(Self.version)])
    }

    func write(_ corpus: Corpus, _ db: Database) throws {
        let articles = try db.makeStatement(sql: "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        let sections = try db.makeStatement(sql: "INSERT INTO sections VALUES (?,?,?,?,?,?)")
        let paragraphs = try db.makeStatement(sql: "INSERT INTO paragraphs VALUES (?,?,?,?,?,?)")
        let sentences = try db.makeStatement(sql: "INSERT INTO sentences VALUES (?,?,?,?,?,?,?)")
        let quotes = try db.makeStatement(sql: "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?)")
        let mentions = try db.makeStatement(sql: "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?)")
        for a in corpus.analyzedArticles() {
            let x = a.article
            try articles.execute(arguments: [x.id, x.title, x.date, x.source, x.category, x.url, x.path, x.text,
                                             x.words, x.paragraphCount, x.quoteCount,
                                             Data(Packer.pack(a, entities: corpus.entities, packedWords: corpus.wordIndex.packedWordIDs(ofArticle: x.id)))])
        }
        for s in corpus.sections {
            try sections.execute(arguments: [s.id, s.articleID, s.index, s.heading, s.paragraphs.count, s.words])
        }
        for p in corpus.paragraphs {
            try paragraphs.execute(arguments: [p.id, p.articleID, p.section, p.index, p.range.start, p.range.end])
        }
        for s in corpus.sentences {
            try sentences.execute(arguments: [s.id, s.articleID, s.section, s.paragraph, s.index, s.range.start, s.range.end])
        }
        for q in corpus.quotes {
            try quotes.execute(arguments: [q.id, q.articleID, q.section, q.paragraph, q.range.start, q.range.end,
                                           q.speaker, q.speakerAsWritten, q.role, q.verb, q.kind.rawValue])
        }
        for m in corpus.mentions {
            try mentions.execute(arguments: [m.id, m.articleID, m.section, m.paragraph, m.sentence, m.range.start, m.range.end,
                                             m.entity, m.text, m.type.rawValue])
        }
        let entities = try db.makeStatement(sql: "INSERT INTO entities VALUES (?,?,?,?,?,?)")
        for e in corpus.entities {
            try entities.execute(arguments: [e.name, e.type.rawValue, e.aliases.joined(separator: "; "), e.mentions, e.articles,
                                             Data(EntityPacking.pack(e))])
        }
        let words = try db.makeStatement(sql: "INSERT INTO words VALUES (?,?)")
        for (k, w) in corpus.wordIndex.words.enumerated() { try words.execute(arguments: [k, w]) }
        let speakers = try db.makeStatement(sql: "INSERT INTO speakers VALUES (?,?,?,?)")
        for s in corpus.speakers { try speakers.execute(arguments: [s.name, s.role, s.quotes, s.articles]) }
    }

    public func open(_ path: String) throws -> Corpus {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.notAStore("no such file") }
        var configuration = Configuration()
        configuration.readonly = true
        // Pages read from a mapping of the file, not copied into SQLite's cache by read calls.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 4294967296") }
        let db: DatabaseQueue
        do {
            db = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError.notAStore("\(error)")
        }
        defer { try? db.close() }
        return try db.read { db in
            let meta: [String: String]
            do {
                meta = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                    (($0["key"] as String?) ?? "", ($0["value"] as String?) ?? "")
                })
            } catch {
                throw StoreError.notAStore("it has no meta table: \(error)")
            }
            guard meta["format"] == Self.format else { throw StoreError.notAStore("its meta table names no nq format") }
            guard let version = Int(meta["version"] ?? "") else { throw StoreError.damaged("no format version") }
            guard version == Self.version else { throw StoreError.otherVersion(found: version) }
            do {
                return try read(db)
            } catch let e as StoreError {
                throw e
            } catch {
                throw StoreError.damaged("\(error)")
            }
        }
    }

    /// The corpus of an opened store whose format is checked: summaries and vocabulary first, then the
    /// articles' rows, whose records are decoded in parallel.
    func read(_ db: Database) throws -> Corpus {
        var speakers: [SpeakerSummary] = []
        for row in try Row.fetchAll(db, sql: "SELECT name, role, quotes, articles FROM speakers ORDER BY rowid") {
            guard let name = row["name"] as String? else { throw StoreError.damaged("a speaker has no name") }
            speakers.append(SpeakerSummary(name: name, role: row["role"], quotes: row["quotes"] ?? 0, articles: row["articles"] ?? 0))
        }
        var entities: [EntitySummary] = []
        for row in try Row.fetchAll(db, sql: "SELECT name, mentions, articles, packed FROM entities ORDER BY rowid") {
            guard let name = row["name"] as String?, let packed = row["packed"] as Data? else {
                throw StoreError.damaged("an entity lacks its name or packed summary")
            }
            do {
                entities.append(try EntityPacking.unpack(Array(packed), name: name, mentions: row["mentions"] ?? 0, articles: row["articles"] ?? 0))
            } catch {
                throw StoreError.damaged("the summary of entity \"\(name)\" does not decode")
            }
        }
        var words: [String] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, word FROM words ORDER BY id") {
            guard let id = row["id"] as Int?, id == words.count, let word = row["word"] as String? else {
                throw StoreError.damaged("the word index has gaps")
            }
            words.append(word)
        }
        // Each article's text as bytes: checked as UTF-8 and made a string on the workers, not here.
        var articles: [(article: Article, text: Data, records: [UInt8])] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, title, date, source, category, url, path, text, words, paragraphs, records FROM articles ORDER BY id
            """)
        while let row = try rows.next() {
            guard let title = row["title"] as String?, let path = row["path"] as String?,
                  let text = row["text"] as Data?, let records = row["records"] as Data? else {
                throw StoreError.damaged("an article lacks its title, path, text or records")
            }
            articles.append((Article(title: title, date: row["date"], source: row["source"], category: row["category"],
                                     url: row["url"], path: path, text: "", words: row["words"] ?? 0,
                                     paragraphCount: row["paragraphs"] ?? 0), text, Array(records)))
        }
        // Decode on every core.
        let (allSpeakers, allEntities, wordCount) = (speakers, entities, words.count)
        var decoded = ConcurrentMap.map(consume articles) { item in
            var article = item.article
            article.text = String(decoding: item.text, as: UTF8.self)
            return try? Unpacker.unpack(item.records, into: article, speakers: allSpeakers, entities: allEntities, words: wordCount)
        }
        // Moved out of the results (a copy would share every table, and numbering them would copy each).
        var analyzed: [AnalyzedArticle] = []
        var lists: [ArraySlice<UInt8>] = []
        analyzed.reserveCapacity(decoded.count)
        lists.reserveCapacity(decoded.count)
        for k in decoded.indices {
            guard let (a, w) = decoded[k].take() else { throw StoreError.damaged("the records of article \(k + 1) do not decode") }
            analyzed.append(a)
            lists.append(w)
        }
        decoded = []
        guard let index = WordIndex(words: words, packedWordLists: lists) else { throw StoreError.damaged("the word index") }
        return Corpus(restoring: consume analyzed, speakers: speakers, entities: entities, wordIndex: index)
    }
}
