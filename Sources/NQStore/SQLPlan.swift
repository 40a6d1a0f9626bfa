import Foundation
import NQCorpus
import NQLanguage

/// A checked plan compiled to one SQL statement over a store's tables (SQLite's dialect; the
/// functions `nq_leaf`, `nq_bucket` and the collation `nq` are nq's own, registered on the connection).
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

    struct Leaf {
        var predicate: NQLanguage.Predicate
        var spanText: Bool
        var names: Set<String>
    }

    /// Why a plan stays in memory (nil from `compile`).
    enum Unsupported: Error { case notStored, resultSet, setCondition, field(String) }
}

/// Looks up the canonical names a name-aware `=` matches, in the store's name tables.
protocol NameLookup {
    func names(_ kind: NameKind, matching query: String) throws -> Set<String>
}

struct SQLCompiler {
    let plan: Plan
    let stored: StoredSource
    let lookup: NameLookup
    var arguments: [String] = []
    var leaves: [SQLPlan.Leaf] = []
    var needsArticle = false
    var needsText = false
    /// Only the rows (0-based, as the evaluator numbers them) a find keeps, in its order: for `let`.
    var rowsOnly = false
    /// The order of the rows read: the table's, or the let set's the plan reads from.
    var rowOrder: String { plan.rows == nil ? "t.rowid" : "r.key" }

    init(plan: Plan, lookup: NameLookup) throws {
        guard let stored = plan.schema.stored else { throw SQLPlan.Unsupported.notStored }
        self.plan = plan
        self.stored = stored
        self.lookup = lookup
    }

    static func compile(_ plan: Plan, lookup: NameLookup, rowsOnly: Bool = false) throws -> SQLPlan {
        var c = try SQLCompiler(plan: plan, lookup: lookup)
        c.rowsOnly = rowsOnly
        return try c.compile()
    }

    /// A JSON array of whole numbers, as one argument.
    mutating func numberList(_ numbers: [Int]) -> String {
        argument("[" + numbers.map(String.init).joined(separator: ",") + "]")
    }

    var isArticles: Bool { stored.table == "articles" }

    mutating func compile() throws -> SQLPlan {
        // Arguments are numbered in the order their `?` stand in the text: the narrowing first, then
        // the condition (the selected expressions and the orders take none).
        var narrow: String? = nil
        // A let set as the source: its rows, in its order (`r.key`).
        var setJoin = ""
        if let rows = plan.rows {
            setJoin = " JOIN json_each(\(numberList(rows))) r ON t.rowid = r.value + 1"
        }
        // The word index narrows a text search to the articles that have a word holding the needle's
        // longest run of letters, as in memory (`Evaluator.textCandidates`).
        if let p = plan.predicate, let run = Self.textRun(p), let own = stored.positions[.article] {
            // The settled postings and those of articles appended since (each `?` its own argument).
            let settled = "SELECT p.article FROM postings p WHERE p.word IN (SELECT w.id FROM words w WHERE instr(w.word, \(argument(run))) > 0)"
            let recent = "SELECT p.article FROM recent_postings p WHERE p.word IN (SELECT w.id FROM words w WHERE instr(w.word, \(argument(run))) > 0)"
            narrow = "t.\(Self.quoted(own)) IN (\(settled) UNION ALL \(recent))"
        }
        let condition = try plan.predicate.map { try self.condition($0) }
        let whereSQL = [narrow, condition].compactMap { $0 }.joined(separator: " AND ")
        let (whereNeedsArticle, whereNeedsText) = (needsArticle, needsText)
        func from(article: Bool, text: Bool) -> String {
            var sql = " FROM \(stored.table) t" + setJoin
            if article { sql += " JOIN articles a ON a.id = t.article_id" }
            if text { sql += " JOIN texts x ON x.id = t.\(isArticles ? "id" : "article_id")" }
            if !whereSQL.isEmpty { sql += " WHERE " + whereSQL }
            return sql
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
                           types: plan.groupBy.map(\.type) + [.number, .number])
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
            select = ["t.rowid - 1"]
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
                keys.append("\(e)" + (f.type == .number ? "" : " COLLATE nq") + (key.descending ? " DESC" : ""))
            }
            keys.append(rowOrder)
            tail = " ORDER BY " + keys.joined(separator: ", ")
            if plan.limit != nil || plan.offset > 0 {
                tail += " LIMIT \(plan.limit ?? -1)" + (plan.offset > 0 ? " OFFSET \(plan.offset)" : "")
            }
        }
        let sql = "SELECT " + select.joined(separator: ", ") + from(article: needsArticle, text: needsText) + tail
        return SQLPlan(sql: sql, arguments: arguments, leaves: leaves, grouped: grouped, types: types)
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
            return Self.checkedText
        case .span:
            needsText = true
            return "CAST(substr(CAST(\(Self.checkedText) AS BLOB), t.start + 1, t.\"end\" - t.start) AS TEXT)"
        case .sectionText:
            needsText = true
            return """
                coalesce((SELECT CAST(substr(CAST(\(Self.checkedText) AS BLOB), min(p.start) + 1, max(p."end") - min(p.start)) AS TEXT) \
                FROM paragraphs p WHERE p.article_id = t.article_id AND p.section = t.idx), '')
                """
        case .sectionHeading:
            return "coalesce((SELECT s.heading FROM sections s WHERE s.article_id = t.article_id AND s.idx = t.section), '\(Section.leadHeading)')"
        case .sentenceID:
            return "(SELECT s.id FROM sentences s WHERE s.article_id = t.article_id AND s.idx = t.sentence)"
        case .dateBucket(let b):
            return "nq_bucket(\(articleColumn("date")), '\(b.rawValue)')"
        }
    }

    mutating func argument(_ s: String) -> String {
        arguments.append(s)
        return "?"
    }

    /// A JSON array of names, as one argument (`IN (SELECT value FROM json_each(?))`: any number of names).
    mutating func nameList(_ names: Set<String>) -> String {
        let json = String(decoding: (try? JSONEncoder().encode(names.sorted())) ?? Data("[]".utf8), as: UTF8.self)
        return "(SELECT value FROM json_each(\(argument(json))))"
    }

    /// A condition as an SQL expression. Under `not` it is 1 or 0, never null (so that `not` means
    /// what it does in memory, where a missing value fails every comparison); elsewhere a null counts
    /// as false and comparisons are left bare, so that SQLite can use its indexes for them.
    mutating func condition(_ p: NQLanguage.Predicate, negated: Bool = false) throws -> String {
        func sure(_ e: String) -> String { negated ? "coalesce(\(e), 0)" : e }
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
            return sure("\(e) IN (SELECT s.\(Self.quoted(column)) FROM \(source.table) s WHERE s.rowid IN (SELECT value + 1 FROM json_each(\(list))) AND s.\(Self.quoted(column)) IS NOT NULL)")
        case .compare(let f, .exact, let v):
            let e = try expression(f)
            if f.type == .number, case .int(let n) = v { return sure("\(e) = \(n)") }
            return sure("\(e) = \(argument(v.text))")
        case .compare(let f, let op, let v) where f.type == .name && (op == .equal || op == .notEqual):
            guard let kind = f.names else { return try leaf(p, f) }
            let names = try lookup.names(kind, matching: v.text)
            let e = try expression(f)
            let list = nameList(names)
            return op == .equal ? sure("\(e) IN \(list)") : "NOT coalesce(\(e) IN \(list), 0)"
        case .compare(let f, let op, let v) where f.type == .number:
            guard case .int(let n) = v else { return try leaf(p, f) }
            let e = try expression(f)
            switch op {
            case .notEqual: return "(\(e) IS NULL OR \(e) != \(n))"
            default: return sure("\(e) \(op.rawValue) \(n)")
            }
        case .contains(let f, let needle) where isSpanText(f) && Self.isASCII(needle):
            return sure("instr(lower(\(try expression(f))), \(argument(needle))) > 0")
        case .matches(let f, let re) where isSpanText(f) && re.literalNeedle.map(Self.isASCII) == true:
            // No match can lack its literal: the byte search first, the matcher on what it leaves.
            let e = try expression(f)
            return "(\(sure("instr(lower(\(e)), \(argument(re.literalNeedle!))) > 0")) AND \(try leaf(p, f)))"
        case .compare(let f, let op, let v) where f.type == .text && (op == .equal || op == .notEqual) && Self.isASCII(v.text):
            let e = try expression(f)
            let equal = try textEqual(e, v.text, f)
            return op == .equal ? sure(equal) : "(\(e) IS NULL OR NOT coalesce(\(equal), 0))"
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
                return "EXISTS (SELECT 1 FROM mentions m WHERE m.entity IN \(list) AND m.article_id = t.article_id AND m.start >= t.start AND m.\"end\" <= t.\"end\")"
            case .article:
                return "t.id IN (SELECT m.article_id FROM mentions m WHERE m.entity IN \(list))"
            default:
                guard let own = stored.positions[scope] else { throw SQLPlan.Unsupported.field("position") }
                return "(t.article_id, t.\(Self.quoted(own))) IN (SELECT m.article_id, m.\(Self.mentionColumn(scope)) FROM mentions m WHERE m.entity IN \(list))"
            }
        case .placeMentions(let name, let scope, _):
            let names = try lookup.names(.entities, matching: name)
            let list = nameList(names)
            guard let articleColumn = stored.positions[.article] else { throw SQLPlan.Unsupported.field("article") }
            if scope == .article {
                return "t.\(Self.quoted(articleColumn)) IN (SELECT m.article_id FROM mentions m WHERE m.entity IN \(list))"
            }
            guard let own = stored.positions[scope] else { throw SQLPlan.Unsupported.field("position") }
            return "(t.\(Self.quoted(articleColumn)), t.\(Self.quoted(own))) IN (SELECT m.article_id, m.\(Self.mentionColumn(scope)) FROM mentions m WHERE m.entity IN \(list))"
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
        return "(\(e) = \(argument(value)) COLLATE NOCASE OR (length(CAST(\(e) AS BLOB)) != length(\(e)) AND \(ask)))"
    }

    /// A condition on one field that nq's own code decides (`Evaluator.holds(_:value:…)`), called from SQL.
    mutating func leaf(_ p: NQLanguage.Predicate, _ f: FieldSpec) throws -> String {
        let e = try expression(f)
        var names = Set<String>()
        if case .compare(_, let op, let v) = p, f.type == .name, op == .equal || op == .notEqual, let kind = f.names {
            names = try lookup.names(kind, matching: v.text)
        }
        // As the evaluator decides: a record's text kept as a span of its article is searched in place.
        let spanText = f.name == "text" && plan.schema.textSpan != nil
        leaves.append(SQLPlan.Leaf(predicate: p, spanText: spanText, names: names))
        return "nq_leaf(\(leaves.count - 1), \(e))"
    }
}
