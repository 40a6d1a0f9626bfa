import Foundation
import Testing
@testable import NQLinguistics

@Suite("The shipped language core")
struct ShippedCoreTests {
    static let core: LanguageCore = try! LanguageCore.shipped()

    func annotate(_ sentence: String) -> [AnnotatedWord] {
        Self.core.annotate(sentence.split(separator: " ").map(String.init))
    }

    // Each sentence with its UD tags, lemmas and heads (the head's position, 0 the root; "?" where
    // the parser differs from UD and the head is not checked: the comma closing the appositive
    // "Sadiq Khan" belongs to "Sadiq" in UD, the parser gives it to "mayor").
    @Test("Parts of speech, lemmas and heads of fixed sentences", arguments: [
        ("Russia 's foreign minister said the talks were useful .",
         "PROPN PART ADJ NOUN VERB DET NOUN AUX ADJ PUNCT", "Russia 's foreign minister say the talk be useful .",
         "4 1 4 5 0 7 9 9 5 5"),
        ("She told reporters NATO would not expand .",
         "PRON VERB NOUN PROPN AUX PART VERB PUNCT", "she tell reporter NATO would not expand .", "2 0 2 7 7 7 2 2"),
        ("The agency said in a statement that it had no comment .",
         "DET NOUN VERB ADP DET NOUN SCONJ PRON VERB DET NOUN PUNCT", "the agency say in a statement that it have no comment .",
         "2 3 0 6 6 3 9 9 3 11 9 3"),
        ("Prices rose sharply last year , according to the report .",
         "NOUN VERB ADV ADJ NOUN PUNCT VERB ADP DET NOUN PUNCT", "price rise sharply last year , accord to the report .",
         "2 0 2 5 2 10 10 7 10 2 2"),
        ("The mayor of London , Sadiq Khan , criticised the plans .",
         "DET NOUN ADP PROPN PUNCT PROPN PROPN PUNCT VERB DET NOUN PUNCT", "the mayor of London , Sadiq Khan , criticise the plan .",
         "2 9 4 2 6 2 6 ? 0 11 9 9"),
        ("Thousands of people have been evacuated from the coast .",
         "NOUN ADP NOUN AUX AUX VERB ADP DET NOUN PUNCT", "thousand of people have be evacuate from the coast .",
         "6 3 1 6 6 0 9 9 6 6"),
        ("Is it true that the president was there ?",
         "AUX PRON ADJ SCONJ DET NOUN AUX ADV PUNCT", "be it true that the president be there ?", "3 3 0 8 6 8 8 3 3"),
        ("I 'm not sure why they left so early .",
         "PRON AUX PART ADJ ADV PRON VERB ADV ADV PUNCT", "I be not sure why they leave so early .", "4 4 4 0 7 7 4 9 7 4"),
        ("The ministers were meeting in Geneva on Friday .",
         "DET NOUN AUX VERB ADP PROPN ADP PROPN PUNCT", "the minister be meet in Geneva on Friday .", "2 4 4 0 6 4 8 4 4"),
        ("He has written two books about the cities .",
         "PRON AUX VERB NUM NOUN ADP DET NOUN PUNCT", "he have write two book about the city .", "3 3 0 5 3 8 8 5 3"),
        ("We want guarantees , Lavrov added .",
         "PRON VERB NOUN PUNCT PROPN VERB PUNCT", "we want guarantee , Lavrov add .", "2 0 2 6 6 2 2"),
        ("Officials in Kyiv are worried .",
         "NOUN ADP PROPN AUX ADJ PUNCT", "official in Kyiv be worried .", "5 3 1 5 0 5"),
    ])
    func sentences(_ sentence: String, _ tags: String, _ lemmas: String, _ heads: String) {
        let a = annotate(sentence)
        #expect(a.map(\.upos).joined(separator: " ") == tags)
        #expect(a.map(\.lemma).joined(separator: " ") == lemmas)
        let expected = heads.split(separator: " ").map(String.init)
        #expect(expected.count == a.count)
        for (w, h) in zip(a, expected) where h != "?" {
            #expect(w.head.map(String.init) == h, "\(sentence): the head of \(w.form)")
        }
    }

    @Test("Tagging a sentence's first words alone gives them the tags the whole sentence gives them")
    func firstWordsOnly() {
        for sentence in ["Make Melbourne a city again , he said .", "Are Bicycles allowed on the bridge ?",
                         "The family 's statement on the death read : it was sudden ."] {
            let words = sentence.split(separator: " ").map(String.init)
            let whole = Self.core.tagger.tag(words)
            for k in 0...words.count { #expect(Self.core.tagger.tag(words, first: k) == Array(whole.prefix(k))) }
        }
    }
}

@Suite("Lemmatiser rules")
struct LemmatizerRuleTests {
    @Test("Suffix rules by part of speech", arguments: [
        ("cities", "NOUN", "city"), ("boxes", "NOUN", "box"), ("talks", "NOUN", "talk"), ("crisis", "NOUN", "crisis"),
        ("stopped", "VERB", "stop"), ("walking", "VERB", "walk"), ("tried", "VERB", "try"), ("passes", "VERB", "pass"),
        ("Geneva", "PROPN", "Geneva"), ("The", "DET", "the"), ("happier", "ADJ", "happy"),
    ])
    func rules(_ form: String, _ upos: String, _ lemma: String) {
        #expect(Lemmatizer.rule(form, form.lowercased(), upos) == lemma)
    }

    @Test("The table overrides the rules: irregular forms learned from a treebank")
    func exceptions() {
        let s = CoNLLU.sentences("1\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_\n2\tmice\tmouse\tNOUN\tNNS\t_\t1\tobj\t_\t_\n3\tcats\tcat\tNOUN\tNNS\t_\t1\tobj\t_\t_\n")
        let l = Lemmatizer.learn(s)
        #expect(l.exceptions == ["went\tVERB": "go", "mice\tNOUN": "mouse"])
        #expect(l.lemma("Went", "VERB") == "go")
        #expect(l.lemma("dogs", "NOUN") == "dog")
    }
}

@Suite("Model files")
struct ModelFileTests {
    /// A tiny tagger trained on three sentences, in the test.
    static func tinyTagger() -> Tagger {
        let sentences = ["the/the/DET/2/det dog/dog/NOUN/3/nsubj runs/run/VERB/0/root",
                         "a/a/DET/2/det cat/cat/NOUN/3/nsubj sleeps/sleep/VERB/0/root",
                         "the/the/DET/2/det bird/bird/NOUN/3/nsubj sings/sing/VERB/0/root"].map(Treebank.sentence)
        let tags = ["DET", "NOUN", "VERB"]
        var trainer = PerceptronTrainer(classes: tags)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: 3)
        for _ in 0..<5 {
            for s in sentences {
                let pieces = s.map { WordPieces($0.form) }
                var done: [Int] = []
                for i in s.indices {
                    Tagger.features(pieces, i, done, into: &features)
                    trainer.score(features, into: &scores)
                    let guess = LinearModel.best(scores)
                    trainer.update(truth: tags.firstIndex(of: s[i].upos)!, guess: guess, features: features)
                    done.append(guess)
                }
            }
        }
        return Tagger(model: trainer.averaged(), dictionary: ["the": 0])
    }

    @Test("Written and read back, a model gives the same predictions")
    func roundTrip() throws {
        let tagger = Self.tinyTagger()
        let back = try ModelCoding.tagger(ModelCoding.bytes(tagger))
        for s in [["the", "cat", "runs"], ["a", "bird", "sleeps"], ["the", "fish", "swims"]] {
            #expect(back.tag(s) == tagger.tag(s))
        }
        #expect(tagger.tag(["a", "dog", "sings"]) == ["DET", "NOUN", "VERB"])
        #expect(ModelCoding.bytes(back) == ModelCoding.bytes(tagger))
    }

    @Test("A weight's half-precision bits read as the same Float as Float16 gives, for every pattern")
    func halfPrecision() {
        for bits in 0...UInt32(UInt16.max) {
            let expected = Float(Float16(bitPattern: UInt16(bits)))
            let got = LinearModel.float(bits)
            #expect(got.bitPattern == expected.bitPattern || (got.isNaN && expected.isNaN), "bits \(bits)")
        }
    }

    @Test("The shipped models, read and written back, are the same bytes (the in-memory table loses nothing)")
    func shippedRoundTrip() throws {
        let tagger = try #require(LanguageCore.shippedFile("tagger.nqm"))
        #expect(ModelCoding.bytes(try ModelCoding.tagger(tagger)) == tagger)
        let names = try #require(LanguageCore.shippedFile("names.nqm"))
        #expect(ModelCoding.bytes(try ModelCoding.spanTyper(names)) == names)
        let parser = try #require(LanguageCore.shippedFile("parser.nqm"))
        #expect(ModelCoding.bytes(try ModelCoding.parser(parser)) == parser)
    }

    @Test("A damaged, cut, foreign or other-version model file is a clear error, never a crash")
    func damaged() throws {
        let bytes = ModelCoding.bytes(Self.tinyTagger())
        for at in stride(from: 12, to: bytes.count, by: max(1, bytes.count / 200)) {
            var b = bytes
            b[at] ^= 0x5A
            #expect(throws: ModelError.self) { try ModelCoding.tagger(b) }
        }
        #expect(throws: ModelError.self) { try ModelCoding.tagger(Array(bytes.dropLast(3))) }
        #expect(throws: ModelError.notAModel("it does not start with NQMODEL")) { try ModelCoding.tagger(Array("hello".utf8)) }
        var other = bytes
        other[8] = 9
        #expect(throws: ModelError.otherVersion(found: 9)) { try ModelCoding.tagger(other) }
        #expect(throws: ModelError.notAModel("it holds a tagger, not a lemmas")) { try ModelCoding.lemmatizer(bytes) }
        #expect("\(ModelError.damaged("x"))" == "the model file is damaged (x); reinstall nq, or retrain with nq-train")
    }

    /// A tiny name typer trained in the test: people before "said", places after "in", organisations with "Inc".
    static func tinyTyper() -> SpanTyper {
        let examples: [([String], Range<Int>, Int)] = [
            (["Anna", "Berg", "said", "so", "."], 0..<2, 0), (["Tom", "Lee", "said", "no", "."], 0..<2, 0),
            (["Acme", "Inc", "said", "so", "."], 0..<2, 1), (["Zeta", "Inc", "grew", "."], 0..<2, 1),
            (["We", "live", "in", "Oslo", "."], 3..<4, 2), (["They", "met", "in", "Lyon", "."], 3..<4, 2),
            (["We", "read", "Hamlet", "today", "."], 2..<3, 3),
        ]
        var trainer = PerceptronTrainer(classes: SpanTyper.classes)
        var scores = [Float](repeating: 0, count: 4)
        for _ in 0..<5 {
            for (words, span, truth) in examples {
                let f = SpanTyper.features(words, span)
                trainer.score(f, into: &scores)
                trainer.update(truth: truth, guess: LinearModel.best(scores), features: f)
            }
        }
        return SpanTyper(model: trainer.averaged())
    }

    @Test("The name typer: written and read back it types alike; a damaged or foreign file is refused")
    func nameTyper() throws {
        let typer = Self.tinyTyper()
        let bytes = ModelCoding.bytes(typer)
        let back = try ModelCoding.spanTyper(bytes)
        for (words, span) in [(["Anna", "Lee", "said", "no", "."], 0..<2), (["She", "stayed", "in", "Bergen", "."], 3..<4)] as [([String], Range<Int>)] {
            #expect(back.type(words, span).type == typer.type(words, span).type)
        }
        #expect(typer.type(["Anna", "Lee", "said", "no", "."], 0..<2).type == "PER")
        #expect(typer.type(["She", "stayed", "in", "Bergen", "."], 3..<4).type == "LOC")
        #expect(ModelCoding.bytes(back) == bytes)
        var damaged = bytes
        damaged[bytes.count / 2] ^= 0x5A
        #expect(throws: ModelError.self) { try ModelCoding.spanTyper(damaged) }
        #expect(throws: ModelError.notAModel("it holds a tagger, not a names")) { try ModelCoding.spanTyper(ModelCoding.bytes(Self.tinyTagger())) }
    }

    @Test("A model file is checked from disk in pieces: start-up's check finds a cut or foreign file, the full one a damaged payload")
    func checkFile() throws {
        let bytes = ModelCoding.bytes(Self.tinyTagger())
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nq-model-\(UUID().uuidString).nqm").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        func write(_ b: [UInt8]) throws { try Data(b).write(to: URL(fileURLWithPath: path)) }
        try write(bytes)
        try ModelFile.check(fileAt: path, kind: "tagger")
        try ModelFile.check(fileAt: path, kind: "tagger", checksum: false)
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x5A
        try write(flipped)
        try ModelFile.check(fileAt: path, kind: "tagger", checksum: false)
        #expect(throws: ModelError.damaged("its checksum does not match")) { try ModelFile.check(fileAt: path, kind: "tagger") }
        try write(Array(bytes.dropLast(3)))
        #expect(throws: ModelError.damaged("its length")) { try ModelFile.check(fileAt: path, kind: "tagger", checksum: false) }
        #expect(throws: ModelError.notAModel("it holds a tagger, not a lemmas")) { try ModelFile.check(fileAt: path, kind: "lemmas") }
        try write(Array("hello there, not a model".utf8))
        #expect(throws: ModelError.notAModel("it does not start with NQMODEL")) { try ModelFile.check(fileAt: path, kind: "tagger") }
    }
}

@Suite("Words as UD English EWT splits them")
struct UDTokenizerTests {
    @Test("Punctuation, clitics, hyphens, abbreviations and numbers", arguments: [
        ("\u{201C}We want guarantees,\u{201D} Lavrov said.", "\u{201C} We want guarantees , \u{201D} Lavrov said ."),
        ("Russia's minister didn't go.", "Russia 's minister did n't go ."),
        ("They\u{2019}re pro-Moscow (mostly).", "They \u{2019}re pro - Moscow ( mostly ) ."),
        ("Mr. Blinken met U.S. officials at 3.30 pm.", "Mr. Blinken met U.S. officials at 3.30 pm ."),
        ("Prices rose 5% to $1,200 \u{2014} a record!", "Prices rose 5 % to $ 1,200 \u{2014} a record !"),
        ("The players' union", "The players ' union"),
    ])
    func split(_ sentence: String, _ words: String) {
        #expect(UDTokenizer.words(sentence).joined(separator: " ") == words)
    }
}

@Suite("Word pieces")
struct WordPiecesTests {
    @Test("A word's pieces from its ASCII bytes are those from its characters, for words of every shape")
    func asciiWordPieces() throws {
        let words = ["the", "The", "THE", "Use", "Windows", "side-by-side", "2020", "1999s", "A64", "H1N1", "3.5", "U.S.", "Mr.", "I",
                     "a", "--", ",", "\"", "'s", "don't", "e-mail", "COVID-19", "iPhone", "McDonald", "xXx", "aaaabbbbcccc", "AAAABBBB1234",
                     "$100", "#hashtag", "@user", "http://example.com/a?b=c", "x", "Zz", "12", "123456789"]
        for w in words {
            let fast = try #require(WordPieces.ascii(w), "\(w)")
            let slow = WordPieces(characters: w, ())
            #expect(fast.lower == slow.lower && fast.word == slow.word && fast.exact == slow.exact && fast.suffix4 == slow.suffix4
                    && fast.suffix3 == slow.suffix3 && fast.prefix3 == slow.prefix3 && fast.suffix2 == slow.suffix2 && fast.suffix1 == slow.suffix1
                    && fast.prefix1 == slow.prefix1 && fast.shape == slow.shape && fast.flags == slow.flags, "\(w)")
        }
        #expect(WordPieces.ascii("Erdoğan") == nil && WordPieces.ascii("") == nil)
    }
}
