import Foundation
import GRDB
import NQCorpus
import NQLanguage
import NQSupport

/// `load` on a store in PostgreSQL: the new files are analysed against the store's names (as an append
/// to an SQLite store is), then written in one transaction under an advisory lock, so that appends
/// from several processes (the shards of a map step) go in one after another. If another process
/// appended while this one analysed, the analysed articles are joined again to the store's names as
/// they are now; the analysis itself does not depend on them (each article is analysed alone).
///
/// The rows are made by the SQLite store's writer (into a scratch file) and copied with COPY: the
/// records and postings are added; the summaries (entities, speakers, vocabulary, name tables) are
/// written whole again, since their counts change.
struct PostgresAppend {
    let engine: PostgresEngine

    /// Where the store stands: the largest id of each table, and its checksum and postings so far (meta).
    struct Position {
        var bases: SQLiteStore.Bases
        var articlesChecksum: UInt64?
        var postings: Int
    }

    static func summaries(_ c: PGConnection) throws -> SQLiteStore.Summaries {
        var s = SQLiteStore.Summaries()
        func int(_ t: String?) throws -> Int {
            guard let t, let n = Int(t) else { throw SQLiteStore.StoreError.damaged("a number in the summaries") }
            return n
        }
        for r in try c.query("SELECT name, role, quotes, articles FROM speakers ORDER BY rowid") {
            guard let name = r[0] else { throw SQLiteStore.StoreError.damaged("a speaker's row") }
            s.speakers.append(SpeakerSummary(name: name, role: r[1], quotes: try int(r[2]), articles: try int(r[3])))
        }
        for r in try c.query("SELECT name, mentions, articles, packed FROM entities ORDER BY rowid") {
            guard let name = r[0], let packed = r[3] else { throw SQLiteStore.StoreError.damaged("an entity's row") }
            do {
                s.entities.append(try EntityPacking.unpack(PostgresStore.hexBytes(packed), name: name, mentions: try int(r[1]), articles: try int(r[2])))
            } catch {
                throw SQLiteStore.StoreError.damaged("the summary of an entity")
            }
        }
        for r in try c.query("SELECT id, word FROM words ORDER BY id") {
            guard let id = r[0].flatMap({ Int($0) }), id == s.words.count, let word = r[1] else { throw SQLiteStore.StoreError.damaged("the word index") }
            s.words.append(word)
        }
        for r in try c.query("SELECT path, fingerprint FROM files") {
            if let path = r[0], let print = r[1].flatMap({ Int64($0) }) { s.files[path] = UInt64(bitPattern: print) }
        }
        return s
    }

    static func position(_ c: PGConnection) throws -> Position {
        var b = SQLiteStore.Bases()
        let tops = try c.query("""
            SELECT (SELECT coalesce(max(id), 0) FROM articles), (SELECT coalesce(max(id), 0) FROM sections),
                   (SELECT coalesce(max(id), 0) FROM paragraphs), (SELECT coalesce(max(id), 0) FROM sentences),
                   (SELECT coalesce(max(id), 0) FROM quotes), (SELECT coalesce(max(id), 0) FROM mentions)
            """)[0].map { Int($0 ?? "0") ?? 0 }
        (b.articles, b.sections, b.paragraphs, b.sentences, b.quotes, b.mentions) = (tops[0], tops[1], tops[2], tops[3], tops[4], tops[5])
        let meta = Dictionary(try c.query("SELECT key, value FROM meta").compactMap { r in r[0].map { ($0, r[1] ?? "") } }, uniquingKeysWith: { a, _ in a })
        return Position(bases: b, articlesChecksum: meta["articles_checksum"].flatMap { UInt64($0) }, postings: Int(meta["postings"] ?? "") ?? 0)
    }

    func append(_ specs: [String], source: CorpusSource, isCancelled: @escaping @Sendable () -> Bool) throws -> (report: LoadReport, count: Int) {
        let (first, start) = try engine.withConnection { c in (try Self.summaries(c), try Self.position(c)) }
        let engine = self.engine
        var (corpus, report) = try first.analyse(specs, source: source, store: engine.path, isKnownURL: { url in
            (try? engine.withConnection { c in try c.query("SELECT 1 FROM articles WHERE url = $1 LIMIT 1", [url]).isEmpty == false }) ?? false
        }, isCancelled: isCancelled)
        guard corpus.articles.count > 0 else { return (report, start.bases.articles) }
        let scratch = PostgresStore.scratch("append")
        defer { unlink(scratch) }
        let count: Int = try engine.withConnection { c in
            try c.execute("BEGIN")
            do {
                try c.execute("SELECT pg_advisory_xact_lock(\(PostgresStore.lockKey))")
                var position = try Self.position(c)
                var summaries = first
                if position.bases.articles != start.bases.articles {
                    // Another process appended meanwhile: the articles joined again to the names as they are now.
                    summaries = try Self.summaries(c)
                    var again = try summaries.corpus()
                    for (p, print) in corpus.loadedFiles where summaries.files[p] == nil { again.loadedFiles[p] = print }
                    again.add(contentsOf: corpus.analyzedArticles())
                    again.prepareIndexes()
                    corpus = again
                }
                let checksums = try write(corpus, position.bases, to: scratch)
                var configuration = Configuration()
                configuration.readonly = true
                let db = try DatabaseQueue(path: scratch, configuration: configuration)
                defer { try? db.close() }
                // Names changed to a preferred spelling: the stored records say it too (the summaries and
                // name tables are written again below).
                for (was, e) in zip(summaries.entities, corpus.entities) where was.name != e.name {
                    _ = try c.query("UPDATE mentions SET entity = $1 WHERE entity = $2", [e.name, was.name])
                }
                for (was, s) in zip(summaries.speakers, corpus.speakers) where was.name != s.name {
                    _ = try c.query("UPDATE quotes SET speaker = $1 WHERE speaker = $2", [s.name, was.name])
                }
                try c.execute("DELETE FROM entities; DELETE FROM speakers; DELETE FROM words; DELETE FROM name_words; DELETE FROM aliases")
                try db.read { db in
                    for table in ["articles", "texts", "sections", "paragraphs", "sentences", "quotes", "mentions", "postings",
                                  "entities", "speakers", "words", "name_words", "aliases"] {
                        try PostgresStore.copyRows(table, from: db, to: c)
                    }
                }
                for (p, print) in corpus.loadedFiles where summaries.files[p] != print {
                    _ = try c.query("INSERT INTO files VALUES ($1, $2::bigint) ON CONFLICT (path) DO UPDATE SET fingerprint = excluded.fingerprint",
                                    [p, String(Int64(bitPattern: print))])
                }
                // The store's checksum, as an append to an SQLite store keeps it.
                var whole = Checksum(continuing: position.articlesChecksum ?? 0)
                if position.articlesChecksum == nil {
                    for r in try c.query("SELECT checksum FROM articles WHERE id <= $1::bigint ORDER BY id", [String(position.bases.articles)]) {
                        whole.add(Int(Int64(r[0] ?? "0") ?? 0))
                    }
                }
                for ch in checksums.articles { whole.add(Int(ch)) }
                let articlesChecksum = whole.value
                whole.add(position.bases.articles + corpus.articles.count)
                for ch in checksums.summaries { whole.add(Int(ch.stored)) }
                position.postings += corpus.articles.reduce(0) { $0 + corpus.wordIndex.wordIDs(ofArticle: $1.id).count }
                for (key, value) in [("articles_checksum", String(articlesChecksum)), ("checksum", String(whole.value)), ("postings", String(position.postings))] {
                    _ = try c.query("INSERT INTO meta VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
                }
                if isCancelled() { throw Evaluator.Interrupted() }
                try c.execute("COMMIT")
                return position.bases.articles + corpus.articles.count
            } catch {
                try? c.execute("ROLLBACK")
                throw error
            }
        }
        return (report, count)
    }

    /// The new articles' rows (ids after the store's) and all the summaries, into a scratch SQLite store.
    func write(_ corpus: Corpus, _ bases: SQLiteStore.Bases, to file: String) throws -> (articles: [Int64], summaries: [Checksum]) {
        unlink(file)
        let db = try DatabaseQueue(path: file)
        defer { try? db.close() }
        try db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = OFF") }
        return try db.write { db in
            let store = SQLiteStore()
            try store.createSchema(db)
            let articles = try store.writeArticles(corpus, db, bases: bases)
            let summaries = try store.writeSummaries(corpus, db, old: nil)
            try store.writePostings(corpus, db, bases: bases)
            return (articles, summaries)
        }
    }
}
