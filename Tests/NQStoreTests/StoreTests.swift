import Foundation
import GRDB
import NQAnalysis
import NQCorpus
import NQFixtures
import Testing
@testable import NQStore

/// Expects `body` to throw an error whose description starts with `prefix`.
func expectError(_ prefix: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Corpus) {
    do {
        _ = try body()
        Issue.record("no error; expected one starting \(prefix)", sourceLocation: sourceLocation)
    } catch {
        #expect("\(error)".hasPrefix(prefix), "\(error)", sourceLocation: sourceLocation)
    }
}

@Suite("The saved store")
struct StoreTests {
    func corpus() -> Corpus {
        var c = Corpus()
        for a in CorpusLoader().load([Fixtures.referenceArticle, Fixtures.path("formats")]).articles { c.add(a) }
        return c
    }

    func temp() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("nq-store-\(UUID().uuidString).nqdb").path
    }

    @Test("A round trip gives back the corpus a fresh load gives")
    func roundTrip() throws {
        let fresh = corpus()
        let path = temp()
        try SQLiteStore().save(fresh, to: path)
        let opened = try SQLiteStore().open(path)
        #expect(opened.articles.map(\.title) == fresh.articles.map(\.title))
        #expect(opened.articles.map(\.text) == fresh.articles.map(\.text))
        #expect(opened.articles.map(\.source) == fresh.articles.map(\.source))
        #expect(opened.articles.map(\.date) == fresh.articles.map(\.date))
        #expect(opened.articles.map(\.quoteCount) == fresh.articles.map(\.quoteCount))
        #expect(opened.sections == fresh.sections)
        #expect(opened.paragraphs == fresh.paragraphs)
        #expect(opened.sentences == fresh.sentences)
        #expect(opened.quotes == fresh.quotes)
        #expect(opened.mentions == fresh.mentions)
        #expect(opened.entities == fresh.entities)
        #expect(opened.speakers == fresh.speakers)
        #expect(opened.wordIndex.words == fresh.wordIndex.words)
        for id in 1...fresh.articles.count {
            #expect(opened.wordIndex.wordIDs(ofArticle: id).sorted() == fresh.wordIndex.wordIDs(ofArticle: id).sorted())
        }
        for word in ["lavrov", "nato", "the", "ukrain"] {
            #expect(opened.wordIndex.articles(withWordContaining: word) == fresh.wordIndex.articles(withWordContaining: word))
        }
        for k in fresh.entities.indices { #expect(opened.mentionRows(ofEntity: k) == fresh.mentionRows(ofEntity: k)) }
        for k in fresh.speakers.indices { #expect(opened.quoteRows(ofSpeaker: k) == fresh.quoteRows(ofSpeaker: k)) }
    }

    @Test("Articles loaded into a reopened store join it as they join a fresh corpus")
    func addAfterOpening() throws {
        let path = temp()
        try SQLiteStore().save(corpus(), to: path)
        var opened = try SQLiteStore().open(path)
        var fresh = corpus()
        let more = CorpusLoader().load([Fixtures.path("nested")]).articles
        #expect(!more.isEmpty)
        opened.add(contentsOf: more)
        fresh.add(contentsOf: more)
        #expect(opened.mentions == fresh.mentions)
        #expect(opened.entities == fresh.entities)
        #expect(opened.speakers == fresh.speakers)
        #expect(opened.wordIndex.words == fresh.wordIndex.words)
        let last = fresh.articles.count
        #expect(opened.wordIndex.wordIDs(ofArticle: last) == fresh.wordIndex.wordIDs(ofArticle: last))
        #expect(opened.wordIndex.articles(withWordContaining: "vote") == fresh.wordIndex.articles(withWordContaining: "vote"))
    }

    @Test("The tables are plain SQL for sqlite3 or pandas, with text views")
    func schema() throws {
        let path = temp()
        try SQLiteStore().save(corpus(), to: path)
        let db = try DatabaseQueue(path: path)
        let (lavrov, text, nato, version) = try db.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes WHERE speaker = 'Sergei Lavrov'"),
             try String.fetchOne(db, sql: "SELECT text FROM quote_texts WHERE id = 1"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE entity = 'NATO' AND article_id = 1"),
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'"))
        }
        #expect(lavrov == 4)
        #expect(text == "diplomatic off-ramp")
        #expect(nato == 8)
        #expect(version == "2")
    }

    @Test("A store of another format version says so")
    func otherVersion() throws {
        let path = temp()
        try SQLiteStore().save(corpus(), to: path)
        let db = try DatabaseQueue(path: path)
        try db.write { try $0.execute(sql: "UPDATE meta SET value = '3' WHERE key = 'version'") }
        expectError("written by a newer nq (store format 3); this nq reads format 2") { try SQLiteStore().open(path) }
        try db.write { try $0.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'version'") }
        try db.close()
        expectError("written by an older nq (store format 1); this nq reads format 2: load the articles again and save") {
            try SQLiteStore().open(path)
        }
    }

    @Test("A damaged store is an error, never a crash or wrong answers")
    func damaged() throws {
        let garbage = temp()
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: garbage))
        expectError("not an nq store") { try SQLiteStore().open(garbage) }

        // Garbage records, rows that point past the tables they index, a cut record: each on a fresh store.
        for damage in ["UPDATE articles SET records = x'FFFFFFFFFFFFFFFFFF01' WHERE id = 2",
                       "DELETE FROM entities WHERE rowid > 1", "DELETE FROM speakers WHERE rowid > 1",
                       "DELETE FROM words WHERE id > 5", "UPDATE articles SET records = substr(records, 1, length(records) - 3)",
                       "UPDATE entities SET packed = x'05'"] {
            let path = temp()
            try SQLiteStore().save(corpus(), to: path)
            let db = try DatabaseQueue(path: path)
            try db.write { try $0.execute(sql: damage) }
            try db.close()
            expectError("the store is damaged") { try SQLiteStore().open(path) }
        }

        let other = temp()
        let plain = try DatabaseQueue(path: other)
        try plain.write { try $0.execute(sql: "CREATE TABLE t(x)") }
        try plain.close()
        expectError("not an nq store") { try SQLiteStore().open(other) }
    }
}
