import NQSupport

/// A word of a sentence as the language core annotates it.
public struct TokenAnnotation: Sendable, Hashable {
    public var word: String
    public var lemma: String
    public var pos: String
    /// The index of the head word in the sentence (1-based), 0 for the root; nil without a parser.
    public var head: Int?
    public var dep: String?

    public init(word: String, lemma: String, pos: String, head: Int? = nil, dep: String? = nil) {
        self.word = word
        self.lemma = lemma
        self.pos = pos
        self.head = head
        self.dep = dep
    }
}

/// Splits a sentence into words and annotates them (the trained language core; the executable hands
/// it in, so that the model and the language know nothing of it).
public protocol SentenceAnnotator: Sendable {
    func annotate(sentence: String) -> [TokenAnnotation]
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
