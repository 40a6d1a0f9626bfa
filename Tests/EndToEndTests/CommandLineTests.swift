import Foundation
import NQFixtures
import Testing

@Suite("nq on the command line")
struct CommandLineTests {
    let reference = Fixtures.referenceArticle

    @Test("find sections on the reference article: three sections with their paragraph counts")
    func sections() throws {
        let rows = try NQProcess.json(["--corpus", reference, "--format", "json", "-c", "find sections"])
        #expect(rows.map { $0["heading"] as? String } == ["(lead)", "Belarus military drills", "Warning from Turkey"])
        #expect(rows.map { $0["paragraphs"] as? Int } == [16, 8, 7])
        #expect(rows.allSatisfy { ($0["article"] as? String)?.hasPrefix("Blinken, Lavrov") == true && $0["url"] is NSNull })
    }

    @Test("find paragraphs: 31, none holding page furniture")
    func paragraphs() throws {
        let rows = try NQProcess.json(["--corpus", reference, "--format", "json", "-c", "find paragraphs"])
        #expect(rows.count == 31)
        let furniture = ["Web Search Engine", "Artmotion Spain", "Related Articles", "Leave a Reply", "Back to top button",
                         "Your email address", "(FRANCE 24 with AFP)"]
        for row in rows {
            let text = row["text"] as? String ?? ""
            #expect(!furniture.contains { text.contains($0) }, "furniture in: \(text)")
        }
    }

    @Test("find articles: the title and the credit line as source")
    func articles() throws {
        let rows = try NQProcess.json(["--corpus", reference, "--format", "json", "-c", "find articles"])
        #expect(rows.count == 1)
        #expect(rows.first?["title"] as? String == "Blinken, Lavrov to meet in Geneva on Friday to discuss Ukraine standoff")
        #expect(rows.first?["source"] as? String == "FRANCE 24 with AFP")
    }

    @Test("With no --corpus, the bundled demo corpus: the reference article and the Wikinews articles")
    func demoCorpus() throws {
        let rows = try NQProcess.json(["--format", "json", "-c", "count articles"])
        #expect(rows.first?["count"] as? Int == 296)
        let wikinews = try NQProcess.json(["--format", "json", "-c", "count articles where url contains \"wikinews.org\""])
        #expect(wikinews.first?["count"] as? Int == 295)
    }

    @Test("Exit status: 0 success, 1 a failed statement, 2 a bad command line")
    func exitStatus() throws {
        #expect(try NQProcess.run(["--corpus", reference, "-c", "count articles"]).status == 0)
        let failed = try NQProcess.run(["--corpus", reference, "-c", "count articels"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("error: 1:7: unknown source \"articels\" — did you mean \"articles\"?"))
        let bad = try NQProcess.run(["--format", "yaml", "-c", "count articles"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("yaml"))
        #expect(try NQProcess.run(["--no-such-option"]).status == 2)
    }

    @Test("--help and --version print and exit 0")
    func helpAndVersion() throws {
        let help = try NQProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: nq"))
        #expect(help.stdout.contains("--corpus <path>"))
        let version = try NQProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }

    @Test("Statements on standard input: results only, no prompt or banner")
    func standardInput() throws {
        let r = try NQProcess.run(["--corpus", reference, "--format", "csv"], stdin: "count articles\ncount sections\n")
        #expect(r.status == 0)
        #expect(r.stdout == "count\n1\ncount\n3\n")
        #expect(r.stderr.isEmpty)
    }

    @Test("A script with an error on any line does not start, naming FILE:LINE:COL; --keep-going runs the rest")
    func scriptStops() throws {
        let dir = Fixtures.scratch.appendingPathComponent("nq-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("report.nq")
        try "#!/usr/bin/env nq\nprint \"one\"\ncount sections where headng = \"x\"\nprint \"never\"\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try NQProcess.run(["--corpus", reference, script.path])
        #expect(r.status == 1)
        #expect(r.stdout == "", "checked whole before it runs")
        #expect(r.stderr.hasPrefix("error: \(script.path):3:22: unknown field \"headng\" for sections — did you mean \"heading\"?"))
        let going = try NQProcess.run(["--corpus", reference, "--keep-going", script.path])
        #expect(going.status == 1)
        #expect(going.stdout == "one\nnever\n")
    }

    @Test("Multi-line statements: open brackets and a trailing backslash continue the statement")
    func multiLine() throws {
        let r = try NQProcess.run(["--corpus", reference, "--format", "csv"],
                                  stdin: "count paragraphs where (index < 3\n  or index > 30)\ncount \\\n sections\n")
        #expect(r.stdout == "count\n3\ncount\n3\n")
    }

    @Test("Loading reports bad files with path and reason, and loads the rest")
    func badFiles() throws {
        let r = try NQProcess.run(["--corpus", Fixtures.path("bad"), "--format", "csv", "-c", "count articles"])
        #expect(r.status == 0)
        #expect(r.stdout == "count\n5\n")
        #expect(r.stderr.contains("bad/binary.txt: binary data, not text"))
        #expect(r.stderr.contains("bad/rows.csv#2: line 3: 4 fields where the header has 2"))
    }
}

@Suite("The language from the command line")
struct LanguageCommandLineTests {
    let reference = Fixtures.referenceArticle

    @Test("SPEC §6: an unknown field → exit 1, an error at 1:19 naming \"speaker\"")
    func unknownField() throws {
        let r = try NQProcess.run(["--corpus", reference, "-c", "find quotes where speker = \"Lavrov\""])
        #expect(r.status == 1)
        #expect(r.stderr == """
            error: 1:19: unknown field "speker" for quotes — did you mean "speaker"?
              find quotes where speker = "Lavrov"
                                ^^^^^^

            """)
        #expect(r.stdout.isEmpty)
    }

    @Test("assert: = 4 passes (exit 0), = 5 fails (exit 1)")
    func assertExit() throws {
        #expect(try NQProcess.run(["--corpus", reference, "-c", "assert count quotes where speaker = \"Lavrov\" = 4"]).status == 0)
        let failed = try NQProcess.run(["--corpus", reference, "-c", "assert count quotes where speaker = \"Lavrov\" = 5"])
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("error: 1:1: assertion failed: the count is 4, not = 5"))
    }

    @Test("--param NAME=VALUE gives $NAME to a script")
    func params() throws {
        let r = try NQProcess.run(["--corpus", reference, "--param", "speaker=Peskov", "--format", "csv", "-c", "count quotes where speaker = $speaker"])
        #expect(r.stdout == "count\n2\n")
        #expect(try NQProcess.run(["--param", "novalue", "-c", "count articles"]).status == 2)
    }

    @Test("--format for every output mode")
    func formats() throws {
        let statement = "count paragraphs by section limit 1"
        let expected: [String: String] = [
            "csv": "section,count\n(lead),16\n", "tsv": "section\tcount\n(lead)\t16\n", "json": "[\n  {\"section\": \"(lead)\", \"count\": 16}\n]\n",
            "jsonl": "{\"section\": \"(lead)\", \"count\": 16}\n", "markdown": "| section | count |\n| --- | ---: |\n| (lead) | 16 |\n\n",
            "table": "section  count\n───────  ─────\n(lead)      16  ██████████████████████████████\n",
        ]
        for (format, out) in expected {
            #expect(try NQProcess.run(["--corpus", reference, "--format", format, "-c", statement]).stdout == out, "\(format)")
        }
    }

    @Test("--color always colours the table header; NO_COLOR and --color never do not")
    func color() throws {
        let colored = try NQProcess.run(["--corpus", reference, "--color", "always", "-c", "count sections"])
        #expect(colored.stdout.contains("\u{1B}[1m"))
        #expect(!(try NQProcess.run(["--corpus", reference, "-c", "count sections"]).stdout.contains("\u{1B}[")))
    }
}

@Suite("Help")
struct HelpTests {
    @Test("Every example in help runs on the demo corpus")
    func examplesRun() throws {
        let topics = ["find", "count", "where", "show", "kwic", "let", "load", "save", "set", "export", "run", "assert",
                      "explain", "print", "vars", "help", "quit", "sources"]
        let help = try NQProcess.run([], stdin: topics.map { "help \($0)" }.joined(separator: "\n") + "\n")
        #expect(help.status == 0)
        // The examples: the indented lines after each "Examples:".
        var examples: [String] = []
        var inExamples = false
        for line in help.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "Examples:" { inExamples = true; continue }
            if inExamples, line.hasPrefix("  ") { examples.append(String(line.dropFirst(2))); continue }
            inExamples = false
        }
        #expect(examples.count >= 20)
        let r = try NQProcess.run(["--format", "csv"], stdin: examples.joined(separator: "\n") + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("error"))
    }
}

@Suite("Saved stores from the command line")
struct StoreCommandLineTests {
    @Test("save, then --corpus STORE and load \"STORE\" answer as the analysed corpus does")
    func saveAndReopen() throws {
        let store = Fixtures.scratch.appendingPathComponent("nq-e2e-\(UUID().uuidString).nqdb").path
        let saved = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "-c", "save \"\(store)\""])
        #expect(saved.status == 0)
        #expect(saved.stderr.contains("saved 1 article to \(store)"))
        let statements = ["count mentions NATO by section", "count quotes where speaker = \"Lavrov\"", "find sections show heading, paragraphs"]
        let args = statements.flatMap { ["-c", $0] }
        let fresh = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "--format", "csv"] + args)
        let reopened = try NQProcess.run(["--no-rc", "--corpus", store, "--format", "csv"] + args)
        #expect(reopened.status == 0)
        #expect(reopened.stdout == fresh.stdout)
        let loaded = try NQProcess.run(["--no-rc", "--corpus", Fixtures.path("nested"), "--format", "csv", "-c", "load \"\(store)\"", "-c", "count articles"])
        #expect(loaded.stdout == "count\n3\n")
    }

    @Test("A --corpus path that gives nothing is an error with exit 1 (the same rule as load, in one place)")
    func missingCorpus() throws {
        let r = try NQProcess.run(["--no-rc", "--corpus", "/no/such/folder", "-c", "count articles"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("error: nothing was loaded from /no/such/folder — give a file, a folder or a glob that exists"))
    }

    @Test("A file that is not a store is an error with exit 1")
    func notAStore() throws {
        let r = try NQProcess.run(["--no-rc", "--corpus", Fixtures.path("bad/binary.txt").replacingOccurrences(of: ".txt", with: ".nqdb")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("not an nq store"))
    }
}

@Suite("~/.nqrc")
struct RCFileTests {
    @Test("~/.nqrc runs first; --no-rc skips it")
    func rc() throws {
        let home = Fixtures.scratch.appendingPathComponent("nq-rc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try "# my settings\nset format csv\n".write(to: home.appendingPathComponent(".nqrc"), atomically: true, encoding: .utf8)
        let with = try NQProcess.run(["--corpus", Fixtures.referenceArticle, "-c", "count sections"], environment: ["HOME": home.path])
        #expect(with.stdout == "count\n3\n")
        let without = try NQProcess.run(["--no-rc", "--corpus", Fixtures.referenceArticle, "-c", "count sections"], environment: ["HOME": home.path])
        #expect(without.stdout == "count\n─────\n    3\n")
    }
}
