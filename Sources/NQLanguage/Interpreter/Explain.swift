import NQCorpus

extension Interpreter {
    /// `explain STATEMENT`: the tokens, the syntax tree and the plan, without running anything —
    /// written for a student following how nq reads a statement.
    func explain(_ statement: Statement, _ source: SourceText) throws -> String {
        let text = source.slice(statement.range).replacingOccurrences("\n", " ")
        let inner = SourceText(text)
        var tokens = Lexer.tokenize(inner).tokens.filter { $0.kind != .end }
        if tokens.first?.isWord("explain") == true { tokens.removeFirst() }
        var out = "statement: \(text.hasPrefix("explain ") ? String(text.dropFirst(8)) : text)\n"
        out += "tokens:    " + tokens.map(describe).joined(separator: " · ") + "\n"
        out += "syntax tree:\n"
        out += Tree.lines(of: statement).map { "  " + $0 }.joined(separator: "\n") + "\n"
        out += "plan:\n"
        out += try plan(statement).enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n"
        return out
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .word: return t.lexeme
        case .string: return t.lexeme
        case .number: return t.lexeme
        case .regex: return t.lexeme + " (regex)"
        case .parameter: return t.lexeme + " (parameter)"
        case .comparison: return t.value
        case .comma: return ","
        case .leftParen: return "("
        case .rightParen: return ")"
        case .separator: return ";"
        case .end: return "end"
        }
    }

    /// The steps evaluation would take, in words.
    func plan(_ statement: Statement) throws -> [String] {
        switch statement {
        case .query(let q):
            let p = try check(q)
            if let store = inPlace {
                guard let sql = store.explain(p) else {
                    return ["read the whole store into memory (this statement needs the corpus there), then run it as below"]
                        + (try planInMemory(q, p, total: nil))
                }
                return ["run in the store \(store.path.visible(newlines: false)), in place:"] + sql.map { "   " + $0 }
                    + ["order, count and render as in memory (ties in table order)"]
            }
            return try planInMemory(q, p, total: p.rows?.count ?? p.schema.rowCount(corpus))
        default:
            return try planOther(statement)
        }
    }

    /// The steps of a query run in memory (`total`: the rows it reads from, when known).
    func planInMemory(_ q: Query, _ p: Plan, total: Int?) throws -> [String] {
        var steps: [String] = []
        let total = total.map(String.init) ?? "all the"
        if let name = p.resultSetName {
            steps.append("read the \(total) \(p.schema.name) kept in \(name) (from let)")
        } else if let pred = p.predicate, let how = indexed(pred, p.schema) {
            steps.append("look up \(how) (of the \(total) \(p.schema.name) in the loaded corpus, read only those)")
        } else {
            steps.append("scan \(p.schema.name): every row, \(total) in the loaded corpus")
        }
        if let pred = p.predicate { steps.append("filter: keep the rows where " + describe(pred)) }
        if !p.groupBy.isEmpty {
            steps.append("group by \(p.groupBy.map(\.name).joined(separator: ", ")) and count the rows of each group")
            if p.orderBy.isEmpty {
                steps.append(p.isTimeline ? "order the groups by date" : "order the groups largest first (ties in order of first appearance)")
            }
        } else if q.verb == .count {
            steps.append("count the rows")
        }
        if !p.orderBy.isEmpty {
            steps.append("order by " + p.orderBy.map { key in
                if case .field(let f) = key.target { return f.name + (key.descending ? " descending" : " ascending") }
                return "count" + (key.descending ? " descending" : " ascending")
            }.joined(separator: ", ") + " (a stable sort)")
        }
        if let l = p.limit { steps.append("keep the first \(l) rows") }
        if q.verb == .find {
            steps.append("output the fields " + p.columns.map(\.name).joined(separator: ", "))
        }
        return steps
    }

    func planOther(_ statement: Statement) throws -> [String] {
        switch statement {
        case .query: return []
        case .kwic(let c):
            let how: String
            switch c.term {
            case .regex: how = "find the words the regular expression matches whole"
            case .text(let l):
                let t = (try? text(l)) ?? ""
                how = t.contains("*") ? "find the words the pattern matches whole (* any letters)"
                    : "find the term, whole words only, " + (t.contains(where: \.isUppercase) ? "in this case (it has capitals)" : "any case")
            }
            if c.collocates {
                return ["scan sentences (filtered by where, if given)", how, "count the words within the window each side",
                        "score each by log-likelihood (G²) against its count in the whole corpus (one pass over its text); highest first"]
            }
            return ["scan sentences (filtered by where, if given)", how, "output the words around each hit, the keyword aligned"]
                + (c.sort.map { ["sort by the words \($0 == .left ? "before the keyword, nearest first" : "after the keyword")"] } ?? [])
        case .load: return ["read the files, folders or globs; analyse each article on all cores", "add them to the corpus"]
        case .save: return ["write the analysed corpus to a SQLite store"]
        case .show: return ["look up one record by its number and print all its fields and its context"]
        case .bind(let name, let q, _): return try plan(.query(q)) + ["remember the rows as \(name.text)"]
        case .set: return ["change a setting"]
        case .export(let inner, _, _): return try plan(inner) + ["write the rows to the file, in the format its extension names"]
        case .run: return ["read the script and run its statements in order"]
        case .assert(let inner, let op, _, _): return try plan(inner) + ["compare the count \(op.rawValue) the expected number; fail if it does not hold"]
        case .explain(let inner, _): return try plan(inner)
        case .print: return ["print the text"]
        case .help: return ["print help"]
        case .vars: return ["list the let names and parameters"]
        case .quit: return ["leave"]
        }
    }

    /// The index a condition can use, in words (the evaluator's `indexedName` decides).
    func indexed(_ p: Predicate, _ schema: SourceSchema) -> String? {
        guard let (_, name, _) = Evaluator.indexedName(p, schema), let index = schema.nameIndex else { return nil }
        return "the \(schema.name) of the \(index.calledPlural) named \"\(name)\" in the \(index.called) index"
    }

    /// The condition in words, with what each comparison means (built on `Predicate.summary`).
    func describe(_ p: Predicate) -> String {
        switch p {
        case .compare(_, .exact, _):
            return p.summary + " (the whole value, letter for letter)"
        case .compare(let f, let op, _):
            let note = f.type == .name && (op == .equal || op == .notEqual) ? " (name-aware: the name or a part of it, or a whole alias)"
                : f.type != .number && (op == .equal || op == .notEqual) ? " (any case)" : ""
            return p.summary + note
        case .contains: return p.summary + " (any case)"
        case .matches: return p.summary + " (a linear-time match: no pattern can hang it)"
        case .isIn, .mentions, .placeMentions, .isNull: return p.summary
        case .inSet(_, let name, let keys): return p.summary + " (\(keys.rows.count) record\(keys.rows.count == 1 ? "" : "s") of \(name))"
        case .and(let a, let b): return "(\(describe(a)) and \(describe(b)))"
        case .or(let a, let b): return "(\(describe(a)) or \(describe(b)))"
        case .not(let a): return "not \(describe(a))"
        }
    }
}

/// The syntax tree drawn with box characters.
enum Tree {
    indirect enum Node {
        case leaf(String)
        case branch(String, [Node])
    }

    static func lines(of statement: Statement) -> [String] {
        render(node(statement))
    }

    static func render(_ node: Node, prefix: String = "", childPrefix: String = "") -> [String] {
        switch node {
        case .leaf(let s): return [prefix + s]
        case .branch(let s, let children):
            var out = [prefix + s]
            for (k, c) in children.enumerated() {
                let last = k == children.count - 1
                out += render(c, prefix: childPrefix + (last ? "└─ " : "├─ "), childPrefix: childPrefix + (last ? "   " : "│  "))
            }
            return out
        }
    }

    static func literal(_ l: LiteralNode) -> String {
        switch l.value {
        case .string(let s): return "text \"\(s)\""
        case .number(let n): return "number \(n)"
        case .parameter(let p): return "parameter $\(p)"
        }
    }

    static func node(_ c: Condition) -> Node {
        switch c {
        case .compare(let f, let op, let v): return .branch("compare \(op.rawValue)", [.leaf("field \(f.text)"), .leaf(literal(v))])
        case .contains(let f, let v): return .branch("contains", [.leaf("field \(f.text)"), .leaf(literal(v))])
        case .matches(let f, let pattern, let flags, _): return .branch("matches", [.leaf("field \(f.text)"), .leaf("regex /\(pattern)/\(flags)")])
        case .isIn(let f, let vs): return .branch("in", [.leaf("field \(f.text)")] + vs.map { .leaf(literal($0)) })
        case .mentions(let v): return .branch("mentions", [.leaf(literal(v))])
        case .scopeMentions(let scope, let v): return .branch("\(scope.lowered) mentions", [.leaf(literal(v))])
        case .inSet(let f, let set): return .branch("in", [.leaf("field \(f.text)"), .leaf("result \(set.lowered)")])
        case .isNull(let f, let negated, _): return .branch(negated ? "is not null" : "is null", [.leaf("field \(f.text)")])
        case .and(let a, let b): return .branch("and", [node(a), node(b)])
        case .or(let a, let b): return .branch("or", [node(a), node(b)])
        case .not(let a): return .branch("not", [node(a)])
        }
    }

    static func node(_ q: Query) -> Node {
        var children: [Node] = [.leaf("source \(q.source.text)" + (q.sourceArgument.map { " " + literal($0) } ?? ""))]
        if let f = q.filter { children.append(.branch("where", [node(f)])) }
        if !q.groupBy.isEmpty { children.append(.branch("by", q.groupBy.map { .leaf("field \($0.text)") })) }
        if !q.orderBy.isEmpty { children.append(.branch("order by", q.orderBy.map { .leaf("field \($0.field.text) \($0.descending ? "desc" : "asc")") })) }
        if let l = q.limit { children.append(.leaf("limit " + literal(l))) }
        if !q.show.isEmpty { children.append(.branch("show", q.show.map { .leaf("field \($0.text)") })) }
        return .branch(q.verb.rawValue, children)
    }

    static func node(_ s: Statement) -> Node {
        switch s {
        case .query(let q): return node(q)
        case .load(let paths, _): return .branch("load", paths.map { .leaf(literal($0)) })
        case .save(let p, _): return .branch("save", [.leaf(literal(p))])
        case .show(let src, let id, _): return .branch("show", [.leaf("source \(src.text)"), .leaf(literal(id))])
        case .kwic(let c):
            var children: [Node]
            switch c.term {
            case .text(let l): children = [.leaf(literal(l))]
            case .regex(let p, let f, _): children = [.leaf("regex /\(p)/\(f)")]
            }
            if let f = c.filter { children.append(.branch("where", [node(f)])) }
            if let w = c.width { children.append(.leaf((c.collocates ? "window " : "width ") + literal(w))) }
            if let s = c.sort { children.append(.leaf("sort by \(s.rawValue)")) }
            if let l = c.limit { children.append(.leaf("limit " + literal(l))) }
            if let o = c.offset { children.append(.leaf("offset " + literal(o))) }
            return .branch(c.collocates ? "collocates" : "kwic", children)
        case .bind(let name, let q, _): return .branch("let \(name.text)", [node(q)])
        case .set(let o, let v, let p, _):
            return .branch("set \(o.text)", (p.map { [.leaf("name \($0.text)")] } ?? []) + (v.map { [.leaf(literal($0))] } ?? []))
        case .export(let inner, let path, _): return .branch("export", [node(inner), .leaf("to " + literal(path))])
        case .run(let p, _): return .branch("run", [.leaf(literal(p))])
        case .assert(let inner, let op, let n, _): return .branch("assert", [node(inner), .leaf("\(op.rawValue) " + literal(n))])
        case .explain(let inner, _): return .branch("explain", [node(inner)])
        case .print(let l, _): return .branch("print", [.leaf(literal(l))])
        case .help(let t, _): return .branch("help", t.map { [.leaf("topic \($0.text)")] } ?? [])
        case .vars: return .leaf("vars")
        case .quit: return .leaf("quit")
        }
    }
}
