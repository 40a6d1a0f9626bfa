import NQCorpus

/// The context `show` prints after a record's fields: an article's text, a quote's or mention's paragraph
/// with the quoted words marked, a paragraph's or sentence's neighbours.
enum RecordContext {
    static func context(schema: SourceSchema, corpus: Corpus, index i: Int) -> String? {
        schema.context?(corpus, i)
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
