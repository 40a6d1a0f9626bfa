import Foundation
import GRDB
import NQCorpus
import NQLanguage
import NQSupport

/// A saved store opened in place: statements are compiled to SQL (`SQLCompiler`) and answered from
/// the file, reading only what they need; the corpus is decoded whole only when a statement needs it
/// in memory (`loadCorpus`). Opening checks the format and version, not every record's checksum: the
/// values a statement reads come from SQLite, which reports a damaged page as an error.
public final class StoreEngine: StoreInPlace, CompiledReader, @unchecked Sendable {
    public let path: String
    public private(set) var articleCount: Int
    let queue: DatabaseQueue
    /// The conditions of the statement being run, for `nq_leaf` (one statement at a time).
    let leaves = LeafTable()

    final class LeafTable: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [SQLPlan.Leaf] = []
        /// The articles whose text was checked in this statement.
        private var checked = Set<Int>()
        func set(_ l: [SQLPlan.Leaf]) { lock.lock(); list = l; checked = []; lock.unlock() }
        func seen(_ id: Int) -> Bool { lock.lock(); defer { lock.unlock() }; return checked.contains(id) }
        /// Whether an article's text is as written: its checksum is computed once per statement.
        func textIsSound(_ id: Int, _ bytes: UnsafeRawBufferPointer, _ stored: Int64) -> Bool {
            lock.lock(); defer { lock.unlock() }
            if checked.contains(id) { return true }
            var c = Checksum()
            c.add(bytes: bytes)
            guard c.stored == stored else { return false }
            checked.insert(id)
            return true
        }
        func get(_ k: Int) -> SQLPlan.Leaf? { lock.lock(); defer { lock.unlock() }; return k >= 0 && k < list.count ? list[k] : nil }
    }

    public init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let file = (path as NSString).expandingTildeInPath
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { throw SQLiteStore.StoreError.notAStore("no such file") }
        guard !isDirectory.boolValue else { throw SQLiteStore.StoreError.notAStore("it is a folder") }
        guard SQLiteStore.looksLikeSQLite(file) else { throw SQLiteStore.StoreError.notAStore("it is not an SQLite database") }
        var configuration = Configuration()
        configuration.readonly = true
        let leaves = self.leaves
        configuration.prepareDatabase { db in
            // Pages read into a page cache of at most 8 MB, not mapped: a mapping faults in the pages
            // around each one it touches (an article's row pulled in 64 KB of its neighbours: 100 MB
            // for a count over 2,000 articles, against 7 MB read).
            try db.execute(sql: "PRAGMA mmap_size = 0; PRAGMA cache_size = -8000")
            StoreEngine.register(db, leaves: leaves)
        }
        do {
            queue = try DatabaseQueue(path: file, configuration: configuration)
        } catch {
            throw SQLiteStore.StoreError.notAStore("\(error)")
        }
        do {
            articleCount = try queue.read { db in
                try SQLiteStore.checkFormat(db)
                return try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM articles") ?? 0
            }
        } catch let e as SQLiteStore.StoreError {
            throw e
        } catch {
            throw SQLiteStore.StoreError.damaged("\(error)")
        }
    }

    /// nq's functions and collation, from inside SQL: the same code decides as in memory.
    static func register(_ db: Database, leaves: LeafTable) {
        db.add(function: DatabaseFunction("nq_leaf", argumentCount: 2, pure: false) { args in
            guard let k = Int.fromDatabaseValue(args[0]), let leaf = leaves.get(k) else { return 0 }
            let held = Evaluator.holds(leaf.predicate, value: value(args[1]), spanText: leaf.spanText, names: leaf.names) ?? false
            return held ? 1 : 0
        })
        // An article's text, checked against the checksum saved with it: a changed byte is an error,
        // never a different answer.
        db.add(function: DatabaseFunction("nq_text", argumentCount: 3, pure: false) { args in
            guard let id = Int.fromDatabaseValue(args[0]), case .string(let text) = args[1].storage,
                  let stored = Int64.fromDatabaseValue(args[2]) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the text of an article is missing")
            }
            var t = text
            let sound = t.withUTF8 { leaves.textIsSound(id, UnsafeRawBufferPointer($0), stored) }
            guard sound else { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the text of article \(id) does not match its checksum") }
            return text
        })
        db.add(function: DatabaseFunction("nq_seen", argumentCount: 1, pure: false) { args in
            guard let id = Int.fromDatabaseValue(args[0]) else { return 0 }
            return leaves.seen(id) ? 1 : 0
        })
        db.add(function: DatabaseFunction("nq_bucket", argumentCount: 2, pure: true) { args in
            guard case .string(let date) = args[0].storage, case .string(let name) = args[1].storage,
                  let bucket = DateBucket(rawValue: name) else { return nil }
            return bucket.key(date)
        })
        // Text in the order Swift's strings have (the evaluator's `Value.precedes`).
        db.add(collation: DatabaseCollation("nq") { a, b in a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending) })
    }

    /// A value read from SQLite as the evaluator makes it.
    static func value(_ v: DatabaseValue) -> Value {
        switch v.storage {
        case .null: return .null
        case .int64(let n): return .int(Int(n))
        case .double(let d): return .int(Int(d))
        case .string(let s): return .string(s)
        case .blob(let b): return .string(String(decoding: b, as: UTF8.self))
        }
    }

    /// Compiles the plan and runs `body` with the connection and the SQL, nq's conditions registered
    /// for it; nil when the store cannot answer the plan in place.
    func withCompiled<T>(_ plan: Plan, rowsOnly: Bool, _ body: (Database, SQLPlan) throws -> T) throws -> T? {
        try guarded {
            try queue.read { db -> T? in
                let compiled: SQLPlan
                do {
                    compiled = try SQLCompiler.compile(plan, lookup: Names(db: db), rowsOnly: rowsOnly)
                } catch is SQLPlan.Unsupported {
                    return nil
                }
                leaves.set(compiled.leaves)
                defer { leaves.set([]) }
                return try body(db, compiled)
            }
        }
    }

    /// The rows of the plan's SQL, read as the evaluator makes values, a chunk at a time.
    static func read(_ db: Database, _ compiled: SQLPlan, chunk: Int, isCancelled: @Sendable () -> Bool,
                     _ handle: ([[Value]]) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: compiled.sql, arguments: StatementArguments(compiled.arguments))
        let width = compiled.types.count
        var rows: [[Value]] = []
        while let row = try cursor.next() {
            rows.append((0..<width).map { value(row[$0]) })
            if rows.count == chunk {
                if isCancelled() { throw Evaluator.Interrupted() }
                try handle(rows)
                rows.removeAll(keepingCapacity: true)
            }
        }
        if !rows.isEmpty { try handle(rows) }
    }

    /// The result of a plan from the rows of its SQL (a count's groups ordered as the evaluator orders them).
    static func result(_ plan: Plan, _ rows: [[Value]]) -> ResultTable {
        switch plan.verb {
        case .count where plan.groupBy.isEmpty:
            return ResultTable(columns: [.init("count", .number)], rows: [[rows.first?.first ?? .int(0)]])
        case .count:
            let n = plan.groupBy.count
            return Evaluator.groupedCount(plan, groups: rows.map { Array($0.prefix(n)) },
                                          counts: rows.map { if case .int(let c) = $0[n] { return c } else { return 0 } })
        case .find:
            return ResultTable(columns: plan.columns.map { .init($0.name, $0.type) }, rows: rows)
        }
    }

    public func show(_ schema: SourceSchema, number: Int?, name: String?) throws -> ShownRecord? {
        guard let stored = schema.stored else { return nil }
        let table = stored.table
        let found = try guarded { try queue.read { db in try Names(db: db).choose(schema, stored, number: number, name: name) } }
        guard case .row(let row) = found else {
            if case .answer(let answer) = found { return answer }
            return nil
        }
        // Its fields, as a find of that one row reads them; its context from its paragraph.
        let shown: ShownRecord?? = try withCompiled(Plan.record(schema, row: row)) { db, compiled -> ShownRecord? in
            guard let values = try Row.fetchOne(db, sql: compiled.sql, arguments: StatementArguments(compiled.arguments)) else { return nil }
            var fields = zip(schema.fields, 0..<compiled.types.count).map { ($0.name, Self.value(values[$1])) }
            if schema.context != nil, let paragraph = stored.positions[.paragraph], let context = try Self.marked(db, table, paragraph, row + 1) {
                fields.append(("context", .string(context)))
            }
            return .fields(fields)
        }
        return shown ?? nil
    }

    /// The paragraph a record lies in, with the record's words marked «…» (as `RecordContext.marked`).
    static func marked(_ db: Database, _ table: String, _ paragraph: String, _ rowid: Int) throws -> String? {
        let sql = """
            SELECT t.start, t."end", p.start, p."end", x.text, x.checksum, x.id FROM \(table) t JOIN texts x ON x.id = t.article_id
            LEFT JOIN paragraphs p ON p.article_id = t.article_id AND p.idx = t.\(SQLCompiler.quoted(paragraph)) WHERE t.rowid = ?
            """
        guard let r = try Row.fetchOne(db, sql: sql, arguments: [rowid]),
              let start: Int = r[0], let end: Int = r[1], let text: String = r[4], let stored: Int64 = r[5] else { return nil }
        var check = Checksum()
        check.add(text)
        guard check.stored == stored else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the text of article \((r[6] as Int?) ?? 0) does not match its checksum")
        }
        guard let pStart: Int = r[2], let pEnd: Int = r[3] else { return nil }
        return marked(text, start, end, pStart, pEnd)
    }

    /// The paragraph between the byte offsets `pStart` and `pEnd` of `text`, the record's words marked «…».
    static func marked(_ text: String, _ start: Int, _ end: Int, _ pStart: Int, _ pEnd: Int) -> String {
        let bytes = Array(text.utf8)
        func slice(_ a: Int, _ b: Int) -> String {
            let a = max(0, min(a, bytes.count)), b = max(a, min(b, bytes.count))
            return String(decoding: bytes[a..<b], as: UTF8.self)
        }
        guard start >= pStart, end <= pEnd else { return slice(pStart, pEnd) }
        return slice(pStart, start) + "«" + slice(start, end) + "»" + slice(end, pEnd)
    }

    public func explain(_ plan: Plan) -> [String]? {
        try? queue.read { db -> [String]? in
            guard let compiled = try? SQLCompiler.compile(plan, lookup: Names(db: db)) else { return nil }
            var lines = [compiled.sql]
            for (k, a) in compiled.arguments.enumerated() {
                lines.append("?\(k + 1) = \(a.count > 200 ? String(a.prefix(200)) + "…" : a)")
            }
            for (k, leaf) in compiled.leaves.enumerated() {
                lines.append("nq_leaf(\(k), …): \(leaf.predicate.summary), decided by nq's own code")
            }
            return lines
        }
    }

    public func append(_ specs: [String], source: CorpusSource, isCancelled: @escaping @Sendable () -> Bool) throws -> LoadReport? {
        let file = (path as NSString).expandingTildeInPath
        if specs.contains(where: { $0.lowercased().hasSuffix(".nqdb") || SQLiteStore.looksLikeSQLite(($0 as NSString).expandingTildeInPath) }) {
            return nil
        }
        let store = SQLiteStore()
        // The store as it is: its summaries (new articles are linked to its names), where ids go on,
        // the urls and files it holds (not added twice).
        let (summaries, bases, state): (SQLiteStore.Summaries, SQLiteStore.Bases, UInt64?) = try guarded {
            try queue.read { db in
                var b = SQLiteStore.Bases()
                func top(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM \(table)") ?? 0 }
                (b.articles, b.sections, b.paragraphs) = (try top("articles"), try top("sections"), try top("paragraphs"))
                (b.sentences, b.quotes, b.mentions) = (try top("sentences"), try top("quotes"), try top("mentions"))
                let state = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'articles_checksum'").flatMap { UInt64($0) }
                return (try store.readSummaries(db), b, state)
            }
        }
        // Urls looked up in the store's index, one by one (not all read).
        let reader = self.queue
        let (corpus, report) = try summaries.analyse(specs, source: source, store: path, isKnownURL: { url in
            (try? reader.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM articles WHERE url = ? LIMIT 1", arguments: [url]) } ?? nil) != nil
        }, isCancelled: isCancelled)
        guard corpus.articles.count > 0 else { return report }
        let writer: DatabaseQueue
        do {
            // A page cache large enough that the transaction's changed pages are not spilled to the file
            // (and the journal synced) before it commits: an append's index pages lie all over a large store.
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -131072; PRAGMA cache_spill = OFF") }
            writer = try DatabaseQueue(path: file, configuration: configuration)
        } catch {
            throw LoadFailure("cannot add to \(path): it cannot be written (\(error))", suggestion: "copy it somewhere writable, or save a new store")
        }
        defer { try? writer.close() }
        do {
            // One transaction: all of it or, failed or interrupted, none.
            try writer.write { db in
                let checksums = try store.writeArticles(corpus, db, bases: bases)
                let checks = try store.writeSummaries(corpus, db, old: .init(entities: summaries.entities, speakers: summaries.speakers,
                                                                             words: summaries.words.count))
                try store.writePostings(corpus, db, bases: bases, table: "recent_postings")
                // The recent postings join the others when they reach an eighth of them: that merge reads
                // the store's postings, once for each eighth the store has grown by.
                // (Their numbers are kept in meta: counting a table's rows reads all of it.)
                func meta(_ key: String) throws -> Int { Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) ?? "") ?? 0 }
                func setMeta(_ key: String, _ n: Int) throws { try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES (?, ?)", arguments: [key, String(n)]) }
                let added = corpus.articles.reduce(0) { $0 + corpus.wordIndex.wordIDs(ofArticle: $1.id).count }
                let recent = try meta("recent_postings") + added
                let settled = try meta("postings")
                if recent * 8 > settled {
                    try db.execute(sql: "INSERT INTO postings SELECT word, article FROM recent_postings ORDER BY word, article; DELETE FROM recent_postings")
                    try setMeta("postings", settled + recent)
                    try setMeta("recent_postings", 0)
                } else {
                    try setMeta("recent_postings", recent)
                }
                let files = try db.makeStatement(sql: "INSERT OR REPLACE INTO files VALUES (?,?)")
                for (p, print) in corpus.loadedFiles where summaries.files[p] != print {
                    try files.execute(arguments: [p, Int64(bitPattern: print)])
                }
                // The store's checksum: every article's in order (the old ones' taken up where they left
                // it, kept in meta), their number, the summaries'.
                var whole = Checksum(continuing: state ?? 0)
                if state == nil {
                    for c in try Int64.fetchAll(db, sql: "SELECT checksum FROM articles WHERE id <= ? ORDER BY id", arguments: [bases.articles]) {
                        whole.add(Int(c))
                    }
                }
                for c in checksums { whole.add(Int(c)) }
                try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('articles_checksum', ?)", arguments: [String(whole.value)])
                whole.add(bases.articles + corpus.articles.count)
                for c in checks { whole.add(Int(c.stored)) }
                try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'checksum'", arguments: [String(whole.value)])
                if isCancelled() { throw Evaluator.Interrupted() }
            }
        } catch is Evaluator.Interrupted {
            throw LoadFailure("interrupted: nothing was added to \(path)", suggestion: "load again", problems: report.problems)
        } catch let e as DatabaseError {
            throw LoadFailure("cannot add to \(path): \(e.message ?? "SQLite error \(e.resultCode.rawValue)"); nothing was added",
                              suggestion: e.resultCode == .SQLITE_READONLY ? "copy it somewhere writable, or save a new store" : "check the disk and the store")
        }
        articleCount = bases.articles + corpus.articles.count
        return report
    }

    public func save(to target: String) throws(LoadFailure) {
        do {
            if PGConnection.isURL(target) {
                // To PostgreSQL: the store's tables copied there.
                return try PostgresStore.copy(sqlite: (path as NSString).expandingTildeInPath, to: target)
            }
            try SQLiteStore.checkReplaceable(target)
            let source = (path as NSString).expandingTildeInPath
            if let a = realpath(source, nil), let b = realpath(target, nil) {
                defer { free(a); free(b) }
                if strcmp(a, b) == 0 { return }  // the store is there already
            }
            // SQLite's copy of the database into a temporary file beside the target, renamed over it
            // only when complete (as a save from memory is).
            let temporary = FileWriting.temporaryPath(for: target)
            let ours = [temporary, temporary + "-journal"]
            do {
                try queue.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [temporary]) }
                guard FileWriting.sync(temporary), rename(temporary, target) == 0 else {
                    throw SQLiteStore.StoreError.cannotWrite("cannot write \(target): \(String(cString: strerror(errno)))", fix: SQLiteStore.writableFix)
                }
                FileWriting.sync(URL(fileURLWithPath: target).deletingLastPathComponent().path)
            } catch {
                for f in ours { unlink(f) }
                throw SQLiteStore.inOurWords(error, path: target)
            }
        } catch SQLiteStore.StoreError.refused(let why, let fix), SQLiteStore.StoreError.cannotWrite(let why, let fix) {
            throw LoadFailure(why, suggestion: fix)
        } catch {
            throw LoadFailure("cannot save to \(Credentials.hidden(in: target)): \(error)", suggestion: "check that the folder exists and is writable")
        }
    }

    public func loadCorpus() throws -> Corpus {
        try SQLiteStore().open((path as NSString).expandingTildeInPath)
    }

    public func names() -> (speakers: [String], entities: [String], headings: [String]) {
        (try? queue.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM speakers"), try String.fetchAll(db, sql: "SELECT name FROM entities"),
             try String.fetchAll(db, sql: "SELECT DISTINCT heading FROM sections"))
        }) ?? ([], [], [])
    }

    /// SQLite's errors in the store's words: a damaged file says so.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as DatabaseError {
            switch e.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT:
                throw SQLiteStore.StoreError.damaged("\(e.message ?? "SQLite reports it malformed")")
            case .SQLITE_IOERR:
                throw SQLiteStore.StoreError.damaged("it cannot be read: \(e.message ?? "an I/O error")")
            default:
                throw SQLiteStore.StoreError.damaged("\(e.message ?? "SQLite error \(e.resultCode.rawValue)")")
            }
        }
    }

    /// The store's name tables in SQLite, and its rows for `show`.
    struct Names: RecordLookup {
        let db: Database

        /// The names that have the query's longest word (all names that can match it).
        func byWords(_ kind: NameKind, _ query: String) throws -> [String] {
            guard let word = NameFolding.words(query).max(by: { $0.utf8.count < $1.utf8.count }) else {
                let table = kind == .speakers ? "speakers" : "entities"
                return try String.fetchAll(db, sql: "SELECT name FROM \(table) WHERE name = ? COLLATE NOCASE", arguments: [query])
            }
            return try String.fetchAll(db, sql: "SELECT name FROM name_words WHERE kind = ? AND word = ?", arguments: [kind == .speakers ? "speaker" : "entity", word])
        }

        func firstRow(_ table: String, _ column: String, equal name: String) throws -> Int? {
            try Int.fetchOne(db, sql: "SELECT rowid FROM \(table) WHERE \(SQLCompiler.quoted(column)) = ? ORDER BY rowid LIMIT 1", arguments: [name]).map { $0 - 1 }
        }

        func rows(_ table: String, _ column: String, in names: [String]) throws -> [(row: Int, name: String)] {
            let c = SQLCompiler.quoted(column)
            let json = String(decoding: try JSONEncoder().encode(names), as: UTF8.self)
            return try Row.fetchAll(db, sql: "SELECT rowid, \(c) FROM \(table) WHERE \(c) IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                                    arguments: [json]).compactMap { r in
                guard let id: Int = r[0], let n: String = r[1] else { return nil }
                return (id - 1, n)
            }
        }

        func count(_ table: String) throws -> Int {
            try Int.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM \(table)") ?? 0
        }

        func aliases(key: String) throws -> [(alias: String, name: String)] {
            try Row.fetchAll(db, sql: "SELECT alias, name FROM aliases WHERE key = ?", arguments: [key]).compactMap { row in
                guard let alias: String = row["alias"], let name: String = row["name"] else { return nil }
                return (alias, name)
            }
        }
    }
}
