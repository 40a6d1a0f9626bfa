import Foundation
import NQCorpus
import NQLanguage
import NQSupport

/// A store in a PostgreSQL database, answering in place: plans compile to PostgreSQL's SQL (the
/// compiler's PostgreSQL dialect) and run on the server, rows streamed back; what only nq's code
/// decides is decided first, on the values the statement will read (`SQLPlan.Prepass`). Appends are
/// analysed here and written in one transaction under a lock, so several nq processes may read and
/// append at once.
public final class PostgresEngine: StoreInPlace, CompiledReader, @unchecked Sendable {
    /// The URL as shown (its password hidden).
    public let path: String
    public private(set) var articleCount: Int
    let url: String
    private var connection: PGConnection
    private let lock = NSLock()

    public init(url: String) throws {
        self.url = url
        path = PGConnection.redacted(url)
        connection = try PGConnection(url: url)
        var found = try PostgresStore.found(connection)
        if case .empty = found {
            // A database without an nq store gets an empty one (as sqlite3 makes a new file): shards
            // and later loads add to it.
            let file = PostgresStore.scratch("empty")
            defer { unlink(file) }
            try SQLiteStore().save(Corpus(), to: file)
            try PostgresStore.copy(sqlite: file, to: url, onlyIfEmpty: true)
            found = try PostgresStore.found(connection)
        }
        switch found {
        case .empty: throw SQLiteStore.StoreError.notAStore("the database holds no nq store")
        case .other(let tables): throw SQLiteStore.StoreError.notAStore("the database's tables \(tables) are not an nq store")
        case .store(let version) where version != SQLiteStore.version: throw SQLiteStore.StoreError.otherVersion(found: version)
        case .store: break
        }
        articleCount = Int(try connection.query("SELECT coalesce(max(id), 0) FROM articles").first?.first??.description ?? "0") ?? 0
    }

    /// Runs `body` on the connection; a connection found lost is opened again once for the next statement.
    func connected<T>(_ body: (PGConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(connection)
        } catch let e as PGConnection.Failure where e.lost {
            // The statement failed; the next one gets a new connection (the server may be back).
            if let fresh = try? PGConnection(url: url) { connection = fresh }
            throw Failure(message: e.message + "; nothing was changed, and the next statement connects again")
        } catch let e as PGConnection.Failure {
            throw Failure(message: e.message)
        }
    }

    /// A statement the server refused (not damage: the store is as it was).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { "PostgreSQL: \(message)" }
    }

    /// The store's name tables in PostgreSQL, and its rows for `show`.
    struct Names: RecordLookup {
        let c: PGConnection

        func firstRow(_ table: String, _ column: String, equal name: String) throws -> Int? {
            let rowid = SQLCompiler.rowid(of: table, .postgres)
            return try c.query("SELECT \(rowid) FROM \(table) WHERE \(SQLCompiler.quoted(column)) = $1 ORDER BY \(rowid) LIMIT 1", [name])
                .first?[0].flatMap { Int($0) }.map { $0 - 1 }
        }

        func rows(_ table: String, _ column: String, in names: [String]) throws -> [(row: Int, name: String)] {
            let (rowid, col) = (SQLCompiler.rowid(of: table, .postgres), SQLCompiler.quoted(column))
            return try c.query("SELECT \(rowid), \(col) FROM \(table) WHERE \(col) IN (SELECT json_array_elements_text($1::json)) ORDER BY \(rowid)",
                               [PostgresEngine.json(names)]).compactMap { r in
                guard let id = r[0].flatMap({ Int($0) }), let n = r[1] else { return nil }
                return (id - 1, n)
            }
        }

        func count(_ table: String) throws -> Int {
            Int(try c.query("SELECT coalesce(max(\(SQLCompiler.rowid(of: table, .postgres))), 0) FROM \(table)").first?[0] ?? "0") ?? 0
        }

        func byWords(_ kind: NameKind, _ query: String) throws -> [String] {
            guard let word = NameFolding.words(query).max(by: { $0.utf8.count < $1.utf8.count }) else {
                let table = kind == .speakers ? "speakers" : "entities"
                return try c.query("SELECT name FROM \(table) WHERE lower(name COLLATE \"C\") = lower($1 COLLATE \"C\")", [query]).compactMap { $0[0] }
            }
            return try c.query("SELECT name FROM name_words WHERE kind = $1 AND word = $2", [kind == .speakers ? "speaker" : "entity", word]).compactMap { $0[0] }
        }

        func aliases(key: String) throws -> [(alias: String, name: String)] {
            try c.query("SELECT alias, name FROM aliases WHERE key = $1", [key]).compactMap { row in
                guard let alias = row[0], let name = row[1] else { return nil }
                return (alias, name)
            }
        }
    }

    /// A value as the evaluator makes it, from PostgreSQL's text.
    static func value(_ text: String?, _ type: FieldType) -> Value {
        guard let text else { return .null }
        if type == .number, let n = Int(text) { return .int(n) }
        return .string(text)
    }

    /// Compiles the plan, asks its questions (prepasses), and runs `body` with the statement ready.
    func withCompiled<T>(_ plan: Plan, rowsOnly: Bool, _ body: (PGConnection, SQLPlan) throws -> T) throws -> T? {
        try connected { c -> T? in
            var compiled: SQLPlan
            do {
                compiled = try SQLCompiler.compile(plan, lookup: Names(c: c), rowsOnly: rowsOnly, dialect: .postgres)
            } catch is SQLPlan.Unsupported {
                return nil
            }
            // One snapshot for the questions and the statement: an append committed between them is not half seen.
            try c.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { try? c.execute("COMMIT") }
            try Self.answer(&compiled, c)
            return try body(c, compiled)
        }
    }

    /// Fills the statement's arguments with nq's answers to its prepasses.
    static func answer(_ compiled: inout SQLPlan, _ c: PGConnection) throws {
        for q in compiled.prepasses {
            // (A prepass may use what one before it answered: the words of a text search.)
            let arguments: [String?] = compiled.arguments
            var answer: String
            switch q.kind {
            case .values(let k, let type):
                let leaf = compiled.leaves[k]
                var held: [String] = []
                for row in try c.query(q.sql, arguments) {
                    guard let text = row[0] else { continue }
                    if Evaluator.holds(leaf.predicate, value: value(text, type), spanText: leaf.spanText, names: leaf.names) == true { held.append(text) }
                }
                answer = json(held)
            case .rows(let k):
                let leaf = compiled.leaves[k]
                var held: [String] = []
                try c.stream(q.sql, arguments, chunk: 256) { rows in
                    for row in rows {
                        guard let id = row[0] else { continue }
                        if Evaluator.holds(leaf.predicate, value: value(row[1], .text), spanText: leaf.spanText, names: leaf.names) == true { held.append(id) }
                    }
                }
                answer = "[" + held.joined(separator: ",") + "]"
            case .ids:
                answer = "{" + (try c.query(q.sql, arguments)).compactMap { $0[0] }.joined(separator: ",") + "}"
            case .buckets(let b):
                var map: [String: String] = [:]
                for row in try c.query(q.sql) {
                    if let date = row[0], let key = b.key(date) { map[date] = key }
                }
                answer = String(decoding: (try? JSONEncoder().encode(map)) ?? Data("{}".utf8), as: UTF8.self)
            }
            compiled.arguments[q.slot] = answer
        }
    }

    static func json(_ strings: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func read(_ c: PGConnection, _ compiled: SQLPlan, chunk: Int, isCancelled: @Sendable () -> Bool,
                     _ handle: ([[Value]]) throws -> Void) throws {
        let types = compiled.types
        try c.stream(compiled.sql, compiled.arguments, chunk: chunk) { rows in
            if isCancelled() { throw Evaluator.Interrupted() }
            try handle(rows.map { row in types.indices.map { value(row[$0], types[$0]) } })
        }
    }

    public func show(_ schema: SourceSchema, number: Int?, name: String?) throws -> ShownRecord? {
        guard let stored = schema.stored else { return nil }
        let table = stored.table
        let found = try connected { c in try Names(c: c).choose(schema, stored, number: number, name: name) }
        guard case .row(let row) = found else {
            if case .answer(let answer) = found { return answer }
            return nil
        }
        let shown: ShownRecord?? = try withCompiled(Plan.record(schema, row: row)) { c, compiled -> ShownRecord? in
            var first: [Value]? = nil
            try Self.read(c, compiled, chunk: 1, isCancelled: { false }) { rows in if first == nil { first = rows.first } }
            guard let values = first else { return nil }
            var fields = zip(schema.fields, values).map { ($0.name, $1) }
            if schema.context != nil, let paragraph = stored.positions[.paragraph] {
                let sql = """
                    SELECT t.start, t."end", p.start, p."end", x.text FROM \(table) t JOIN texts x ON x.id = t.article_id
                    LEFT JOIN paragraphs p ON p.article_id = t.article_id AND p.idx = t.\(SQLCompiler.quoted(paragraph)) WHERE t.id = $1::bigint
                    """
                if let r = try c.query(sql, [String(row + 1)]).first, let start = r[0].flatMap({ Int($0) }), let end = r[1].flatMap({ Int($0) }),
                   let pStart = r[2].flatMap({ Int($0) }), let pEnd = r[3].flatMap({ Int($0) }), let text = r[4] {
                    fields.append(("context", .string(StoreEngine.marked(text, start, end, pStart, pEnd))))
                }
            }
            return .fields(fields)
        }
        return shown ?? nil
    }

    public func explain(_ plan: Plan) -> [String]? {
        try? connected { c -> [String]? in
            guard let compiled = try? SQLCompiler.compile(plan, lookup: Names(c: c), dialect: .postgres) else { return nil }
            var lines = ["PostgreSQL: " + compiled.sql]
            let asked = Dictionary(compiled.prepasses.map { ($0.slot, $0) }, uniquingKeysWith: { a, _ in a })
            for (k, a) in compiled.arguments.enumerated() {
                if let q = asked[k] {
                    let what: String
                    switch q.kind {
                    case .values(let leaf, _): what = "the values of \(q.sql) for which \(compiled.leaves[leaf].predicate.summary) (decided by nq's own code)"
                    case .rows(let leaf): what = "the rows of \(q.sql) for which \(compiled.leaves[leaf].predicate.summary) (decided by nq's own code)"
                    case .buckets(let b): what = "each date of \(q.sql) by its \(b.rawValue) (nq's own code)"
                    case .ids: what = "the ids of \(q.sql)"
                    }
                    lines.append("$\(k + 1) = \(what)")
                } else {
                    lines.append("$\(k + 1) = \(a.count > 200 ? String(a.prefix(200)) + "…" : a)")
                }
            }
            return lines
        }
    }

    public func loadCorpus() throws -> Corpus {
        let file = PostgresStore.scratch("from-postgres")
        defer { unlink(file) }
        try connected { c in try PostgresStore.copy(c, toSQLite: file) }
        return try SQLiteStore().open(file)
    }

    public func names() -> (speakers: [String], entities: [String], headings: [String]) {
        (try? connected { c in
            (try c.query("SELECT name FROM speakers").compactMap { $0[0] }, try c.query("SELECT name FROM entities").compactMap { $0[0] },
             try c.query("SELECT DISTINCT heading FROM sections").compactMap { $0[0] })
        }) ?? ([], [], [])
    }

    public func save(to target: String) throws(LoadFailure) {
        do {
            if PGConnection.isURL(target) {
                guard target != url else { return }  // the store is there already
                let file = PostgresStore.scratch("copy")
                defer { unlink(file) }
                try connected { c in try PostgresStore.copy(c, toSQLite: file) }
                try PostgresStore.copy(sqlite: file, to: target)
                return
            }
            try SQLiteStore.checkReplaceable(target)
            let temporary = FileWriting.temporaryPath(for: target)
            do {
                try connected { c in try PostgresStore.copy(c, toSQLite: temporary) }
                guard FileWriting.sync(temporary), rename(temporary, target) == 0 else {
                    throw SQLiteStore.StoreError.cannotWrite("cannot write \(target): \(String(cString: strerror(errno)))", fix: SQLiteStore.writableFix)
                }
            } catch {
                unlink(temporary)
                throw SQLiteStore.inOurWords(error, path: target)
            }
        } catch SQLiteStore.StoreError.refused(let why, let fix), SQLiteStore.StoreError.cannotWrite(let why, let fix) {
            throw LoadFailure(why, suggestion: fix)
        } catch {
            throw LoadFailure("cannot save to \(Credentials.hidden(in: target)): \(error)", suggestion: "check the target and try again")
        }
    }

    public func append(_ specs: [String], source: CorpusSource, isCancelled: @escaping @Sendable () -> Bool) throws -> LoadReport? {
        if specs.contains(where: { $0.lowercased().hasSuffix(".nqdb") || PGConnection.isURL($0) || SQLiteStore.looksLikeSQLite(($0 as NSString).expandingTildeInPath) }) {
            return nil
        }
        let appended = try PostgresAppend(engine: self).append(specs, source: source, isCancelled: isCancelled)
        articleCount = appended.count
        return appended.report
    }

    /// Whether `spec` names a PostgreSQL database (postgresql://… or postgres://…).
    public static func isURL(_ spec: String) -> Bool { PGConnection.isURL(spec) }

    /// Saves a corpus in memory to the database at `url` (written as a store file first, then copied).
    public static func save(_ corpus: Corpus, to url: String) throws {
        let file = PostgresStore.scratch("save")
        defer { unlink(file) }
        try SQLiteStore().save(corpus, to: file)
        try PostgresStore.copy(sqlite: file, to: url)
    }

    /// The connection, for the append (under the engine's lock).
    func withConnection<T>(_ body: (PGConnection) throws -> T) throws -> T { try connected(body) }
}
