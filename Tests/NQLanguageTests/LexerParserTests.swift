import NQSupport
import Testing
@testable import NQLanguage

@Suite("Lexer")
struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] { Lexer.tokenize(SourceText(text)).tokens.map(\.kind) }

    @Test("Words, strings, numbers, comparisons, separators")
    func basics() {
        #expect(kinds("find articles where words >= 100; count x") ==
            [.word, .word, .word, .word, .comparison, .number, .separator, .word, .word, .end])
        let t = Lexer.tokenize(SourceText(#"print "a \"b\" \\ c""#)).tokens
        #expect(t[1].value == #"a "b" \ c"#)
    }

    @Test("Comments, continuation and newlines inside brackets")
    func lexicalRules() {
        #expect(kinds("find articles # all of them") == [.word, .word, .end])
        #expect(kinds("find articles \\\n where id = 1") == [.word, .word, .word, .word, .comparison, .number, .end])
        #expect(kinds("find articles where (id = 1\n or id = 2)").contains(.separator) == false)
        #expect(kinds("#!/usr/bin/env nq\nfind articles") == [.separator, .word, .word, .end])
    }

    @Test("Regex after matches, with flags")
    func regex() {
        let t = Lexer.tokenize(SourceText("find paragraphs where text matches /sanction(s|ed)/i")).tokens
        #expect(t[5].kind == .regex)
        #expect(t[5].value == "sanction(s|ed)")
        #expect(t[5].flags == "i")
    }

    @Test("Completeness for the input loop: open strings, brackets and a trailing backslash continue")
    func completeness() {
        #expect(Lexer.isComplete("find articles"))
        #expect(!Lexer.isComplete("find articles where (id = 1"))
        #expect(!Lexer.isComplete("print \"unfinished"))
        #expect(!Lexer.isComplete("find articles \\"))
        #expect(Lexer.isComplete("find articles where title contains \"O'Brien\""))
        #expect(Lexer.isComplete("# a comment with an open ( bracket"))
    }
}

@Suite("Parser")
struct ParserTests {
    func parse(_ text: String) -> ([Statement], [Diagnostic]) { Parser.parse(SourceText(text)) }

    @Test("A full find: where with and/or/not and parentheses, order by two keys, limit, show")
    func fullFind() throws {
        let (statements, diagnostics) = parse(
            "find articles where (words > 100 or title contains \"war\") and not id = 3 order by date desc, id limit 5 show title")
        #expect(diagnostics.isEmpty)
        guard case .query(let q) = try #require(statements.first) else { Issue.record("not a query"); return }
        #expect(q.verb == .find)
        #expect(q.source.text == "articles")
        #expect(q.orderBy.map(\.field.text) == ["date", "id"])
        #expect(q.orderBy.map(\.descending) == [true, false])
        #expect(q.limit?.value == .number(5))
        #expect(q.show.map(\.text) == ["title"])
        guard case .and(.or, .not)? = q.filter else { Issue.record("precedence: \(String(describing: q.filter))"); return }
    }

    @Test("count by two keys")
    func countBy() throws {
        let (statements, diagnostics) = parse("count paragraphs by article_id, section order by count desc limit 3")
        #expect(diagnostics.isEmpty)
        guard case .query(let q) = try #require(statements.first) else { return }
        #expect(q.groupBy.map(\.text) == ["article_id", "section"])
    }

    @Test("Errors name the place and suggest a fix", arguments: [
        ("fnd articles", "unknown statement \"fnd\"", "did you mean \"find\"?", 0),
        ("find articles where", "expected a field, found the end of the statement", "for example: where title contains \"Ukraine\"", 19),
        ("find articles where id", "expected a comparison after \"id\", found the end of the statement", "use = == != < <= > >=, contains, matches, in or is null", 22),
        ("find articles order id", "expected \"by\" after \"order\", found \"id\"", "write order by FIELD", 20),
        ("find articles limit x", "expected a number after limit, found \"x\"", "for example: limit 10", 20),
        ("find articles where (id = 1", "expected \")\" to close the \"(\", found the end of the statement", "add )", 27),
        ("print \"open", "this text has no closing quote", "end it with \"", 6),
    ])
    func errors(_ text: String, _ message: String, _ suggestion: String, _ offset: Int) throws {
        let (_, diagnostics) = parse(text)
        let d = try #require(diagnostics.first)
        #expect(d.message == message)
        #expect(d.suggestion == suggestion)
        #expect(d.range.start == offset)
    }

    @Test("Recovery: one run reports the errors of every statement")
    func recovery() {
        let (statements, diagnostics) = parse("fnd x; find articles; count where")
        #expect(statements.count == 1)
        #expect(diagnostics.count == 2)
    }

    @Test("Deep nesting is an error, not a crash")
    func deepNesting() {
        let text = "find articles where " + String(repeating: "(", count: 5000) + "id = 1" + String(repeating: ")", count: 5000)
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.contains { $0.id == "nested-too-deeply" })
        let nots = "find articles where " + String(repeating: "not ", count: 5000) + "id = 1"
        #expect(parse(nots).1.contains { $0.id == "nested-too-deeply" })
    }

    @Test("Random and mutated input never crashes the lexer or parser")
    func fuzz() {
        var rng = SplitMix(seed: 42)
        let seeds = ["find articles where title contains \"x\" order by id desc limit 3",
                     "count paragraphs by section", "set format json", "print \"hi\"; help find"]
        let alphabet = Array("find count where and or not ( ) \" ' \\ / = != < > , ; # $ 0123 é 😀\n\t\u{0}")
        for _ in 0..<3000 {
            var chars = Array(seeds[Int(rng.next() % UInt64(seeds.count))])
            for _ in 0..<Int(rng.next() % 8) {
                let pos = chars.isEmpty ? 0 : Int(rng.next() % UInt64(chars.count))
                switch rng.next() % 3 {
                case 0: chars.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: pos)
                case 1: if !chars.isEmpty { chars.remove(at: pos) }
                default: if !chars.isEmpty { chars[pos] = alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                }
            }
            let text = String(chars)
            let (statements, diagnostics) = parse(text)
            // Either it parsed, or it said why with a range inside the text.
            #expect(!statements.isEmpty || !diagnostics.isEmpty || Lexer.tokenize(SourceText(text)).tokens.allSatisfy { $0.kind == .separator || $0.kind == .end })
            for d in diagnostics { #expect(d.range.start <= text.utf8.count) }
            _ = Lexer.isComplete(text)
        }
    }
}

@Suite("The message catalogue")
struct MessageCatalogueTests {
    @Test("Each kind of expectation has an id of its own, and the wording comes from the catalogue")
    func distinctIDs() {
        let cases = ["find articles order id", "find articles limit x", "find articles where (id = 1", "find articles where id in 1",
                     "let x find quotes", "export find quotes", "assert count quotes", "find articles where title"]
        let ids = cases.map { Parser.parse(SourceText($0, origin: .prompt)).1.first?.id ?? "none" }
        #expect(ids == ["expected-order-by", "expected-limit-number", "expected-close-paren", "expected-open-paren-after-in",
                        "expected-let-equals", "expected-export-to", "expected-assert-comparison", "expected-comparison"])
        let d = Diagnostic(.unknownField("secton", source: "paragraphs", nearest: "section", fields: []), at: SourceRange(0, 1))
        #expect(d.id == "unknown-field")
        #expect(d.message == "unknown field \"secton\" for paragraphs")
        #expect(d.suggestion == "did you mean \"section\"?")
    }
}
