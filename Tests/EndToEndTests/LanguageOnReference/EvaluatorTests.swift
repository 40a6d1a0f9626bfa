import Testing
@testable import NQLanguage

@Suite("Evaluation on the reference article")
struct EvaluatorTests {
    @Test("find sections: headings and paragraph counts")
    func sections() {
        let r = Harness().run("find sections show heading, paragraphs")
        #expect(r.ok)
        #expect(r.out == "heading\tparagraphs\n(lead)\t16\nBelarus military drills\t8\nWarning from Turkey\t7\n")
    }

    @Test("count by: largest first, ties in order of first appearance")
    func countBy() {
        let r = Harness().run("count paragraphs by section")
        #expect(r.out == "section\tcount\n(lead)\t16\nBelarus military drills\t8\nWarning from Turkey\t7\n")
        let ordered = Harness().run("count paragraphs by section order by section")
        #expect(ordered.out == "section\tcount\n(lead)\t16\nBelarus military drills\t8\nWarning from Turkey\t7\n")
        let asc = Harness().run("count paragraphs by section order by count limit 1")
        #expect(asc.out == "section\tcount\nWarning from Turkey\t7\n")
    }

    @Test("where with = != < > contains, and/or/not")
    func conditions() {
        func count(_ cond: String) -> String { Harness().run("count paragraphs where \(cond)").out }
        #expect(count("section = \"belarus military drills\"") == "count\n8\n")
        #expect(count("section != \"(lead)\"") == "count\n15\n")
        #expect(count("index <= 3") == "count\n3\n")
        #expect(count("index > 30") == "count\n1\n")
        #expect(count("text contains \"nato\"") == "count\n6\n")
        #expect(count("text contains \"NATO\" and section = \"(lead)\"") == "count\n3\n")
        #expect(count("not (index < 31 or index > 31)") == "count\n1\n")
        #expect(count("section in (\"Warning from Turkey\", \"Belarus military drills\")") == "count\n15\n")
        #expect(count("text matches /\\bKyiv\\b/") == "count\n3\n")
    }

    @Test("order by and limit on find")
    func order() {
        let r = Harness().run("find sections order by paragraphs limit 2 show heading")
        #expect(r.out == "heading\nWarning from Turkey\nBelarus military drills\n")
    }

    @Test("The article: title, source, paragraphs")
    func article() {
        let r = Harness(format: .json).run("find articles show title, source, paragraphs")
        #expect(r.out == """
            [
              {"title": "Blinken, Lavrov to meet in Geneva on Friday to discuss Ukraine standoff", "source": "FRANCE 24 with AFP", "paragraphs": 31}
            ]

            """)
    }

    @Test("Semantic errors, found before evaluation, with the exact message")
    func semanticErrors() {
        let unknownField = Harness().run("find paragraphs where secton = \"x\"")
        #expect(!unknownField.ok)
        #expect(unknownField.err == """
            error: 1:23: unknown field "secton" for paragraphs — did you mean "section"?
              find paragraphs where secton = "x"
                                    ^^^^^^

            """)
        let unknownSource = Harness().run("count paragrafs")
        #expect(unknownSource.err.hasPrefix("error: 1:7: unknown source \"paragrafs\" — did you mean \"paragraphs\"?"))
        let mismatch = Harness().run("find articles where words > \"x\"")
        #expect(mismatch.err.hasPrefix("error: 1:29: words is a number, not text — compare it with a number, for example: words > 100"))
        let regex = Harness().run("find paragraphs where text matches /(unclosed/")
        #expect(regex.err.hasPrefix("error: 1:36: invalid regular expression /(unclosed/"))
    }

    @Test("A script's errors name FILE:LINE:COL")
    func scriptLocation() {
        let r = Harness().run("find articles\n\ncount paragraphs where nope = 1", origin: .file("report.nq"))
        #expect(r.err.hasPrefix("error: report.nq:3:24: unknown field \"nope\" for paragraphs"))
    }

    @Test("Output formats: csv quoting, json, jsonl, markdown, table with bars")
    func formats() {
        #expect(Harness(format: .csv).run("find articles show title, paragraphs").out ==
            "title,paragraphs\n\"Blinken, Lavrov to meet in Geneva on Friday to discuss Ukraine standoff\",31\n")
        #expect(Harness(format: .jsonl).run("count paragraphs by section limit 1").out == "{\"section\": \"(lead)\", \"count\": 16}\n")
        #expect(Harness(format: .markdown).run("count paragraphs by section limit 1").out ==
            "| section | count |\n| --- | ---: |\n| (lead) | 16 |\n\n")
        #expect(Harness(format: .table).run("count paragraphs by section").out == """
            section                  count
            ───────────────────────  ─────
            (lead)                      16  ██████████████████████████████
            Belarus military drills      8  ███████████████
            Warning from Turkey          7  █████████████

            """)
    }

    @Test("set changes the format; unknown options are errors with a suggestion")
    func settings() {
        let h = Harness()
        #expect(h.run("set format json; count articles").out == "[\n  {\"count\": 1}\n]\n")
        let bad = Harness().run("set fromat json")
        #expect(bad.err.hasPrefix("error: 1:5: unknown option \"fromat\" — did you mean \"format\"?"))
    }
}

@Suite("Quotes, mentions and entities in the language")
struct AnalysisQueryTests {
    @Test("count mentions NATO by section: 5, 2, 1, largest first")
    func natoBySection() {
        #expect(Harness().run("count mentions NATO by section").out ==
            "section\tcount\n(lead)\t5\nWarning from Turkey\t2\nBelarus military drills\t1\n")
    }

    @Test("mentions \"X\" as a condition on paragraphs, quotes and articles")
    func mentionsCondition() {
        #expect(Harness().run("count paragraphs where mentions \"NATO\"").out == "count\n6\n")
        #expect(Harness().run("count articles where mentions \"OSCE\"").out == "count\n1\n")
        #expect(Harness().run("count quotes where mentions \"Ukraine\"").out == "count\n4\n")
        let bad = Harness().run("find speakers where mentions \"NATO\"")
        #expect(bad.err.hasPrefix("error: 1:30: mentions \"…\" is not a condition on speakers"))
    }

    @Test("Name-aware = on speaker and entity: a part of the name, or an alias")
    func nameAware() {
        #expect(Harness().run("count quotes where speaker = \"Lavrov\"").out == "count\n4\n")
        #expect(Harness().run("count quotes where speaker = \"sergei lavrov\"").out == "count\n4\n")
        #expect(Harness().run("count mentions where entity = \"OSCE\"").out == "count\n2\n")
        #expect(Harness().run("count mentions OSCE").out == "count\n2\n")
        #expect(Harness().run("count quotes where speaker != \"Lavrov\"").out == "count\n19\n")
    }

    @Test("count quotes by speaker and find speakers")
    func speakers() {
        let r = Harness().run("count quotes by speaker limit 2")
        #expect(r.out == "speaker\tcount\nSergei Lavrov\t4\nUS official\t2\n")
        let s = Harness().run("find speakers where name = \"Psaki\" show name, role, quotes, articles")
        #expect(s.out == "name\trole\tquotes\tarticles\nJen Psaki\tPress Secretary\t2\t1\n")
    }

    @Test("find entities: types of the main entities")
    func entities() {
        let r = Harness().run("find entities where name in (\"Sergei Lavrov\", \"Antony Blinken\", \"NATO\", \"Geneva\", \"Ukraine\") show name, type")
        #expect(r.out == "name\ttype\nAntony Blinken\tperson\nSergei Lavrov\tperson\nGeneva\tplace\nUkraine\tplace\nNATO\torganization\n")
    }
}
