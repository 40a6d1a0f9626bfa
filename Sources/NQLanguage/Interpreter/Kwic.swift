import Foundation
import NQCorpus

extension Interpreter {
    /// Keyword in context: every occurrence of the term (any case, whole words) in the sentences that
    /// meet the condition, with `width` characters each side, the keyword aligned.
    func kwic(_ termLiteral: LiteralNode, _ filter: Condition?, _ widthLiteral: LiteralNode?, _ limitLiteral: LiteralNode?) throws -> ResultTable {
        let term = try text(termLiteral)
        guard !term.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Failure(.kwicNeedsWord, at: termLiteral.range)
        }
        let width = try widthLiteral.map { try number($0, "width") } ?? 30
        guard (5...200).contains(width) else {
            throw Failure(.kwicWidth, at: widthLiteral!.range)
        }
        let limit = try limitLiteral.map { try number($0, "limit") }
        // The sentences to search: `where` is a condition on sentences.
        var query = Query(verb: .find, source: Name(text: "sentences", range: termLiteral.range), range: termLiteral.range)
        query.filter = filter
        let plan = try check(query)
        let e = evaluator()
        var rows: [Int]
        if let run = WordIndex.longestRun(of: term) {
            // Only the sentences of articles with a word containing the term can hold it.
            let articles = corpus.wordIndex.articles(withWordContaining: run)
            e.trace?("look up \"\(run)\" in the word index: \(articles.count) article\(articles.count == 1 ? "" : "s")")
            if plan.predicate == nil {
                rows = e.rows(of: articles, plan.schema) ?? []
            } else {
                let wanted = Set(articles)
                rows = try e.filter(plan).filter { wanted.contains(corpus.sentences[$0].articleID) }
            }
        } else {
            rows = try e.filter(plan)
        }
        var out: [[Value]] = []
        scan: for i in rows {
            let s = corpus.sentences[i]
            let text = corpus.article(s.articleID).slice(s.range)
            var from = text.startIndex
            while let r = text.range(of: term, options: [.caseInsensitive], range: from..<text.endIndex) {
                from = r.upperBound
                let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
                let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
                guard !(before.isLetter || before.isNumber), !(after.isLetter || after.isNumber) else { continue }
                let left = String(text[text.startIndex..<r.lowerBound].suffix(width))
                let right = String(text[r.upperBound...].prefix(width))
                out.append([.int(s.articleID), .int(s.id), .string(left.replacingOccurrences(of: "\n", with: " ")),
                            .string(String(text[r])), .string(right.replacingOccurrences(of: "\n", with: " "))])
                if let limit, out.count >= limit { break scan }
            }
        }
        e.trace?("find \"\(term)\" in \(rows.count) sentences: \(out.count) hit\(out.count == 1 ? "" : "s")")
        return ResultTable(columns: [.init("article_id", .number), .init("sentence", .number),
                                     .init("left", .text, alignRight: true), .init("keyword", .text), .init("right", .text)],
                           rows: out)
    }
}
