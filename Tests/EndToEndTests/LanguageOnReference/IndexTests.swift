import NQAnalysis
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

    @Test("The byte search finds a needle only inside the span, in any case, at either end")
    func byteSearch() {
        let text = "Vaccine rollout: VACCINES and vaccine-makers. Xylophone?"
        func found(_ needle: String, _ lo: Int, _ hi: Int) -> Bool { TextSearch.contains(text, TextRange(lo, hi), needle) }
        let n = text.utf8.count
        #expect(found("vaccine", 0, n))
        #expect(found("vaccine", 0, 7))             // the whole span
        #expect(!found("vaccine", 0, 6))            // cut at the end
        #expect(!found("vaccine", 1, 7))            // cut at the start
        #expect(found("vaccines", 1, n))            // upper case only
        #expect(found("e-m", 0, n))                 // the rarest byte is punctuation
        #expect(found("xylophone?", 0, n))          // ends at the end of the text
        #expect(!found("xylophone!", 0, n))
        #expect(!found("vaccine", 46, n))
        #expect(found("", 3, 3))
        // Every span of a text agrees with a plain lower-cased search.
        let plain = Array(text.utf8)
        for needle in ["vac", "ine", "s a", "e", "?", "ccines and"] {
            for lo in stride(from: 0, to: n, by: 3) {
                for hi in stride(from: lo, through: n, by: 4) {
                    let span = String(decoding: plain[lo..<hi], as: UTF8.self).lowercased()
                    #expect(found(needle, lo, hi) == span.contains(needle), "\(needle) \(lo)..<\(hi)")
                }
            }
        }
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

    /// The table `count … by …` must print, worked out by brute force: keys per row, largest first,
    /// ties in order of first appearance.
    func expectedCounts(_ header: String, rows: Int, key: (Int) -> String) -> (String, Int) {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for i in 0..<rows {
            let k = key(i)
            if counts[k] == nil { order.append(k) }
            counts[k, default: 0] += 1
        }
        let sorted = order.enumerated().sorted { counts[$0.element]! != counts[$1.element]! ? counts[$0.element]! > counts[$1.element]! : $0.offset < $1.offset }
        return (header + "\tcount\n" + sorted.map { "\($0.element)\t\(counts[$0.element]!)\n" }.joined(), order.count)
    }

    @Test("Grouping by codes gives the counts and order of grouping by values")
    func grouping() {
        let c = Self.corpus
        let cases: [(String, String, Int, (Int) -> String)] = [
            ("count mentions by type, section", "type\tsection", c.mentions.count,
             { "\(c.mentions[$0].type.rawValue)\t\(c.sectionHeading(article: c.mentions[$0].articleID, index: c.mentions[$0].section))" }),
            ("count mentions by entity", "entity", c.mentions.count, { c.mentions[$0].entity }),
            // Article × entity has too many combinations for an array of counts: the dictionary path.
            ("count mentions by article_id, entity", "article_id\tentity", c.mentions.count,
             { "\(c.mentions[$0].articleID)\t\(c.mentions[$0].entity)" }),
            ("count quotes by speaker", "speaker", c.quotes.count, { c.quotes[$0].speaker ?? "" }),
            ("count quotes by article", "article", c.quotes.count, { c.article(c.quotes[$0].articleID).title }),
            ("count sections by heading", "heading", c.sections.count, { c.sections[$0].heading }),
        ]
        for (statement, header, rows, key) in cases {
            let (expected, groups) = expectedCounts(header, rows: rows, key: key)
            #expect(Harness(corpus: c).run(statement).out == expected, "\(statement)")
            #expect(groups >= 5, "\(statement)")
        }
    }

    @Test("A copy of a corpus that is given more articles has postings of its own; the original keeps its own")
    func postingsAreValues() {
        let articles = CorpusLoader().load([Fixtures.referenceArticle, Fixtures.path("formats")]).articles
        var first = Corpus()
        first.add(contentsOf: Array(articles.prefix(1)))
        let speakers = (0..<first.speakers.count).map { first.quoteRows(ofSpeaker: $0) }
        let entities = (0..<first.entities.count).map { first.mentionRows(ofEntity: $0) }
        #expect(!speakers.isEmpty && !entities.isEmpty)
        var second = first
        second.add(contentsOf: Array(articles.dropFirst()))
        #expect((0..<first.speakers.count).map { first.quoteRows(ofSpeaker: $0) } == speakers)
        #expect((0..<first.entities.count).map { first.mentionRows(ofEntity: $0) } == entities)
        let whole = Self.corpus
        #expect(second.mentions.count == whole.mentions.count && second.mentions.count > first.mentions.count)
        for k in whole.speakers.indices { #expect(second.quoteRows(ofSpeaker: k) == whole.quoteRows(ofSpeaker: k)) }
        for k in whole.entities.indices { #expect(second.mentionRows(ofEntity: k) == whole.mentionRows(ofEntity: k)) }
    }
}
