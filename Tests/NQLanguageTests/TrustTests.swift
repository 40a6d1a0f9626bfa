import NQCorpus
import Testing
@testable import NQLanguage

@Suite("Hostile statements: no crash, no flood")
struct HostileStatementTests {
    @Test("A chain of 8,000 and/or terms is an error naming the limit, not a stack overflow", arguments: ["and", "or"])
    func longChain(_ word: String) {
        let statement = "count quotes where " + Array(repeating: "id > 0", count: 8000).joined(separator: " \(word) ")
        let r = Harness().run(statement)
        #expect(!r.ok)
        #expect(r.err.hasPrefix("error: 1:"))
        #expect(r.err.contains("this statement has more than 256 conditions — split it into several statements"))
        // 256 conditions still run.
        let most = "count quotes where " + Array(repeating: "id > 0", count: 256).joined(separator: " \(word) ")
        #expect(Harness().run(most).out == "count\n5\n")
    }

    @Test("9,000 bad tokens give five errors and a count of the rest, each line cut around its caret")
    func errorFlood() {
        let statement = "count quotes where " + String(repeating: "@ ", count: 9000)
        let r = Harness().run(statement)
        #expect(!r.ok)
        #expect(r.err.components(separatedBy: "error: ").count - 1 == 5)
        #expect(r.err.contains("… and "))
        #expect(r.err.hasSuffix("more errors in this statement\n"))
        #expect(r.err.utf8.count < 3_000)
        #expect(r.err.split(separator: "\n").allSatisfy { $0.count < 250 })
    }

    @Test("A statement over 100,000 bytes is refused with its size")
    func tooLong() {
        let r = Harness().run("print \"" + String(repeating: "x", count: 100_001) + "\"")
        #expect(r.err.hasPrefix("error: 1:1: this statement is 100009 bytes long; nq reads statements of up to 100000 bytes"))
    }
}

@Suite("No control character from data reaches the terminal")
struct TerminalInjectionTests {
    static let evil = "Evil \u{1B}]0;pwned\u{07} title \u{1B}[2J\u{08}\u{9B}31m"

    static var corpus: Corpus {
        var spec = FixedCorpus.articles[1]
        spec.title = evil
        spec.path = "evil\u{1B}[31m.txt"
        var c = Corpus()
        c.add(FixedCorpus.analyzed(spec))
        return c
    }

    static func hasControls(_ s: String) -> Bool {
        s.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) }
    }

    @Test("table, markdown, CSV and TSV show them as \\e, \\x07, …; JSON escapes them as JSON does",
          arguments: [OutputFormat.table, .markdown, .csv, .tsv])
    func formats(_ format: OutputFormat) {
        let r = Harness(corpus: Self.corpus, format: format).run("find articles show title, path")
        #expect(r.ok)
        #expect(!Self.hasControls(r.out))
        // TSV writes a backslash as \\ (its own escape), so \e shows as \\e there.
        let shown = format == .tsv ? r.out.replacingOccurrences(of: "\\\\", with: "\\") : r.out
        #expect(shown.contains("Evil \\e]0;pwned\\x07 title \\e[2J\\x08\\u{9B}31m") || format == .table)
        #expect(shown.contains("evil\\e[31m.txt"))
    }

    @Test("JSON keeps its own escapes")
    func json() {
        let r = Harness(corpus: Self.corpus, format: .json).run("find articles show title")
        #expect(r.out.contains("\\u001b]0;pwned\\u0007"))
    }

    @Test("show, print, errors and warnings are escaped too")
    func elsewhere() {
        let h = Harness(corpus: Self.corpus)
        #expect(!Self.hasControls(h.run("show article 1").out))
        let bad = Harness().run("count \u{1B}[2J")
        #expect(!Self.hasControls(bad.err))
        #expect(bad.err.contains("\\e"))
        #expect(LoadProblem(path: "a\u{1B}]0;x\u{07}.txt", reason: "binary").warning == "warning: a\\e]0;x\\x07.txt: binary (skipped)\n")
    }
}
