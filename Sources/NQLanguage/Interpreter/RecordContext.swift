import NQCorpus

/// The context `show` prints after a record's fields: an article's text, a quote's or mention's paragraph
/// with the quoted words marked, a paragraph's or sentence's neighbours.
enum RecordContext {
    static func context(schema: SourceSchema, corpus: Corpus, index i: Int) -> String? {
        switch schema.name {
        case "quotes":
            let q = corpus.quotes[i]
            return marked(corpus, article: q.articleID, paragraph: q.paragraph, range: q.range)
        case "mentions":
            let m = corpus.mentions[i]
            return marked(corpus, article: m.articleID, paragraph: m.paragraph, range: m.range)
        case "sentences":
            let s = corpus.sentences[i]
            return marked(corpus, article: s.articleID, paragraph: s.paragraph, range: s.range)
        default:
            return nil
        }
    }

    /// The paragraph with the range marked «…».
    static func marked(_ corpus: Corpus, article: Int, paragraph: Int, range: TextRange) -> String? {
        let a = corpus.article(article)
        guard paragraph >= 1, a.paragraphBase + paragraph - 1 < corpus.paragraphs.count else { return nil }
        let p = corpus.paragraphs[a.paragraphBase + paragraph - 1].range
        guard range.start >= p.start, range.end <= p.end else { return a.slice(p) }
        return a.slice(TextRange(p.start, range.start)) + "«" + a.slice(range) + "»" + a.slice(TextRange(range.end, p.end))
    }
}
