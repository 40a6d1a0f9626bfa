import Testing
@testable import NQLinguistics

@Suite("The dependency parser's transitions and oracle")
struct ParserTests {
    static let treebank = """
        1\tLavrov\tLavrov\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
        4\ttalks\ttalk\tNOUN\tNNS\t_\t6\tnsubj\t_\t_
        5\twere\tbe\tAUX\tVBD\t_\t6\tcop\t_\t_
        6\tuseful\tuseful\tADJ\tJJ\t_\t2\tccomp\t_\t_
        7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_
        2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
        3\thim\the\tPRON\tPRP\t_\t2\tobj\t_\t_
        4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_
        5\tGeneva\tGeneva\tPROPN\tNNP\t_\t2\tobl\t_\t_
        6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    static let sentences = CoNLLU.sentences(treebank)
    static let relations = Array(Set(sentences.flatMap { $0.map(\.baseRelation) })).sorted()

    static func gold(_ s: [TreebankWord]) -> ([Int], [Int]) {
        ([-1] + s.map(\.head), [-1] + s.map { relations.firstIndex(of: $0.baseRelation)! })
    }

    @Test("Following only zero-cost transitions rebuilds each projective gold tree exactly")
    func oracle() {
        let moves = Transition.decode(Transition.classes(Self.relations))
        for s in Self.sentences {
            let (heads, rels) = Self.gold(s)
            var state = ParserState(count: s.count)
            while !state.isTerminal {
                let m = moves.first { state.isValid($0) && state.cost($0, heads: heads, relations: rels) == 0 }!
                state.apply(m)
            }
            #expect(Array(state.heads.dropFirst()) == s.map(\.head))
            #expect(Array(state.labels.dropFirst()) == Array(rels.dropFirst()))
        }
    }

    @Test("A wrong transition costs the gold arcs it makes unreachable")
    func costs() {
        let s = Self.sentences[0]
        let (heads, rels) = Self.gold(s)
        var state = ParserState(count: s.count)
        state.apply(.shift)  // stack: root, Lavrov; buffer: said
        let nsubj = Self.relations.firstIndex(of: "nsubj")!
        let obj = Self.relations.firstIndex(of: "ccomp")!
        #expect(state.cost(.left(nsubj), heads: heads, relations: rels) == 0)
        #expect(state.cost(.left(obj), heads: heads, relations: rels) == 1)  // the right head, the wrong relation
        // "said" could no longer take Lavrov, nor its own head, the root, which Lavrov would sit above.
        #expect(state.cost(.shift, heads: heads, relations: rels) == 2)
        #expect(!state.isValid(.right(nsubj)))                                // the root takes a word only at the end
    }

    @Test("Trained on two sentences, the parser parses them; written and read back, it parses the same")
    func trainAndRoundTrip() throws {
        let classes = Transition.classes(Self.relations)
        let moves = Transition.decode(classes)
        var trainer = PerceptronTrainer(classes: classes)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: classes.count)
        for _ in 0..<20 {
            for s in Self.sentences {
                let (heads, rels) = Self.gold(s)
                let input = ParserInput(words: s.map(\.form), tags: s.map(\.upos))
                var state = ParserState(count: s.count)
                while !state.isTerminal {
                    DependencyParser.features(state, input, into: &features)
                    trainer.score(features, into: &scores)
                    let costs = moves.map { state.isValid($0) ? state.cost($0, heads: heads, relations: rels) : Int.max }
                    let least = costs.min()!
                    let guess = LinearModel.best(scores) { costs[$0] != Int.max }
                    let truth = LinearModel.best(scores) { costs[$0] == least }
                    trainer.update(truth: truth, guess: guess, features: features)
                    state.apply(moves[guess])
                }
            }
        }
        let parser = DependencyParser(model: trainer.averaged())
        for s in Self.sentences {
            let parsed = parser.parse(s.map(\.form), tags: s.map(\.upos))
            #expect(parsed.map(\.head) == s.map(\.head))
            #expect(parsed.map(\.relation) == s.map(\.baseRelation))
        }
        let back = try ModelCoding.parser(ModelCoding.bytes(parser))
        let words = ["Blinken", "said", "the", "talks", "were", "useful", "."]
        let tags = ["PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
        #expect(back.parse(words, tags: tags).map(\.head) == parser.parse(words, tags: tags).map(\.head))
        #expect(throws: ModelError.self) { try ModelCoding.parser(ModelCoding.bytes(Lemmatizer())) }
    }
}
