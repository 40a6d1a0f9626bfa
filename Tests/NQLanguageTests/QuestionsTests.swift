import Foundation
import NQCorpus
import Testing
@testable import NQLanguage

// The questions users ask (missing values, dates on every record, exact names, sets as filters,
// co-occurrence, concordances, regex classes, settings, scripts), on the fixed corpus (FixedCorpus.swift):
// article 1 "Talks in Geneva" (2022-01-20; sentences 1–6, 3 quotes, NATO in sentences 2 and 5),
// article 2 "Vaccines reach Kyiv" (2021-03-05; sentences 7–10, 2 quotes of which one has no speaker).

extension Harness {
    /// Runs statements on this harness and returns only what they printed (the sinks keep all).
    func next(_ text: String) -> (ok: Bool, out: String, err: String) {
        let (o, e) = (out.text.count, err.text.count)
        let r = run(text)
        return (r.ok, String(r.out.dropFirst(o)), String(r.err.dropFirst(e)))
    }
}

@Suite("Missing values, dates, exact names")
struct MissingValuesTests {
    @Test("is null and is not null; null groups labelled (none) in a table, empty in data formats")
    func isNull() {
        #expect(Harness().run("count quotes where speaker is null").out == "count\n1\n")
        #expect(Harness().run("count quotes where speaker is not null").out == "count\n4\n")
        #expect(Harness().run("count articles where source is null").out == "count\n1\n")
        // "null" in quotes is the word, not a missing value.
        #expect(Harness().run("count quotes where speaker = \"null\"").out == "count\n0\n")
        #expect(Harness().run("count quotes by speaker").out == "speaker\tcount\nSergei Lavrov\t2\nAntony Blinken\t1\nMaksym Stepanov\t1\n\t1\n")
        let table = Harness(format: .table).run("count quotes by speaker").out
        #expect(table.contains("(none)               1"), "\(table)")
        #expect(Harness(format: .markdown).run("count quotes by speaker").out.contains("| (none) | 1 |"))
        let r = Harness().run("count quotes where speaker is nul")
        #expect(!r.ok)
        #expect(r.err.contains("expected null after is, found \"nul\""), "\(r.err)")
    }

    @Test("Missing values come last in order by, both ways (as PostgreSQL's default for asc)")
    func nullsLast() {
        #expect(Harness().run("find quotes order by speaker show speaker").out ==
            "speaker\nAntony Blinken\nMaksym Stepanov\nSergei Lavrov\nSergei Lavrov\n\n")
        #expect(Harness().run("find quotes order by speaker desc show speaker").out ==
            "speaker\nSergei Lavrov\nSergei Lavrov\nMaksym Stepanov\nAntony Blinken\n\n")
        #expect(Harness().run("find articles order by source desc show title").out == "title\nTalks in Geneva\nVaccines reach Kyiv\n")
    }

    @Test("Every record from an article has its date: conditions and buckets work on them")
    func dates() {
        #expect(Harness().run("count quotes where date > \"2022-01-01\"").out == "count\n3\n")
        #expect(Harness().run("count mentions where date < \"2022-01-01\"").out == "count\n4\n")
        #expect(Harness().run("count sentences where date = \"2021-03-05\"").out == "count\n4\n")
        #expect(Harness().run("count paragraphs by year").out == "year\tcount\n2021\t2\n2022\t4\n")
        #expect(Harness().run("find quotes where speaker = \"Stepanov\" show date").out == "date\n2021-03-05\n")
    }

    @Test("== is the whole value letter for letter; = on names stays name-aware")
    func exact() {
        #expect(Harness().run("count mentions where entity = \"Lavrov\"").out == "count\n3\n")
        #expect(Harness().run("count mentions where entity == \"Sergei Lavrov\"").out == "count\n3\n")
        #expect(Harness().run("count mentions where entity == \"Lavrov\"").out == "count\n0\n")
        #expect(Harness().run("count mentions where entity == \"sergei lavrov\"").out == "count\n0\n")
        #expect(Harness().run("count mentions where text == \"Lavrov\"").out == "count\n2\n")
        #expect(Harness().run("count quotes where speaker == \"Antony Blinken\"").out == "count\n1\n")
        #expect(Harness().run("count sentences where index == 2").out == "count\n2\n")
        // The name index answers == too (explain says which).
        let e = Harness().run("explain find quotes where speaker == \"Sergei Lavrov\"").out
        #expect(e.contains("speaker == \"Sergei Lavrov\" (the whole value, letter for letter)"), "\(e)")
    }
}

@Suite("Sets as filters, paging, co-occurrence")
struct SetsAndCooccurrenceTests {
    @Test("FIELD in NAME: a let set's ids, the articles its records are in, or its names")
    func inSet() {
        let h = Harness()
        #expect(h.next("let geneva = find articles where title contains \"Geneva\"").err == "geneva: 1 article\n")
        #expect(h.next("count quotes where article_id in geneva").out == "count\n3\n")
        #expect(h.next("count mentions where article_id in geneva").out == "count\n9\n")
        #expect(h.next("count articles where id in geneva").out == "count\n1\n")
        #expect(h.next("let lavrov = find quotes where speaker = \"Lavrov\"").ok)
        #expect(h.next("count quotes where id in lavrov").out == "count\n2\n")
        // Quotes by Lavrov are in article 1: the paragraphs of the articles they are in.
        #expect(h.next("count paragraphs where article_id in lavrov").out == "count\n4\n")
        #expect(h.next("let busy = find speakers where quotes > 1").ok)
        #expect(h.next("count quotes where speaker in busy").out == "count\n2\n")
        let unknown = h.next("count quotes where article_id in genva")
        #expect(unknown.err.contains("no result named \"genva\" — did you mean \"geneva\"?"), "\(unknown.err)")
        let unfit = h.next("count quotes where paragraph in geneva")
        #expect(unfit.err.contains("paragraph in geneva compares paragraph with a set of articles"), "\(unfit.err)")
    }

    @Test("offset N skips rows before the limit, for find and count; a negative offset is an error")
    func offset() {
        #expect(Harness().run("find articles order by date limit 1 offset 1 show title").out == "title\nTalks in Geneva\n")
        #expect(Harness().run("count quotes by speaker offset 2").out == "speaker\tcount\nMaksym Stepanov\t1\n\t1\n")
        #expect(Harness().run("find articles offset 5").out == "id\ttitle\tdate\tsource\tauthor\tlanguage\tcategory\turl\tpath\twords\tparagraphs\tquotes\n")
        #expect(Harness().run("find articles limit 0").out == "id\ttitle\tdate\tsource\tauthor\tlanguage\tcategory\turl\tpath\twords\tparagraphs\tquotes\n")
        #expect(Harness().run("find articles offset -1").err.contains("offset must be a whole number, 0 or more"))
        #expect(Harness().run("find articles limit -1").err.contains("limit must be a whole number, 0 or more"))
    }

    @Test("order by with a small limit keeps the best rows by insertion: the same rows as a whole sort")
    func topRows() {
        var corpus = FixedCorpus.corpus
        for k in 0..<12 {
            for var a in FixedCorpus.articles {
                a.path += "#\(k)"
                corpus.add(FixedCorpus.analyzed(a))
            }
        }
        corpus.prepareIndexes()
        let h = Harness(corpus: corpus)
        for (order, limit, offset) in [("speaker desc", 3, 2), ("speaker", 5, 0), ("article_id desc, id", 4, 7), ("text", 2, 1)] {
            let all = h.next("find quotes order by \(order) show id, speaker").out.split(separator: "\n").dropFirst()
            let some = h.next("find quotes order by \(order) limit \(limit) offset \(offset) show id, speaker").out.split(separator: "\n").dropFirst()
            #expect(Array(some) == Array(all.dropFirst(offset).prefix(limit)), "order by \(order)")
        }
        #expect(h.next("find quotes order by speaker limit 0 show id").out == "id\n", "limit 0: no rows, no crash")
        #expect(h.next("find quotes order by speaker limit 0 offset 3 show id").out == "id\n")
        #expect(h.next("set trace on; find quotes order by speaker limit 2 show id").out.contains("trace: order by speaker: the first 2 of 65 rows"))
    }

    @Test("sentence/paragraph/article mentions \"X\": the entities found with X")
    func cooccurrence() {
        #expect(Harness().run("count mentions where sentence mentions \"NATO\" and not entity = \"NATO\" by entity").out ==
            "entity\tcount\nKyiv\t1\n")
        #expect(Harness().run("count mentions where paragraph mentions \"NATO\" and not entity = \"NATO\" by entity").out ==
            "entity\tcount\nAntony Blinken\t2\nSergei Lavrov\t1\nGeneva\t1\nKyiv\t1\n")
        #expect(Harness().run("count quotes where article mentions \"Ukraine\"").out == "count\n2\n")
        #expect(Harness().run("count quotes where paragraph mentions \"Kyiv\"").out == "count\n2\n")
        #expect(Harness().run("count sentences where sentence mentions \"Kyiv\"").out == "count\n2\n")
        let r = Harness().run("count quotes where sentence mentions \"NATO\"")
        #expect(r.err.contains("quotes do not lie in one sentence"), "\(r.err)")
    }

    @Test("mentions \"X\" reads only the records where X is mentioned (the entity's mentions say where)")
    func mentionsCandidates() {
        let h = Harness()
        h.interpreter.settings.trace = true
        let r = h.next("count sentences where mentions \"NATO\"")
        #expect(r.out.contains("trace: look up \"NATO\" in the entity index: 3 rows where it is mentioned"), "\(r.out)")
        #expect(r.out.hasSuffix("count\n3\n"))
        let p = h.next("count mentions where paragraph mentions \"NATO\" and not entity = \"NATO\"")
        // Every mention of the two articles that mention NATO is read, then the paragraph is checked.
        #expect(p.out.contains("look up \"NATO\" in the entity index: 13 rows where it is mentioned"), "\(p.out)")
        #expect(p.out.hasSuffix("count\n5\n"))
    }

    @Test("sentence is the sentence's id everywhere; index is its place in the article")
    func sentenceIDs() {
        #expect(Harness().run("find mentions where entity = \"Ukraine\" show sentence").out == "sentence\n8\n")
        #expect(Harness().run("find sentences where id = 8 show index, paragraph").out == "index\tparagraph\n2\t1\n")
        #expect(Harness().run("kwic \"Ukraine\"").out.contains("\t8\t"))
    }

    @Test("Timelines show every period between the first and the last; the undated come after, apart")
    func filledTimeline() {
        let r = Harness().run("count articles by month")
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 12, "\(r.out)")  // header + 2021-03 … 2022-01
        #expect(lines[1] == "2021-03\t1" && lines[2] == "2021-04\t0" && lines[11] == "2022-01\t1", "\(r.out)")
        #expect(DateBucket.week.next("2020-W53") == "2021-W01")
        #expect(DateBucket.week.next("2021-W52") == "2022-W01")
        #expect(DateBucket.day.next("2020-02-28") == "2020-02-29")
        #expect(DateBucket.month.next("2019-12") == "2020-01")
        var undated = FixedCorpus.articles[1]
        undated.date = nil
        undated.path = "fixed/undated.txt"
        var corpus = FixedCorpus.corpus
        corpus.add(FixedCorpus.analyzed(undated))
        corpus.prepareIndexes()
        let t = Harness(corpus: corpus, format: .table).run("count articles by year").out
        #expect(t.contains("(no date)      1"), "\(t)")
        #expect(t.hasSuffix("timeline 2021 ██ 2022\n"), "\(t)")
    }
}

@Suite("Concordances and collocates")
struct ConcordanceTests {
    func keywords(_ statement: String) -> [String] {
        Harness().run(statement).out.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[3]) }
    }
    func sentences(_ statement: String) -> [String] {
        Harness().run(statement).out.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[1]) }
    }

    @Test("A term with capitals matches its case; one without matches any case; * is any letters")
    func caseAndWildcards() {
        #expect(keywords("kwic \"no\"") == ["no", "No"])
        #expect(keywords("kwic \"No\"") == ["No"])
        #expect(keywords("kwic \"vaccin*\"") == ["vaccinating"])
        #expect(keywords("kwic \"*ing\"") == ["Nothing", "vaccinating"])
        #expect(keywords("kwic /K\\w+/") == ["Kyiv", "Kyiv"])
        #expect(keywords("kwic /k\\w+/") == [])
        #expect(keywords("kwic /k\\w+/i") == ["Kyiv", "Kyiv"])
        // A regex matches whole words, not inside them.
        #expect(keywords("kwic /AT/i") == ["at"])
    }

    @Test("sort by left or right orders by the nearest words; limit, offset, errors")
    func sorting() {
        #expect(sentences("kwic \"NATO\"") == ["2", "5", "9"])
        #expect(sentences("kwic \"NATO\" sort by right") == ["5", "9", "2"])
        #expect(sentences("kwic \"NATO\" sort by left") == ["2", "9", "5"])
        #expect(sentences("kwic \"NATO\" sort by right limit 1 offset 1") == ["9"])
        #expect(sentences("kwic \"NATO\" limit 0") == [])
        #expect(Harness().run("kwic \"NATO\" limit -1").err.contains("limit must be a whole number, 0 or more"))
        #expect(Harness().run("kwic \"NATO\" sort by middle").err.contains("expected left or right after sort by"))
        let twice = Harness().run("kwic /(a)\\1/")
        #expect(twice.err.components(separatedBy: "error:").count == 2, "one error, once: \(twice.err)")
    }

    @Test("collocates: counts within the window and log-likelihood, highest first; the term itself left out")
    func collocates() {
        let r = Harness().run("collocates \"NATO\" window 2")
        #expect(r.ok, "\(r.err)")
        let rows = r.out.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows[0] == ["collocate", "together", "total", "ll"])
        #expect(Set(rows.dropFirst().map { $0[0] }) == ["was", "not", "wary", "of", "sent", "no"], "\(r.out)")
        #expect(rows.dropFirst().allSatisfy { $0[1] == "1" })
        let scores = rows.dropFirst().map { Double($0[3])! }
        #expect(scores == scores.sorted(by: >) && scores.allSatisfy { $0 > 0 })
        // "no" is twice in the corpus ("No comment."), "sent" once: the rarer word scores higher.
        let no = rows.first { $0[0] == "no" }!, sent = rows.first { $0[0] == "sent" }!
        #expect(no[2] == "2" && sent[2] == "1" && Double(sent[3])! > Double(no[3])!)
        #expect(Harness().run("collocates \"NATO\" window 50").err.contains("window must be between 1 and 20 words"))
    }
}

@Suite("Regular expressions: classes and honest errors")
struct RegexClassTests {
    @Test("Unicode and POSIX classes match; back-references, unknown escapes and huge counts are errors at their place")
    func classes() throws {
        #expect(try LinearRegex("^\\p{Lu}\\p{Ll}+$").firstMatch(in: "Équipe"))
        #expect(try !LinearRegex("^\\p{Lu}+$").firstMatch(in: "équipe"))
        #expect(try LinearRegex("^[[:alpha:]]+$").firstMatch(in: "naïve"))
        #expect(try LinearRegex("[[:digit:]]").firstMatch(in: "a1"))
        #expect(try LinearRegex("^\\P{L}+$").firstMatch(in: "123 !"))
        #expect(try LinearRegex("^[\\p{L}\\p{N}]+$").firstMatch(in: "COVID19"))
        // Five sentences start with a capital, five with an opening quotation mark (category Pi).
        #expect(Harness().run("count sentences where text matches /^\\p{Lu}/").out == "count\n5\n")
        #expect(Harness().run("count sentences where text matches /^\\p{Pi}/").out == "count\n5\n")
        for (pattern, message, column) in [("(o)\\1", "back-references such as \\1 are not supported", 39),
                                           ("a\\q", "unknown escape \\q", 37),
                                           ("a{99999999999999999999}", "repeat counts above 1000 are not supported", 36),
                                           ("\\p{Xx}", "unknown Unicode category \"Xx\"", 36),
                                           ("[[:letters:]]", "unknown class [:letters:]", 36)] {
            let r = Harness().run("count sentences where text matches /\(pattern)/")
            #expect(!r.ok)
            #expect(r.err.contains(message), "\(pattern): \(r.err)")
            #expect(r.err.hasPrefix("error: 1:"), "\(r.err)")
            _ = column
        }
        // The caret is under the construct, not the whole expression.
        let r = Harness().run("count sentences where text matches /ab(o)\\1/")
        #expect(r.err.hasPrefix("error: 1:42:"), "\(r.err)")
    }
}

@Suite("Settings, display, scripts")
struct SettingsAndScriptsTests {
    @Test("set width N is taken and kept; set color takes always, never, auto like --color")
    func settings() {
        let h = Harness(format: .table)
        #expect(h.next("set width 60").ok)
        #expect(h.interpreter.settings.width == 60 && h.interpreter.settings.widthFixed)
        #expect(h.next("set width 10").err.contains("width is a number of columns, 20 or more"))
        #expect(h.next("set color always").ok && h.interpreter.settings.color)
        #expect(h.next("set color never").ok && !h.interpreter.settings.color)
        h.interpreter.settings.autoColor = true
        #expect(h.next("set color auto").ok && h.interpreter.settings.color)
        #expect(h.next("set color sometimes").err.contains("color is always, never or auto"))
    }

    @Test("Markdown tables end with a blank line; exports are never cut; .svg only for a count by a key")
    func display() throws {
        let md = Harness(format: .markdown).run("count articles; count quotes").out
        #expect(md == "| count |\n| ---: |\n| 2 |\n\n| count |\n| ---: |\n| 5 |\n\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nq-questions-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let h = Harness(format: .table)
        h.interpreter.settings.width = 40
        #expect(h.next("export find paragraphs where id = 2 show text to \"\(folder)/p.txt\"").ok)
        let txt = try String(contentsOfFile: folder + "/p.txt", encoding: .utf8)
        #expect(txt.contains("“We want guarantees,” Lavrov said.") && !txt.contains("…"), "\(txt)")
        let notChart = h.next("export find quotes to \"\(folder)/q.svg\"")
        #expect(notChart.err.contains("only a count by a key draws as a chart"), "\(notChart.err)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/q.svg"))
        #expect(h.next("export count paragraphs by month to \"\(folder)/m.svg\"").ok)
        let svg = try String(contentsOfFile: folder + "/m.svg", encoding: .utf8)
        #expect(svg.contains("<polyline") && svg.contains(">2021-03</text>") && svg.contains(">2022-01</text>"))
        #expect(svg.components(separatedBy: "<line").count > 5, "axes and ticks")
        #expect(svg.contains(">4</text>"), "the top count is labelled")
        #expect(h.next("export count quotes by speaker to \"\(folder)/s.svg\"").ok)
        let bars = try String(contentsOfFile: folder + "/s.svg", encoding: .utf8)
        #expect(bars.contains(">Sergei Lavrov</text>") && bars.contains(">(none)</text>") && bars.contains("<rect x="))
    }

    @Test("A script is checked whole before it runs: errors of every line, and nothing runs")
    func precheck() throws {
        let h = Harness()
        let script = "count quotes\nsave \"first.nqdb\"\ncount qoutes\nfind quotes where speeker = \"x\"\nprint \"$nobody\"\n"
        let ok = h.interpreter.runScript(script, origin: .file("report.nq"))
        #expect(!ok)
        #expect(h.source.saved.isEmpty, "nothing ran")
        #expect(h.out.text.isEmpty)
        #expect(h.err.text.contains("report.nq:3:7: unknown source \"qoutes\""), "\(h.err.text)")
        #expect(h.err.text.contains("report.nq:4:19: unknown field \"speeker\""))
        #expect(h.err.text.contains("report.nq:5:7: parameter $nobody is not set"))
        // let names and set param are followed in order, so a right script passes the check.
        let good = Harness()
        #expect(good.interpreter.runScript("let g = find articles where id = 1\nset param who \"Lavrov\"\ncount quotes where article_id in g and speaker = $who\n",
                                           origin: .file("good.nq")))
        #expect(good.out.text == "count\n2\n")
    }

    @Test("Paths in a script are taken from its folder; $name inside quotes is filled in")
    func scriptPathsAndInterpolation() {
        let h = Harness()
        #expect(h.interpreter.runScript("save \"out.nqdb\"\nsave \"/abs/out.nqdb\"\n", origin: .file("reports/weekly.nq")))
        #expect(h.source.saved == ["reports/out.nqdb", "/abs/out.nqdb"])
        let p = Harness()
        #expect(p.next("set param who \"Lavrov\"; print \"Speaker: $who\"; print \"$$5 and $ alone\"").out == "Speaker: Lavrov\n$5 and $ alone\n")
        #expect(p.next("count quotes where speaker = \"$who\"").out == "count\n2\n")
        let r = p.next("print \"Hello $nobody\"")
        #expect(r.err.contains("parameter $nobody is not set"), "\(r.err)")
    }

    @Test("show speaker and show entity by name; plurals")
    func showByName() {
        #expect(Harness().run("show speaker \"Lavrov\"").out.hasPrefix("name\trole\tquotes\tarticles\nSergei Lavrov\tForeign Minister\t2\t1"))
        #expect(Harness().run("show entity \"Kyiv\"").out.contains("Kyiv\tplace\t\t2\t2"))
        #expect(Harness().run("show speaker \"Nobody\"").err.contains("there is no speaker named \"Nobody\""))
        let h = Harness()
        #expect(h.next("let one = find articles where id = 1").err == "one: 1 article\n")
        #expect(h.next("let two = find articles").err == "two: 2 articles\n")
        #expect(h.next("vars").out.contains("(1 article)"))
    }
}

@Suite("Sources by their capabilities")
struct SourceCapabilityTests {
    /// A source the language has never heard of, made in one place: the quotes said with "added",
    /// under another name, with a name index, text spans and rows by article of its own.
    static let additions: SourceSchema = {
        var s = SourceSchema(
            name: "additions", singular: "addition",
            fields: [
                FieldSpec("id", .number) { c, i in .int(c.quotes[i].id) },
                FieldSpec("speaker", .name) { c, i in .optional(c.quotes[i].speaker) }.naming(.speakers),
                FieldSpec("text", .text) { c, i in .string(c.article(c.quotes[i].articleID).slice(c.quotes[i].range)) },
            ],
            tableColumns: ["id", "speaker", "text"], rowCount: { $0.quotes.count })
        s.textSpan = { c, i in (c.quotes[i].articleID, c.quotes[i].range) }
        s.rowsOfArticle = { c, id in c.recordRows(ofArticle: id).quotes }
        s.nameIndex = NameIndex(field: "speaker", called: "speaker", calledPlural: "speakers") { c, name in
            c.speakerRow(named: name).map { c.quoteRows(ofSpeaker: $0).map(Int.init) } ?? []
        }
        s.articleOf = { c, i in c.quotes[i].articleID }
        return s
    }()

    @Test("The evaluator asks the schema: its name index, its text spans, its rows by article")
    func newSource() throws {
        let set = ResultSet(schema: Self.additions, rows: Array(0..<5), statement: "")
        func plan(_ statement: String) throws -> Plan {
            guard case .query(let q) = Parser.parse(SourceText(statement)).statements[0],
                  case .success(var p) = Checker.check(q, resultSets: ["additions": set]) else { throw Unexpected() }
            // The source itself, not a result of it: the evaluator chooses how to read it.
            p.rows = nil
            p.resultSetName = nil
            return p
        }
        var steps: [String] = []
        var e = Evaluator(corpus: FixedCorpus.corpus)
        e.trace = { steps.append($0) }
        #expect(try e.run(plan("count additions where speaker = \"Lavrov\"")).rows == [[.int(2)]])
        #expect(steps.first == "look up speaker = \"Lavrov\" in the speaker index: 2 rows", "\(steps)")
        steps = []
        #expect(try e.run(plan("count additions where text contains \"agreed\"")).rows == [[.int(1)]])
        #expect(steps.first?.hasPrefix("look up \"agreed\" in the word index: 1 article, 3 rows") == true, "\(steps)")
        #expect(try e.run(plan("count additions by year")).rows == [[.string("2021"), .int(2)], [.string("2022"), .int(3)]])
    }

    struct Unexpected: Error {}
}
