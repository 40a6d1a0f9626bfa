import NQSupport
import Foundation
import NQCorpus

/// Runs a checked plan over the corpus: scan the source, keep the rows the predicate holds for, then
/// group and count, order, limit and project.
public struct Evaluator {
    public var corpus: Corpus
    /// Polled between rows; when it returns true the statement stops with `Interrupted`.
    public var isCancelled: @Sendable () -> Bool

    public struct Interrupted: Error { public init() {} }

    /// Sets of records that mention an entity, computed once per statement.
    final class MentionCache {
        var scopes: [String: Set<MentionKey>] = [:]
        var quoteMentions: [String: [Int: [TextRange]]] = [:]
        /// Name-aware matches, worked out once per statement over the distinct names.
        var names: [String: Set<String>] = [:]
        /// The keys of `let` sets named by `in NAME`.
        var setKeys: [String: Set<Value>] = [:]
    }

    struct MentionKey: Hashable {
        var article: Int
        var part: Int
    }

    let cache = MentionCache()
    /// Called with each evaluation step when `set trace on`.
    public var trace: ((String) -> Void)? = nil

    /// The span of a record's text in its article, for byte-level `contains` (no copies).
    var textSpan: ((Corpus, Int) -> (article: Int, range: TextRange))? = nil

    public init(corpus: Corpus, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.corpus = corpus
        self.isCancelled = isCancelled
    }

    public func run(_ plan: Plan) throws -> ResultTable {
        var e = self
        e.prepare(plan)
        return try e.runPrepared(plan)
    }

    mutating func prepare(_ plan: Plan) {
        textSpan = plan.schema.textSpan
    }

    func runPrepared(_ plan: Plan) throws -> ResultTable {
        if plan.verb == .count, plan.predicate == nil, plan.rows == nil {
            // Counting a whole table: its rows are a range, not an array to make.
            let n = plan.schema.rowCount(corpus)
            trace?("scan \(plan.resultSetName ?? plan.schema.name): \(n) row\(n == 1 ? "" : "s")")
            return count(plan, 0..<n)
        }
        let rows = try filterPrepared(plan)
        switch plan.verb {
        case .find: return find(plan, rows)
        case .count: return count(plan, rows)
        }
    }

    /// The indices of the rows the plan's predicate holds for, in table order.
    func filter(_ plan: Plan) throws -> [Int] {
        var e = self
        e.prepare(plan)
        return try e.filterPrepared(plan)
    }

    func filterPrepared(_ plan: Plan) throws -> [Int] {
        let all: [Int]
        if plan.rows == nil, let p = plan.predicate, let (rows, how) = lookup(p, plan.schema) {
            all = rows
            trace?("look up \(how) in the \(plan.schema.nameIndex?.called ?? "name") index: \(rows.count) row\(rows.count == 1 ? "" : "s")")
        } else if plan.rows == nil, let p = plan.predicate, let (articles, run) = textCandidates(p), let rows = rows(of: articles, plan.schema) {
            all = rows
            trace?("look up \"\(run)\" in the word index: \(articles.count) article\(articles.count == 1 ? "" : "s"), \(rows.count) row\(rows.count == 1 ? "" : "s")")
        } else if plan.rows == nil, let p = plan.predicate, let (rows, name) = mentionCandidates(p, plan.schema) {
            all = rows
            trace?("look up \"\(name)\" in the entity index: \(rows.count) row\(rows.count == 1 ? "" : "s") where it is mentioned")
        } else {
            all = plan.rows ?? Array(0..<plan.schema.rowCount(corpus))
            trace?("scan \(plan.resultSetName ?? plan.schema.name): \(all.count) row\(all.count == 1 ? "" : "s")")
        }
        guard let p = plan.predicate else { return all }
        var kept: [Int] = []
        for (n, i) in all.enumerated() {
            if n & 1023 == 0, isCancelled() { throw Interrupted() }
            if holds(p, i) { kept.append(i) }
        }
        trace?("filter where \(p.summary): \(all.count) → \(kept.count) row\(kept.count == 1 ? "" : "s")")
        return kept
    }

    func holds(_ p: Predicate, _ i: Int) -> Bool {
        switch p {
        case .compare(let f, .exact, let v):
            let value = f.get(corpus, i)
            return !value.isNull && value == (f.type == .number ? v : .string(v.text))
        case .compare(let f, let op, let v):
            if f.type == .name, op == .equal || op == .notEqual {
                let value = f.get(corpus, i)
                let hit = value.isNull ? false : matchingNames(f, v.text).contains(value.text)
                return op == .equal ? hit : !hit
            }
            return compare(f.get(corpus, i), op, v, type: f.type)
        case .contains(let f, let needle):
            if f.name == "text", let span = textSpan?(corpus, i) { return TextSearch.contains(corpus.article(span.article).text, span.range, needle) }
            return f.get(corpus, i).text.lowercased().contains(needle)
        case .matches(let f, let re):
            if f.name == "text", let needle = re.literalNeedle, let span = textSpan?(corpus, i),
               !TextSearch.contains(corpus.article(span.article).text, span.range, needle) {
                return false  // no match can lack its literal (the byte search is far cheaper than the matcher)
            }
            return re.firstMatch(in: f.get(corpus, i).text)
        case .isIn(let f, let values):
            let v = f.get(corpus, i)
            return values.contains { compare(v, .equal, $0, type: f.type) }
        case .mentions(let name, let scope):
            return mentions(name, scope, i)
        case .placeMentions(let name, let scope, let place):
            let (article, part) = place(corpus, i)
            return mentionKeys(name, scope).contains(MentionKey(article: article, part: part))
        case .inSet(let f, let name, let keys):
            let v = f.get(corpus, i)
            return !v.isNull && keySet(name, keys).contains(v)
        case .isNull(let f, let negated):
            return f.get(corpus, i).isNull != negated
        case .and(let a, let b): return holds(a, i) && holds(b, i)
        case .or(let a, let b): return holds(a, i) || holds(b, i)
        case .not(let a): return !holds(a, i)
        }
    }

    /// The articles that can hold text the condition (or its first conjunct) asks for, from the word
    /// index: `text contains "…"` or `text matches /…/` with a literal every match contains.
    func textCandidates(_ p: Predicate) -> ([Int], String)? {
        switch p {
        case .contains(let f, let needle) where f.name == "text":
            guard let run = WordIndex.longestRun(of: needle) else { return nil }
            return (corpus.wordIndex.articles(withWordContaining: run), run)
        case .matches(let f, let re) where f.name == "text":
            guard let literal = re.requiredLiteral, let run = WordIndex.longestRun(of: literal) else { return nil }
            return (corpus.wordIndex.articles(withWordContaining: run), run)
        case .and(let a, _):
            return textCandidates(a)
        default:
            return nil
        }
    }

    /// The rows that can hold `mentions "X"` (or `sentence mentions "X"` …), when the condition or its
    /// first conjunct is one: found from X's mentions, not by reading every row — the sentence, paragraph,
    /// section or article each mention is in, or every row of the articles that mention X. The whole
    /// condition is still checked on them.
    func mentionCandidates(_ p: Predicate, _ schema: SourceSchema) -> ([Int], String)? {
        let name: String, scope: MentionScope, direct: Bool
        switch p {
        case .mentions(let n, let s): (name, scope, direct) = (n, s, s != .quote)
        case .placeMentions(let n, let s, _): (name, scope, direct) = (n, s, false)
        case .and(let a, _): return mentionCandidates(a, schema)
        default: return nil
        }
        guard let rowsOfArticle = schema.rowsOfArticle else { return nil }
        var rows = Set<Int>()
        var articles = Set<Int>()
        for m in matchingMentions(name) {
            let r = rowsOfArticle(corpus, m.articleID)
            guard direct else {
                if articles.insert(m.articleID).inserted { rows.formUnion(r) }
                continue
            }
            let position: Int
            switch scope {
            case .article: position = 1
            case .section: position = m.section
            case .paragraph: position = m.paragraph
            case .sentence: position = m.sentence
            case .quote: continue
            }
            let row = r.lowerBound + position - 1
            if r.contains(row) { rows.insert(row) } else { rows.formUnion(r) }  // a position out of range: read the article
        }
        return (rows.sorted(), name)
    }

    /// The rows of a table that belong to the given articles (nil for tables without article text).
    func rows(of articles: [Int], _ schema: SourceSchema) -> [Int]? {
        guard let rowsOfArticle = schema.rowsOfArticle else { return nil }
        var rows: [Int] = []
        for id in articles { rows += rowsOfArticle(corpus, id) }
        return rows
    }

    /// The condition (or its first conjunct) that the postings answer: a speaker of quotes or an
    /// entity of mentions asked for by name. `explain` tells of the same look-up.
    static func indexedName(_ p: Predicate, _ schema: SourceSchema) -> (field: FieldSpec, name: String, exact: Bool)? {
        switch p {
        case .compare(let f, let op, let v) where f.type == .name && (op == .equal || op == .exact):
            return schema.nameIndex?.field == f.name ? (f, v.text, op == .exact) : nil
        case .and(let a, _):
            return indexedName(a, schema)
        default:
            return nil
        }
    }

    /// Candidate rows from the postings (see `indexedName`); the whole condition is still checked on them.
    func lookup(_ p: Predicate, _ schema: SourceSchema) -> ([Int], String)? {
        guard let (f, query, exact) = Self.indexedName(p, schema), let index = schema.nameIndex else { return nil }
        var rows: [Int] = []
        for n in exact ? [query] : Array(matchingNames(f, query)) { rows += index.rows(corpus, n) }
        return (rows.sorted(), "\(f.name) \(exact ? "==" : "=") \"\(query)\"")
    }

    /// The keys of a `let` set, made once per statement.
    func keySet(_ name: String, _ keys: SetKeys) -> Set<Value> {
        if let k = cache.setKeys[name] { return k }
        let k = Set(keys.rows.map { keys.key(corpus, $0) }.filter { !$0.isNull })
        cache.setKeys[name] = k
        return k
    }

    /// The canonical names a name-aware `=` matches: the name or a part of it, or a whole alias.
    func matchingNames(_ f: FieldSpec, _ query: String) -> Set<String> {
        let key = "\(f.names.map { "\($0)" } ?? "-")=\(query)"
        if let cached = cache.names[key] { return cached }
        var names = Set<String>()
        let q = NameMatch.Query(query)
        switch f.names {
        case .speakers:
            for s in corpus.speakers where q.matches(s.name) { names.insert(s.name) }
        case .entities:
            // An alias counts whole: "United States" is in the alias "United States Senate" of the Senate,
            // which is no mention of the country.
            for e in corpus.entities where q.matches(e.name) || e.aliases.contains(where: { NameMatch.same($0, query) }) {
                names.insert(e.name)
            }
        case nil: break
        }
        cache.names[key] = names
        return names
    }

    /// Whether record `i` of a source with this scope holds a mention of entity `name`.
    func mentions(_ name: String, _ scope: MentionScope, _ i: Int) -> Bool {
        if scope == .quote {
            let byArticle = quoteMentionRanges(name)
            let q = corpus.quotes[i]
            return byArticle[q.articleID]?.contains { $0.start >= q.range.start && $0.end <= q.range.end } ?? false
        }
        let keys = mentionKeys(name, scope)
        switch scope {
        case .article: return keys.contains(MentionKey(article: corpus.articles[i].id, part: 0))
        case .section: return keys.contains(MentionKey(article: corpus.sections[i].articleID, part: corpus.sections[i].index))
        case .paragraph: return keys.contains(MentionKey(article: corpus.paragraphs[i].articleID, part: corpus.paragraphs[i].index))
        case .sentence: return keys.contains(MentionKey(article: corpus.sentences[i].articleID, part: corpus.sentences[i].index))
        case .quote: return false
        }
    }

    func matchingMentions(_ name: String) -> [Mention] {
        let names = matchingNames(Sources.mentions.field("entity")!, name)
        return names.flatMap { n in corpus.entityRow(named: n).map { corpus.mentionRows(ofEntity: $0).map { corpus.mentions[Int($0)] } } ?? [] }
    }

    func mentionKeys(_ name: String, _ scope: MentionScope) -> Set<MentionKey> {
        let cacheKey = "\(scope):\(name)"
        if let k = cache.scopes[cacheKey] { return k }
        var keys = Set<MentionKey>()
        for m in matchingMentions(name) {
            switch scope {
            case .article: keys.insert(MentionKey(article: m.articleID, part: 0))
            case .section: keys.insert(MentionKey(article: m.articleID, part: m.section))
            case .paragraph: keys.insert(MentionKey(article: m.articleID, part: m.paragraph))
            case .sentence: keys.insert(MentionKey(article: m.articleID, part: m.sentence))
            case .quote: break
            }
        }
        cache.scopes[cacheKey] = keys
        return keys
    }

    func quoteMentionRanges(_ name: String) -> [Int: [TextRange]] {
        if let r = cache.quoteMentions[name] { return r }
        var byArticle: [Int: [TextRange]] = [:]
        for m in matchingMentions(name) { byArticle[m.articleID, default: []].append(m.range) }
        cache.quoteMentions[name] = byArticle
        return byArticle
    }

    func compare(_ a: Value, _ op: ComparisonOperator, _ b: Value, type: FieldType) -> Bool { Self.compare(a, op, b, type: type) }

    /// `=` and `!=` on text ignore case; `<`, `>` compare numbers numerically and text by code points.
    static func compare(_ a: Value, _ op: ComparisonOperator, _ b: Value, type: FieldType) -> Bool {
        if a.isNull { return op == .notEqual }
        switch op {
        case .equal: return type == .name ? NameMatch.matches(a.text, b.text) : equal(a, b)
        case .exact: return a == (type == .number ? b : .string(b.text))
        case .notEqual: return !(type == .name ? NameMatch.matches(a.text, b.text) : equal(a, b))
        case .less: return Value.precedes(a, b)
        case .lessOrEqual: return !Value.precedes(b, a)
        case .greater: return Value.precedes(b, a)
        case .greaterOrEqual: return !Value.precedes(a, b)
        }
    }

    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x.caseInsensitiveCompare(y) == .orderedSame
        default: return a == b
        }
    }

    /// Whether a condition on one field holds for that field's value, as `holds` decides it for a row:
    /// what a store answering in place asks for the conditions it cannot say in its own language.
    /// `spanText`: the field is a record's text kept as a span of its article; `names`: the names a
    /// name-aware `=` matches. Nil for a condition that is not on one field's value.
    public static func holds(_ p: Predicate, value: Value, spanText: Bool, names: Set<String>) -> Bool? {
        switch p {
        case .compare(let f, .exact, let v):
            return !value.isNull && value == (f.type == .number ? v : .string(v.text))
        case .compare(let f, let op, let v):
            if f.type == .name, op == .equal || op == .notEqual {
                let hit = value.isNull ? false : names.contains(value.text)
                return op == .equal ? hit : !hit
            }
            return compare(value, op, v, type: f.type)
        case .contains(let f, let needle):
            if f.name == "text", spanText {
                let t = value.text
                return TextSearch.contains(t, TextRange(0, t.utf8.count), needle)
            }
            return value.text.lowercased().contains(needle)
        case .matches(_, let re):
            return re.firstMatch(in: value.text)
        case .isIn(let f, let values):
            return values.contains { compare(value, .equal, $0, type: f.type) }
        case .isNull(_, let negated):
            return value.isNull != negated
        default:
            return nil
        }
    }

    func find(_ plan: Plan, _ rows: [Int]) -> ResultTable {
        let rows = orderedRows(plan, rows)
        let columns = plan.columns
        return ResultTable(
            columns: columns.map { .init($0.name, $0.type) },
            rows: rows.map { i in columns.map { $0.get(corpus, i) } })
    }

    /// The rows in the plan's order (stable), cut to its limit.
    func orderedRows(_ plan: Plan, _ rows: [Int]) -> [Int] {
        var rows = rows
        if !plan.orderBy.isEmpty {
            let keys: [[Value]] = rows.map { i in
                plan.orderBy.map { key in
                    if case .field(let f) = key.target { return f.get(corpus, i) }
                    return .null
                }
            }
            let descending = plan.orderBy.map(\.descending)
            let keysText = plan.orderBy.map { key in
                if case .field(let f) = key.target { return f.name + (key.descending ? " desc" : "") } else { return "count" }
            }.joined(separator: ", ")
            func before(_ x: Int, _ y: Int) -> Bool { lessThan(keys[x], keys[y], descending) ?? (x < y) }
            let wanted = plan.limit.map { $0 + plan.offset } ?? Int.max
            if wanted >= 1, wanted <= 1000, wanted * 4 < rows.count {
                // Only the first rows are kept: the best `wanted` in order, by insertion (the same
                // rows, in the same order, as a whole sort).
                var best: [Int] = []
                best.reserveCapacity(wanted + 1)
                for x in rows.indices {
                    if best.count == wanted, !before(x, best[wanted - 1]) { continue }
                    var at = best.count
                    while at > 0, before(x, best[at - 1]) { at -= 1 }
                    best.insert(x, at: at)
                    if best.count > wanted { best.removeLast() }
                }
                trace?("order by \(keysText): the first \(best.count) of \(rows.count) rows")
                rows = best.map { rows[$0] }
            } else {
                rows = Array(rows.indices).sorted(by: before).map { rows[$0] }
                trace?("order by \(keysText)")
            }
        }
        if plan.offset > 0 {
            trace?("offset \(plan.offset): \(rows.count) → \(max(0, rows.count - plan.offset)) rows")
            rows = Array(rows.dropFirst(plan.offset))
        }
        if let l = plan.limit {
            trace?("limit \(l): \(rows.count) → \(min(l, rows.count)) rows")
            rows = Array(rows.prefix(l))
        }
        return rows
    }

    /// Compares two key tuples; nil when equal (callers keep the original order then).
    func lessThan(_ a: [Value], _ b: [Value], _ descending: [Bool]) -> Bool? { Self.lessThan(a, b, descending) }

    static func lessThan(_ a: [Value], _ b: [Value], _ descending: [Bool]) -> Bool? {
        for k in a.indices where a[k] != b[k] {
            // Missing values last both ways (as PostgreSQL puts them for asc).
            if a[k].isNull || b[k].isNull { return b[k].isNull }
            return descending[k] ? Value.precedes(b[k], a[k]) : Value.precedes(a[k], b[k])
        }
        return nil
    }

    func count<Rows: Collection<Int>>(_ plan: Plan, _ rows: Rows) -> ResultTable {
        guard !plan.groupBy.isEmpty else {
            return ResultTable(columns: [.init("count", .number)], rows: [[.int(rows.count)]])
        }
        // Each group's position in order of first appearance, its values and its count.
        var groups: [[Value]: Int] = [:]
        var order: [[Value]] = []
        var counts: [Int] = []
        func tally(_ key: [Value], _ n: Int) {
            if let k = groups[key] { counts[k] += n } else {
                groups[key] = order.count
                order.append(key)
                counts.append(n)
            }
        }
        let codes = plan.groupBy.compactMap { f in f.code.map { ($0(corpus), f.codeKind.range(corpus)) } }
        if codes.count == plan.groupBy.count, codes.count <= 2 {
            // Count by the fields' codes, then make each distinct code's values once; merging in
            // order of first appearance keeps the order of the slow path.
            for (n, i) in countByCodes(codes, rows) { tally(plan.groupBy.map { $0.get(corpus, i) }, n) }
        } else {
            for i in rows { tally(plan.groupBy.map { $0.get(corpus, i) }, 1) }
        }
        trace?("group by \(plan.groupBy.map(\.name).joined(separator: ", ")): \(rows.count) rows → \(order.count) group\(order.count == 1 ? "" : "s")")
        return Self.groupedCount(plan, groups: order, counts: counts)
    }

    /// A grouped count's table from its groups in order of first appearance and their counts: ordered
    /// (largest first, by date, or as the plan says; ties in order of first appearance), cut, labelled.
    public static func groupedCount(_ plan: Plan, groups order: [[Value]], counts: [Int]) -> ResultTable {
        var table: [[Value]] = order.indices.map { order[$0] + [.int(counts[$0])] }
        if plan.orderBy.isEmpty && plan.isTimeline {
            // Date buckets come in date order, every period of the range (empty ones count 0);
            // the undated last, kept apart from the timeline.
            table.sort { Value.precedes($0[0], $1[0]) }
            if plan.groupBy.count == 1, let bucket = DateBucket(rawValue: plan.groupBy[0].name) {
                table = Self.filled(table, bucket)
            }
        } else if plan.orderBy.isEmpty {
            // Largest first; ties in order of first appearance (the sort is stable on `order`).
            table = table.indices.sorted { x, y in counts[x] != counts[y] ? counts[x] > counts[y] : x < y }.map { table[$0] }
        } else {
            let positions: [Int] = plan.orderBy.map { key in
                if case .field(let f) = key.target { return plan.groupBy.firstIndex { $0.name == f.name } ?? 0 }
                return plan.groupBy.count
            }
            let descending = plan.orderBy.map(\.descending)
            let indexed = Array(table.enumerated())
            table = indexed.sorted { x, y in
                lessThan(positions.map { x.element[$0] }, positions.map { y.element[$0] }, descending) ?? (x.offset < y.offset)
            }.map(\.element)
        }
        if plan.offset > 0 { table = Array(table.dropFirst(plan.offset)) }
        if let l = plan.limit { table = Array(table.prefix(l)) }
        let columns = plan.groupBy.map { f in
            ResultTable.Column(f.name, f.type, nullLabel: DateBucket(rawValue: f.name) != nil && plan.isTimeline ? "(no date)" : "(none)")
        } + [.init("count", .number)]
        return ResultTable(columns: columns, rows: table, barColumn: columns.count - 1, timeline: plan.isTimeline)
    }
}

extension Evaluator {
    /// A timeline's rows with a zero row for each period missing between the first and the last
    /// (at most 100,000 periods; a longer range is left as it is).
    static func filled(_ table: [[Value]], _ bucket: DateBucket) -> [[Value]] {
        let dated = table.filter { !$0[0].isNull }
        guard let first = dated.first?[0].text, let last = dated.last?[0].text else { return table }
        var byKey: [String: [Value]] = [:]
        for row in dated { byKey[row[0].text] = row }
        var out: [[Value]] = []
        var key: String? = first
        while let k = key, k <= last, out.count <= 100_000 {
            out.append(byKey[k] ?? [.string(k), .int(0)])
            key = bucket.next(k)
        }
        guard out.count <= 100_000, out.count >= dated.count else { return table }
        return out + table.filter { $0[0].isNull }
    }

    /// The count of each distinct combination of one or two codes, with the first row that has it,
    /// in order of first appearance. Codes are small whole numbers in known ranges (rows of a table,
    /// ranks), so the counts live in an array indexed by the combination when it is small enough;
    /// in a dictionary otherwise.
    func countByCodes<Rows: Collection<Int>>(_ codes: [((Int) -> Int, Range<Int>)], _ rows: Rows) -> [(count: Int, row: Int)] {
        // Taken out of the array once, not per row.
        let (code0, range0) = codes[0]
        let (code1, range1) = codes.count == 2 ? codes[1] : ({ _ in 0 }, 0..<1)
        let width = range1.count
        let (cells, overflow) = range0.count.multipliedReportingOverflow(by: width)
        var first: [(cell: Int, row: Int)] = []
        if !overflow, cells <= max(1 << 16, 4 * rows.count) {
            var counts = [Int32](repeating: 0, count: cells)
            var inRange = true
            for i in rows {
                let x = code0(i), y = code1(i)
                guard range0.contains(x), range1.contains(y) else { inRange = false; break }
                let cell = (x - range0.lowerBound) * width + (y - range1.lowerBound)
                if counts[cell] == 0 { first.append((cell, i)) }
                counts[cell] += 1
            }
            if inRange { return first.map { (Int(counts[$0.cell]), $0.row) } }
            first = []
        }
        var counts: [Int: Int] = [:]
        for i in rows {
            let cell = (code0(i) << 32) ^ (code1(i) & 0xFFFF_FFFF)
            if let c = counts[cell] { counts[cell] = c + 1 } else {
                counts[cell] = 1
                first.append((cell, i))
            }
        }
        return first.map { (counts[$0.cell]!, $0.row) }
    }
}
