import NQCorpus
import NQFixtures
import Testing
@testable import NQLanguage

/// The indexes answer what a scan answers: text questions through the word index, grouping through
/// integer codes. Each expectation is worked out here by brute force over the corpus.
@Suite("Indexes agree with scanning")
struct IndexTests {
    static let corpus = Harness.load([Fixtures.referenceArticle, Fixtures.path("formats")])

    func paragraphTexts() -> [String] {
        let c = Self.corpus
        return c.paragraphs.map { c.article($0.articleID).slice($0.range) }
    }

    @Test("text contains through the word index counts what a scan counts", arguments: [
        "nato", "Lavrov", "minister said", "-19", "e", "s. ", "off-ramp", "zzzz", "“"])
    func contains(needle: String) {
        let expected = paragraphTexts().filter { $0.lowercased().contains(needle.lowercased()) }.count
        let r = Harness(corpus: Self.corpus).run("count paragraphs where text contains \"\(needle)\"")
        #expect(r.out == "count\n\(expected)\n")
    }

    @Test("text matches through the literal every match needs", arguments: [
        ("sanction(s|ed)", "i"), ("\\bwar\\b", ""), ("colou?r", ""), ("(a|b)c", ""), ("NATO|Russia", ""), ("mini[s]ter", "i")])
    func matches(pattern: String, flags: String) throws {
        let re = try LinearRegex(pattern, flags: flags)
        let expected = paragraphTexts().filter { re.firstMatch(in: $0) }.count
        let r = Harness(corpus: Self.corpus).run("count paragraphs where text matches /\(pattern)/\(flags)")
        #expect(r.out == "count\n\(expected)\n")
    }

    @Test("trace says when the word index is read")
    func trace() {
        let r = Harness(corpus: Self.corpus).run("set trace on\ncount sentences where text contains \"Lavrov\"")
        #expect(r.out.contains("trace: look up \"lavrov\" in the word index: 1 article"))
    }

    @Test("The literal a regular expression needs")
    func requiredLiteral() throws {
        #expect(try LinearRegex("sanction(s|ed)").requiredLiteral == "sanction")
        #expect(try LinearRegex("a|b").requiredLiteral == nil)
        #expect(try LinearRegex("colou?r").requiredLiteral == "colo")
        #expect(try LinearRegex("\\bwar\\b").requiredLiteral == "war")
        #expect(try LinearRegex("[abc]def").requiredLiteral == "def")
        #expect(try LinearRegex("x{2}yz").requiredLiteral == "yz")
        #expect(try LinearRegex("U\\.S\\.").requiredLiteral == "U.S.")
        #expect(try LinearRegex("(ab)+").requiredLiteral == nil)
    }

    @Test("The run of a phrase the word index is asked for")
    func longestRun() {
        #expect(WordIndex.longestRun(of: "climate change") == "climate")
        #expect(WordIndex.longestRun(of: "U.S.") == "u")
        #expect(WordIndex.longestRun(of: " - ") == nil)
        #expect(WordIndex.longestRun(of: "Zürich") == nil)
    }

    @Test("Grouping by codes gives the counts and order of grouping by values")
    func grouping() {
        let c = Self.corpus
        // Largest first, ties in order of first appearance.
        var counts: [String: Int] = [:]
        var order: [String] = []
        for m in c.mentions {
            let key = "\(m.type.rawValue)\t\(c.sectionHeading(article: m.articleID, index: m.section))"
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        let sorted = order.enumerated().sorted { counts[$0.element]! != counts[$1.element]! ? counts[$0.element]! > counts[$1.element]! : $0.offset < $1.offset }
        let expected = "type\tsection\tcount\n" + sorted.map { "\($0.element)\t\(counts[$0.element]!)\n" }.joined()
        let r = Harness(corpus: c).run("count mentions by type, section")
        #expect(r.out == expected)
        #expect(order.count > 5)
    }
}
