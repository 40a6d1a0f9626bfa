import Foundation
import GRDB
import GRDBSQLite
import NQCorpus
import NQSupport

/// The store in a PostgreSQL database: the SQLite store's tables and columns (format 5), in the
/// database's default schema, for several nq processes and anyone with psql. Two additions: the
/// entities and speakers carry `rowid` (their order, as SQLite's rowid gives it), and `texts.bytes`
/// holds each text's bytes uncompressed (`postgresOnly`). Every table with records carries
/// `article_id`, so that the tables distribute by article (docs/scale.md).
///
/// A store moves whole between SQLite and PostgreSQL (`copy`): a corpus in memory is saved to
/// PostgreSQL as a store file first, then copied table by table with COPY, in one transaction (other
/// readers see the old store until it commits; a failure leaves it as it was).
enum PostgresStore {
    /// The tables, in the order they are copied, with their columns (SQLite's order) and PostgreSQL types.
    static let tables: [Table] = [
        ("meta", [("key", "TEXT PRIMARY KEY"), ("value", "TEXT")], "key"),
        ("articles", [("id", "BIGINT PRIMARY KEY"), ("title", "TEXT"), ("date", "TEXT"), ("source", "TEXT"), ("category", "TEXT"),
                      ("url", "TEXT"), ("path", "TEXT"), ("words", "BIGINT"), ("paragraphs", "BIGINT"), ("quotes", "BIGINT"),
                      ("checksum", "BIGINT"), ("author", "TEXT"), ("language", "TEXT")], "id"),
        ("texts", [("id", "BIGINT PRIMARY KEY"), ("text", "TEXT"), ("records", "BYTEA"), ("checksum", "BIGINT"), ("bytes", "BYTEA")], "id"),
        ("sections", [("id", "BIGINT PRIMARY KEY"), ("article_id", "BIGINT"), ("idx", "BIGINT"), ("heading", "TEXT"),
                      ("paragraphs", "BIGINT"), ("words", "BIGINT")], "id"),
        ("paragraphs", [("id", "BIGINT PRIMARY KEY"), ("article_id", "BIGINT"), ("section", "BIGINT"), ("idx", "BIGINT"),
                        ("start", "BIGINT"), ("end", "BIGINT")], "id"),
        ("sentences", [("id", "BIGINT PRIMARY KEY"), ("article_id", "BIGINT"), ("section", "BIGINT"), ("paragraph", "BIGINT"),
                       ("idx", "BIGINT"), ("start", "BIGINT"), ("end", "BIGINT")], "id"),
        ("quotes", [("id", "BIGINT PRIMARY KEY"), ("article_id", "BIGINT"), ("section", "BIGINT"), ("paragraph", "BIGINT"),
                    ("start", "BIGINT"), ("end", "BIGINT"), ("speaker", "TEXT"), ("speaker_as_written", "TEXT"), ("role", "TEXT"),
                    ("verb", "TEXT"), ("kind", "TEXT"), ("rule", "TEXT")], "id"),
        ("mentions", [("id", "BIGINT PRIMARY KEY"), ("article_id", "BIGINT"), ("section", "BIGINT"), ("paragraph", "BIGINT"),
                      ("sentence", "BIGINT"), ("start", "BIGINT"), ("end", "BIGINT"), ("entity", "TEXT"), ("text", "TEXT"), ("type", "TEXT")], "id"),
        ("entities", [("name", "TEXT PRIMARY KEY"), ("type", "TEXT"), ("aliases", "TEXT"), ("mentions", "BIGINT"), ("articles", "BIGINT"),
                      ("packed", "BYTEA"), ("rowid", "BIGINT")], "rowid"),
        ("words", [("id", "BIGINT PRIMARY KEY"), ("word", "TEXT")], "id"),
        ("postings", [("word", "BIGINT"), ("article", "BIGINT")], "word, article"),
        ("recent_postings", [("word", "BIGINT"), ("article", "BIGINT")], "word, article"),
        ("files", [("path", "TEXT PRIMARY KEY"), ("fingerprint", "BIGINT")], "path"),
        ("speakers", [("name", "TEXT PRIMARY KEY"), ("role", "TEXT"), ("quotes", "BIGINT"), ("articles", "BIGINT"), ("rowid", "BIGINT")], "rowid"),
        ("name_words", [("kind", "TEXT"), ("word", "TEXT"), ("name", "TEXT")], "kind, word, name"),
        ("aliases", [("key", "TEXT"), ("alias", "TEXT"), ("name", "TEXT")], "key, alias, name"),
    ]

    /// Indexes and views made after the rows are in (as SQLite's store has them, and the order keys).
    static let afterRows = """
        ALTER TABLE postings ADD PRIMARY KEY (word, article);
        ALTER TABLE recent_postings ADD PRIMARY KEY (word, article);
        CREATE INDEX articles_url ON articles(url);
        CREATE UNIQUE INDEX entities_rowid ON entities(rowid);
        CREATE UNIQUE INDEX speakers_rowid ON speakers(rowid);
        CREATE INDEX mentions_entity ON mentions(entity, article_id);
        CREATE INDEX mentions_article ON mentions(article_id, id);
        CREATE INDEX quotes_speaker ON quotes(speaker, article_id);
        CREATE INDEX quotes_article ON quotes(article_id, id);
        CREATE INDEX sections_place ON sections(article_id, idx);
        CREATE INDEX paragraphs_place ON paragraphs(article_id, idx);
        CREATE INDEX sentences_place ON sentences(article_id, idx);
        CREATE INDEX name_words_word ON name_words(kind, word);
        CREATE INDEX aliases_key ON aliases(key);
        CREATE VIEW paragraph_texts AS SELECT p.*, convert_from(substring(a.bytes from (p.start + 1)::int for (p."end" - p.start)::int), 'UTF8') AS text
            FROM paragraphs p JOIN texts a ON a.id = p.article_id;
        CREATE VIEW sentence_texts AS SELECT s.*, convert_from(substring(a.bytes from (s.start + 1)::int for (s."end" - s.start)::int), 'UTF8') AS text
            FROM sentences s JOIN texts a ON a.id = s.article_id;
        CREATE VIEW quote_texts AS SELECT q.*, convert_from(substring(a.bytes from (q.start + 1)::int for (q."end" - q.start)::int), 'UTF8') AS text
            FROM quotes q JOIN texts a ON a.id = q.article_id;
        CREATE VIEW article_texts AS SELECT a.*, x.text FROM articles a JOIN texts x ON x.id = a.id;
        """

    /// A scratch store file of this process (a new name each time: several may be in use at once).
    static func scratch(_ what: String) -> String {
        (NSTemporaryDirectory() as NSString).appendingPathComponent("nq-\(what)-\(getpid())-\(UUID().uuidString).nqdb")
    }

    static let views = ["paragraph_texts", "sentence_texts", "quote_texts", "article_texts"]

    static func quoted(_ name: String) -> String { "\"" + name + "\"" }

    typealias Table = (name: String, columns: [(String, String)], key: String)

    /// The one column PostgreSQL's store has beside SQLite's: `texts.bytes`, the text's UTF-8 bytes kept
    /// uncompressed (storage EXTERNAL), so that the span of a paragraph, sentence or quote is read as a
    /// slice of it (`substring` on bytes at byte offsets fetches only the pieces it needs) instead of
    /// decompressing and converting the article's whole text for every record.
    static let postgresOnly = "bytes"

    /// A table's columns as read from one engine for the other (`rowid` is SQLite's own, unquoted; from
    /// SQLite, `bytes` is the text cast to bytes; from PostgreSQL it is left out), and its rows' order.
    static func selected(_ table: Table, from dialect: SQLDialect) -> (columns: String, order: String) {
        func name(_ c: String) -> String { c == "rowid" ? "rowid" : quoted(c) }
        let columns = table.columns.map(\.0).compactMap { c -> String? in
            guard c == postgresOnly else { return name(c) }
            return dialect == .sqlite ? "CAST(\"text\" AS BLOB)" : nil
        }
        return (columns.joined(separator: ", "), table.key.split(separator: ",").map { name($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: ", "))
    }

    /// What the database holds: an nq store (its format version), nothing of nq's, or tables of
    /// another program under nq's names (which nq never replaces).
    enum Found { case empty, store(version: Int), other(String) }

    static func found(_ c: PGConnection) throws -> Found {
        let names = Set(tables.map(\.name) + views)
        let present = try c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
            .compactMap { $0.first ?? nil }.filter { names.contains($0) }
        guard !present.isEmpty else { return .empty }
        guard present.contains("meta"),
              let format = try? c.query("SELECT value FROM meta WHERE key = 'format'").first?.first ?? nil, format == SQLiteStore.format else {
            return .other(present.sorted().joined(separator: ", "))
        }
        let version = (try? c.query("SELECT value FROM meta WHERE key = 'version'").first?.first ?? nil).flatMap { Int($0) } ?? 0
        return .store(version: version)
    }

    /// Copies the SQLite store at `file` into the database at `url`, replacing an nq store there (never
    /// tables nq did not make), in one transaction.
    static func copy(sqlite file: String, to url: String, onlyIfEmpty: Bool = false) throws {
        let target = try PGConnection(url: url)
        defer { target.close() }
        var configuration = Configuration()
        configuration.readonly = true
        let source = try DatabaseQueue(path: file, configuration: configuration)
        defer { try? source.close() }
        try target.execute("BEGIN")
        do {
            // One writer at a time: a second save (or append) waits for this one's commit.
            try target.execute("SELECT pg_advisory_xact_lock(\(lockKey))")
            // A store of this format keeps its tables (their rows replaced): their distribution
            // (docs/scale.md), their grants and views others made on them stay. Otherwise they are made.
            var keepTables = false
            switch try found(target) {
            case .other(let tables):
                throw PGConnection.Failure(message: "\(PGConnection.redacted(url)) holds tables nq did not make (\(tables)); nq replaces only its own store — use another database, or drop them yourself")
            case .store where onlyIfEmpty:
                // Made by another process meanwhile (shards started at once): kept as it is.
                try target.execute("ROLLBACK")
                return
            case .store(let version):
                let sameColumns = try hasEveryColumn(target)
                keepTables = version == SQLiteStore.version && sameColumns
            case .empty:
                break
            }
            if keepTables {
                try target.execute("TRUNCATE " + tables.map(\.name).joined(separator: ", "))
            } else {
                try target.execute((views.map { "DROP VIEW IF EXISTS \($0);" } + tables.map { "DROP TABLE IF EXISTS \($0.name);" }).joined(separator: " "))
            }
            for table in tables {
                if !keepTables {
                    // The keys (but the postings') made with the table; the indexes after the rows.
                    let columns = table.columns.map { "\(quoted($0.0)) \($0.1)" }.joined(separator: ", ")
                    try target.execute("CREATE TABLE \(table.name) (\(columns))")
                    if table.columns.contains(where: { $0.0 == postgresOnly }) {
                        try target.execute("ALTER TABLE \(table.name) ALTER COLUMN \(postgresOnly) SET STORAGE EXTERNAL")
                    }
                }
                try source.read { db in try copyRows(table.name, from: db, to: target) }
            }
            if !keepTables { try target.execute(afterRows) }
            try target.execute("COMMIT")
        } catch {
            try? target.execute("ROLLBACK")
            throw error
        }
        // The planner's statistics for the new tables (outside the transaction: not needed for it to hold).
        try? target.execute("ANALYZE")
    }

    /// Appends the rows of a table of an SQLite store to the same table in PostgreSQL (COPY), in key order.
    static func copyRows(_ name: String, from db: Database, to target: PGConnection) throws {
        guard let table = tables.first(where: { $0.name == name }) else { return }
        let (sourceColumns, order) = selected(table, from: .sqlite)
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(sourceColumns) FROM \(table.name) ORDER BY \(order)")
        try target.copy("COPY \(table.name) FROM STDIN") { send in
            var rows = CopyRows()
            while let row = try cursor.next() {
                for k in 0..<table.columns.count {
                    switch (row[k] as DatabaseValue).storage {
                    case .null: rows.null()
                    case .int64(let n): rows.add(n)
                    case .double(let d): rows.add(Int64(d))
                    case .string(let s): rows.add(s)
                    case .blob(let b): rows.add(bytes: b)
                    }
                }
                rows.endRow()
                if rows.bytes.count > 1 << 20 {
                    try rows.bytes.withUnsafeBytes { try send($0) }
                    rows.bytes.removeAll(keepingCapacity: true)
                }
            }
            try rows.bytes.withUnsafeBytes { try send($0) }
        }
    }

    /// Whether the database's tables have every column this nq writes (a store of this format saved by an
    /// earlier build may lack one: it is then made again).
    static func hasEveryColumn(_ c: PGConnection) throws -> Bool {
        let present = Set(try c.query("SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = current_schema()")
            .compactMap { $0[0] })
        return tables.allSatisfy { t in t.columns.allSatisfy { present.contains("\(t.name).\($0.0)") } }
    }

    /// The key of the advisory lock that serialises nq's writers on one database.
    static let lockKey = 0x6E71_5354_4F52  // "nqSTOR"

    /// Copies the store in the database into a new SQLite store file at `file` (which must not exist).
    static func copy(_ source: PGConnection, toSQLite file: String) throws {
        let db = try DatabaseQueue(path: file)
        defer { try? db.close() }
        try db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = OFF") }
        try source.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { try? source.execute("COMMIT") }
        try db.write { db in
            try SQLiteStore().createSchema(db)
            try db.execute(sql: "DELETE FROM meta")
            for table in tables {
                let kept = table.columns.filter { $0.0 != postgresOnly }
                let names = kept.map(\.0)
                let (columns, order) = selected(table, from: .postgres)
                let types = kept.map(\.1)
                var insert = try RowInserter(db, "INSERT INTO \(table.name) (\(columns)) VALUES (\(names.map { _ in "?" }.joined(separator: ",")))")
                try source.stream("SELECT \(columns) FROM \(table.name) ORDER BY \(order)", [], chunk: 1000) { rows in
                    for row in rows {
                        for (k, value) in row.enumerated() {
                            guard let value else { insert.addNull(); continue }
                            if types[k].hasPrefix("BIGINT") {
                                insert.add(Int64(value) ?? 0)
                            } else if types[k] == "BYTEA" {
                                insert.add(hexBytes(value))
                            } else {
                                insert.add(value)
                            }
                        }
                        try insert.run()
                    }
                }
            }
        }
    }

    /// bytea's text form (`\x` and hex) as bytes.
    static func hexBytes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        let u = Array(s.utf8)
        guard u.count >= 2, u[0] == 0x5C, u[1] == 0x78 else { return u }
        out.reserveCapacity((u.count - 2) / 2)
        func nibble(_ c: UInt8) -> UInt8 {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            case 0x41...0x46: return c - 0x41 + 10
            default: return 0
            }
        }
        var k = 2
        while k + 1 < u.count {
            out.append(nibble(u[k]) << 4 | nibble(u[k + 1]))
            k += 2
        }
        return out
    }
}
