import NQCorpus
import Testing
@testable import NQLanguage

// The language on the fixed corpus (FixedCorpus.swift): two articles, 3 sections, 6 paragraphs,
// 10 sentences, 5 quotes (Lavrov 2, Blinken 1, Stepanov 1, one unattributed), 13 mentions
// (NATO 3: two in lead paragraphs, one under "Reactions").

@Suite("Evaluation on the fixed corpus")
struct EvaluatorTests {
    @Test("count every source")
    func counts() {
        for (source, n) in [("articles", 2), ("sections", 3), ("paragraphs", 6), ("sentences", 10), ("quotes", 5),
                            ("mentions", 13), ("entities", 7), ("speakers", 3)] {
            #expect(Harness().run("count \(source)").out == "count\n\(n)\n", "\(source)")
        }
    }

    @Test("find sections: headings and paragraph counts")
    func sections() {
        let r = Harness().run("find sections show heading, paragraphs")
        #expect(r.ok)
        #expect(r.out == "heading\tparagraphs\n(lead)\t2\nReactions\t2\n(lead)\t2\n")
    }

    @Test("count by: largest first, ties in order of first appearance; order by and limit")
    func countBy() {
        #expect(Harness().run("count paragraphs by section").out == "section\tcount\n(lead)\t4\nReactions\t2\n")
        #expect(Harness().run("count quotes by speaker limit 2").out == "speaker\tcount\nSergei Lavrov\t2\nAntony Blinken\t1\n")
        #expect(Harness().run("count paragraphs by section order by count limit 1").out == "section\tcount\nReactions\t2\n")
        #expect(Harness().run("count mentions by type").out == "type\tcount\nperson\t6\nplace\t4\norganization\t3\n")
    }

    @Test("where with = != < > contains matches in, and/or/not")
    func conditions() {
        func count(_ cond: String) -> String { Harness().run("count paragraphs where \(cond)").out }
        #expect(count("section = \"reactions\"") == "count\n2\n")
        #expect(count("section != \"(lead)\"") == "count\n2\n")
        #expect(count("index <= 1") == "count\n2\n")
        #expect(count("index > 3") == "count\n1\n")
        #expect(count("text contains \"nato\"") == "count\n3\n")
        #expect(count("text contains \"NATO\" and section = \"(lead)\"") == "count\n2\n")
        #expect(count("not (index < 2 or index > 2)") == "count\n2\n")
        #expect(count("section in (\"Reactions\", \"nothing\")") == "count\n2\n")
        #expect(count("text matches /\\bKyiv\\b/") == "count\n2\n")
        #expect(Harness().run("count articles where date < \"2022-01-01\"").out == "count\n1\n")
    }

    @Test("order by and limit on find")
    func order() {
        #expect(Harness().run("find articles order by date show title").out == "title\nVaccines reach Kyiv\nTalks in Geneva\n")
        #expect(Harness().run("find articles order by date desc limit 1 show title").out == "title\nTalks in Geneva\n")
    }

    @Test("Output formats: csv quoting, json, jsonl, markdown, table with bars")
    func formats() {
        #expect(Harness(format: .csv).run("find quotes where speaker = \"Blinken\" show text, speaker").out ==
            "text,speaker\n\"Talks will go on,\",Antony Blinken\n")
        #expect(Harness(format: .jsonl).run("count paragraphs by section limit 1").out == "{\"section\": \"(lead)\", \"count\": 4}\n")
        #expect(Harness(format: .json).run("find articles where id = 2 show title, paragraphs").out ==
            "[\n  {\"title\": \"Vaccines reach Kyiv\", \"paragraphs\": 2}\n]\n")
        #expect(Harness(format: .markdown).run("count paragraphs by section limit 1").out ==
            "| section | count |\n| --- | ---: |\n| (lead) | 4 |\n\n")
        #expect(Harness(format: .table).run("count paragraphs by section").out == """
            section    count
            ─────────  ─────
            (lead)         4  ██████████████████████████████
            Reactions      2  ███████████████

            """)
    }

    @Test("set changes the format; unknown options are errors with a suggestion")
    func settings() {
        #expect(Harness().run("set format json; count articles").out == "[\n  {\"count\": 2}\n]\n")
        let bad = Harness().run("set fromat json")
        #expect(bad.err.hasPrefix("error: 1:5: unknown option \"fromat\" — did you mean \"format\"?"))
    }
}

@Suite("Quotes, mentions and names in the language (fixed corpus)")
struct NameQueryTests {
    @Test("count mentions NATO by section")
    func natoBySection() {
        #expect(Harness().run("count mentions NATO by section").out == "section\tcount\n(lead)\t2\nReactions\t1\n")
        #expect(Harness().run("count mentions NATO").out == "count\n3\n")
    }

    @Test("mentions \"X\" as a condition on paragraphs, sentences and articles")
    func mentionsCondition() {
        #expect(Harness().run("count paragraphs where mentions \"NATO\"").out == "count\n3\n")
        #expect(Harness().run("count sentences where mentions \"Kyiv\"").out == "count\n2\n")
        #expect(Harness().run("count articles where mentions \"Geneva\"").out == "count\n1\n")
        let bad = Harness().run("find speakers where mentions \"NATO\"")
        #expect(bad.err.hasPrefix("error: 1:30: mentions \"…\" is not a condition on speakers"))
    }

    @Test("Name-aware = on speaker and entity: a part of the name, in any case, with or without diacritics")
    func nameAware() {
        #expect(Harness().run("count quotes where speaker = \"Lavróv\"").out == "count\n2\n")
        #expect(NameMatch.matches("Recep Tayyip Erdoğan", "erdogan") && NameMatch.matches("Erdogan", "Erdoğan"))
        #expect(!NameMatch.matches("Erdogan", "Erdo"))
        #expect(Harness().run("count quotes where speaker = \"Lavrov\"").out == "count\n2\n")
        #expect(Harness().run("count quotes where speaker = \"sergei lavrov\"").out == "count\n2\n")
        #expect(Harness().run("count mentions where entity = \"Lavrov\"").out == "count\n3\n")
        #expect(Harness().run("find speakers where name = \"Stepanov\" show name, role, quotes, articles").out ==
            "name\trole\tquotes\tarticles\nMaksym Stepanov\thealth minister\t1\t1\n")
    }

    @Test("find entities: names and types as recorded")
    func entities() {
        #expect(Harness().run("find entities where name in (\"NATO\", \"Kyiv\", \"Sergei Lavrov\") show name, type, mentions").out ==
            "name\ttype\tmentions\nSergei Lavrov\tperson\t3\nNATO\torganization\t3\nKyiv\tplace\t2\n")
    }
}
