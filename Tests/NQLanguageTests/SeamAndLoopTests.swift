import Foundation
import NQCorpus
import Testing
@testable import NQLanguage

@Suite("The corpus source seam: load and save ask the injected source")
struct CorpusSourceTests {
    @Test("load hands every path to the source at once, reports skipped files and adds the articles")
    func load() {
        let h = Harness(corpus: Corpus())
        let r = h.run("load \"fixed/geneva.txt\", \"x.bad\", \"fixed/kyiv.txt\"; count quotes")
        #expect(r.ok)
        #expect(h.source.loaded == [["fixed/geneva.txt", "x.bad", "fixed/kyiv.txt"]])
        #expect(r.err == "warning: x.bad: not an article (skipped)\nloaded 2 articles; 2 in all\n")
        #expect(r.out == "count\n5\n")
    }

    @Test("a load that fails names the path it failed on, with the source's words")
    func loadFails() {
        let h = Harness(corpus: Corpus())
        let r = h.run("load \"fixed/geneva.txt\", \"/no/such\"")
        #expect(!r.ok)
        #expect(r.err.hasPrefix("error: 1:26: nothing was loaded from /no/such — give a file, a folder or a glob that exists"))
    }

    @Test("save asks the source; its failure is the statement's error")
    func save() {
        let h = Harness()
        #expect(h.run("save \"out.nqdb\"").err == "saved 2 articles to out.nqdb\n")
        #expect(h.source.saved == ["out.nqdb"])
        let bad = Harness().run("save \"/read-only/x.nqdb\"")
        #expect(bad.err.hasPrefix("error: 1:6: cannot save to /read-only/x.nqdb: read-only — choose another place"))
    }

    @Test("without a source, load and save say they are not available")
    func noSource() {
        let i = Interpreter(corpus: Corpus(), output: BufferSink(), errors: BufferSink())
        #expect(!i.execute(SourceText("load \"x\"", origin: .prompt)))
        #expect((i.errors as! BufferSink).text.contains("loading is not available in this build"))
    }
}

/// Lines given one by one, remembering what the loop asked.
final class ScriptedReader: LineReader {
    var lines: [LineReadResult]
    var continuations: [Bool] = []
    var remembered: [String] = []

    init(_ lines: [LineReadResult]) { self.lines = lines }

    func readLine(continuation: Bool) -> LineReadResult {
        continuations.append(continuation)
        return lines.isEmpty ? .end : lines.removeFirst()
    }

    func remember(_ statement: String) { remembered.append(statement) }
}

@Suite("The one input loop: prompt, piped input, -c, scripts, ~/.nqrc and run")
struct InputLoopTests {
    @Test("statements over several lines, blank lines and comments; continuation asked while one is open")
    func gathering() {
        let h = Harness()
        let reader = ScriptedReader(["# c", "count articles where (id = 1", "  or id = 2)", "", "count \\", " sections"].map { .line($0) })
        #expect(InputLoop(h.interpreter, mode: .batch(bail: true)).run(reader, origin: .standardInput))
        #expect(reader.remembered == ["# c", "count articles where (id = 1\n  or id = 2)", "count \\\n sections"])
        #expect(reader.continuations == [false, false, true, false, false, true, false])
        #expect(h.out.text == "count\n2\ncount\n3\n")
    }

    @Test("batch lines count on, so errors name FILE:LINE:COL; a script with an error does not start (--keep-going runs the rest)")
    func batchErrors() {
        let h = Harness()
        let ok = h.interpreter.runScript("count articles\n\ncount paragraphs where nope = 1\ncount sections\n", origin: .file("report.nq"))
        #expect(!ok)
        #expect(h.err.text.hasPrefix("error: report.nq:3:24: unknown field \"nope\" for paragraphs"))
        #expect(h.out.text == "", "checked whole first: nothing ran")
        // A failure only running finds (here: a missing file) stops the script there.
        let stops = Harness()
        #expect(!stops.interpreter.runScript("count articles\nrun \"/no/such/script.nq\"\ncount sections\n", origin: .file("r.nq")))
        #expect(stops.out.text == "count\n2\n")
        #expect(stops.err.text.hasPrefix("error: r.nq:2:5: cannot read /no/such/script.nq"))
        let going = Harness()
        #expect(!going.interpreter.runScript("count nope\ncount sections", origin: .file("x.nq"), bail: false))
        #expect(going.out.text == "count\n3\n")
    }

    @Test("at the prompt each statement counts its own lines, Ctrl-C drops what was typed, and errors never end it")
    func interactive() {
        let h = Harness()
        let reader = ScriptedReader([.line("count nope"), .line("count quotes where (id = 1"), .interrupted,
                                     .line("count articles where (id = 1"), .line("  or id = 2)")])
        var loop = InputLoop(h.interpreter, mode: .interactive)
        var before = 0
        loop.willExecute = { before += 1 }
        #expect(!loop.run(reader, origin: .prompt))
        #expect(h.err.text.hasPrefix("error: 1:7: unknown source \"nope\""))
        #expect(h.out.text == "count\n2\n\n")
        #expect(before == 2)
    }

    @Test("run reads a script through the same loop; a script cannot run itself")
    func runStatement() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nq-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("s.nq").path
        try "count quotes where (\n  id > 0)\nrun \"\(script)\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        let h = Harness()
        #expect(!h.run("run \"\(script)\"").ok)
        #expect(h.out.text == "count\n5\n")
        #expect(h.err.text.contains("error: \(script):3:5: \(script) is already running"))
    }
}
