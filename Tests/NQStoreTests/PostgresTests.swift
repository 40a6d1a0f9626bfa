import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NQAnalysis
import NQCorpus
import NQLanguage
import NQSupport
import Testing
@testable import NQStore

/// The server the tests use: `Scripts/test` (and so `.ci/run`) starts a throwaway cluster and names it in
/// NQ_TEST_POSTGRES (a URL with a password). Each test makes its own database there.
enum TestServer {
    static var url: String? {
        let u = ProcessInfo.processInfo.environment["NQ_TEST_POSTGRES"]
        return u?.isEmpty == false ? u : nil
    }

    static let missing = "NQ_TEST_POSTGRES is not set: run the tests with Scripts/test, which starts a throwaway PostgreSQL cluster (Scripts/pg-scratch)"

    /// A new empty database on the test server; its URL.
    static func database() throws -> String {
        let base = try #require(url, Comment(rawValue: missing))
        let name = "nq_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let admin = try PGConnection(url: base)
        try admin.execute("CREATE DATABASE \(name)")
        admin.close()
        return replacingDatabase(base, with: String(name))
    }

    static func replacingDatabase(_ url: String, with name: String) -> String {
        let path = url.range(of: "/", options: .backwards)!
        return String(url[..<path.upperBound]) + name
    }
}

/// The demo corpus saved to a database of its own on the test server.
enum PostgresDemo {
    static let shared: DemoStore? = {
        guard TestServer.url != nil, let url = try? TestServer.database() else { return nil }
        let memory = DemoStore.shared
        guard (try? PostgresEngine.save(memory.corpus, to: url)) != nil, let engine = try? PostgresEngine(url: url) else { return nil }
        return DemoStore(corpus: memory.corpus, path: url, engine: engine)
    }()
}

@Suite("The store in PostgreSQL")
struct PostgresTests {
    func demo() throws -> DemoStore {
        try #require(TestServer.url != nil, Comment(rawValue: TestServer.missing))
        return try #require(PostgresDemo.shared, "the demo corpus could not be saved to the test server")
    }

    @Test("The same output in memory and from PostgreSQL, for every example statement and the generated set; none reads the corpus")
    func differential() throws {
        let demo = try demo()
        let statements = InPlaceTests.exampleStatements + InPlaceTests.generated
        #expect(statements.count >= 500)
        var differing: [String] = []
        for (k, s) in statements.enumerated() {
            let formats: [OutputFormat] = [.json, .table, .csv, .json, .tsv, .jsonl, .markdown]
            let (memory, store, inPlace) = demo.both(s, format: formats[k % formats.count])
            if memory != store { differing.append("\(s)\n--- memory\n\(memory.prefix(600))\n--- postgres\n\(store.prefix(600))") }
            if !inPlace { differing.append("\(s): the store read the corpus into memory") }
        }
        for format in OutputFormat.allCases {
            for s in ["find mentions where type = \"place\" show id, entity, text", "find sentences where text contains \"the\" show id, text",
                      "find quotes where speaker is null"] {
                let (memory, store, inPlace) = demo.both(s, format: format)
                if memory != store || !inPlace { differing.append("\(format) \(s)\n--- memory\n\(memory.suffix(300))\n--- postgres\n\(store.suffix(300))") }
            }
        }
        #expect(differing.isEmpty, "\(differing.count) of \(statements.count) differ; first: \(differing.prefix(3).joined(separator: "\n\n"))")
    }

    /// The columns a distributed table is distributed by (docs/scale.md); the other tables are reference tables.
    static let distributionKey = ["articles": "id", "texts": "id", "sections": "article_id", "paragraphs": "article_id",
                                  "sentences": "article_id", "quotes": "article_id", "mentions": "article_id",
                                  "postings": "article", "recent_postings": "article"]

    /// Where a statement's SQL reads a distributed table other than by its distribution key, joined to
    /// another one's (the co-location rule of docs/scale.md): each such place, described.
    static func notColocated(_ sql: String) -> [String] {
        let text = sql.replacingOccurrences(of: "\"", with: "")
        let ns = text as NSString
        let reference = try! NSRegularExpression(pattern: #"(?:FROM|JOIN) (\w+) (\w+)"#)
        var out: [String] = []
        for m in reference.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let table = ns.substring(with: m.range(at: 1)), alias = ns.substring(with: m.range(at: 2))
            guard let key = distributionKey[table], alias != "t" else { continue }  // t: the statement's own records
            // The parenthesised scope the table is read in.
            var depth = 0, open = m.range.location
            while open > 0 {
                open -= 1
                let c = ns.character(at: open)
                if c == 41 { depth += 1 } else if c == 40 { if depth == 0 { break }; depth -= 1 }
            }
            var close = m.range.location
            depth = 0
            while close < ns.length {
                let c = ns.character(at: close)
                if c == 40 { depth += 1 } else if c == 41 { if depth == 0 { break }; depth -= 1 }
                close += 1
            }
            let scope = ns.substring(with: NSRange(location: open, length: close - open))
            let before = ns.substring(with: NSRange(location: max(0, open - 40), length: min(40, open)))
            let keys = ["t.id", "t.article_id", "a.id", "x.id", "g.aid"]
            // Joined on the key: alias.key = (another distributed table's key).
            let joined = keys.contains { scope.contains("\(alias).\(key) = \($0)") || scope.contains("\($0) = \(alias).\(key)") }
                || (alias == "a" && scope.contains("a.id = t.article_id")) || (alias == "x" && (scope.contains("x.id = t.article_id") || scope.contains("x.id = t.id")))
            // A semi-join on the key: KEY IN (SELECT alias.key …) or (KEY, …) IN (SELECT alias.key, …).
            let semi = scope.hasPrefix("(SELECT \(alias).\(key)") && before.hasSuffix(" IN ")
                && keys.contains { before.contains($0) } || (before.hasSuffix(" IN ") && before.contains("(t.article_id, t.") && scope.hasPrefix("(SELECT \(alias).article_id,"))
            if !joined && !semi { out.append("\(table) \(alias) in \(scope.prefix(160))") }
        }
        return out
    }

    @Test("Every statement of the differential set joins distributed tables only on their distribution key (docs/scale.md)")
    func colocated() throws {
        let demo = try demo()
        var checked = 0
        var violations: [String] = []
        for s in InPlaceTests.exampleStatements + InPlaceTests.generated where !s.hasPrefix("show") {
            let (_, explained, _) = demo.both("explain " + s, format: .table)
            for line in explained.split(separator: "\n") {
                guard let r = line.range(of: "PostgreSQL: ") else { continue }
                checked += 1
                violations += Self.notColocated(String(line[r.upperBound...])).map { "\(s): \($0)" }
            }
        }
        #expect(checked >= 1_300, "only \(checked) statements were compiled")
        #expect(violations.isEmpty, "\(violations.count) places; first: \(violations.prefix(5).joined(separator: "\n"))")
        // The checker finds what breaks the rule.
        #expect(Self.notColocated("SELECT count(*) FROM quotes t JOIN mentions m ON m.id = t.id").count == 1)
        #expect(Self.notColocated("SELECT count(*) FROM speakers t WHERE t.name IN (SELECT s.speaker FROM quotes s)").count == 1)
        #expect(Self.notColocated("SELECT count(*) FROM quotes t JOIN articles a ON a.id = t.article_id").isEmpty)
    }

    @Test("let sets made and used in PostgreSQL: the same output as in memory; explain shows the set joined in its order")
    func letSets() throws {
        let demo = try demo()
        let (mo, me, so, se) = (BufferSink(), BufferSink(), BufferSink(), BufferSink())
        let memory = Interpreter(corpus: demo.corpus, output: mo, errors: me)
        let store = Interpreter(corpus: Corpus(), output: so, errors: se)
        store.open(inPlace: demo.engine)
        memory.runScript(InPlaceTests.letScript, origin: .commandLine, bail: false)
        store.runScript(InPlaceTests.letScript, origin: .commandLine, bail: false)
        let split = "statement: count q by speaker"
        #expect(mo.text.components(separatedBy: split).first == so.text.components(separatedBy: split).first)
        #expect(me.text == se.text)
        #expect(store.inPlace != nil, "the store read the corpus into memory: \(se.text)")
        #expect((so.text.components(separatedBy: split).last ?? "").contains("JOIN json_array_elements_text($1::json) WITH ORDINALITY r(value, key) ON t.id = r.value::bigint + 1"))
    }

    @Test("Names with quotes, backslashes, commas and braces reach the server as they are")
    func arrayLiterals() throws {
        let c = try PGConnection(url: try TestServer.database())
        let names = ["Beto O'Rourke", "Martin Luther King, Jr.", "a \"quoted\" name", "back\\slash", "{braces}", "NULL", ""]
        let literal = SQLCompiler.textArray(names)
        let back = try c.query("SELECT unnest($1::text[])", [literal]).map { $0[0] }
        #expect(back == names.map { Optional($0) })
    }

    @Test("explain prints PostgreSQL's SQL, and what nq's own code decides before it; the URL's password is not shown")
    func explain() throws {
        let demo = try demo()
        let (_, count, _) = demo.both("explain count mentions NATO by article", format: .table)
        #expect(count.contains("run in the store postgresql://nq:***@"), "\(count)")
        #expect(count.contains("PostgreSQL: SELECT a.\"title\", sum(g.n), min(g.f) FROM (SELECT t.article_id AS aid, count(*) AS n, min(t.id) AS f FROM mentions t WHERE t.\"entity\" = ANY($1::text[]) GROUP BY t.article_id) g JOIN articles a ON a.id = g.aid GROUP BY 1 ORDER BY 3"), "\(count)")
        let (_, leaf, _) = demo.both("explain count articles where title contains \"Vaccine\"", format: .table)
        #expect(leaf.contains("$1 = the values of SELECT DISTINCT t.\"title\" FROM articles t WHERE true for which title contains \"vaccine\" (decided by nq's own code)"), "\(leaf)")
        let (_, month, _) = demo.both("explain count quotes by month", format: .table)
        #expect(month.contains("($1::jsonb ->> a.\"date\")"), "\(month)")
        #expect(month.contains("$1 = each date of SELECT DISTINCT date FROM articles by its month (nq's own code)"))
    }
}

@Suite("PostgreSQL: appends, shards and failures")
struct PostgresStoreTests {
    static let demo = DemoStore.root.appendingPathComponent("Sources/nq/Demo")
    static var reference: String { demo.appendingPathComponent("reference").path }
    static var csv2019: String { demo.appendingPathComponent("wikinews/wikinews_2019.csv").path }
    static var csv2020: String { demo.appendingPathComponent("wikinews/wikinews_2020.csv").path }

    /// What the analysis made, article by article in path order: comparable whatever order articles were
    /// added in.
    static func dump(_ c: Corpus) -> [String] {
        var out: [String] = []
        for a in c.articles.sorted(by: { ($0.path, $0.title) < ($1.path, $1.title) }) {
            let rows = c.recordRows(ofArticle: a.id)
            out.append("article \(a.path) \(a.title) \(a.words) \(a.date ?? "")")
            for q in c.quotes[rows.quotes] { out.append("  quote \(q.speaker ?? "-") \(q.kind.rawValue) \(q.range.start)-\(q.range.end)") }
            for m in c.mentions[rows.mentions] { out.append("  mention \(m.entity) \(m.type.rawValue) \(m.range.start)") }
        }
        for e in c.entities.sorted(by: { $0.name < $1.name }) { out.append("entity \(e.name) \(e.type.rawValue) \(e.mentions) \(e.articles)") }
        for s in c.speakers.sorted(by: { $0.name < $1.name }) { out.append("speaker \(s.name) \(s.quotes) \(s.articles)") }
        return out
    }

    @Test("Two processes appending shards at once (records of one file divided) make the store one process makes (rows and analysis); a shard appended again changes nothing")
    func shards() throws {
        let one = try TestServer.database(), sharded = try TestServer.database()
        // One process, every file.
        let single = try PostgresEngine(url: one)
        _ = try single.append([Self.reference, Self.csv2019, Self.csv2020], source: AnalysedFiles(), isCancelled: { false })
        // Two at once, each its shard of the same files (its own connection, as two processes have): the
        // records of each CSV file are divided between them.
        let a = try PostgresEngine(url: sharded), b = try PostgresEngine(url: sharded)
        let results = ShardResults()
        let group = DispatchGroup()
        let all = [Self.reference, Self.csv2019, Self.csv2020]
        for (engine, k) in [(a, 1), (b, 2)] {
            group.enter()
            DispatchQueue.global().async {
                do { _ = try engine.append(all, source: AnalysedFiles(shard: Shard(k: k, n: 2)), isCancelled: { false }) } catch { results.add("\(error)") }
                group.leave()
            }
        }
        group.wait()
        #expect(results.errors.isEmpty, "\(results.errors)")
        let whole = try single.loadCorpus(), joined = try PostgresEngine(url: sharded).loadCorpus()
        #expect(whole.articles.count == 296)
        #expect(joined.articles.count == whole.articles.count)
        #expect(joined.quotes.count == whole.quotes.count)
        #expect(joined.mentions.count == whole.mentions.count)
        #expect(joined.sentences.count == whole.sentences.count)
        let (d1, d2) = (Self.dump(whole), Self.dump(joined))
        #expect(d1 == d2, "first difference: \(zip(d1, d2).first { $0 != $1 }.map { "\($0) | \($1)" } ?? "lengths \(d1.count) \(d2.count)")")
        // (The demo corpus writes Erdoğan with and without diacritics, in different shards: one name either way.)
        #expect(d1.contains { $0.hasPrefix("  mention Recep Tayyip Erdoğan ") } || d1.contains { $0.hasPrefix("  mention Erdoğan ") })
        // Each shard took records of each CSV file.
        for csv in [Self.csv2019, Self.csv2020] {
            for k in 1...2 {
                #expect(joined.articles.contains { $0.path.hasPrefix(csv + "#") && Shard(k: k, n: 2)!.keeps($0.path) })
            }
        }
        // A shard again: passed over, the store as it was.
        let again = try b.append(all, source: AnalysedFiles(shard: Shard(k: 2, n: 2)), isCancelled: { false })
        #expect(again?.articles == 0)
        #expect(Self.dump(try b.loadCorpus()) == d2)
    }

    @Test("A store appended to in PostgreSQL answers as the corpus of all its files does")
    func appendAnswers() throws {
        let url = try TestServer.database()
        let engine = try PostgresEngine(url: url)
        _ = try engine.append([Self.reference, Self.csv2019], source: AnalysedFiles(), isCancelled: { false })
        let report = try #require(try engine.append([Self.csv2020], source: AnalysedFiles(), isCancelled: { false }))
        #expect(report.articles == 124)
        #expect(engine.articleCount == 296)
        var all = Corpus()
        _ = try AnalysedFiles().load([Self.reference, Self.csv2019, Self.csv2020], into: &all, progress: nil, isCancelled: { false })
        let memory = DemoStore(corpus: all, path: url, engine: engine)
        var differing: [String] = []
        for s in InPlaceTests.exampleStatements + InPlaceTests.generated.enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) {
            let (m, st, inPlace) = memory.both(s)
            if m != st || !inPlace { differing.append("\(s)\n--- memory\n\(m.prefix(400))\n--- postgres\n\(st.prefix(400))") }
        }
        #expect(differing.isEmpty, "\(differing.count) differ; first: \(differing.prefix(2).joined(separator: "\n\n"))")
        // Read back whole: every checksum holds.
        #expect(try engine.loadCorpus().entities.map(\.name) == all.entities.map(\.name))
    }

    @Test("A server that is down, a wrong password, a dropped connection: clear errors without the password; the next statement works")
    func failures() throws {
        let base = try #require(TestServer.url, Comment(rawValue: TestServer.missing))
        // Down: a local port nothing listens on.
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        close(socket)
        let down = "postgresql://nq:hunter2secret@127.0.0.1:\(port)/nq"
        #expect(throws: (any Error).self) { try PostgresEngine(url: down) }
        do { _ = try PostgresEngine(url: down) } catch {
            let m = "\(error)"
            #expect(m.contains("cannot connect to postgresql://nq:***@127.0.0.1:\(port)/nq"), "\(m)")
            #expect(m.contains("Connection refused"), "\(m)")
            #expect(!m.contains("hunter2secret"))
        }
        // A wrong password.
        let wrong = base.replacingOccurrences(of: #"://nq:[^@]*@"#, with: "://nq:wrongsecret99@", options: .regularExpression)
        do { _ = try PostgresEngine(url: wrong); Issue.record("a wrong password was accepted") } catch {
            let m = "\(error)"
            #expect(m.contains("password authentication failed"), "\(m)")
            #expect(!m.contains("wrongsecret99"))
        }
        // A connection dropped by the server: that statement fails clearly, the shell goes on, the next one connects again.
        let (url, shell, out, err) = try Self.shellOnDemo()
        shell.runScript("count articles", origin: .commandLine)
        let admin = try PGConnection(url: url)
        _ = try admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        shell.runScript("count quotes\ncount mentions", origin: .commandLine, bail: false)
        #expect(err.text.contains("was lost"), "\(err.text)")
        #expect(err.text.contains("the next statement connects again"))
        #expect(!err.text.contains(base.components(separatedBy: ":")[2].components(separatedBy: "@")[0]))
        #expect(out.text.contains(String(DemoStore.shared.corpus.mentions.count)), "\(out.text)")
        #expect(shell.inPlace != nil)
    }

    /// The demo corpus saved to a new database, and a shell on it in place (its output and errors).
    static func shellOnDemo() throws -> (url: String, shell: Interpreter, out: BufferSink, err: BufferSink) {
        let url = try TestServer.database()
        try PostgresEngine.save(DemoStore.shared.corpus, to: url)
        let (out, err) = (BufferSink(), BufferSink())
        let shell = Interpreter(corpus: Corpus(), output: out, errors: err)
        shell.open(inPlace: try PostgresEngine(url: url))
        return (url, shell, out, err)
    }

    /// Waits until a backend of the database at `url` waits for a lock; its pid. (Asked on a connection
    /// of its own, outside any transaction: the activity view is read once per transaction.)
    static func waitingBackend(_ url: String) throws -> String? {
        let admin = try PGConnection(url: url)
        for _ in 0..<200 {
            if let pid = try admin.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()").first?[0] {
                return pid
            }
            usleep(50_000)
        }
        return nil
    }

    @Test("A connection dropped while a statement runs: that statement fails clearly, the shell goes on; a save dropped half way leaves the store as it was")
    func droppedMidStatement() throws {
        let (url, shell, out, err) = try Self.shellOnDemo()
        // Another session holds the mentions table: the statement waits on the server, and is cut off there.
        let admin = try PGConnection(url: url)
        try admin.execute("BEGIN; LOCK TABLE mentions IN ACCESS EXCLUSIVE MODE")
        let done = DispatchSemaphore(value: 0)
        let ran = ShardResults()
        DispatchQueue.global().async {
            shell.runScript("count mentions where entity = \"NATO\"", origin: .commandLine, bail: false)
            ran.add("done")
            done.signal()
        }
        let pid = try #require(try Self.waitingBackend(url), "the statement never waited on the server")
        #expect(ran.errors.isEmpty, "the statement finished before it was cut off")
        _ = try admin.query("SELECT pg_terminate_backend(\(pid))")
        try admin.execute("COMMIT")
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(err.text.contains("was lost"), "\(err.text)")
        shell.runScript("count mentions", origin: .commandLine)
        #expect(out.text.contains(String(DemoStore.shared.corpus.mentions.count)), "\(out.text)")

        // A save into the database cut off half way (its old tables dropped, in its transaction): rolled back whole.
        let other = try TestServer.database()
        try PostgresEngine.save(DemoStore.shared.corpus, to: other)
        let holder = try PGConnection(url: other)
        try holder.execute("BEGIN")
        _ = try holder.query("SELECT count(*) FROM quotes")  // its lock makes the save wait at DROP TABLE quotes
        let saved = ShardResults()
        let small = Corpus()
        DispatchQueue.global().async {
            do { try PostgresEngine.save(small, to: other) } catch { saved.add("\(error)") }
            done.signal()
        }
        let saver = try #require(try Self.waitingBackend(other), "the save never waited: \(saved.errors)")
        _ = try holder.query("SELECT pg_terminate_backend(\(saver))")
        try holder.execute("COMMIT")
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(saved.errors.first?.contains("terminat") == true || saved.errors.first?.contains("lost") == true, "\(saved.errors)")
        let kept = try PostgresEngine(url: other)
        #expect(kept.articleCount == 296)
        #expect(try kept.loadCorpus().quotes.count == DemoStore.shared.corpus.quotes.count)
    }

    @Test("A save over a store replaces its rows and keeps its tables: a view someone made on them stays and shows the new rows")
    func saveKeepsTables() throws {
        let url = try TestServer.database()
        try PostgresEngine.save(DemoStore.shared.corpus, to: url)
        let c = try PGConnection(url: url)
        try c.execute("CREATE VIEW busy_speakers AS SELECT name FROM speakers WHERE quotes >= 5")
        let before = try c.query("SELECT count(*) FROM busy_speakers")[0][0]
        var small = Corpus()
        _ = try AnalysedFiles().load([PostgresStoreTests.reference], into: &small, progress: nil, isCancelled: { false })
        try PostgresEngine.save(small, to: url)
        #expect(try c.query("SELECT count(*) FROM busy_speakers")[0][0] != before)
        let engine = try PostgresEngine(url: url)
        #expect(engine.articleCount == small.articles.count)
        #expect(try engine.loadCorpus().quotes.count == small.quotes.count)
    }

    @Test("save refuses a database whose tables nq did not make; a saved store replaces only an nq store, whole")
    func refusesOthers() throws {
        let url = try TestServer.database()
        let c = try PGConnection(url: url)
        try c.execute("CREATE TABLE quotes (id int, mine text); INSERT INTO quotes VALUES (1, 'keep me')")
        do { try PostgresEngine.save(DemoStore.shared.corpus, to: url); Issue.record("saved over another program's tables") } catch {
            #expect("\(error)".contains("holds tables nq did not make (quotes)"), "\(error)")
        }
        #expect(try c.query("SELECT mine FROM quotes") == [["keep me"]])
        do { _ = try PostgresEngine(url: url); Issue.record("opened another program's tables") } catch {
            #expect("\(error)".contains("not an nq store"), "\(error)")
        }
    }
}

final class ShardResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var errors: [String] = []
    func add(_ e: String) { lock.lock(); errors.append(e); lock.unlock() }
}
