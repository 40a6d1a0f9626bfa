/// A word of a treebank sentence (CoNLL-U): its form, lemma, tags and its head (1-based; 0 the root).
public struct TreebankWord: Sendable, Hashable {
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var head: Int
    public var relation: String
    public var misc: String

    public init(form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", head: Int = 0,
                relation: String = "_", misc: String = "_") {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.relation = relation
        self.misc = misc
    }

    /// The universal part of the relation ("nmod:poss" → "nmod"), as CoNLL 2018's LAS compares them.
    public var baseRelation: String { relation.split(separator: ":", maxSplits: 1).first.map(String.init) ?? relation }
}

/// CoNLL-U (https://universaldependencies.org/format.html): sentences of words. Multi-word token lines
/// ("1-2") and empty nodes ("8.1") are passed over: the models see the syntactic words.
public enum CoNLLU {
    public static func sentences(_ text: String) -> [[TreebankWord]] {
        var sentences: [[TreebankWord]] = []
        var current: [TreebankWord] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !current.isEmpty { sentences.append(current) }
                current = []
                continue
            }
            if line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 10, Int(f[0]) != nil else { continue }
            current.append(TreebankWord(form: String(f[1]), lemma: String(f[2]), upos: String(f[3]), xpos: String(f[4]),
                                        head: Int(f[6]) ?? 0, relation: String(f[7]), misc: String(f[9])))
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
