import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB
import NQCorpus
import NQSupport

/// The saved store: an analysed corpus in one SQLite file (`.nqdb`), written and read through GRDB.
///
/// Schema (format 5), for nq and for anyone with sqlite3 or pandas:
///
///     meta(key TEXT PRIMARY KEY, value TEXT)        -- format = "nq-store", version = "5", nq version,
///                                                  -- articles_checksum (where the checksum stands after
///                                                  -- the articles' own: an append goes on from it),
///                                                  -- checksum (of the summaries, the words and every article's)
///     articles(id, title, date, source, category, url, path, words, paragraphs, quotes,
///              checksum INTEGER,                    -- of the values nq reads back from the row and its texts row
///              author, language)                    -- (added in nq 0.9; a store without them reads as null)
///     texts(id, text, records BLOB, checksum)      -- each article's text and packed records, apart from
///                                                  -- its other columns so that those are a small table;
///                                                  -- the checksum of the text, checked when a statement
///                                                  -- answered in place reads it
///     sections(id, article_id, idx, heading, paragraphs, words)
///     paragraphs(id, article_id, section, idx, start, end)               -- UTF-8 byte offsets into texts.text
///     sentences(id, article_id, section, paragraph, idx, start, end)
///     quotes(id, article_id, section, paragraph, start, end, speaker, speaker_as_written, role, verb, kind, rule)
///     mentions(id, article_id, section, paragraph, sentence, start, end, entity, text, type)
///     entities(name, type, aliases, mentions, articles, packed BLOB)
///     speakers(name, role, quotes, articles)
///     words(id, word)                              -- the vocabulary of the word index
///     postings(word, article)                      -- which articles have each word (the word index as a
///                                                  -- table: `contains` narrows to those articles in place)
///     recent_postings(word, article)               -- the same for articles appended since the store was
///                                                  -- saved: a small table an append writes into, merged
///                                                  -- into postings when it reaches an eighth of it
///     files(path, fingerprint)                     -- the files loaded, by a check of their bytes (a file
///                                                  -- loaded again unchanged is passed over)
///     name_words(kind, word, name)                 -- each entity's ('entity') and speaker's ('speaker')
///                                                  -- name by its words (lower case, diacritics folded)
///     aliases(key, alias, name)                    -- each entity's aliases by their folded lower-case key
///                                                  -- (these two answer a name-aware = in place)
///     views paragraph_texts, sentence_texts, quote_texts: the same rows with their text;
///           article_texts: the articles with their text
///
/// `texts.records` packs each article's records (speakers, entities and words as rows of their
/// tables) so that reopening reads one row per article and decodes them on all cores.
///
/// Writing never loses data: a store is written to a temporary file beside it and renamed over the
/// old one only when complete; nq replaces only a file that is an nq store (known by its content), and
/// refuses folders, links and other files. Reading checks every value it uses against the checksums,
/// so a damaged store is an error naming what is damaged, never different data.
public struct SQLiteStore: Sendable {
    public static let format = "nq-store"
    public static let version = 5

    public enum StoreError: Error, CustomStringConvertible {
        case notAStore(String)
        case otherVersion(found: Int)
        case damaged(String)
        /// `save` will not write there: what is there is not an nq store. (What, how to fix it.)
        case refused(String, fix: String)
        /// Writing failed (the old store, if any, is as it was). (What, how to fix it.)
        case cannotWrite(String, fix: String)

        public var description: String {
            switch self {
            case .notAStore(let why): return "not an nq store (\(why))"
            case .otherVersion(let v) where v > SQLiteStore.version:
                return "written by a newer nq (store format \(v)); this nq reads format \(SQLiteStore.version): use a newer nq, or load the articles again and save"
            case .otherVersion(let v):
                return "written by an older nq (store format \(v)); this nq reads format \(SQLiteStore.version): load the articles again and save"
            case .damaged(let what): return "the store is damaged (\(what)); load the articles again and save"
            case .refused(let why, let fix), .cannotWrite(let why, let fix): return "\(why) — \(fix)"
            }
        }
    }

    public init() {}

    public func save(_ corpus: Corpus, to path: String) throws {
        try Self.checkReplaceable(path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let temporary = FileWriting.temporaryPath(for: path)
        let ours = [temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm"]
        func removeOurs() { for f in ours { unlink(f) } }
        removeOurs()
        do {
            let db = try DatabaseQueue(path: temporary)
            // No journal: a failed write leaves a temporary file that is removed, never a half store.
            try db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = OFF") }
            try db.write { db in
                try createSchema(db)
                try write(corpus, db)
            }
            try db.close()
            guard FileWriting.sync(temporary) else {
                throw StoreError.cannotWrite("cannot write \(path): \(String(cString: strerror(errno)))", fix: Self.writableFix)
            }
            // Replace the old store only once the new one is complete (rename is atomic).
            guard rename(temporary, path) == 0 else { throw StoreError.cannotWrite("cannot write \(path): \(String(cString: strerror(errno)))", fix: Self.writableFix) }
            FileWriting.sync(folder)
        } catch {
            removeOurs()
            throw Self.inOurWords(error, path: path)
        }
    }

    /// Whether `path` is a file nq may write a store to: nothing there, or an nq store.
    static func checkReplaceable(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw StoreError.refused("\(path) is a folder; save writes one file", fix: "name a file such as \"corpus.nqdb\"")
        case S_IFLNK: throw StoreError.refused("\(path) is a symbolic link; nq writes stores only as plain files", fix: "name another file")
        case S_IFREG:
            guard isStore(path) else {
                throw StoreError.refused("\(path) exists and is not an nq store; nq replaces only stores it made",
                                         fix: "name another file, or move that one away yourself")
            }
        default: throw StoreError.refused("\(path) is not a regular file", fix: "name another file")
        }
    }

    /// Whether the file at `path` begins as an SQLite database does (a store is known by its content,
    /// not by its name).
    public static func looksLikeSQLite(_ path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        return (try? h.read(upToCount: 16)) == Data("SQLite format 3\u{0}".utf8)
    }

    /// Whether the file at `path` is an nq store (of any format version).
    public static func isStore(_ path: String) -> Bool {
        guard looksLikeSQLite(path) else { return false }
        var configuration = Configuration()
        configuration.readonly = true
        guard let db = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        defer { try? db.close() }
        return (try? db.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'format'") }) == format
    }

    static let writableFix = "check that the folder exists and is writable"

    /// SQLite's and the system's errors in words a user can act on.
    static func inOurWords(_ error: Error, path: String) -> Error {
        if error is StoreError { return error }
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_FULL: return StoreError.cannotWrite("cannot write \(path): the disk is full", fix: "free some space and save again")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
                return StoreError.cannotWrite("cannot write \(path): no permission, or the folder does not exist", fix: writableFix)
            case .SQLITE_IOERR: return StoreError.cannotWrite("cannot write \(path): a write failed (a full disk, a file size limit or a disk error)", fix: "free some space, or save elsewhere")
            default: return StoreError.cannotWrite("cannot write \(path): \(e.message ?? "SQLite error \(e.resultCode.rawValue)")", fix: writableFix)
            }
        }
        return StoreError.cannotWrite("cannot write \(path): \(error)", fix: writableFix)
    }

    func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, date TEXT, source TEXT, category TEXT, url TEXT,
                                  path TEXT, words INTEGER, paragraphs INTEGER, quotes INTEGER,
                                  checksum INTEGER, author TEXT, language TEXT);
            CREATE TABLE texts(id INTEGER PRIMARY KEY, text TEXT, records BLOB, checksum INTEGER);
            CREATE TABLE sections(id INTEGER PRIMARY KEY, article_id INTEGER, idx INTEGER, heading TEXT, paragraphs INTEGER, words INTEGER);
            CREATE TABLE paragraphs(id INTEGER PRIMARY KEY, article_id INTEGER, section INTEGER, idx INTEGER, start INTEGER, "end" INTEGER);
            CREATE TABLE sentences(id INTEGER PRIMARY KEY, article_id INTEGER, section INTEGER, paragraph INTEGER, idx INTEGER, start INTEGER, "end" INTEGER);
            CREATE TABLE quotes(id INTEGER PRIMARY KEY, article_id INTEGER, section INTEGER, paragraph INTEGER, start INTEGER, "end" INTEGER,
                                speaker TEXT, speaker_as_written TEXT, role TEXT, verb TEXT, kind TEXT, rule TEXT);
            CREATE TABLE mentions(id INTEGER PRIMARY KEY, article_id INTEGER, section INTEGER, paragraph INTEGER, sentence INTEGER,
                                  start INTEGER, "end" INTEGER, entity TEXT, text TEXT, type TEXT);
            CREATE TABLE entities(name TEXT PRIMARY KEY, type TEXT, aliases TEXT, mentions INTEGER, articles INTEGER, packed BLOB);
            CREATE TABLE words(id INTEGER PRIMARY KEY, word TEXT);
            CREATE TABLE postings(word INTEGER, article INTEGER, PRIMARY KEY (word, article)) WITHOUT ROWID;
            CREATE TABLE recent_postings(word INTEGER, article INTEGER, PRIMARY KEY (word, article)) WITHOUT ROWID;
            CREATE TABLE files(path TEXT PRIMARY KEY, fingerprint INTEGER);
            CREATE INDEX articles_url ON articles(url);
            CREATE TABLE speakers(name TEXT PRIMARY KEY, role TEXT, quotes INTEGER, articles INTEGER);
            CREATE TABLE name_words(kind TEXT, word TEXT, name TEXT);
            CREATE TABLE aliases(key TEXT, alias TEXT, name TEXT);
            CREATE INDEX mentions_entity ON mentions(entity, article_id);
            CREATE INDEX quotes_speaker ON quotes(speaker, article_id);
            CREATE INDEX sections_place ON sections(article_id, idx);
            CREATE INDEX sentences_place ON sentences(article_id, idx);
            CREATE INDEX name_words_word ON name_words(kind, word);
            CREATE INDEX aliases_key ON aliases(key);
            CREATE VIEW paragraph_texts AS SELECT p.*, CAST(substr(CAST(a.text AS BLOB), p.start + 1, p."end" - p.start) AS TEXT) AS text
                FROM paragraphs p JOIN texts a ON a.id = p.article_id;
            CREATE VIEW sentence_texts AS SELECT s.*, CAST(substr(CAST(a.text AS BLOB), s.start + 1, s."end" - s.start) AS TEXT) AS text
                FROM sentences s JOIN texts a ON a.id = s.article_id;
            CREATE VIEW quote_texts AS SELECT q.*, CAST(substr(CAST(a.text AS BLOB), q.start + 1, q."end" - q.start) AS TEXT) AS text
                FROM quotes q JOIN texts a ON a.id = q.article_id;
            CREATE VIEW article_texts AS SELECT a.*, x.text FROM articles a JOIN texts x ON x.id = a.id;
            """)
        try db.execute(sql: "INSERT INTO meta VALUES ('format', ?), ('version', ?), ('nq_version', '\(NQVersion.current)')",
                       arguments: [Self.format, String(Self.version)])
    }

    /// Where the ids of appended rows start: the largest id of each table in the store (0 in a new one).
    struct Bases {
        var articles = 0, sections = 0, paragraphs = 0, sentences = 0, quotes = 0, mentions = 0
    }

    func write(_ corpus: Corpus, _ db: Database) throws {
        var whole = Checksum()
        for c in try writeArticles(corpus, db, bases: Bases()) { whole.add(Int(c)) }
        // Where the articles' part of the checksum stands: an append goes on from it.
        try db.execute(sql: "INSERT INTO meta VALUES ('articles_checksum', ?)", arguments: [String(whole.value)])
        whole.add(corpus.articles.count)
        let checks = try writeSummaries(corpus, db, old: nil)
        for c in checks { whole.add(Int(c.stored)) }
        try db.execute(sql: "INSERT INTO meta VALUES ('checksum', ?)", arguments: [String(whole.value)])
        try writePostings(corpus, db, bases: Bases())
        let pairs = corpus.articles.reduce(0) { $0 + corpus.wordIndex.wordIDs(ofArticle: $1.id).count }
        try db.execute(sql: "INSERT INTO meta VALUES ('postings', ?), ('recent_postings', '0')", arguments: [String(pairs)])
        let files = try db.makeStatement(sql: "INSERT INTO files VALUES (?,?)")
        for (path, print) in corpus.loadedFiles.sorted(by: { $0.key < $1.key }) { try files.execute(arguments: [path, Int64(bitPattern: print)]) }
    }

    /// The articles of `corpus` and their records, their ids moved on by `bases`; the articles' checksums.
    func writeArticles(_ corpus: Corpus, _ db: Database, bases: Bases) throws -> [Int64] {
        var articles = try RowInserter(db, "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        var texts = try RowInserter(db, "INSERT INTO texts VALUES (?,?,?,?)")
        var sections = try RowInserter(db, "INSERT INTO sections VALUES (?,?,?,?,?,?)")
        var paragraphs = try RowInserter(db, "INSERT INTO paragraphs VALUES (?,?,?,?,?,?)")
        var sentences = try RowInserter(db, "INSERT INTO sentences VALUES (?,?,?,?,?,?,?)")
        var quotes = try RowInserter(db, "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        var mentions = try RowInserter(db, "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?)")
        var checks: [Int64] = []
        let n = bases.articles
        for a in corpus.analyzedArticles() {
            let x = a.article
            let id = x.id + n
            let records = Packer.pack(a, entities: corpus.entities, packedWords: corpus.wordIndex.packedWordIDs(ofArticle: x.id))
            var check = Checksum()
            Self.checkArticle(&check, id, x.title, x.date, x.source, x.category, x.url, x.path, words: x.words,
                              paragraphs: x.paragraphCount, author: x.author, language: x.language) { $0.add(x.text); $0.add(records) }
            checks.append(check.stored)
            articles.add(id); articles.add(x.title); articles.add(x.date); articles.add(x.source); articles.add(x.category)
            articles.add(x.url); articles.add(x.path); articles.add(x.words); articles.add(x.paragraphCount); articles.add(x.quoteCount)
            articles.add(check.stored); articles.add(x.author); articles.add(x.language)
            try articles.run()
            var textCheck = Checksum()
            textCheck.add(x.text)
            texts.add(id); texts.add(x.text); texts.add(records); texts.add(textCheck.stored)
            try texts.run()
        }
        for s in corpus.sections {
            sections.add(s.id + bases.sections); sections.add(s.articleID + n); sections.add(s.index); sections.add(s.heading)
            sections.add(s.paragraphs.count); sections.add(s.words)
            try sections.run()
        }
        for p in corpus.paragraphs {
            paragraphs.add(p.id + bases.paragraphs); paragraphs.add(p.articleID + n); paragraphs.add(p.section); paragraphs.add(p.index)
            paragraphs.add(p.range.start); paragraphs.add(p.range.end)
            try paragraphs.run()
        }
        for s in corpus.sentences {
            sentences.add(s.id + bases.sentences); sentences.add(s.articleID + n); sentences.add(s.section); sentences.add(s.paragraph)
            sentences.add(s.index); sentences.add(s.range.start); sentences.add(s.range.end)
            try sentences.run()
        }
        for q in corpus.quotes {
            quotes.add(q.id + bases.quotes); quotes.add(q.articleID + n); quotes.add(q.section); quotes.add(q.paragraph)
            quotes.add(q.range.start); quotes.add(q.range.end); quotes.add(q.speaker); quotes.add(q.speakerAsWritten); quotes.add(q.role)
            quotes.add(q.verb); quotes.add(q.kind.rawValue); quotes.add(q.rule)
            try quotes.run()
        }
        for m in corpus.mentions {
            mentions.add(m.id + bases.mentions); mentions.add(m.articleID + n); mentions.add(m.section); mentions.add(m.paragraph)
            mentions.add(m.sentence); mentions.add(m.range.start); mentions.add(m.range.end); mentions.add(m.entity); mentions.add(m.text)
            mentions.add(m.type.rawValue)
            try mentions.run()
        }
        return checks
    }

    /// The summaries as they were before an append: how many rows each had, and the entities and
    /// speakers (what changed is updated, what is new inserted).
    struct OldSummaries {
        var entities: [EntitySummary]
        var speakers: [SpeakerSummary]
        var words: Int
    }

    /// The entities, speakers and vocabulary of `corpus` (all of them, or beside `old`: the rows that
    /// changed updated, the new ones inserted), with their name words and aliases; the checksums of the
    /// three, over all their rows.
    func writeSummaries(_ corpus: Corpus, _ db: Database, old: OldSummaries?) throws -> [Checksum] {
        var (entityCheck, wordCheck, speakerCheck) = (Checksum(), Checksum(), Checksum())
        let insertEntity = try db.makeStatement(sql: "INSERT INTO entities VALUES (?,?,?,?,?,?)")
        let updateEntity = try db.makeStatement(sql: "UPDATE entities SET type = ?, aliases = ?, mentions = ?, articles = ?, packed = ?, name = ? WHERE rowid = ?")
        let nameWords = try db.makeStatement(sql: "INSERT INTO name_words VALUES (?,?,?)")
        let aliases = try db.makeStatement(sql: "INSERT INTO aliases VALUES (?,?,?)")
        func addName(_ kind: String, _ name: String) throws {
            for word in Set(NameFolding.words(name)).sorted() { try nameWords.execute(arguments: [kind, word, name]) }
        }
        let oldEntities = old?.entities ?? []
        for (k, e) in corpus.entities.enumerated() {
            let packed = EntityPacking.pack(e)
            entityCheck.add(e.name); entityCheck.add(e.mentions); entityCheck.add(e.articles); entityCheck.add(packed)
            let row: [(any DatabaseValueConvertible)?] = [e.type.rawValue, e.aliases.joined(separator: "; "), e.mentions, e.articles, Data(packed)]
            if k < oldEntities.count {
                let was = oldEntities[k]
                guard was.mentions != e.mentions || was.articles != e.articles || was.aliases != e.aliases || was.typeVotes != e.typeVotes
                    || was.name != e.name else { continue }
                try updateEntity.execute(arguments: StatementArguments(row + [e.name, k + 1]))
                if was.name != e.name {
                    // A preferred spelling met: the stored records and name tables say it too.
                    try Self.renameRecords(db, kind: "entity", from: was.name, to: e.name)
                    try addName("entity", e.name)
                }
                for alias in e.aliases.dropFirst(was.aliases.count) { try aliases.execute(arguments: [NameFolding.aliasKey(alias), alias, e.name]) }
            } else {
                try insertEntity.execute(arguments: StatementArguments([e.name] + row))
                try addName("entity", e.name)
                for alias in e.aliases { try aliases.execute(arguments: [NameFolding.aliasKey(alias), alias, e.name]) }
            }
        }
        let words = try db.makeStatement(sql: "INSERT INTO words VALUES (?,?)")
        for (k, w) in corpus.wordIndex.words.enumerated() {
            wordCheck.add(w)
            if k >= old?.words ?? 0 { try words.execute(arguments: [k, w]) }
        }
        let insertSpeaker = try db.makeStatement(sql: "INSERT INTO speakers VALUES (?,?,?,?)")
        let updateSpeaker = try db.makeStatement(sql: "UPDATE speakers SET role = ?, quotes = ?, articles = ?, name = ? WHERE rowid = ?")
        let oldSpeakers = old?.speakers ?? []
        for (k, s) in corpus.speakers.enumerated() {
            speakerCheck.add(s.name); speakerCheck.add(s.role); speakerCheck.add(s.quotes); speakerCheck.add(s.articles)
            if k < oldSpeakers.count {
                let was = oldSpeakers[k]
                guard was.role != s.role || was.quotes != s.quotes || was.articles != s.articles || was.name != s.name else { continue }
                try updateSpeaker.execute(arguments: [s.role, s.quotes, s.articles, s.name, k + 1])
                if was.name != s.name {
                    try Self.renameRecords(db, kind: "speaker", from: was.name, to: s.name)
                    try addName("speaker", s.name)
                }
            } else {
                try insertSpeaker.execute(arguments: [s.name, s.role, s.quotes, s.articles])
                try addName("speaker", s.name)
            }
        }
        return [entityCheck, wordCheck, speakerCheck]
    }

    /// An entity's or speaker's records and name-table rows renamed in a store (the summary row is
    /// updated by its caller; the new name's words are added by it).
    static func renameRecords(_ db: Database, kind: String, from old: String, to new: String) throws {
        if kind == "entity" {
            try db.execute(sql: "UPDATE mentions SET entity = ? WHERE entity = ?", arguments: [new, old])
            try db.execute(sql: "UPDATE aliases SET name = ? WHERE name = ?", arguments: [new, old])
        } else {
            try db.execute(sql: "UPDATE quotes SET speaker = ? WHERE speaker = ?", arguments: [new, old])
        }
        try db.execute(sql: "DELETE FROM name_words WHERE kind = ? AND name = ?", arguments: [kind, old])
    }

    /// The word postings of the articles of `corpus` (ids moved on by `bases`), in key order, into
    /// `table` (an append writes `recent_postings`: its pages are few and close together, where new
    /// pairs in the store's `postings` would touch a page of it for nearly every pair).
    func writePostings(_ corpus: Corpus, _ db: Database, bases: Bases, table: String = "postings") throws {
        // Each pair as one number (word × 2³² + article), a hundred thousand to a statement as a JSON
        // array: SQLite reads them in C (one statement per pair costs GRDB's binding for each).
        let postings = try db.makeStatement(sql: "INSERT INTO \(table) SELECT value >> 32, value & 4294967295 FROM json_each(?)")
        var pairs: [Int] = []
        for a in corpus.articles {
            for w in corpus.wordIndex.wordIDs(ofArticle: a.id) { pairs.append(Int(w) << 32 | (a.id + bases.articles)) }
        }
        // In key order: the table's b-tree is written left to right.
        pairs.sort()
        var start = 0
        while start < pairs.count {
            let end = min(pairs.count, start + 100_000)
            var json = "["
            json.reserveCapacity((end - start) * 12)
            for k in start..<end {
                if k > start { json += "," }
                json += String(pairs[k])
            }
            json += "]"
            try postings.execute(arguments: [json])
            start = end
        }
    }

    /// The checksum of an article's row: every value `read` takes from it (`body` adds the text and records).
    static func checkArticle(_ c: inout Checksum, _ id: Int, _ title: String?, _ date: String?, _ source: String?,
                             _ category: String?, _ url: String?, _ path: String?, words: Int, paragraphs: Int,
                             author: String?, language: String?, _ body: (inout Checksum) -> Void) {
        c.add(id); c.add(title); c.add(date); c.add(source); c.add(category); c.add(url); c.add(path)
        c.add(words); c.add(paragraphs)
        // Added later: only when present, so that rows written before (or without them) check as they did.
        if let author { c.add(1); c.add(author) }
        if let language { c.add(2); c.add(language) }
        body(&c)
    }

    public func open(_ path: String) throws -> Corpus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw StoreError.notAStore("no such file") }
        guard !isDirectory.boolValue else { throw StoreError.notAStore("it is a folder") }
        guard Self.looksLikeSQLite(path) else { throw StoreError.notAStore("it is not an SQLite database") }
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
        do {
            return try db.read { db in
                let meta = try Self.checkFormat(db)
                guard let checksum = UInt64(meta["checksum"] ?? "") else { throw StoreError.damaged("no checksum") }
                return try read(db, checksum: checksum)
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError.damaged("\(error)")
        }
    }

    /// The store's meta table, its format and version checked.
    @discardableResult
    static func checkFormat(_ db: Database) throws -> [String: String] {
        let meta: [String: String]
        do {
            meta = Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                ($0.text("key") ?? "", $0.text("value") ?? "")
            }, uniquingKeysWith: { a, _ in a })
        } catch {
            throw StoreError.notAStore("it has no meta table")
        }
        guard meta["format"] == Self.format else { throw StoreError.notAStore("its meta table names no nq format") }
        guard let version = Int(meta["version"] ?? "") else { throw StoreError.damaged("no format version") }
        guard version == Self.version else { throw StoreError.otherVersion(found: version) }
        return meta
    }

    /// A store's summaries: speakers, entities and the vocabulary, with their checksums.
    struct Summaries {
        var speakers: [SpeakerSummary] = []
        var entities: [EntitySummary] = []
        var words: [String] = []
        var speakerCheck = Checksum(), entityCheck = Checksum(), wordCheck = Checksum()
        /// The files loaded, by path, with the check of their bytes.
        var files: [String: UInt64] = [:]

        /// A corpus of these summaries and no articles: what new articles are joined to in an append
        /// (linked to the store's names, their words numbered after its vocabulary).
        func corpus() throws -> Corpus {
            guard let vocabulary = WordIndex(words: words, packedWordLists: []) else { throw StoreError.damaged("the word index") }
            var corpus = Corpus(restoring: [], speakers: speakers, entities: entities, wordIndex: vocabulary)
            corpus.loadedFiles = files
            return corpus
        }

        /// The first half of an append, the same for every store: the files of `specs` analysed and
        /// joined to a corpus of these summaries; an article whose url `isKnownURL` says the store holds
        /// is passed over. An interruption says that nothing was added to `store`.
        func analyse(_ specs: [String], source: CorpusSource, store: String, isKnownURL: @escaping @Sendable (String) -> Bool,
                     isCancelled: @escaping @Sendable () -> Bool) throws -> (Corpus, LoadReport) {
            var corpus = try corpus()
            corpus.isKnownURL = isKnownURL
            let report: LoadReport
            do {
                report = try source.load(specs, into: &corpus, progress: nil, isCancelled: isCancelled)
            } catch {
                let failure: LoadFailure = error
                guard failure.message.hasPrefix("interrupted") else { throw failure }
                throw LoadFailure(spec: failure.spec, "interrupted: nothing was added to \(store)", suggestion: "load again", problems: failure.problems)
            }
            if corpus.articles.count > 0, isCancelled() {
                throw LoadFailure("interrupted: nothing was added to \(store)", suggestion: "load again", problems: report.problems)
            }
            return (corpus, report)
        }
    }

    func readSummaries(_ db: Database) throws -> Summaries {
        var s = Summaries()
        for row in try Row.fetchAll(db, sql: "SELECT name, role, quotes, articles FROM speakers ORDER BY rowid") {
            guard let name = row.text("name"), let quotes = row.int("quotes"), let articles = row.int("articles") else {
                throw StoreError.damaged("a speaker's row")
            }
            let role = row.text("role")
            s.speakerCheck.add(name); s.speakerCheck.add(role); s.speakerCheck.add(quotes); s.speakerCheck.add(articles)
            s.speakers.append(SpeakerSummary(name: name, role: role, quotes: quotes, articles: articles))
        }
        for row in try Row.fetchAll(db, sql: "SELECT name, mentions, articles, packed FROM entities ORDER BY rowid") {
            guard let name = row.text("name"), let mentions = row.int("mentions"), let articles = row.int("articles"),
                  let packed = try row.blob("packed") else {
                throw StoreError.damaged("an entity's row")
            }
            s.entityCheck.add(name); s.entityCheck.add(mentions); s.entityCheck.add(articles); s.entityCheck.add(packed)
            do {
                s.entities.append(try EntityPacking.unpack(Array(packed), name: name, mentions: mentions, articles: articles))
            } catch {
                throw StoreError.damaged("the summary of an entity")
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, word FROM words ORDER BY id") {
            guard let id = row.int("id"), id == s.words.count, let word = row.text("word") else {
                throw StoreError.damaged("the word index")
            }
            s.wordCheck.add(word)
            s.words.append(word)
        }
        for row in try Row.fetchAll(db, sql: "SELECT path, fingerprint FROM files") {
            if let path = row.text("path"), let print = row.int("fingerprint") { s.files[path] = UInt64(bitPattern: Int64(print)) }
        }
        return s
    }

    /// The corpus of an opened store whose format is checked: summaries and vocabulary first, then the
    /// articles' rows, whose records are checked against their checksums and decoded on all cores;
    /// last, all of it against the store's checksum.
    func read(_ db: Database, checksum expected: UInt64) throws -> Corpus {
        var whole = Checksum()
        let summaries = try readSummaries(db)
        let (speakers, entities, words) = (summaries.speakers, summaries.entities, summaries.words)
        let (speakerCheck, entityCheck, wordCheck) = (summaries.speakerCheck, summaries.entityCheck, summaries.wordCheck)
        // Each article's text as bytes: checked and made a string on the workers, not here.
        // Stores written before articles had an author and a language have neither column.
        let hasAuthor = try Row.fetchAll(db, sql: "PRAGMA table_info(articles)").contains { ($0["name"] as String?) == "author" }
        let extra = hasAuthor ? ", author, language" : ""
        var articles: [(article: Article, text: Data, records: [UInt8], checksum: Int64)] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, title, date, source, category, url, path, x.text, words, paragraphs, x.records, a.checksum\(extra)
            FROM articles a LEFT JOIN texts x ON x.id = a.id ORDER BY a.id
            """)
        while let row = try rows.next() {
            guard let id = row.int("id"), id == articles.count + 1, let title = row.text("title"), let path = row.text("path"),
                  let text = try row.blob("text"), let records = try row.blob("records"), let checksum = row.int("checksum"),
                  let words = row.int("words"), let paragraphs = row.int("paragraphs") else {
                throw StoreError.damaged("the row of article \(articles.count + 1)")
            }
            articles.append((Article(id: id, title: title, date: row.text("date"), source: row.text("source"), category: row.text("category"),
                                     url: row.text("url"), path: path, text: "", words: words, paragraphCount: paragraphs,
                                     author: hasAuthor ? row.text("author") : nil, language: hasAuthor ? row.text("language") : nil),
                             text, Array(records), Int64(checksum)))
            whole.add(checksum)
        }
        whole.add(articles.count)
        // The summaries are added after the articles, in the order they were written.
        for c in [entityCheck, wordCheck, speakerCheck] { whole.add(Int(c.stored)) }
        guard whole.value == expected else { throw StoreError.damaged("its checksum does not match its contents") }
        // Check and decode on every core.
        let (allSpeakers, allEntities, wordCount) = (speakers, entities, words.count)
        var decoded = ConcurrentMap.map(consume articles) { item -> (AnalyzedArticle, ArraySlice<UInt8>)? in
            var article = item.article
            var check = Checksum()
            Self.checkArticle(&check, article.id, article.title, article.date, article.source, article.category, article.url,
                              article.path, words: article.words, paragraphs: article.paragraphCount, author: article.author,
                              language: article.language) { $0.add(item.text); $0.add(item.records) }
            guard check.stored == item.checksum else { return nil }
            article.text = String(decoding: item.text, as: UTF8.self)
            return try? Unpacker.unpack(item.records, into: article, speakers: allSpeakers, entities: allEntities, words: wordCount)
        }
        // Moved out of the results (a copy would share every table, and numbering them would copy each).
        var analyzed: [AnalyzedArticle] = []
        var lists: [ArraySlice<UInt8>] = []
        analyzed.reserveCapacity(decoded.count)
        lists.reserveCapacity(decoded.count)
        for k in decoded.indices {
            guard let (a, w) = decoded[k].take() else { throw StoreError.damaged("the text or records of article \(k + 1)") }
            analyzed.append(a)
            lists.append(w)
        }
        decoded = []
        guard let index = WordIndex(words: words, packedWordLists: lists) else { throw StoreError.damaged("the word index") }
        var corpus = Corpus(restoring: consume analyzed, speakers: speakers, entities: entities, wordIndex: index)
        corpus.loadedFiles = summaries.files
        return corpus
    }
}

extension Row {
    /// A column's text; nil when it is NULL or not text (never a trap, whatever a damaged file holds).
    func text(_ column: String) -> String? {
        if case .string(let s) = (self[column] as DatabaseValue).storage { return s }
        return nil
    }

    func int(_ column: String) -> Int? {
        if case .int64(let n) = (self[column] as DatabaseValue).storage { return Int(n) }
        return nil
    }

    /// A column's bytes (text or blob), copied out of the row; nil when NULL.
    func blob(_ column: String) throws -> Data? {
        try withUnsafeData(named: column) { $0.map { Data($0) } }
    }
}
