import Foundation
import NQFixtures
import Testing

@Suite("Quotations on the demo corpus")
struct QuoteEvaluationTests {
    func predictions(_ arguments: [String]) throws -> [QuoteScorer.Prediction] {
        let rows = try NQProcess.json(arguments + ["--format", "json", "-c", "find quotes"])
        return rows.map { row in
            let url = row["url"] as? String
            let path = (row["path"] as? String ?? "").split(separator: "#").first.map(String.init) ?? ""
            let article = url.map(QuoteScorer.normalize) ?? (path as NSString).lastPathComponent
            return QuoteScorer.Prediction(article: article, text: row["text"] as? String ?? "", speaker: row["speaker"] as? String)
        }
    }

    @Test("Reference article: e2e F1 1.000 against the gold quotations")
    func reference() throws {
        let (gold, articles) = QuoteScorer.loadGold(try Fixtures.text("reference-quotes.tsv"))
        let score = QuoteScorer.score(gold: gold, articles: articles, predictions: try predictions(["--corpus", Fixtures.referenceArticle]))
        #expect(score.matched == 23)
        #expect(score.predicted == 23)
        #expect(score.rightSpeaker == 23)
    }

    @Test("Each quote says which rule gave it its speaker: the reference article's 23, in order; none without a speaker")
    func rules() throws {
        let rows = try NQProcess.json(["--corpus", Fixtures.referenceArticle, "--format", "json", "-c", "find quotes show speaker, rule"])
        #expect(rows.map { $0["rule"] as? String ?? "" } == [
            "verb-later", "verb-after", "verb-after", "verb-before", "verb-after", "participle", "verb-after", "verb-after",
            "verb-before", "verb-before", "verb-before", "verb-after", "participle", "verb-after", "verb-before", "verb-after",
            "verb-before", "verb-before", "verb-after", "verb-after", "participle", "verb-before", "verb-before",
        ])
        for statement in ["count quotes where rule is null and speaker is not null", "count quotes where rule is not null and speaker is null"] {
            #expect(try NQProcess.json(["--format", "json", "-c", statement]).first?["count"] as? Int == 0, "\(statement)")
        }
        let byRule = try NQProcess.json(["--format", "json", "-c", "count quotes where rule = \"according-to\""])
        #expect((byRule.first?["count"] as? Int ?? 0) > 0)
    }

    @Test("find quotes where speaker = \"Lavrov\" gives exactly his 4 quotes")
    func lavrov() throws {
        let rows = try NQProcess.json(["--corpus", Fixtures.referenceArticle, "--format", "json", "-c", "find quotes where speaker = \"Lavrov\""])
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0["speaker"] as? String == "Sergei Lavrov" })
        #expect(rows.map { $0["text"] as? String ?? "" } == [
            "concrete article-by-article", "as soon as possible",
            "not to replicate speculation about the allegedly impending 'Russian aggression'.",
            "We are now awaiting responses to these proposals \u{2013} as we were promised \u{2013} in order to continue negotiations,",
        ])
    }

    @Test("Wikinews dev gold, whole and in its two fixed halves (tuning, checking): quote F1 at least 0.96 and speaker accuracy at least 0.93 on each")
    func wikinews() throws {
        let (gold, articles) = QuoteScorer.loadGold(try Fixtures.text("wikinews-quotes.tsv"))
        let predicted = try predictions([])
        let score = QuoteScorer.score(gold: gold, articles: articles, predictions: predicted)
        #expect(score.f1 >= 0.96, "quote F1 \(score.f1)")
        #expect(score.speakerAccuracy >= 0.93, "speaker accuracy \(score.speakerAccuracy)")
        // The halves: a rule tuned on the first must hold on the second.
        var halves: [String: Set<String>] = [:]
        for line in try Fixtures.text("wikinews-gold-halves.tsv").split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("article\t") {
            let cols = line.split(separator: "\t").map(String.init)
            guard cols.count == 2 else { continue }
            halves[cols[1], default: []].insert(QuoteScorer.normalize(cols[0]))
        }
        #expect(halves.keys.sorted() == ["checking", "tuning"])
        #expect(halves["tuning"]!.union(halves["checking"]!) == articles && halves["tuning"]!.isDisjoint(with: halves["checking"]!))
        for (name, half) in halves.sorted(by: { $0.key > $1.key }) {
            let s = QuoteScorer.score(gold: gold.filter { half.contains($0.article) }, articles: half,
                                      predictions: predicted.filter { half.contains($0.article) })
            print("Wikinews gold, \(name) half (\(half.count) articles): quote F1 \(s.f1), speaker accuracy \(s.speakerAccuracy)")
            #expect(s.f1 >= 0.96, "\(name): quote F1 \(s.f1)")
            #expect(s.speakerAccuracy >= 0.93, "\(name): speaker accuracy \(s.speakerAccuracy)")
        }
    }
}
