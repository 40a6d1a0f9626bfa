import Foundation
import GRDB
import NQAnalysis
import NQCorpus
import NQFixtures
import NQLanguage
import Testing
@testable import NQStore

/// The demo corpus analysed once, and saved once to a store: the two sides of the differential tests.
final class DemoStore: @unchecked Sendable {
    static let shared = DemoStore()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let corpus: Corpus
    let path: String
    let engine: StoreInPlace

    init(corpus: Corpus, path: String, engine: StoreInPlace) {
        self.corpus = corpus
        self.path = path
        self.engine = engine
    }

    init() {
        var c = Corpus()
        for a in CorpusLoader().load([Self.root.appendingPathComponent("Sources/nq/Demo").path]).articles { c.add(a) }
        corpus = c
        path = Fixtures.scratch.appendingPathComponent("nq-inplace-\(UUID().uuidString).nqdb").path
        try! SQLiteStore().save(c, to: path)
        engine = try! StoreEngine(path: path)
    }

    /// What a statement prints (output, then errors) in memory, and from the store in place; and
    /// whether the store still answers in place after it (it did not read the corpus into memory).
    func both(_ statement: String, format: OutputFormat = .json) -> (memory: String, store: String, inPlace: Bool) {
        func run(_ i: Interpreter, _ out: BufferSink, _ err: BufferSink) -> String {
            i.settings.format = format
            i.execute(SourceText(statement))
            return out.text + err.text
        }
        let (mo, me, so, se) = (BufferSink(), BufferSink(), BufferSink(), BufferSink())
        let memory = Interpreter(corpus: corpus, output: mo, errors: me)
        let store = Interpreter(corpus: Corpus(), output: so, errors: se)
        store.open(inPlace: engine)
        return (run(memory, mo, me), run(store, so, se), store.inPlace != nil)
    }
}

/// Words split at spaces, tagged X: enough for the tokens source to exist.
struct WordsOnly: SentenceAnnotator {
    func annotate(sentence: String) -> [TokenAnnotation] {
        sentence.split(separator: " ").map { TokenAnnotation(word: String($0), lemma: $0.lowercased(), pos: "X") }
    }
    func parse(_ words: [TokenAnnotation]) -> [(head: Int, dep: String)]? { nil }
}

@Suite("Statements on a store in place")
struct InPlaceTests {
    /// Conditions for a field of each type (values common in the demo corpus, and some that match nothing).
    static func conditions(_ f: FieldSpec) -> [String] {
        let n = f.name
        switch f.type {
        case .number:
            return ["\(n) > 3", "\(n) <= 1", "\(n) != 2", "\(n) = 1", "not \(n) > 2", "\(n) >= 40", "\(n) is null"]
        case .name:
            return ["\(n) = \"Trump\"", "\(n) != \"Biden\"", "\(n) == \"Donald Trump\"", "not \(n) = \"Lavrov\"", "\(n) = \"erdoğan\"",
                    "\(n) = \"united states\"", "\(n) = \"Nobody Atall\"", "\(n) is null", "\(n) in (\"NATO\", \"Sergei Lavrov\")"]
        case .text:
            return ["\(n) = \"direct\"", "\(n) contains \"an\"", "\(n) matches /^[A-M]/", "\(n) is null", "\(n) is not null",
                    "not \(n) contains \"e\"", "\(n) in (\"place\", \"person\", \"Europe\")", "\(n) < \"M\"", "\(n) == \"(lead)\"",
                    "\(n) = \"PERSON\"", "\(n) contains \"ö\"", "\(n) matches /(?i)nato|covid/"]
        }
    }

    /// Several hundred statements over every source a store keeps: each field's conditions, groupings,
    /// orders, limits, mentions in each place, date buckets, and conditions combined.
    static var generated: [String] {
        var out: [String] = []
        for s in Sources.all where s.stored != nil {
            let n = s.name
            out += ["count \(n)", "find \(n) limit 7", "find \(n) limit 4 offset 10", "count \(n) by month", "count \(n) by year limit 3",
                    "count \(n) by week order by week desc limit 4", "count \(n) by day order by count desc limit 5"]
            for (k, f) in s.fields.enumerated() {
                if f.name != "text" {
                    out += ["count \(n) by \(f.name) limit 6", "count \(n) by \(f.name) order by \(f.name) desc limit 4 offset 1",
                            "find \(n) order by \(f.name) limit 5", "find \(n) order by \(f.name) desc, id limit 3 offset 2"]
                    if k + 1 < s.fields.count, s.fields[k + 1].name != "text" {
                        out.append("count \(n) by \(f.name), \(s.fields[k + 1].name) limit 5")
                    }
                }
                for (j, c) in conditions(f).enumerated() {
                    out.append("count \(n) where \(c)")
                    if j % 3 == 0 { out.append("find \(n) where \(c) limit 4") }
                }
            }
            let c = s.fields.map(conditions)
            if c.count >= 3 {
                out.append("count \(n) where (\(c[0][0]) or \(c[1][1])) and not \(c[2][2])")
                out.append("find \(n) where \(c[1][0]) and (\(c[2][1]) or not \(c[0][3])) limit 6")
            }
            if s.mentionScope != nil {
                out += ["count \(n) where mentions \"NATO\"", "find \(n) where mentions \"Trump\" limit 3",
                        "count \(n) where not mentions \"Russia\"", "count \(n) where mentions \"Nobody Atall\""]
            }
            for scope in ["article", "section", "paragraph", "sentence"] {
                out.append("count \(n) where \(scope) mentions \"Biden\"")
                out.append("count \(n) where not \(scope) mentions \"China\" by month limit 3")
            }
        }
        for s in Sources.all where s.stored != nil {
            out += ["show \(s.singular) 1", "show \(s.singular) 5", "show \(s.singular) 100000", "show \(s.singular) 0"]
        }
        out += ["show speaker \"Lavrov\"", "show speaker \"Sergei Lavrov\"", "show entity \"Erdogan\"", "show entity \"Erdoğan\"",
                "show entity \"Trump\"", "show speaker \"Nobody Atall\"", "show entity \"nato\"", "show quote 9", "show mention 16"]
        out += ["count mentions NATO by article", "count mentions Trump by article_id limit 5", "find mentions \"Lavrov\" limit 3",
                "count mentions where sentence mentions \"NATO\" and not entity = \"NATO\" by entity limit 8",
                "count quotes where speaker is not null by speaker order by count desc limit 5",
                "find quotes where speaker = \"Lavrov\" show id, speaker, text, section, paragraph",
                "find sentences where text contains \"vaccine\" order by article desc limit 4 show article, text",
                // A text condition first (the word index narrows) with conditions that take values of their own.
                "count quotes where text contains \"the\" and speaker = \"Trump\"",
                "find paragraphs where text matches /vacc/ and article mentions \"China\" limit 5 show id, article_id",
                "count sentences where text contains \"said\" and not paragraph mentions \"Trump\" by article limit 5",
                "count mentions where text contains \"an\" and entity = \"Biden\" by month",
                "count quotes where text contains \"we\" and speaker != \"Trump\" and kind = \"direct\" by article, month limit 6",
                "count paragraphs where text matches /(?i)covid/ by date limit 5"]
        return out
    }

    /// The find and count statements of the examples, each run alone.
    static var exampleStatements: [String] {
        let dir = DemoStore.root.appendingPathComponent("Examples").path
        var out: [String] = []
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() where name.hasSuffix(".nq") {
            let text = (try? String(contentsOfFile: dir + "/" + name, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where line.hasPrefix("find ") || line.hasPrefix("count ") {
                out.append(String(line))
            }
        }
        return out
    }

    @Test("The same output in memory and from the store in place, for every example statement and a generated set; none reads the corpus")
    func differential() {
        let demo = DemoStore.shared
        let statements = Self.exampleStatements + Self.generated
        #expect(Self.exampleStatements.count >= 20)
        #expect(statements.count >= 500)
        var differing: [String] = []
        var answered = 0
        for (k, s) in statements.enumerated() {
            // Every output format: a store in place writes a find's rows as it reads them, in chunks.
            let formats: [OutputFormat] = [.json, .table, .csv, .json, .tsv, .jsonl, .markdown]
            let (memory, store, inPlace) = demo.both(s, format: formats[k % formats.count])
            if memory != store { differing.append("\(s)\n--- memory\n\(memory.prefix(600))\n--- store\n\(store.prefix(600))") }
            if !inPlace { differing.append("\(s): the store read the corpus into memory") }
            if !memory.hasPrefix("error"), !memory.contains("count\n0\n"), !memory.contains("{\"count\": 0}"), !memory.isEmpty { answered += 1 }
        }
        // Finds of thousands of rows (written in several chunks), in every format.
        for format in OutputFormat.allCases {
            for s in ["find mentions where type = \"place\" show id, entity, text", "find sentences where text contains \"the\" show id, text",
                      "find quotes where speaker is null"] {
                let (memory, store, inPlace) = demo.both(s, format: format)
                if memory != store || !inPlace { differing.append("\(format) \(s)\n--- memory\n\(memory.suffix(300))\n--- store\n\(store.suffix(300))") }
                #expect(memory.split(separator: "\n").count > (s.hasPrefix("find quotes") ? 50 : 1000))
            }
        }
        #expect(differing.isEmpty, "\(differing.count) of \(statements.count) differ; first: \(differing.prefix(3).joined(separator: "\n\n"))")
        // Most statements give rows: the comparison is of answers, not of errors or empty results.
        #expect(answered * 10 >= statements.count * 7, "only \(answered) of \(statements.count) gave rows")
    }

    @Test("Examples as whole scripts: the same output; statements that need the corpus read it into memory and say so")
    func scripts() throws {
        let demo = DemoStore.shared
        let dir = DemoStore.root.appendingPathComponent("Examples").path
        for name in ["count.nq", "co-occurrence.nq", "coverage-by-month.nq", "find.nq", "who-is-quoted.nq", "tour.nq", "let.nq", "show.nq"] {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            let (mo, me, so, se) = (BufferSink(), BufferSink(), BufferSink(), BufferSink())
            let memory = Interpreter(corpus: demo.corpus, output: mo, errors: me)
            let store = Interpreter(corpus: Corpus(), output: so, errors: se)
            store.open(inPlace: demo.engine)
            memory.runScript(text, origin: .file(name))
            store.runScript(text, origin: .file(name))
            #expect(mo.text == so.text, "\(name): output differs")
            let notes = se.text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("note: ") && $0.contains("needs the corpus in memory") }
            let rest = se.text.split(separator: "\n", omittingEmptySubsequences: false).filter { !($0.hasPrefix("note: ") && $0.contains("needs the corpus in memory")) }
            #expect(rest.joined(separator: "\n") == me.text, "\(name): errors differ")
            #expect(notes.count <= 1)
            #expect((notes.count == 1) == (store.inPlace == nil), "\(name): a note exactly when the corpus was read")
        }
    }

    /// Let sets made and used every way they can be (by id, article and name), in one script.
    static let letScript = """
        let big = find articles where words > 400 order by words desc limit 30
        count quotes where article_id in big by speaker limit 5
        find big where title contains "a" limit 5
        count big by month
        find big order by title limit 4 offset 2
        let lav = find quotes where speaker = "Lavrov"
        count mentions where article_id in lav
        let ents = find entities where mentions > 20
        count mentions where entity in ents by type
        find ents order by name limit 4
        count mentions where not entity in ents and article_id = 1
        let q = find quotes where speaker is not null order by speaker desc limit 50
        count speakers where name in q
        find q limit 5 offset 3 show id, speaker
        count q by speaker order by count desc limit 3
        count q by article
        let s = find sentences where mentions "NATO"
        count sentences where id in s
        count sentences where not id in s and article_id = 1
        count paragraphs where article_id in s by article_id
        explain count q by speaker
        """

    @Test("let sets are made in place, read in their order, and compared with by id, article and name; the same output as in memory")
    func letSets() {
        let demo = DemoStore.shared
        let script = Self.letScript
        let (mo, me, so, se) = (BufferSink(), BufferSink(), BufferSink(), BufferSink())
        let memory = Interpreter(corpus: demo.corpus, output: mo, errors: me)
        let store = Interpreter(corpus: Corpus(), output: so, errors: se)
        store.open(inPlace: demo.engine)
        memory.runScript(script, origin: .commandLine, bail: false)
        store.runScript(script, origin: .commandLine, bail: false)
        let explained = so.text.components(separatedBy: "statement: count q by speaker").last ?? ""
        #expect(explained.contains("JOIN json_each(?) r ON t.rowid = r.value + 1"))
        let outMemory = mo.text.components(separatedBy: "statement: count q by speaker").first ?? ""
        let outStore = so.text.components(separatedBy: "statement: count q by speaker").first ?? ""
        #expect(outMemory == outStore)
        #expect(me.text == se.text)
        #expect(store.inPlace != nil, "the store read the corpus into memory: \(se.text)")
        #expect(!me.text.contains("error"), "\(me.text)")
        #expect(mo.text.contains("speaker"))
    }

    @Test("explain prints the SQL a statement runs in the store")
    func explain() {
        let (_, store, inPlace) = DemoStore.shared.both("explain count mentions NATO by article", format: .table)
        #expect(inPlace)
        #expect(store.contains("run in the store"))
        // Counted by article first, then each article's title read once.
        #expect(store.contains("SELECT a.\"title\", sum(g.n), min(g.f) FROM (SELECT t.article_id AS aid, count(*) AS n, min(t.rowid) AS f FROM mentions t WHERE t.\"entity\" IN (SELECT value FROM json_each(?)) GROUP BY t.article_id) g JOIN articles a ON a.id = g.aid GROUP BY 1 ORDER BY 3"))
        #expect(store.contains("?1 = [\"NATO\"]"))
        // A span of an article's text: narrowed by the word index, searched by SQLite, the text checked.
        let (_, span, _) = DemoStore.shared.both("explain count sentences where text contains \"vaccine\"", format: .table)
        #expect(span.contains("WHERE t.\"article_id\" IN (SELECT p.article FROM postings p WHERE p.word IN (SELECT w.id FROM words w WHERE instr(w.word, ?) > 0) UNION ALL SELECT p.article FROM recent_postings p WHERE p.word IN (SELECT w.id FROM words w WHERE instr(w.word, ?) > 0)) AND instr(lower(CAST(substr(CAST(CASE WHEN nq_seen(x.id) THEN x.text ELSE nq_text(x.id, x.text, x.checksum) END AS BLOB), t.start + 1, t.\"end\" - t.start) AS TEXT)), ?) > 0"))
        // A condition only nq's own code decides the same way as in memory.
        let (_, leaf, _) = DemoStore.shared.both("explain count articles where title contains \"Vaccine\"", format: .table)
        #expect(leaf.contains("SELECT count(*) FROM articles t WHERE nq_leaf(0, t.\"title\")"))
        #expect(leaf.contains("nq_leaf(0, …): title contains \"vaccine\", decided by nq's own code"))
        // Tokens are made in memory: a statement on them reads the store first (a stand-in annotator: the
        // language core's models are not this test's concern).
        TokenTable.annotator = WordsOnly()
        let (_, tokens, _) = DemoStore.shared.both("explain count tokens", format: .table)
        #expect(tokens.contains("read the whole store into memory (this statement needs the corpus there)"))
    }

    @Test("A store damaged mid-file, of another version, or not a store at all: clear errors when opened or read")
    func damaged() throws {
        let demo = DemoStore.shared
        // Another version.
        let other = Fixtures.scratch.appendingPathComponent("nq-inplace-v-\(UUID().uuidString).nqdb").path
        try FileManager.default.copyItem(atPath: demo.path, toPath: other)
        let db = try DatabaseQueue(path: other)
        try db.write { try $0.execute(sql: "UPDATE meta SET value = '3' WHERE key = 'version'") }
        try db.close()
        do {
            _ = try StoreEngine(path: other)
            Issue.record("a store of format 3 was opened")
        } catch {
            #expect("\(error)" == "written by an older nq (store format 3); this nq reads format 5: load the articles again and save")
        }
        // Pages overwritten in the middle of the file: reading them is an error naming the damage.
        let cut = Fixtures.scratch.appendingPathComponent("nq-inplace-d-\(UUID().uuidString).nqdb").path
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: demo.path)))
        for k in stride(from: bytes.count / 3, to: bytes.count * 2 / 3, by: 1) { bytes[k] = UInt8(truncatingIfNeeded: k &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: cut))
        let (out, err) = (BufferSink(), BufferSink())
        let i = Interpreter(corpus: Corpus(), output: out, errors: err)
        do {
            i.open(inPlace: try StoreEngine(path: cut))
            i.execute(SourceText("count mentions by entity limit 3"))
            i.execute(SourceText("count sentences where text contains \"x\""))
            #expect(err.text.contains("the store is damaged"), "\(err.text)")
        } catch {
            #expect("\(error)".contains("the store is damaged"), "\(error)")
        }
        #expect(throws: SQLiteStore.StoreError.self) { try StoreEngine(path: DemoStore.root.appendingPathComponent("Package.swift").path) }
    }

    @Test("save on a store in place copies it without reading it into memory; the copy reads back whole; a file that is not a store is refused")
    func saveInPlace() throws {
        let demo = DemoStore.shared
        let copy = Fixtures.scratch.appendingPathComponent("nq-inplace-save-\(UUID().uuidString).nqdb").path
        let notes = Fixtures.scratch.appendingPathComponent("nq-inplace-notes-\(UUID().uuidString).txt").path
        try "mine\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let (out, err) = (BufferSink(), BufferSink())
        let i = Interpreter(corpus: Corpus(), output: out, errors: err)
        i.open(inPlace: demo.engine)
        i.execute(SourceText("save \"\(copy)\""))
        #expect(err.text == "saved 296 articles to \(copy)\n")
        #expect(i.inPlace != nil)
        #expect(try SQLiteStore().open(copy).articles.map(\.title) == demo.corpus.articles.map(\.title))
        i.execute(SourceText("save \"\(notes)\""))
        #expect(err.text.contains("exists and is not an nq store; nq replaces only stores it made"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "mine\n")
    }

    @Test("A read-only store is answered in place")
    func readOnly() throws {
        let demo = DemoStore.shared
        let copy = Fixtures.scratch.appendingPathComponent("nq-inplace-ro-\(UUID().uuidString).nqdb").path
        try FileManager.default.copyItem(atPath: demo.path, toPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy)
        let (out, err) = (BufferSink(), BufferSink())
        let i = Interpreter(corpus: Corpus(), output: out, errors: err)
        i.open(inPlace: try StoreEngine(path: copy))
        i.settings.format = .csv
        i.execute(SourceText("count quotes where speaker = \"Lavrov\""))
        #expect(out.text == "count\n4\n", "\(err.text)")
    }
}

/// Files analysed by the loader (what the executable's source does for files).
struct AnalysedFiles: CorpusSource {
    /// A shard of a map step: only its articles are loaded.
    var shard: Shard? = nil

    func load(_ specs: [String], into corpus: inout Corpus, progress: LoadProgress?,
              isCancelled: @escaping @Sendable () -> Bool) throws(LoadFailure) -> LoadReport {
        var loader = CorpusLoader()
        loader.shard = shard
        let s = loader.load(specs, into: &corpus, isCancelled: isCancelled)
        if s.interruptedAfter != nil { throw LoadFailure("interrupted: \(s.articles) articles were loaded", problems: s.problems) }
        if s.articles == 0 && s.alreadyLoaded == 0 && shard == nil { throw LoadFailure("nothing was loaded", problems: s.problems) }
        return LoadReport(articles: s.articles, files: s.files, problems: s.problems)
    }
    func save(_ corpus: Corpus, to path: String) throws(LoadFailure) { throw LoadFailure("not here") }
}

@Suite("Appending to a store in place")
struct AppendTests {
    static let demo = DemoStore.root.appendingPathComponent("Sources/nq/Demo")
    static var first: [String] { [demo.appendingPathComponent("reference").path, demo.appendingPathComponent("wikinews/wikinews_2019.csv").path] }
    static var second: String { demo.appendingPathComponent("wikinews/wikinews_2020.csv").path }

    func temp() -> String {
        Fixtures.scratch.appendingPathComponent("nq-append-\(UUID().uuidString).nqdb").path
    }

    /// A store of the first files, opened in place.
    func storeOfFirst() throws -> (String, StoreEngine) {
        var c = Corpus()
        _ = try AnalysedFiles().load(Self.first, into: &c, progress: nil, isCancelled: { false })
        let path = temp()
        try SQLiteStore().save(c, to: path)
        return (path, try StoreEngine(path: path))
    }

    @Test("load on a store in place adds only the new files' articles, and the store then answers as the corpus of all the files does, in place and read back whole")
    func sameAnswers() throws {
        let (path, engine) = try storeOfFirst()
        let report = try #require(try engine.append([Self.second], source: AnalysedFiles(), isCancelled: { false }))
        #expect(report.articles == 124)
        #expect(engine.articleCount == 296)
        var all = Corpus()
        _ = try AnalysedFiles().load(Self.first + [Self.second], into: &all, progress: nil, isCancelled: { false })
        let memory = DemoStore(corpus: all, path: path, engine: engine)
        var differing: [String] = []
        let statements = InPlaceTests.exampleStatements + InPlaceTests.generated.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        for s in statements {
            let (m, st, inPlace) = memory.both(s)
            if m != st || !inPlace { differing.append("\(s)\n--- memory\n\(m.prefix(400))\n--- store\n\(st.prefix(400))") }
        }
        #expect(differing.isEmpty, "\(differing.count) of \(statements.count) differ; first: \(differing.prefix(2).joined(separator: "\n\n"))")
        // Read back whole, every checksum holds and the corpus is the one loaded from all the files.
        let reopened = try SQLiteStore().open(path)
        #expect(reopened.articles.map(\.title) == all.articles.map(\.title))
        #expect(reopened.entities.map(\.name) == all.entities.map(\.name))
        #expect(reopened.entities.map(\.mentions) == all.entities.map(\.mentions))
        #expect(reopened.entities.map(\.articles) == all.entities.map(\.articles))
        #expect(reopened.entities.map(\.aliases) == all.entities.map(\.aliases))
        #expect(reopened.speakers.map(\.articles) == all.speakers.map(\.articles))
        #expect(reopened.mentions.count == all.mentions.count)
        // The same files again: passed over, nothing added.
        let again = try #require(try engine.append([Self.second], source: AnalysedFiles(), isCancelled: { false }))
        #expect(again.articles == 0)
        #expect(again.problems.contains { $0.reason.contains("already loaded (same path and content)") })
        #expect(engine.articleCount == 296)
    }

    @Test("An article whose url the store holds is not added again")
    func sameURL() throws {
        let (path, engine) = try storeOfFirst()
        let csv = Fixtures.scratch.appendingPathComponent("nq-append-\(UUID().uuidString).csv").path
        try """
            url,date,title,text
            "https://en.wikinews.org//wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead",2019-01-04,Again,"A copy of an article the store has. It says little."
            https://example.org/new,2021-05-01,New,"An article the store does not have, said Maria Lopez."
            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let report = try #require(try engine.append([csv], source: AnalysedFiles(), isCancelled: { false }))
        #expect(report.articles == 1)
        #expect(report.problems.contains { $0.reason == "1 article already in the store (same url), not added again" })
        #expect(engine.articleCount == 173)
        // The new article's words are in the recent postings (a small table beside the store's), and text
        // conditions find it there.
        let db = try DatabaseQueue(path: path)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM recent_postings") ?? 0 } > 5)
        try db.close()
        let (out, err) = (BufferSink(), BufferSink())
        let i = Interpreter(corpus: Corpus(), output: out, errors: err)
        i.open(inPlace: engine)
        i.settings.format = .csv
        i.execute(SourceText("count articles where text contains \"lopez\""))
        i.execute(SourceText("find paragraphs where text matches /store does not/ show article_id"))
        #expect(out.text == "count\n1\narticle_id\n173\n", "\(err.text)")
        // Appended twice (the store's checksum taken up where each append left it), it reads back whole.
        let csv2 = csv.replacingOccurrences(of: ".csv", with: "-2.csv")
        try "url,date,title,text\nhttps://example.org/newer,2021-05-02,Newer,\"Another one, said Maria Lopez.\"\n".write(toFile: csv2, atomically: true, encoding: .utf8)
        #expect(try engine.append([csv2], source: AnalysedFiles(), isCancelled: { false })?.articles == 1)
        let whole = try SQLiteStore().open(path)
        #expect(whole.articles.count == 174)
        #expect(whole.articles.suffix(2).map(\.title) == ["New", "Newer"])
    }

    @Test("An append interrupted, or failing half way through its writes, leaves the store as it was")
    func atomic() throws {
        let (path, engine) = try storeOfFirst()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try engine.append([Self.second], source: AnalysedFiles(), isCancelled: { true })
            Issue.record("an interrupted append succeeded")
        } catch {
            #expect("\(error)".hasPrefix("interrupted: nothing was added to"), "\(error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // A write that fails after the articles went in (a trigger stands in for a full disk).
        let db = try DatabaseQueue(path: path)
        try db.write { try $0.execute(sql: "CREATE TRIGGER fail BEFORE INSERT ON postings BEGIN SELECT RAISE(ABORT, 'the disk is full'); END") }
        let counts = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }
        try db.close()
        let engine2 = try StoreEngine(path: path)
        do {
            _ = try engine2.append([Self.second], source: AnalysedFiles(), isCancelled: { false })
            Issue.record("a failing append succeeded")
        } catch {
            #expect("\(error)".contains("the disk is full; nothing was added"), "\(error)")
        }
        let after = try DatabaseQueue(path: path)
        #expect(try after.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") } == counts)
        #expect(try after.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM texts") } == counts)
        try after.write { try $0.execute(sql: "DROP TRIGGER fail") }
        try after.close()
        #expect(try SQLiteStore().open(path).articles.count == 172)
        _ = engine
    }
}
