import Foundation
import NQFixtures
import Testing
@testable import NQLanguage

@Suite("Statements")
struct StatementTests {
    func temp(_ name: String) -> String {
        Fixtures.scratch.appendingPathComponent("nq-test-\(UUID().uuidString)-\(name)").path
    }

    @Test("load adds articles and reports bad files; a missing path is an error")
    func load() {
        let h = Harness(corpus: .init())
        let r = h.run("load \"\(Fixtures.path("formats"))\", \"\(Fixtures.path("bad"))\"; count articles")
        #expect(r.ok)
        #expect(r.out == "count\n12\n")
        #expect(r.err.contains("binary.txt: binary data, not text (skipped)"))
        #expect(r.err.contains("loaded 12 articles; 12 in all"))
        let missing = Harness(corpus: .init()).run("load \"/no/such/folder\"")
        #expect(!missing.ok)
        #expect(missing.err.contains("error: 1:6: nothing was loaded from /no/such/folder"))
    }

    @Test("show: one record in full with its context; a number out of range is an error")
    func show() {
        let r = Harness(format: .table).run("show quote 9")
        #expect(r.out.contains("speaker:            Sergei Lavrov\n"))
        #expect(r.out.contains("needs \"«concrete article-by-article»\" answers"))
        let bad = Harness().run("show quote 99")
        #expect(bad.err.hasPrefix("error: 1:12: there is no quote 99 — quotes are numbered 1 to 23"))
        let unknown = Harness().run("show quot 1")
        #expect(unknown.err.hasPrefix("error: 1:6: cannot show \"quot\" — did you mean \"quote\"?"))
    }

    @Test("kwic: the keyword aligned, whole words only, width and limit in either order")
    func kwic() {
        let r = Harness(format: .tsv).run("kwic \"Kyiv\" limit 2 width 12")
        #expect(r.out == "article_id\tsentence\tleft\tkeyword\tright\n1\t2\tg to fly to \tKyiv\t for talks o\n1\t23\t\tKyiv\t has been at\n")
        #expect(Harness(format: .tsv).run("kwic \"NAT\"").out == "article_id\tsentence\tleft\tkeyword\tright\n")
    }

    @Test("let names a result that find and count can read; vars lists it")
    func letBinding() {
        let h = Harness()
        let r = h.run("let l = find quotes where speaker = \"Lavrov\"; count l by kind; vars")
        #expect(r.out == "kind\tcount\npartial\t3\nfull\t1\nl = find quotes where speaker = \"Lavrov\"  (4 quotes)\n")
        let clash = Harness().run("let quotes = find quotes")
        #expect(clash.err.hasPrefix("error: 1:5: \"quotes\" is the name of a source"))
    }

    @Test("Parameters: set param and $name; an unset parameter is an error naming it")
    func parameters() {
        let h = Harness()
        #expect(h.run("set param who \"Peskov\"; count quotes where speaker = $who").out == "count\n2\n")
        let unset = Harness().run("count quotes where speaker = $nobody")
        #expect(unset.err.hasPrefix("error: 1:30: parameter $nobody is not set — give it with --param nobody=VALUE or set param nobody \"VALUE\""))
    }

    @Test("assert: passes silently, fails with the count it found")
    func assertions() {
        #expect(Harness().run("assert count quotes where speaker = \"Lavrov\" = 4").ok)
        let failed = Harness().run("assert count quotes where speaker = \"Lavrov\" = 5")
        #expect(!failed.ok)
        #expect(failed.err.hasPrefix("error: 1:1: assertion failed: the count is 4, not = 5"))
        #expect(Harness().run("assert find sections >= 3; assert count paragraphs by section < 4; assert kwic \"NATO\" = 8").ok)
    }

    @Test("export: the extension picks the format; an unknown one is an error")
    func export() throws {
        let csv = temp("x.csv"), json = temp("x.json"), svg = temp("x.svg")
        let r = Harness().run("export count paragraphs by section to \"\(csv)\"; export find sections show heading to \"\(json)\"; export count paragraphs by section to \"\(svg)\"")
        #expect(r.ok)
        #expect(try String(contentsOfFile: csv, encoding: .utf8) == "section,count\n(lead),16\nBelarus military drills,8\nWarning from Turkey,7\n")
        #expect(try String(contentsOfFile: json, encoding: .utf8).hasPrefix("[\n  {\"heading\": \"(lead)\"}"))
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        let bad = Harness().run("export find sections to \"x.docx\"")
        #expect(bad.err.hasPrefix("error: 1:25: cannot tell the format of \"x.docx\" from its extension"))
    }

    @Test("run: another script here, its errors at its own FILE:LINE:COL; a script cannot run itself")
    func runScript() throws {
        let script = temp("inner.nq")
        try "print \"inner\"\ncount sections\n\ncount sectons\n".write(toFile: script, atomically: true, encoding: .utf8)
        let r = Harness(format: .csv).run("run \"\(script)\"")
        #expect(!r.ok)
        #expect(r.out == "", "the script is checked whole first: nothing of it ran")
        #expect(r.err.hasPrefix("error: \(script):4:7: unknown source \"sectons\""))
        let loop = temp("loop.nq")
        try "run \"\(loop)\"\n".write(toFile: loop, atomically: true, encoding: .utf8)
        let looping = Harness().run("run \"\(loop)\"")
        #expect(looping.err.contains("is already running"))
    }

    @Test("explain prints tokens, tree and plan, and runs nothing")
    func explain() {
        let r = Harness().run("explain count paragraphs where index > 3 by section")
        #expect(r.out.contains("tokens:    count · paragraphs · where · index · > · 3 · by · section\n"))
        #expect(r.out.contains("  ├─ where\n  │  └─ compare >\n"))
        #expect(r.out.contains("  1. scan paragraphs: every row, 31 in the loaded corpus\n"))
        #expect(r.out.contains("group by section and count the rows of each group"))
    }

    @Test("help lists statements; help TOPIC explains one; an unknown topic suggests")
    func help() {
        #expect(Harness().run("help").out.hasPrefix("Statements (one per line, or separated by ;):\n  find SOURCE"))
        #expect(Harness().run("help kwic").out.hasPrefix("kwic TERM [where COND] [width N] [sort by left|right] [limit N] [offset N]\n"))
        #expect(Harness().run("help quotes").out.hasPrefix("quotes: id (number), text (text), speaker (name)"))
        #expect(Harness().run("help fnd").err.hasPrefix("error: 1:6: no help on \"fnd\" — did you mean \"find\"?"))
    }

    @Test("Date buckets: every period in date order (0 where none); records of undated articles group under no date, last")
    func dateBuckets() {
        let corpus = Harness.load([Fixtures.path("formats/wikinews-sample.csv"), Fixtures.path("formats/articles.jsonl")])
        #expect(Harness(corpus: corpus).run("count articles by month").out == "month\tcount\n2019-01\t3\n" + (2...12).map { "2019-\($0 < 10 ? "0" : "")\($0)\t0\n" }.joined()
            + "2020-01\t0\n2020-02\t0\n" + (3...12).map { "2020-\($0 < 10 ? "0" : "")\($0)\t0\n" }.joined() + "2021-01\t0\n2021-02\t0\n2021-03\t1\n\t1\n")
        #expect(Harness(corpus: corpus).run("count articles by year").out == "year\tcount\n2019\t3\n2020\t0\n2021\t1\n\t1\n")
        let weeks = Harness(corpus: corpus).run("count articles by week").out.split(separator: "\n")
        // 2019 has 52 ISO weeks, 2020 has 53: 52 + 53 + 9 periods, then the undated.
        #expect(weeks.count == 1 + 114 + 1)
        #expect(weeks[1] == "2019-W01\t3" && weeks[2] == "2019-W02\t0" && weeks[105] == "2020-W53\t0" && weeks[114] == "2021-W09\t1" && weeks[115] == "\t1")
        #expect(Harness().run("count entities by month").err.hasPrefix("error: 1:19: entities have no date to group by month"))
        #expect(DateBucket.week.key("2021-01-03") == "2020-W53")
        #expect(DateBucket.week.key("2019-12-30") == "2020-W01")
    }

    @Test("quit stops the statements after it")
    func quit() {
        let h = Harness()
        #expect(h.run("print \"a\"; quit; print \"b\"").out == "a\n")
    }
}

@Suite("Linear-time regular expressions")
struct RegexTests {
    @Test("Matches", arguments: [
        ("abc", "", "xxabcxx", true), ("^abc", "", "xabc", false), ("abc$", "", "xabc", true),
        ("a.c", "", "abc", true), ("a.c", "", "a\nc", false), ("a.c", "s", "a\nc", true),
        ("colou?r", "", "color", true), ("colou?r", "", "colour", true), ("ab+c", "", "ac", false),
        ("ab*c", "", "ac", true), ("(ab)+c", "", "ababc", true), ("a{2,3}", "", "a", false), ("a{2,3}", "", "caab", true),
        ("[a-c]+x", "", "zzbx", true), ("[^a-c]x", "", "ax", false), ("\\d{4}", "", "in 2019", true),
        ("\\bcat\\b", "", "concat", false), ("\\bcat\\b", "", "a cat.", true), ("sanction(s|ed)?", "i", "SANCTIONED", true),
        ("Kyiv|Kiev", "", "in Kiev", true), ("\\(x\\)", "", "(x)", true), ("^b", "m", "a\nb", true), ("^b", "", "a\nb", false),
        ("é+", "i", "CAFÉ", true), ("x*", "", "", true),
    ])
    func matches(_ pattern: String, _ flags: String, _ text: String, _ expected: Bool) throws {
        #expect(try LinearRegex(pattern, flags: flags).firstMatch(in: text) == expected)
    }

    @Test("Syntax errors are errors, not crashes", arguments: ["(abc", "abc)", "[abc", "*a", "a**", "\\", "a{3,1}", "(?=x)", String(repeating: "(", count: 500)])
    func errors(_ pattern: String) {
        #expect(throws: LinearRegex.SyntaxError.self) { _ = try LinearRegex(pattern) }
    }

    @Test("Patterns that make backtracking engines explode finish (linear time)")
    func pathological() throws {
        let text = String(repeating: "a", count: 5000) + "!"
        #expect(try LinearRegex("(a+)+$").firstMatch(in: text) == false)
        #expect(try LinearRegex("(a|aa)*b").firstMatch(in: text) == false)
        #expect(try LinearRegex("(a*)*b").firstMatch(in: text) == false)
    }
}

@Suite("Cancellation")
struct CancellationTests {
    @Test("A statement polls the cancel flag (Ctrl-C in the shell) and stops, saying so")
    func cancelled() {
        let h = Harness()
        h.interpreter.isCancelled = { true }
        let r = h.run("count paragraphs where index > 0; print \"not reached\"")
        #expect(!r.ok)
        #expect(r.out.isEmpty)
        #expect(r.err == "interrupted: the statement was cancelled\n")
    }
}
