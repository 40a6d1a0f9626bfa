import NQSupport
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
        Fixtures.scratch.appendingPathComponent("nq-store-\(UUID().uuidString).nqdb").path
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
        #expect(version == "5")
    }

    @Test("Web pages' author and language are kept; a store written before those columns existed reads them as null")
    func authorAndLanguage() throws {
        var c = Corpus()
        for a in CorpusLoader().load([Fixtures.path("web"), Fixtures.path("formats/articles.jsonl")]).articles { c.add(a) }
        let path = temp()
        try SQLiteStore().save(c, to: path)
        let opened = try SQLiteStore().open(path)
        #expect(opened.articles.map(\.author) == c.articles.map(\.author))
        #expect(opened.articles.map(\.language) == c.articles.map(\.language))
        #expect(opened.articles.compactMap(\.author).contains("Mara Lindqvist"))
        #expect(opened.articles.compactMap(\.language).contains("de"))
        // A store of the same format from before: the two columns are not there.
        let older = temp()
        try SQLiteStore().save(corpus(), to: older)
        let db = try DatabaseQueue(path: older)
        try db.write { db in
            try db.execute(sql: "ALTER TABLE articles DROP COLUMN author")
            try db.execute(sql: "ALTER TABLE articles DROP COLUMN language")
        }
        try db.close()
        let reopened = try SQLiteStore().open(older)
        #expect(reopened.articles.map(\.title) == corpus().articles.map(\.title))
        #expect(reopened.articles.allSatisfy { $0.author == nil && $0.language == nil })
    }

    @Test("A store of another format version says so")
    func otherVersion() throws {
        let path = temp()
        try SQLiteStore().save(corpus(), to: path)
        let db = try DatabaseQueue(path: path)
        try db.write { try $0.execute(sql: "UPDATE meta SET value = '6' WHERE key = 'version'") }
        expectError("written by a newer nq (store format 6); this nq reads format 5") { try SQLiteStore().open(path) }
        try db.write { try $0.execute(sql: "UPDATE meta SET value = '4' WHERE key = 'version'") }
        try db.close()
        expectError("written by an older nq (store format 4); this nq reads format 5: load the articles again and save") {
            try SQLiteStore().open(path)
        }
    }

    @Test("A damaged store is an error, never a crash or wrong answers")
    func damaged() throws {
        let garbage = temp()
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: garbage))
        expectError("not an nq store") { try SQLiteStore().open(garbage) }

        // Garbage records, rows that point past the tables they index, a cut record: each on a fresh store.
        for damage in ["UPDATE texts SET records = x'FFFFFFFFFFFFFFFFFF01' WHERE id = 2",
                       "DELETE FROM entities WHERE rowid > 1", "DELETE FROM speakers WHERE rowid > 1",
                       "DELETE FROM words WHERE id > 5", "UPDATE texts SET records = substr(records, 1, length(records) - 3)",
                       "UPDATE entities SET packed = x'05'", "UPDATE articles SET title = 'Other' WHERE id = 1",
                       "UPDATE texts SET text = replace(text, 'Lavrov', 'Lavrof')", "UPDATE speakers SET quotes = quotes + 1",
                       "UPDATE words SET word = 'x' WHERE id = 3", "UPDATE articles SET title = 7 WHERE id = 1",
                       "UPDATE articles SET checksum = 'text' WHERE id = 1", "DELETE FROM articles WHERE id = 2",
                       "DELETE FROM meta WHERE key = 'checksum'", "DELETE FROM texts WHERE id = 2"] {
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

@Suite("save never loses data")
struct SafeSaveTests {
    func corpus() -> Corpus {
        var c = Corpus()
        for a in CorpusLoader().load([Fixtures.referenceArticle]).articles { c.add(a) }
        return c
    }

    func folder() throws -> URL { try Fixtures.temporaryFolder("nq-save") }

    @Test("A folder, a file that is not a store and a link are refused and left as they were")
    func refused() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = try Fixtures.folderOfFiles(in: dir)
        expectError("\(sub.path) is a folder; save writes one file — name a file") { try SQLiteStore().save(corpus(), to: sub.path); return Corpus() }
        #expect(try String(contentsOf: sub.appendingPathComponent("a.txt"), encoding: .utf8) == "x\n")
        let notes = dir.appendingPathComponent("notes.nqdb")
        try "my notes".write(to: notes, atomically: true, encoding: .utf8)
        expectError("\(notes.path) exists and is not an nq store") { try SQLiteStore().save(corpus(), to: notes.path); return Corpus() }
        #expect(try String(contentsOf: notes, encoding: .utf8) == "my notes")
        let link = dir.appendingPathComponent("link.nqdb")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: notes.path)
        expectError("\(link.path) is a symbolic link") { try SQLiteStore().save(corpus(), to: link.path); return Corpus() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.nqdb", "notes.nqdb", "v"])
    }

    @Test("An nq store is replaced whole, whatever its name; nothing temporary is left")
    func replaces() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("x.db").path
        var small = Corpus()
        small.add(CorpusLoader().load([Fixtures.path("formats/articles.jsonl")]).articles[0])
        try SQLiteStore().save(small, to: path)
        #expect(SQLiteStore.isStore(path))
        try SQLiteStore().save(corpus(), to: path)
        #expect(try SQLiteStore().open(path).articles.map(\.title) == corpus().articles.map(\.title))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["x.db"])
        // A folder that does not exist: an error in nq's words, no file made.
        expectError("cannot write \(dir.path)/no/x.nqdb: no permission, or the folder does not exist") {
            try SQLiteStore().save(corpus(), to: dir.path + "/no/x.nqdb"); return Corpus()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["x.db"])
    }
}

@Suite("A damaged store is an error, never different data")
struct StoreFaultTests {
    /// Everything a reopened store gives that statements read, as text.
    static func dump(_ c: Corpus) -> String {
        var out = ""
        for a in c.articles { out += "\(a.id)|\(a.title)|\(a.date ?? "-")|\(a.source ?? "-")|\(a.category ?? "-")|\(a.url ?? "-")|\(a.path)|\(a.words)|\(a.paragraphCount)|\(a.quoteCount)|\(a.text)\n" }
        out += "\(c.sections)\n\(c.paragraphs)\n\(c.sentences)\n\(c.quotes)\n\(c.mentions)\n\(c.entities)\n\(c.speakers)\n\(c.wordIndex.words)\n"
        for id in 1...max(1, c.articles.count) { out += "\(c.wordIndex.wordIDs(ofArticle: id))\n" }
        return out
    }

    @Test("Each of 1,000 single-byte flips of a saved store reopens the same or is a clear error")
    func flips() throws {
        var corpus = Corpus()
        for a in CorpusLoader().load([Fixtures.referenceArticle, Fixtures.path("formats")]).articles { corpus.add(a) }
        let dir = Fixtures.scratch.appendingPathComponent("nq-flip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.nqdb").path
        try SQLiteStore().save(corpus, to: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let expected = Self.dump(try SQLiteStore().open(path))
        var random = SplitMix(seed: 20261204)
        var (same, refused) = (0, 0)
        for _ in 0..<1000 {
            var bytes = original
            let at = Int(random.next() % UInt64(bytes.count))
            bytes[at] ^= UInt8(1 + random.next() % 255)
            try bytes.write(to: URL(fileURLWithPath: path))
            do {
                let opened = try SQLiteStore().open(path)
                #expect(Self.dump(opened) == expected, "byte \(at) changed the answers")
                same += 1
            } catch let e as SQLiteStore.StoreError {
                #expect(!"\(e)".isEmpty)
                refused += 1
            }
        }
        print("store fault test: of 1,000 single-byte flips, \(same) reopened with the same answers, \(refused) were refused")
        #expect(same + refused == 1000)
        #expect(refused > 0)
    }
}
