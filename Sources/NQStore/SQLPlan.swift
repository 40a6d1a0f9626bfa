import Foundation
import NQCorpus
import NQLanguage

/// A checked plan compiled to one SQL statement over a store's tables. In SQLite's dialect the
/// functions `nq_leaf`, `nq_bucket` and the collation `nq` are nq's own, registered on the connection;
/// in PostgreSQL's, what they decide is decided before the statement runs (`Prepass`: nq's code
/// applied to the distinct values, or rows, that the statement will read) and handed to it as a list.
///
/// What SQL says natively: numbers, exact `==`, `is null`, names looked up in the name tables (a
/// name-aware `=` becomes `IN` a list of canonical names), `mentions "X"` (the mentions of those names),
/// and, or, not, grouping, ordering and limits. What only nq's own code decides the same way as in
/// memory — text compared ignoring case, `contains`, `matches`, a date's bucket — is asked of nq's
/// functions from inside the query, so that both ways give the same answers by construction.
struct SQLPlan {
    var sql: String
    var arguments: [String]
    /// The conditions `nq_leaf(k, value)` asks for, by k.
    var leaves: [Leaf]
    /// A grouped count: the SQL gives the groups in order of first appearance; nq orders them.
    var grouped: Bool
    /// The columns' types, to read values as the evaluator makes them.
    var types: [FieldType]
    /// PostgreSQL: what nq's code decides for the statement, run first (their answers fill arguments).
    var prepasses: [Prepass] = []

    /// A question asked of the database before the statement, answered by nq's own code: which values
    /// (or which rows, for texts) hold a condition, or each date's bucket. The answer (a JSON array or
    /// object) becomes the statement's argument `slot`.
    struct Prepass {
        enum Kind {
            /// `SELECT DISTINCT value`: the values for which leaf k holds.
            case values(leaf: Int, type: FieldType)
            /// `SELECT row, value`: the rows for which leaf k holds.
            case rows(leaf: Int)
            /// `SELECT DISTINCT date`: each date's bucket.
            case buckets(DateBucket)
            /// `SELECT id`: the ids, as an array (the words a text search looks up in the postings).
            case ids
        }
        var kind: Kind
        var sql: String
        var slot: Int
    }

    struct Leaf {
        var predicate: NQLanguage.Predicate
        var spanText: Bool
        var names: Set<String>
    }

    /// Why a plan stays in memory (nil from `compile`).
    enum Unsupported: Error { case notStored, resultSet, setCondition, field(String) }
}

/// The store's name tables (`name_words`, `aliases`), read by each engine in its own SQL.
protocol NameLookup {
    /// The names that have the query's longest word (all names that can match it); for a query
    /// without words, the names equal to it in any case of ASCII letters.
    func byWords(_ kind: NameKind, _ query: String) throws -> [String]
    /// The entities' aliases with this folded key, as (alias, name).
    func aliases(key: String) throws -> [(alias: String, name: String)]
}

extension NameLookup {
    /// The canonical names a name-aware `=` matches: the candidates by their words, checked by the
    /// same `NameMatch` as in memory; for entities, aliases by their folded key, checked by `NameMatch.same`.
    func names(_ kind: NameKind, matching query: String) throws -> Set<String> {
        let q = NameMatch.Query(query)
        var out = Set(try byWords(kind, query).filter { q.matches($0) })
        if kind == .entities {
            for (alias, name) in try aliases(key: NameFolding.aliasKey(query)) where NameMatch.same(alias, query) { out.insert(name) }
        }
        return out
    }
}

/// The SQL engine a plan is compiled for.
enum SQLDialect { case sqlite, postgres }

/// What `show` reads from a store's tables to find its record (each engine in its own SQL). Rows are
/// 0-based, in table order.
protocol RecordLookup: NameLookup {
    /// The first row of `table` whose `column` is exactly `name`.
    func firstRow(_ table: String, _ column: String, equal name: String) throws -> Int?
    /// The rows whose `column` is one of `names`, with that name.
    func rows(_ table: String, _ column: String, in names: [String]) throws -> [(row: Int, name: String)]
    /// How many rows `table` has.
    func count(_ table: String) throws -> Int
}

/// The record `show` reads (its row), or the answer when there is none, or several.
enum ShownChoice { case row(Int), answer(ShownRecord?) }

extension RecordLookup {
    /// As in memory: a number within the table; a name exactly, else written without or with
    /// diacritics, else the one record the name-aware = finds.
    func choose(_ schema: SourceSchema, _ stored: StoredSource, number: Int?, name: String?) throws -> ShownChoice {
        let table = stored.table
        guard let name else {
            let count = try count(table)
            guard let number, number >= 1, number <= count else { return .answer(.noSuchNumber(count: count)) }
            return .row(number - 1)
        }
        guard let field = schema.fields.first(where: { $0.type == .name && $0.name == "name" }), let kind = field.names,
              case .column(let column)? = stored.fields[field.name] else { return .answer(nil) }
        if let exact = try firstRow(table, column, equal: name) { return .row(exact) }
        let q = NameMatch.Query(name)
        let found = try rows(table, column, in: try byWords(kind, name).filter { q.matches($0) }.sorted())
        let key = NameFolding.key(name)
        if let folded = found.first(where: { NameFolding.key($0.name) == key }) { return .row(folded.row) }
        if found.count == 1 { return .row(found[0].row) }
        if found.isEmpty { return .answer(.noSuchName) }
        return .answer(.ambiguous(candidates: found.prefix(5).map(\.name), more: max(0, found.count - 5)))
    }
}

struct SQLCompiler {
    let plan: Plan
    var dialect: SQLDialect = .sqlite
    var prepasses: [SQLPlan.Prepass] = []
    var pg: Bool { dialect == .postgres }
    let stored: StoredSource
    let lookup: NameLookup
    var arguments: [String] = []
    var leaves: [SQLPlan.Leaf] = []
    var needsArticle = false
    var needsText = false
    /// Only the rows (0-based, as the evaluator numbers them) a find keeps, in its order: for `let`.
    var rowsOnly = false
    /// The order of the rows read: the table's, or the let set's the plan reads from.
    var rowOrder: String { plan.rows == nil ? "t.\(rowid)" : "r.key" }
    /// The column that numbers the table's rows: SQLite's rowid (the id where there is one); in
    /// PostgreSQL the id, or the `rowid` column nq writes for entities and speakers.
    var rowid: String { Self.rowid(of: stored.table, dialect) }

    static func rowid(of table: String, _ dialect: SQLDialect) -> String {
        dialect == .postgres && table != "entities" && table != "speakers" ? "id" : "rowid"
    }

    init(plan: Plan, lookup: NameLookup) throws {
        guard let stored = plan.schema.stored else { throw SQLPlan.Unsupported.notStored }
        self.plan = plan
        self.stored = stored
        self.lookup = lookup
    }

    static func compile(_ plan: Plan, lookup: NameLookup, rowsOnly: Bool = false, dialect: SQLDialect = .sqlite) throws -> SQLPlan {
        var c = try SQLCompiler(plan: plan, lookup: lookup)
        c.rowsOnly = rowsOnly
        c.dialect = dialect
        return try c.compile()
    }

    /// A JSON array of whole numbers, as one argument.
    mutating func numberList(_ numbers: [Int]) -> String {
        argument("[" + numbers.map(String.init).joined(separator: ",") + "]")
    }

    /// The values of a JSON array argument, as a set to select from (`SELECT value FROM …`).
    func elements(_ argument: String) -> String {
        pg ? "json_array_elements_text(\(argument)::json) AS e(value)" : "json_each(\(argument))"
    }

    /// A JSON array's element as a number (PostgreSQL's are text).
    func number(_ e: String) -> String { pg ? "(\(e))::bigint" : e }

    var isArticles: Bool { stored.table == "articles" }

    mutating func compile() throws -> SQLPlan {
        // Arguments are numbered in the order their `?` stand in the text: the narrowing first, then
        // the condition (the selected expressions and the orders take none).
        var narrow: String? = nil
        // A let set as the source: its rows, in its order (`r.key`).
        var setJoin = ""
        if let rows = plan.rows {
            let list = numberList(rows)
            setJoin = pg ? " JOIN json_array_elements_text(\(list)::json) WITH ORDINALITY r(value, key) ON t.\(rowid) = r.value::bigint + 1"
                : " JOIN json_each(\(list)) r ON t.rowid = r.value + 1"
        }
        // The word index narrows a text search to the articles that have a word holding the needle's
        // longest run of letters, as in memory (`Evaluator.textCandidates`).
        if let p = plan.predicate, let run = Self.textRun(p), let own = stored.positions[.article] {
            // The settled postings and those of articles appended since (each `?` its own argument).
            let settled: String, recent: String
            if pg {
                // The words holding the run found first, and given as an array the planner sees (it then
                // reads the postings of those words by their key instead of all of them).
                let words = "SELECT w.id FROM words w WHERE strpos(w.word, \(argument(run))) > 0"
                let slot = arguments.count
                let ids = argument("{}")
                prepasses.append(SQLPlan.Prepass(kind: .ids, sql: words, slot: slot))
                settled = "SELECT p.article FROM postings p WHERE p.word = ANY(\(ids)::bigint[])"
                recent = "SELECT p.article FROM recent_postings p WHERE p.word = ANY(\(ids)::bigint[])"
            } else {
                settled = "SELECT p.article FROM postings p WHERE p.word IN (SELECT w.id FROM words w WHERE instr(w.word, \(argument(run))) > 0)"
                recent = "SELECT p.article FROM recent_postings p WHERE p.word IN (SELECT w.id FROM words w WHERE instr(w.word, \(argument(run))) > 0)"
            }
            narrow = "t.\(Self.quoted(own)) IN (\(settled) UNION ALL \(recent))"
        }
        let condition = try plan.predicate.map { try self.condition($0) }
        let whereSQL = [narrow, condition].compactMap { $0 }.joined(separator: " AND ")
        let (whereNeedsArticle, whereNeedsText) = (needsArticle, needsText)
        func from(article: Bool, text: Bool, condition: String? = nil) -> String {
            var sql = " FROM \(stored.table) t" + setJoin
            if article { sql += " JOIN articles a ON a.id = t.article_id" }
            if text { sql += " JOIN texts x ON x.id = t.\(isArticles ? "id" : "article_id")" }
            if let w = condition ?? (whereSQL.isEmpty ? nil : whereSQL) { sql += " WHERE " + w }
            return sql
        }
        // PostgreSQL: each leaf's question, over the rows the statement reads (narrowed as it is).
        for k in pendingLeaves.indices {
            let q = pendingLeaves[k]
            let select = q.byRow ? "SELECT t.\(rowid), \(q.expression)" : "SELECT DISTINCT \(q.expression)"
            let sql = select + from(article: q.article && !isArticles, text: q.text, condition: narrow ?? "true")
            prepasses.append(SQLPlan.Prepass(kind: q.byRow ? .rows(leaf: q.leaf) : .values(leaf: q.leaf, type: q.type), sql: sql, slot: q.slot))
        }
        var select: [String] = []
        var types: [FieldType] = []
        var tail = ""
        var grouped = false
        switch plan.verb {
        case .count where plan.groupBy.isEmpty:
            select = ["count(*)"]
            types = [.number]
        case .count where !isArticles && stored.positions[.article] == "article_id" && plan.groupBy.allSatisfy(isOfArticle):
            // Keys that are the article's (its title, its month): counted by article first, then the
            // articles' rows read once each, not once per record.
            needsArticle = false
            let keys = try plan.groupBy.map { try expression($0) }
            let k = plan.groupBy.count
            let inner = "SELECT t.article_id AS aid, count(*) AS n, min(\(rowOrder)) AS f"
                + from(article: whereNeedsArticle, text: whereNeedsText) + " GROUP BY t.article_id"
            let sql = "SELECT " + keys.joined(separator: ", ") + ", sum(g.n), min(g.f) FROM (\(inner)) g JOIN articles a ON a.id = g.aid"
                + " GROUP BY " + (1...k).map(String.init).joined(separator: ", ") + " ORDER BY \(k + 2)"
            return SQLPlan(sql: sql, arguments: arguments, leaves: leaves, grouped: true,
                           types: plan.groupBy.map(\.type) + [.number, .number], prepasses: prepasses)
        case .count:
            for f in plan.groupBy {
                select.append(try expression(f))
                types.append(f.type)
            }
            select += ["count(*)", "min(\(rowOrder))"]
            types += [.number, .number]
            tail = " GROUP BY " + (1...plan.groupBy.count).map(String.init).joined(separator: ", ") + " ORDER BY \(plan.groupBy.count + 2)"
            grouped = true
        case .find where rowsOnly:
            select = ["t.\(rowid) - 1"]
            types = [.number]
            fallthrough
        case .find:
            if !rowsOnly {
                for f in plan.columns {
                    select.append(try expression(f))
                    types.append(f.type)
                }
            }
            var keys: [String] = []
            for key in plan.orderBy {
                guard case .field(let f) = key.target else { continue }
                let e = try expression(f)
                keys.append("(\(e)) IS NULL")
                keys.append("\(e)" + (f.type == .number ? "" : pg ? " COLLATE \"C\"" : " COLLATE nq") + (key.descending ? " DESC" : ""))
            }
            keys.append(rowOrder)
            tail = " ORDER BY " + keys.joined(separator: ", ")
            if plan.limit != nil || plan.offset > 0 {
                tail += " LIMIT \(plan.limit.map(String.init) ?? (pg ? "ALL" : "-1"))" + (plan.offset > 0 ? " OFFSET \(plan.offset)" : "")
            }
        }
        let sql = "SELECT " + select.joined(separator: ", ") + from(article: needsArticle, text: needsText) + tail
        return SQLPlan(sql: sql, arguments: arguments, leaves: leaves, grouped: grouped, types: types, prepasses: prepasses)
    }

    /// A field whose value is its record's article's (a column of the article, a bucket of its date).
    func isOfArticle(_ f: FieldSpec) -> Bool {
        switch try? place(f) {
        case .articleColumn?, .dateBucket?: return true
        default: return false
        }
    }

    func place(_ f: FieldSpec) throws -> StoredField {
        if let s = f.stored { return s }
        guard let s = stored.fields[f.name] else { throw SQLPlan.Unsupported.field(f.name) }
        return s
    }

    /// An article's text, checked against its checksum by `nq_text` the first time a statement reads it
    /// (`nq_seen`: checked already; the text then stays inside SQLite).
    static let checkedText = "CASE WHEN nq_seen(x.id) THEN x.text ELSE nq_text(x.id, x.text, x.checksum) END"

    static func quoted(_ column: String) -> String { "\"" + column.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// The run of letters the word index looks up for a text condition (or the first of a conjunction).
    static func textRun(_ p: NQLanguage.Predicate) -> String? {
        switch p {
        case .contains(let f, let needle) where f.name == "text": return WordIndex.longestRun(of: needle)
        case .matches(let f, let re) where f.name == "text": return re.requiredLiteral.flatMap { WordIndex.longestRun(of: $0) }
        case .and(let a, _): return textRun(a)
        default: return nil
        }
    }

    /// A record's text kept as a span of its article's: searched as `TextSearch` does, in SQL when the
    /// needle is ASCII (SQLite's lower() folds ASCII letters only, as `TextSearch` does for such needles).
    func isSpanText(_ f: FieldSpec) -> Bool { f.name == "text" && plan.schema.textSpan != nil }

    static func isASCII(_ s: String) -> Bool { !s.utf8.contains { $0 >= 0x80 } }

    mutating func articleColumn(_ column: String) -> String {
        if isArticles { return "t." + Self.quoted(column) }
        needsArticle = true
        return "a." + Self.quoted(column)
    }

    /// The SQL expression of a field's value for row `t`.
    mutating func expression(_ f: FieldSpec) throws -> String {
        switch try place(f) {
        case .column(let c): return "t." + Self.quoted(c)
        case .articleColumn(let c): return articleColumn(c)
        case .articleText:
            needsText = true
            return pg ? "x.text" : Self.checkedText
        case .span:
            needsText = true
            return bytes("t.start", "t.\"end\"")
        case .sectionText:
            needsText = true
            return """
                coalesce((SELECT \(bytes("min(p.start)", "max(p.\"end\")")) \
                FROM paragraphs p WHERE p.article_id = t.article_id AND p.section = t.idx), '')
                """
        case .sectionHeading:
            return "coalesce((SELECT s.heading FROM sections s WHERE s.article_id = t.article_id AND s.idx = t.section), '\(Section.leadHeading)')"
        case .sentenceID:
            return "(SELECT s.id FROM sentences s WHERE s.article_id = t.article_id AND s.idx = t.sentence)"
        case .dateBucket(let b):
            let date = articleColumn("date")
            guard pg else { return "nq_bucket(\(date), '\(b.rawValue)')" }
            // Each date's bucket, worked out by nq before the statement (a JSON object by date).
            let slot = arguments.count
            let e = "(\(argument("{}"))::jsonb ->> \(date))"
            prepasses.append(SQLPlan.Prepass(kind: .buckets(b), sql: "SELECT DISTINCT date FROM articles", slot: slot))
            return e
        }
    }

    /// The article's text between two UTF-8 byte offsets (SQL expressions), as text.
    func bytes(_ start: String, _ end: String) -> String {
        guard pg else { return "CAST(substr(CAST(\(Self.checkedText) AS BLOB), \(start) + 1, \(end) - \(start)) AS TEXT)" }
        return "convert_from(substring(x.bytes from (\(start) + 1)::int for (\(end) - \(start))::int), 'UTF8')"
    }

    /// A `?` for SQLite (arguments in the order they stand in the text); `$n` for PostgreSQL, whose
    /// arguments are numbered (expressions compiled after the condition stand before it).
    mutating func argument(_ s: String) -> String {
        arguments.append(s)
        return pg ? "$\(arguments.count)" : "?"
    }

    /// Membership in a list of names, given as one argument (any number of names): SQLite's
    /// `IN (SELECT value FROM json_each(?))` of a JSON array; PostgreSQL's `= ANY($n::text[])` of an
    /// array, whose values the planner sees (a JSON function's rows it cannot count, and it would scan
    /// a table rather than use the index on names).
    mutating func nameList(_ names: Set<String>) -> String {
        let sorted = names.sorted()
        guard pg else {
            let json = String(decoding: (try? JSONEncoder().encode(sorted)) ?? Data("[]".utf8), as: UTF8.self)
            return "IN (SELECT value FROM \(elements(argument(json))))"
        }
        return "= ANY(\(argument(Self.textArray(sorted)))::text[])"
    }

    /// A PostgreSQL array literal of texts: each element quoted, its backslashes and quotes escaped.
    static func textArray(_ values: [String]) -> String {
        "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }

    /// A condition as an SQL expression. Under `not` it is 1 or 0, never null (so that `not` means
    /// what it does in memory, where a missing value fails every comparison); elsewhere a null counts
    /// as false and comparisons are left bare, so that SQLite can use its indexes for them.
    mutating func condition(_ p: NQLanguage.Predicate, negated: Bool = false) throws -> String {
        func sure(_ e: String) -> String { negated ? "coalesce(\(e), false)" : e }
        switch p {
        case .and(let a, let b): return "(\(try condition(a, negated: negated)) AND \(try condition(b, negated: negated)))"
        case .or(let a, let b): return "(\(try condition(a, negated: negated)) OR \(try condition(b, negated: negated)))"
        case .not(let a): return "NOT \(try condition(a, negated: true))"
        case .isNull(let f, let negated): return "(\(try expression(f)) IS \(negated ? "NOT " : "")NULL)"
        case .inSet(let f, _, let keys):
            // The keys of the set's records (nulls left out), looked up by their rows.
            guard let source = keys.source?.stored, let name = keys.field,
                  case .column(let column)? = source.fields[name] ?? (name == "article_id" || name == "id" ? .column(name) : nil) else {
                throw SQLPlan.Unsupported.setCondition
            }
            let e = try expression(f)
            let list = numberList(keys.rows)
            return sure("\(e) IN (SELECT s.\(Self.quoted(column)) FROM \(source.table) s WHERE s.\(Self.rowid(of: source.table, dialect)) IN (SELECT \(number("value")) + 1 FROM \(elements(list))) AND s.\(Self.quoted(column)) IS NOT NULL)")
        case .compare(let f, .exact, let v):
            let e = try expression(f)
            if f.type == .number, case .int(let n) = v { return sure("\(e) = \(n)") }
            return sure(pg && f.type == .number ? "(\(e))::text = \(argument(v.text))" : "\(e) = \(argument(v.text))")
        case .compare(let f, let op, let v) where f.type == .name && (op == .equal || op == .notEqual):
            guard let kind = f.names else { return try leaf(p, f) }
            let names = try lookup.names(kind, matching: v.text)
            let e = try expression(f)
            let list = nameList(names)
            return op == .equal ? sure("\(e) \(list)") : "NOT coalesce(\(e) \(list), false)"
        case .compare(let f, let op, let v) where f.type == .number:
            guard case .int(let n) = v else { return try leaf(p, f) }
            let e = try expression(f)
            switch op {
            case .notEqual: return "(\(e) IS NULL OR \(e) != \(n))"
            default: return sure("\(e) \(op.rawValue) \(n)")
            }
        case .contains(let f, let needle) where isSpanText(f) && Self.isASCII(needle):
            return sure(contains(try expression(f), argument(needle)))
        case .matches(let f, let re) where isSpanText(f) && re.literalNeedle.map(Self.isASCII) == true:
            // No match can lack its literal: the byte search first, the matcher on what it leaves.
            let e = try expression(f)
            return "(\(sure(contains(e, argument(re.literalNeedle!)))) AND \(try leaf(p, f)))"
        case .compare(let f, let op, let v) where f.type == .text && (op == .equal || op == .notEqual) && Self.isASCII(v.text):
            let e = try expression(f)
            let equal = try textEqual(e, v.text, f)
            return op == .equal ? sure(equal) : "(\(e) IS NULL OR NOT coalesce(\(equal), false))"
        case .isIn(let f, let values) where f.type == .text && values.allSatisfy({ Self.isASCII($0.text) }):
            let e = try expression(f)
            return sure("(" + (try values.map { try textEqual(e, $0.text, f) }).joined(separator: " OR ") + ")")
        case .isIn(let f, let values) where f.type == .number && values.allSatisfy({ if case .int = $0 { return true } else { return false } }):
            return sure("\(try expression(f)) IN (\(values.map(\.text).joined(separator: ", ")))")
        case .compare(let f, _, _), .contains(let f, _), .matches(let f, _), .isIn(let f, _):
            return try leaf(p, f)
        case .mentions(let name, let scope):
            let names = try lookup.names(.entities, matching: name)
            let list = nameList(names)
            switch scope {
            case .quote:
                return "EXISTS (SELECT 1 FROM mentions m WHERE m.entity \(list) AND m.article_id = t.article_id AND m.start >= t.start AND m.\"end\" <= t.\"end\")"
            case .article:
                return "t.id IN (SELECT m.article_id FROM mentions m WHERE m.entity \(list))"
            default:
                guard let own = stored.positions[scope] else { throw SQLPlan.Unsupported.field("position") }
                return "(t.article_id, t.\(Self.quoted(own))) IN (SELECT m.article_id, m.\(Self.mentionColumn(scope)) FROM mentions m WHERE m.entity \(list))"
            }
        case .placeMentions(let name, let scope, _):
            let names = try lookup.names(.entities, matching: name)
            let list = nameList(names)
            guard let articleColumn = stored.positions[.article] else { throw SQLPlan.Unsupported.field("article") }
            if scope == .article {
                return "t.\(Self.quoted(articleColumn)) IN (SELECT m.article_id FROM mentions m WHERE m.entity \(list))"
            }
            guard let own = stored.positions[scope] else { throw SQLPlan.Unsupported.field("position") }
            return "(t.\(Self.quoted(articleColumn)), t.\(Self.quoted(own))) IN (SELECT m.article_id, m.\(Self.mentionColumn(scope)) FROM mentions m WHERE m.entity \(list))"
        }
    }

    static func mentionColumn(_ scope: MentionScope) -> String {
        switch scope {
        case .section: return "section"
        case .paragraph: return "paragraph"
        case .sentence: return "sentence"
        case .article, .quote: return "article_id"
        }
    }

    /// Text equal to an ASCII value in any case, as `Evaluator.equal` decides (Foundation's
    /// case-insensitive comparison): SQLite's NOCASE folds ASCII letters, which decides for text that is
    /// ASCII; text with other characters is asked of nq's own code. Null when the text is null.
    mutating func textEqual(_ e: String, _ value: String, _ f: FieldSpec) throws -> String {
        let ask = try leaf(.compare(f, .equal, .string(value)), f)
        if pg {
            return "(lower((\(e)) COLLATE \"C\") = lower(\(argument(value)) COLLATE \"C\") OR (octet_length(\(e)) != char_length(\(e)) AND \(ask)))"
        }
        return "(\(e) = \(argument(value)) COLLATE NOCASE OR (length(CAST(\(e) AS BLOB)) != length(\(e)) AND \(ask)))"
    }

    /// Whether text holds an ASCII needle in any case of its ASCII letters (as `TextSearch` decides for
    /// such needles): SQLite's lower() folds ASCII letters only, PostgreSQL's does so under the C collation.
    func contains(_ e: String, _ needle: String) -> String {
        pg ? "strpos(lower((\(e)) COLLATE \"C\"), \(needle)) > 0" : "instr(lower(\(e)), \(needle)) > 0"
    }

    /// A condition on one field that nq's own code decides (`Evaluator.holds(_:value:…)`), called from SQL.
    mutating func leaf(_ p: NQLanguage.Predicate, _ f: FieldSpec) throws -> String {
        // Which tables the value needs (for its question asked apart, in PostgreSQL).
        let before = (needsArticle, needsText)
        (needsArticle, needsText) = (false, false)
        let e = try expression(f)
        let needs = (needsArticle, needsText)
        (needsArticle, needsText) = (before.0 || needs.0, before.1 || needs.1)
        var names = Set<String>()
        if case .compare(_, let op, let v) = p, f.type == .name, op == .equal || op == .notEqual, let kind = f.names {
            names = try lookup.names(kind, matching: v.text)
        }
        // As the evaluator decides: a record's text kept as a span of its article is searched in place.
        let spanText = f.name == "text" && plan.schema.textSpan != nil
        leaves.append(SQLPlan.Leaf(predicate: p, spanText: spanText, names: names))
        guard pg else { return "nq_leaf(\(leaves.count - 1), \(e))" }
        // PostgreSQL: the values (or, for texts, the rows) that hold it, found before the statement.
        let byRow: Bool
        switch try place(f) {
        case .articleText, .span, .sectionText: byRow = true
        default: byRow = false
        }
        let slot = arguments.count
        let list = argument("[]")
        pendingLeaves.append(PendingLeaf(leaf: leaves.count - 1, expression: e, byRow: byRow, type: f.type, slot: slot,
                                         article: needs.0, text: needs.1))
        if byRow { return "t.\(rowid) IN (SELECT \(number("value")) FROM \(elements(list)))" }
        let nullHolds = Evaluator.holds(p, value: .null, spanText: spanText, names: names) ?? false
        return "(coalesce((\(e))::text IN (SELECT value FROM \(elements(list))), false)" + (nullHolds ? " OR (\(e)) IS NULL)" : ")")
    }

    /// A leaf whose question is asked before the statement (PostgreSQL).
    struct PendingLeaf {
        var leaf: Int
        var expression: String
        var byRow: Bool
        var type: FieldType
        var slot: Int
        var article: Bool
        var text: Bool
    }
    var pendingLeaves: [PendingLeaf] = []
}

/// A store that compiles a plan and reads its rows in its own engine (SQLite's connection, PostgreSQL's):
/// `run`, `stream` and `rows` are the same over any of them.
protocol CompiledReader {
    associatedtype Connection
    /// Compiles the plan and runs `body` with the statement ready; nil when the store cannot answer it in place.
    func withCompiled<T>(_ plan: Plan, rowsOnly: Bool, _ body: (Connection, SQLPlan) throws -> T) throws -> T?
    /// The statement's rows, as the evaluator makes values, a chunk at a time.
    static func read(_ c: Connection, _ compiled: SQLPlan, chunk: Int, isCancelled: @Sendable () -> Bool,
                     _ handle: ([[Value]]) throws -> Void) throws
}

extension CompiledReader {
    func withCompiled<T>(_ plan: Plan, _ body: (Connection, SQLPlan) throws -> T) throws -> T? {
        try withCompiled(plan, rowsOnly: false, body)
    }

    public func run(_ plan: Plan, isCancelled: @escaping @Sendable () -> Bool) throws -> ResultTable? {
        try withCompiled(plan) { c, compiled in
            var rows: [[Value]] = []
            try Self.read(c, compiled, chunk: 1024, isCancelled: isCancelled) { rows += $0 }
            return StoreEngine.result(plan, rows)
        }
    }

    public func stream(_ plan: Plan, isCancelled: @escaping @Sendable () -> Bool, rows handle: ([[Value]]) throws -> Void) throws -> Bool {
        guard plan.verb == .find else { return false }
        return try withCompiled(plan) { c, compiled in
            try Self.read(c, compiled, chunk: 1000, isCancelled: isCancelled, handle)
        } != nil
    }

    public func rows(_ plan: Plan, isCancelled: @escaping @Sendable () -> Bool) throws -> [Int]? {
        guard plan.verb == .find else { return nil }
        return try withCompiled(plan, rowsOnly: true) { c, compiled in
            var rows: [Int] = []
            try Self.read(c, compiled, chunk: 1024, isCancelled: isCancelled) { chunk in
                for r in chunk { if case .int(let n) = r[0] { rows.append(n) } }
            }
            return rows
        }
    }
}
