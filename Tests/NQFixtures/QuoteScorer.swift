import Foundation

/// Scores predicted quotations against a gold file, by the rules of the project's quote-eval tool: a
/// prediction matches a gold quote of the same article when their word overlap covers at least 80% of
/// the words of each (one-to-one, best pairs first); speakers match when equal after lower-casing and
/// dropping punctuation and a leading article, or when the words of one are all among the other's.
public struct QuoteScorer {
    public struct Gold {
        public var article: String
        public var quote: String
        public var speaker: String
    }

    public struct Prediction {
        public var article: String
        public var text: String
        public var speaker: String?
        public init(article: String, text: String, speaker: String?) {
            self.article = article
            self.text = text
            self.speaker = speaker
        }
    }

    public struct Score {
        public var gold: Int
        public var predicted: Int
        public var matched: Int
        public var rightSpeaker: Int
        public var f1: Double {
            let p = predicted == 0 ? 0 : Double(matched) / Double(predicted)
            let r = gold == 0 ? 0 : Double(matched) / Double(gold)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        public var speakerAccuracy: Double { matched == 0 ? 0 : Double(rightSpeaker) / Double(matched) }
    }

    public static func loadGold(_ tsv: String) -> (quotes: [Gold], articles: Set<String>) {
        var quotes: [Gold] = []
        var articles = Set<String>()
        for line in tsv.split(separator: "\n").dropFirst() {
            var cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            while cols.count < 4 { cols.append("") }
            let article = normalize(cols[0])
            articles.insert(article)
            if !cols[1].trimmingCharacters(in: .whitespaces).isEmpty {
                quotes.append(Gold(article: article, quote: cols[1], speaker: cols[2]))
            }
        }
        return (quotes, articles)
    }

    /// URLs with repeated slashes collapsed, no trailing slash; file names as they are.
    public static func normalize(_ article: String) -> String {
        guard article.contains("://") else { return article }
        var out = ""
        var previousSlash = false
        for (i, ch) in article.enumerated() {
            if ch == "/" && previousSlash && !(i > 0 && article[article.index(article.startIndex, offsetBy: i - 2)] == ":") { continue }
            out.append(ch)
            previousSlash = ch == "/"
        }
        while out.hasSuffix("/") { out.removeLast() }
        return out
    }

    static func words(_ s: String) -> [String] {
        let t = s.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'").lowercased()
        var out: [String] = []
        var cur = ""
        for ch in t {
            if ch.isLetter || ch.isNumber || ch == "_" || ch == "'" { cur.append(ch) } else if !cur.isEmpty { out.append(cur); cur = "" }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    public static func speakerMatches(_ gold: String, _ predicted: String?) -> Bool {
        func sw(_ s: String) -> Set<String> {
            var w = words(s).filter { $0 != "'s" }
            while let f = w.first, ["a", "an", "the"].contains(f) { w.removeFirst() }
            return Set(w)
        }
        let g = sw(gold), p = sw(predicted ?? "")
        if g.isEmpty && p.isEmpty { return true }
        if g.isEmpty || p.isEmpty { return false }
        return g.isSubset(of: p) || p.isSubset(of: g)
    }

    public static func score(gold: [Gold], articles: Set<String>, predictions: [Prediction]) -> Score {
        let preds = predictions.filter { articles.contains($0.article) }
        var matched = 0, right = 0
        for article in articles {
            let gs = gold.filter { $0.article == article }
            let ps = preds.filter { $0.article == article }
            var pairs: [(Double, Int, Int)] = []
            for (i, g) in gs.enumerated() {
                let gw = words(g.quote)
                for (j, p) in ps.enumerated() {
                    let pw = words(p.text)
                    var counts: [String: Int] = [:]
                    for w in gw { counts[w, default: 0] += 1 }
                    var common = 0
                    for w in pw where (counts[w] ?? 0) > 0 { counts[w]! -= 1; common += 1 }
                    let a = Double(common) / Double(max(1, gw.count)), b = Double(common) / Double(max(1, pw.count))
                    if a >= 0.8 && b >= 0.8 { pairs.append((a + b, i, j)) }
                }
            }
            pairs.sort { $0.0 > $1.0 }
            var usedG = Set<Int>(), usedP = Set<Int>()
            for (_, i, j) in pairs where !usedG.contains(i) && !usedP.contains(j) {
                usedG.insert(i); usedP.insert(j); matched += 1
                if speakerMatches(gs[i].speaker, ps[j].speaker) { right += 1 }
            }
        }
        return Score(gold: gold.count, predicted: preds.count, matched: matched, rightSpeaker: right)
    }
}
