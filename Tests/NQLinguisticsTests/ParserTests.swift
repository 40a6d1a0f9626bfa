import Testing
@testable import NQLinguistics

@Suite("The dependency parser's transitions and oracle")
struct ParserTests {
    static let sentences = CoNLLU.sentences(Treebank.conllu([
        Treebank.sentence("Lavrov/Lavrov/PROPN/2/nsubj said/say/VERB/0/root the/the/DET/4/det talks/talk/NOUN/6/nsubj "
                          + "were/be/AUX/6/cop useful/useful/ADJ/2/ccomp ././PUNCT/2/punct"),
        Treebank.sentence("She/she/PRON/2/nsubj met/meet/VERB/0/root him/he/PRON/2/obj in/in/ADP/5/case "
                          + "Geneva/Geneva/PROPN/2/obl ././PUNCT/2/punct"),
    ]))
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

        // The same model searched with a beam finds the same trees; a beam is saved with the model.
        let wide = DependencyParser(model: parser.model, beam: 3)
        for s in Self.sentences {
            #expect(wide.parse(s.map(\.form), tags: s.map(\.upos)).map(\.head) == s.map(\.head))
        }
        let wideBack = try ModelCoding.parser(ModelCoding.bytes(wide))
        #expect(wideBack.beam == 3 && parser.beam == 1)
        #expect(wideBack.parse(words, tags: tags).map(\.head) == wide.parse(words, tags: tags).map(\.head))
    }

    @Test("Beam search: every candidate is a whole tree after 2n transitions; its steps come best first")
    func beamSteps() {
        let parser = DependencyParser(model: LinearModel(classes: Transition.classes(Self.relations)), beam: 4)
        let s = Self.sentences[0]
        var widths: [Int] = []
        var ordered = true
        let (best, steps) = parser.search(ParserInput(words: s.map(\.form), tags: s.map(\.upos)), count: s.count, step: { _, items in
            widths.append(items.count)
            ordered = ordered && zip(items, items.dropFirst()).allSatisfy { $0.score >= $1.score }
            return true
        })
        #expect(steps == 2 * s.count)
        #expect(best.state.isTerminal && best.moves.count == 2 * s.count)
        #expect(widths.max() == 4 && ordered)
        #expect(best.state.heads.dropFirst().allSatisfy { $0 >= 0 }, "every word has a head")
    }

    @Test("A model keeps the low 32 bits of a feature's hash; features sharing them share weights")
    func keys() {
        var trainer = PerceptronTrainer(classes: ["a", "b"])
        let f: UInt64 = 0x1234_5678_9ABC_DEF0, g: UInt64 = 0x0FED_CBA9_9ABC_DEF0  // the same low 32 bits
        trainer.update(truth: 0, guess: 1, features: [f])
        trainer.update(truth: 0, guess: 1, features: [g])
        let m = trainer.averaged(minimum: 0)
        #expect(m.featureCount == 1)
        var scores: [Float] = [0, 0]
        m.score([f], into: &scores)
        #expect(scores[0] > 0 && scores[1] < 0)
    }
}

@Suite("Entities: GUM's annotation read as names, BIO spans")
struct EntityDataTests {
    @Test("Outermost named mentions of people, organisations and places; 'the' and common nouns left out")
    func gumLabels() {
        var s = Treebank.sentence("He/he/PRON/2/nsubj attended/attend/VERB/0/root the/the/DET/6/det Aberdeen/Aberdeen/PROPN/6/compound "
                                  + "Grammar/Grammar/PROPN/6/compound School/School/PROPN/2/obj with/with/ADP/9/case "
                                  + "the/the/DET/9/det teacher/teacher/NOUN/2/obl")
        s[0].misc = "Entity=(1-person-giv-sssss-cf1-1-ana-Lord_Byron)"
        s[2].misc = "Entity=(4-organization-new-snnnn-cf5-1,2,3-coref-Aberdeen_Grammar_School"
        s[3].misc = "Entity=(5-place-new-snnnn-cf10-1-sgl-Aberdeen)"
        s[5].misc = "Entity=4)"
        s[7].misc = "Entity=(6-person-new-nnnnn-cf4-1,2,3-sgl"
        s[8].misc = "Entity=6)"
        #expect(GUMEntities.labels(s) == ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    }

    @Test("A name is the proper nouns around the mention's head: an appositive or relative clause after it is not")
    func namedPartByHead() {
        // "Mary Chaworth , whom he met , left" — the mention runs to the second comma.
        var s = Treebank.sentence("Mary/Mary/PROPN/8/nsubj Chaworth/Chaworth/PROPN/1/flat ,/,/PUNCT/6/punct whom/whom/PRON/6/obj "
                                  + "he/he/PRON/6/nsubj met/meet/VERB/1/acl:relcl ,/,/PUNCT/1/punct left/leave/VERB/0/root")
        s[0].misc = "Entity=(1-person-new-sssss-cf1-1-coref"
        s[6].misc = "Entity=1)"
        #expect(GUMEntities.labels(s) == ["B-PER", "I-PER", "O", "O", "O", "O", "O", "O"])
        // "the University of Chicago": the small word inside a name is part of it, "the" before it is not.
        var u = Treebank.sentence("the/the/DET/2/det University/University/PROPN/0/root of/of/ADP/4/case Chicago/Chicago/PROPN/2/nmod")
        u[0].misc = "Entity=(1-organization-new-sssss-cf1-1-coref"
        u[3].misc = "Entity=1)"
        #expect(GUMEntities.labels(u) == ["O", "B-ORG", "I-ORG", "I-ORG"])
    }

    @Test("The lexicon marks the words of the longest name it knows; it is saved with the model")
    func lexicon() throws {
        let lexicon = NameLexicon([("United States", .place), ("United Nations", .organization), ("States", .place),
                                   ("Maria", .givenName), ("Russian", .demonym)])
        let marks = lexicon.marks(["The", "United", "Nations", "and", "the", "United", "States", "and", "Maria", "Russian"])
        let place = UInt64(NameLexicon.Kind.place.rawValue) * 2, org = UInt64(NameLexicon.Kind.organization.rawValue) * 2
        #expect(marks == [0, org, org + 1, 0, 0, place, place + 1, 0, UInt64(NameLexicon.Kind.givenName.rawValue) * 2,
                          UInt64(NameLexicon.Kind.demonym.rawValue) * 2])
        var trainer = PerceptronTrainer(classes: EntityRecognizer.labels)
        trainer.update(truth: 1, guess: 0, features: [1, 2, 3])
        let r = EntityRecognizer(model: trainer.averaged(), lexicon: lexicon)
        let back = try ModelCoding.entityRecognizer(ModelCoding.bytes(r))
        #expect(back.lexicon == lexicon)
    }

    @Test("Runs of capitalised words, joined by the small words of names")
    func runs() {
        let words = ["the", "Newfoundland", "and", "Labrador", "Court", "of", "Appeal", "ruled", ",", "said", "Noam", "Chomsky", "of", "MIT", "."]
        let runs = NameRuns(words)
        #expect(runs.run[1] == 1..<7 && runs.run[6] == 1..<7)
        #expect(runs.run[10] == 10..<14, "of between two capitalised words joins them")
        #expect(runs.run[0] == nil && runs.run[7] == nil && runs.run[14] == nil)
    }

    @Test("BIO labels to spans")
    func spans() {
        let s = EntityRecognizer.spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "O"])
        #expect(s.map { "\($0.words)\($0.type)" } == ["0..<2PER", "3..<4LOC", "4..<5LOC", "5..<6ORG"])
    }
}
