import NQSupport

/// A word of a sentence as the language core tags it (its head and relation: `TokenHeads`).
public struct TokenAnnotation: Sendable, Hashable {
    public var word: String
    public var lemma: String
    public var pos: String

    public init(word: String, lemma: String, pos: String) {
        (self.word, self.lemma, self.pos) = (word, lemma, pos)
    }
}

/// Splits a sentence into words and annotates them (the trained language core; the executable hands
/// it in, so that the model and the language know nothing of it).
public protocol SentenceAnnotator: Sendable {
    /// Words, lemmas and parts of speech (no heads: parsing costs ten times as much, and is asked apart).
    func annotate(sentence: String) -> [TokenAnnotation]
    /// The head (1-based, 0 the root) and relation of each word; nil when no parser is there.
    func parse(_ words: [TokenAnnotation]) -> [(head: Int, dep: String)]?
}

/// The `tokens` source's rows: every word of every sentence of the corpus, in order.
public struct TokenTable: Sendable {
    /// Set once by whoever links the language core; nil: sentences give no tokens.
    nonisolated(unsafe) public static var annotator: SentenceAnnotator?

    /// The row of each token's sentence in `Corpus.sentences`.
    public private(set) var sentenceRow: [Int32] = []
    /// The token's position in its sentence (1-based).
    public private(set) var index: [Int32] = []
    public private(set) var annotations: [TokenAnnotation] = []

    public var count: Int { annotations.count }

    /// The rows of each sentence's tokens, for parsing them sentence by sentence.
    func sentenceRuns() -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for k in 0..<count where k + 1 == count || sentenceRow[k + 1] != sentenceRow[k] {
            runs.append(start..<(k + 1))
            start = k + 1
        }
        return runs
    }

    /// Every sentence of `corpus` annotated, on all cores (one article a job).
    public init(_ corpus: Corpus) {
        guard let annotator = Self.annotator else { return }
        let perArticle = ConcurrentMap.map(corpus.articles) { a -> [(Int32, [TokenAnnotation])] in
            let rows = corpus.recordRows(ofArticle: a.id).sentences
            return rows.map { r in (Int32(r), annotator.annotate(sentence: a.slice(corpus.sentences[r].range))) }
        }
        for article in perArticle {
            for (row, words) in article {
                for (k, w) in words.enumerated() {
                    sentenceRow.append(row)
                    index.append(Int32(k + 1))
                    annotations.append(w)
                }
            }
        }
    }
}

/// The heads and relations of the tokens (`TokenTable`'s rows), parsed the first time a statement asks
/// for `head`, `dep`, `head_word` or `head_lemma`.
public struct TokenHeads: Sendable {
    public private(set) var head: [Int32] = []
    public private(set) var dep: [String?] = []

    public init(_ tokens: TokenTable) {
        head = [Int32](repeating: -1, count: tokens.count)
        dep = [String?](repeating: nil, count: tokens.count)
        guard let annotator = TokenTable.annotator else { return }
        let runs = tokens.sentenceRuns()
        let parsed = ConcurrentMap.map(runs) { r in annotator.parse(Array(tokens.annotations[r])) }
        for (r, arcs) in zip(runs, parsed) {
            guard let arcs else { continue }
            for (k, arc) in zip(r, arcs) {
                head[k] = Int32(arc.head)
                dep[k] = arc.dep
            }
        }
    }

    public func head(_ row: Int) -> Int? { head[row] < 0 ? nil : Int(head[row]) }
}
