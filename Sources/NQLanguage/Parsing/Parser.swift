/// A recursive-descent parser, one method per grammar rule (see docs/grammar in README). It never
/// stops at the first problem: after an error it skips to the next statement (`synchronize`) and goes
/// on, so one run reports every error.
///
///     statements := statement (separator statement)*
///     statement  := query | load | save | show | kwic | let | set | export | run | assert | explain
///                 | print | help | vars | quit
///     query      := ("find" | "count") source [where] [by] [order] [limit] [offset] [show]
///     load       := "load" STRING ("," STRING)*
///     show       := "show" WORD (NUMBER | STRING)        -- show quote 3, show speaker "Lavrov"
///     kwic       := "kwic" (literal | REGEX) [where] ["width" NUMBER] ["sort" "by" ("left" | "right")]
///                   ["limit" NUMBER] ["offset" NUMBER]
///     collocates := "collocates" (literal | REGEX) [where] ["window" NUMBER] ["limit" NUMBER] ["offset" NUMBER]
///     let        := "let" WORD "=" query
///     set        := "set" WORD [literal] | "set" "param" WORD literal
///     export     := "export" statement "to" STRING
///     assert     := "assert" statement OP NUMBER
///     explain    := "explain" statement
///     source     := WORD [literal]          -- `mentions NATO`
///     where      := "where" condition
///     condition  := or
///     or         := and ("or" and)*
///     and        := unary ("and" unary)*
///     unary      := "not" unary | primary
///     primary    := "(" condition ")" | ["article" | "section" | "paragraph" | "sentence"] "mentions" literal
///                 | field predicate
///     predicate  := OP literal | "contains" literal | "matches" REGEX | "in" "(" literal ("," literal)* ")"
///                 | "in" NAME | "is" ["not"] "null"
public struct Parser {
    var tokens: [Token]
    var current = 0
    var depth = 0
    public private(set) var diagnostics: [Diagnostic] = []
    static let maxDepth = 100
    /// Conditions in one statement: the one limit on a statement's size that evaluation relies on
    /// (a chain of `and`/`or` is evaluated by recursion as deep as it is long).
    static let maxConditions = 256
    var conditions = 0

    public static let statementKeywords = ["find", "count", "load", "save", "show", "kwic", "collocates", "let", "set", "export", "run",
                                           "assert", "explain", "print", "help", "vars", "quit", "exit"]
    /// Words that end a condition or start a clause, so they are never taken as field names.
    static let clauseWords: Set<String> = ["where", "by", "order", "limit", "offset", "show", "and", "or", "not", "to", "width", "window", "sort"]
    /// Where a record lies, for `sentence mentions "X"`.
    static let mentionScopes: Set<String> = ["article", "section", "paragraph", "sentence"]

    struct ParseError: Error {}

    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses source text into statements, with every lexical and syntax diagnostic.
    public static func parse(_ source: SourceText) -> (statements: [Statement], diagnostics: [Diagnostic]) {
        let (tokens, lexical) = Lexer.tokenize(source)
        var parser = Parser(tokens: tokens)
        let statements = parser.statements()
        return (statements, lexical + parser.diagnostics)
    }

    // MARK: - Statements

    mutating func statements() -> [Statement] {
        var result: [Statement] = []
        while !isAtEnd {
            if match(.separator) { continue }
            do {
                result.append(try statement())
                if !check(.separator), !isAtEnd {
                    throw error(.unexpectedAfterStatement(found: describe(peek())))
                }
            } catch {
                synchronize()
            }
        }
        return result
    }

    mutating func statement() throws -> Statement {
        conditions = 0
        let t = peek()
        guard t.kind == .word else {
            throw error(.expectedStatement(found: describe(t)))
        }
        switch t.lexeme.lowercased() {
        case "find": return .query(try query(.find))
        case "count": return .query(try query(.count))
        case "load": return try loadStatement()
        case "save": return try saveStatement()
        case "show": return try showStatement()
        case "kwic": return try kwicStatement()
        case "collocates": return try kwicStatement(collocates: true)
        case "let": return try letStatement()
        case "set": return try setStatement()
        case "export": return try exportStatement()
        case "run": return try runStatement()
        case "assert": return try assertStatement()
        case "explain": return try explainStatement()
        case "print": return try printStatement()
        case "help": return helpStatement()
        case "vars":
            advance()
            return .vars(range: t.range)
        case "quit", "exit":
            advance()
            return .quit(range: t.range)
        default:
            throw error(.unknownStatement(t.lexeme, nearest: Suggestions.nearest(to: t.lexeme, in: Self.statementKeywords)))
        }
    }

    mutating func query(_ verb: Query.Verb) throws -> Query {
        let start = advance().range
        let source = try name(.source(verb: verb.rawValue))
        var q = Query(verb: verb, source: source, range: start)
        if isLiteralStart(peek()), !(peek().kind == .word && Self.clauseWords.contains(peek().lexeme.lowercased())) {
            q.sourceArgument = try literal()
        }
        if matchWord("where") { q.filter = try condition() }
        if verb == .count, matchWord("by") {
            q.groupBy = try nameList(.groupKey)
        }
        if matchWord("order") {
            try consumeWord("by", .orderBy)
            q.orderBy = try orderKeys()
        }
        if matchWord("limit") {
            let t = peek()
            guard t.kind == .number || t.kind == .parameter else {
                throw error(.expected(.limitNumber, found: describe(t)))
            }
            q.limit = try literal()
        }
        if matchWord("offset") { q.offset = try numberLiteral(.offsetNumber) }
        if verb == .find, matchWord("show") { q.show = try nameList(.showField) }
        q.range = start.to(previous().range)
        return q
    }

    mutating func orderKeys() throws -> [OrderKey] {
        var keys: [OrderKey] = []
        repeat {
            let field = try name(.orderField)
            var descending = false
            if matchWord("desc") { descending = true } else { _ = matchWord("asc") }
            keys.append(OrderKey(field: field, descending: descending))
        } while match(.comma)
        return keys
    }

    mutating func nameList(_ what: Expectation) throws -> [Name] {
        var names: [Name] = []
        repeat { names.append(try name(what)) } while match(.comma)
        return names
    }

    mutating func setStatement() throws -> Statement {
        let start = advance().range
        // Any word names an option, clause words too (set width, set limit …: the checker says which exist).
        guard peek().kind == .word else { throw error(.expected(.option, found: describe(peek()))) }
        let t = advance()
        let option = Name(text: t.lexeme, range: t.range)
        var parameter: Name? = nil
        if option.lowered == "param" {
            parameter = try name(.parameterName)
        }
        var value: LiteralNode? = nil
        if !check(.separator), !isAtEnd {
            value = try literal()
        }
        return .set(option: option, value: value, parameter: parameter, range: start.to(previous().range))
    }

    mutating func loadStatement() throws -> Statement {
        let start = advance().range
        var paths: [LiteralNode] = []
        repeat { paths.append(try stringLiteral(.loadPath)) } while match(.comma)
        return .load(paths: paths, range: start.to(previous().range))
    }

    mutating func saveStatement() throws -> Statement {
        try pathStatement(.savePath) { .save(path: $0, range: $1) }
    }

    /// A statement of a word and a path in quotes (save, run).
    mutating func pathStatement(_ what: Expectation, _ make: (LiteralNode, SourceRange) -> Statement) throws -> Statement {
        let start = advance().range
        let path = try stringLiteral(what)
        return make(path, start.to(path.range))
    }

    mutating func showStatement() throws -> Statement {
        let start = advance().range
        let source = try name(.showWhat)
        let t = peek()
        guard t.kind == .number || t.kind == .parameter || t.kind == .string else {
            throw error(.expected(.showNumber(source: source.text), found: describe(t)))
        }
        let id = try literal()
        return .show(source: source, id: id, range: start.to(id.range))
    }

    mutating func kwicStatement(collocates: Bool = false) throws -> Statement {
        let start = advance().range
        let term: Concordance.Term
        if peek().kind == .regex {
            let r = advance()
            term = .regex(pattern: r.value, flags: r.flags, range: r.range)
        } else {
            term = .text(try literal())
        }
        var c = Concordance(collocates: collocates, term: term, range: start)
        if matchWord("where") { c.filter = try condition() }
        // The options, in any order.
        let widthWord = collocates ? "window" : "width"
        while true {
            if c.width == nil, matchWord(widthWord) { c.width = try numberLiteral(.kwicNumber(widthWord)); continue }
            if c.limit == nil, matchWord("limit") { c.limit = try numberLiteral(.kwicNumber("limit")); continue }
            if c.offset == nil, matchWord("offset") { c.offset = try numberLiteral(.kwicNumber("offset")); continue }
            if !collocates, c.sort == nil, matchWord("sort") {
                try consumeWord("by", .kwicSort)
                guard let side = Concordance.Side(rawValue: peek().lexeme.lowercased()), peek().kind == .word else {
                    throw error(.expected(.kwicSort, found: describe(peek())))
                }
                advance()
                c.sort = side
                continue
            }
            break
        }
        c.range = start.to(previous().range)
        return .kwic(c)
    }

    mutating func letStatement() throws -> Statement {
        let start = advance().range
        let bound = try name(.resultName)
        guard peek().kind == .comparison, peek().value == "=" else {
            throw error(.expected(.letEquals(name: bound.text), found: describe(peek())))
        }
        advance()
        guard peek().isWord("find") else {
            throw error(.expected(.letFind(name: bound.text), found: describe(peek())))
        }
        let q = try query(.find)
        return .bind(name: bound, query: q, range: start.to(q.range))
    }

    mutating func exportStatement() throws -> Statement {
        let start = advance().range
        let inner = try statement()
        try consumeWord("to", .exportTo)
        let path = try stringLiteral(.exportPath)
        return .export(inner, path: path, range: start.to(path.range))
    }

    mutating func runStatement() throws -> Statement {
        try pathStatement(.scriptPath) { .run(path: $0, range: $1) }
    }

    mutating func assertStatement() throws -> Statement {
        let start = advance().range
        let inner = try statement()
        let t = peek()
        guard t.kind == .comparison, let op = ComparisonOperator(rawValue: t.value) else {
            throw error(.expected(.assertComparison, found: describe(t)))
        }
        advance()
        let expected = try numberLiteral(.assertNumber)
        return .assert(inner, op: op, expected: expected, range: start.to(expected.range))
    }

    mutating func explainStatement() throws -> Statement {
        let start = advance().range
        let inner = try statement()
        return .explain(inner, range: start.to(previous().range))
    }

    mutating func stringLiteral(_ what: Expectation) throws -> LiteralNode {
        let t = peek()
        guard t.kind == .string || t.kind == .parameter else {
            throw error(.expected(what, found: describe(t)))
        }
        return try literal()
    }

    mutating func numberLiteral(_ what: Expectation) throws -> LiteralNode {
        let t = peek()
        guard t.kind == .number || t.kind == .parameter else {
            throw error(.expected(what, found: describe(t)))
        }
        return try literal()
    }

    mutating func printStatement() throws -> Statement {
        let start = advance().range
        let value = try literal()
        return .print(value, range: start.to(value.range))
    }

    mutating func helpStatement() -> Statement {
        let start = advance().range
        var topic: Name? = nil
        if peek().kind == .word {
            let t = advance()
            topic = Name(text: t.lexeme, range: t.range)
        }
        return .help(topic: topic, range: start.to(previous().range))
    }

    // MARK: - Conditions

    mutating func condition() throws -> Condition {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw error(.nestedTooDeeply(fix: "use fewer parentheses"))
        }
        return try or()
    }

    mutating func or() throws -> Condition {
        var left = try and()
        while matchWord("or") { left = .or(left, try and()) }
        return left
    }

    mutating func and() throws -> Condition {
        var left = try unary()
        while matchWord("and") { left = .and(left, try unary()) }
        return left
    }

    mutating func unary() throws -> Condition {
        if matchWord("not") {
            depth += 1
            defer { depth -= 1 }
            if depth > Self.maxDepth {
                throw error(.nestedTooDeeply(fix: "use fewer nots"))
            }
            return .not(try unary())
        }
        return try primary()
    }

    mutating func primary() throws -> Condition {
        conditions += 1
        if conditions > Self.maxConditions {
            throw error(.tooManyConditions(limit: Self.maxConditions))
        }
        if match(.leftParen) {
            let inner = try condition()
            try consume(.rightParen, .closeParen)
            return inner
        }
        if peek().isWord("mentions"), isLiteralStart(peekNext()) {
            advance()
            return .mentions(value: try literal())
        }
        if peek().kind == .word, Self.mentionScopes.contains(peek().lexeme.lowercased()), peekNext().isWord("mentions") {
            let scope = try name(.field)
            advance()
            return .scopeMentions(scope: scope, value: try literal())
        }
        let field = try name(.field)
        return try predicate(on: field)
    }

    mutating func predicate(on field: Name) throws -> Condition {
        let t = peek()
        if t.kind == .comparison {
            advance()
            let op = ComparisonOperator(rawValue: t.value) ?? .equal
            return .compare(field: field, op: op, value: try literal())
        }
        if matchWord("contains") { return .contains(field: field, value: try literal()) }
        if matchWord("matches") {
            let r = peek()
            guard r.kind == .regex else {
                throw error(.expected(.regex, found: describe(r)))
            }
            advance()
            return .matches(field: field, pattern: r.value, flags: r.flags, range: r.range)
        }
        if matchWord("is") {
            let start = previous().range
            let negated = matchWord("not")
            guard peek().isWord("null") else { throw error(.expected(.null, found: describe(peek()))) }
            advance()
            return .isNull(field: field, negated: negated, range: start.to(previous().range))
        }
        if matchWord("in") {
            if peek().kind == .word {
                return .inSet(field: field, set: try name(.openParenAfterIn))
            }
            try consume(.leftParen, .openParenAfterIn)
            var values: [LiteralNode] = []
            repeat { values.append(try literal()) } while match(.comma)
            try consume(.rightParen, .closeList)
            return .isIn(field: field, values: values)
        }
        throw error(.expected(.comparison(field: field.text), found: describe(t)))
    }

    // MARK: - Pieces

    mutating func literal() throws -> LiteralNode {
        let t = peek()
        switch t.kind {
        case .string:
            advance()
            return LiteralNode(value: .string(t.value), range: t.range)
        case .number:
            advance()
            guard let n = Int(t.value) else {
                diagnostics.append(Diagnostic(.numberTooLarge(t.lexeme), at: t.range))
                return LiteralNode(value: .number(0), range: t.range)
            }
            return LiteralNode(value: .number(n), range: t.range)
        case .parameter:
            advance()
            return LiteralNode(value: .parameter(t.value), range: t.range)
        case .word:
            // A bare word where a value belongs: take it as text (mentions NATO), but say so for = etc.
            advance()
            return LiteralNode(value: .string(t.lexeme), range: t.range)
        default:
            throw error(.expected(.value, found: describe(t)))
        }
    }

    func isLiteralStart(_ t: Token) -> Bool {
        [.string, .number, .parameter, .word].contains(t.kind)
    }

    mutating func name(_ what: Expectation) throws -> Name {
        let t = peek()
        guard t.kind == .word, !Self.clauseWords.contains(t.lexeme.lowercased()) else {
            throw error(.expected(what, found: describe(t)))
        }
        advance()
        return Name(text: t.lexeme, range: t.range)
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .end: return "the end of the statement"
        case .separator: return t.value == ";" ? "\";\"" : "the end of the line"
        case .string: return "the text \(t.lexeme)"
        default: return "\"\(t.lexeme)\""
        }
    }

    // MARK: - Cursor verbs

    var isAtEnd: Bool { peek().kind == .end }
    func peek() -> Token { tokens[current] }
    func peekNext() -> Token { tokens[min(current + 1, tokens.count - 1)] }
    func previous() -> Token { tokens[max(0, current - 1)] }
    func check(_ kind: TokenKind) -> Bool { peek().kind == kind }

    @discardableResult
    mutating func advance() -> Token {
        if !isAtEnd { current += 1 }
        return previous()
    }

    mutating func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    mutating func matchWord(_ word: String) -> Bool {
        guard peek().isWord(word) else { return false }
        advance()
        return true
    }

    mutating func consume(_ kind: TokenKind, _ what: Expectation) throws {
        guard match(kind) else { throw error(.expected(what, found: describe(peek()))) }
    }

    mutating func consumeWord(_ word: String, _ what: Expectation) throws {
        guard matchWord(word) else { throw error(.expected(what, found: describe(peek()))) }
    }

    mutating func error(_ message: Message) -> ParseError {
        diagnostics.append(Diagnostic(message, at: peek().range))
        return ParseError()
    }

    /// Skips to the start of the next statement.
    mutating func synchronize() {
        while !isAtEnd, !check(.separator) { advance() }
    }
}
