import Testing
@testable import NQLinguistics

/// How GUM's mentions become the names the recogniser learns and is scored on (`GUMEntities`), and the
/// recogniser's document pass (`EntityRecognizer.consistent`).
@Suite("Entity labels and the document pass")
struct EntityLabelTests {
    /// A CoNLL-U sentence from rows of (form, UPOS, XPOS, head, relation, MISC).
    func sentence(_ rows: [(String, String, String, Int, String, String)]) -> [TreebankWord] {
        let text = rows.enumerated().map { k, r in
            "\(k + 1)\t\(r.0)\t\(r.0)\t\(r.1)\t\(r.2)\t_\t\(r.3)\t\(r.4)\t_\t\(r.5)"
        }.joined(separator: "\n") + "\n"
        return CoNLLU.sentences(text)[0]
    }

    func names(_ s: [TreebankWord], _ conventions: GUMEntities.Conventions = .refined) -> [String] {
        EntityRecognizer.spans(GUMEntities.labels(s, conventions)).map { span in
            s[span.words].map(\.form).joined(separator: " ") + "/" + span.type
        }
    }

    @Test("A coordination of two people gives two names, not one")
    func coordination() {
        // "interviews Mario Lucero and Isabel Ruiz": entity 2 the pair, 3 and 4 the people.
        let s = sentence([
            ("interviews", "VERB", "VBZ", 0, "root", "_"),
            ("Mario", "PROPN", "NNP", 1, "obj", "Entity=(2-person-new(3-person-new"),
            ("Lucero", "PROPN", "NNP", 2, "flat", "Entity=3)"),
            ("and", "CCONJ", "CC", 5, "cc", "_"),
            ("Isabel", "PROPN", "NNP", 2, "conj", "Entity=(4-person-new"),
            ("Ruiz", "PROPN", "NNP", 5, "flat", "Entity=4)2)"),
        ])
        #expect(names(s) == ["Mario Lucero/PER", "Isabel Ruiz/PER"])
        #expect(names(s, .first) == ["Mario Lucero and Isabel Ruiz/PER"], "the first conventions, kept for the name typer")
    }

    @Test("A person's title is no part of the name; a title alone and a plural people are no names")
    func titlesAndPeoples() {
        let titled = sentence([
            ("Mr.", "PROPN", "NNP", 2, "nmod:desc", "Entity=(1-person-new"),
            ("Kelly", "PROPN", "NNP", 3, "nsubj", "Entity=1)"),
            ("spoke", "VERB", "VBD", 0, "root", "_"),
        ])
        #expect(names(titled) == ["Kelly/PER"])
        let alone = sentence([
            ("the", "DET", "DT", 2, "det", "Entity=(1-person-new"),
            ("President", "PROPN", "NNP", 3, "nsubj", "Entity=1)"),
            ("spoke", "VERB", "VBD", 0, "root", "_"),
        ])
        #expect(names(alone).isEmpty)
        let peoples = sentence([
            ("Germans", "PROPN", "NNPS", 2, "nsubj", "Entity=(1-person-new)"),
            ("voted", "VERB", "VBD", 0, "root", "_"),
        ])
        #expect(names(peoples).isEmpty)
    }

    @Test("Capitalised words inside a mention count (GUM makes \"United\" a verb); \"in\" joins no name")
    func nameWords() {
        let states = sentence([
            ("in", "ADP", "IN", 4, "case", "_"),
            ("the", "DET", "DT", 4, "det", "Entity=(1-place-new"),
            ("United", "VERB", "VBN", 4, "amod", "_"),
            ("States", "PROPN", "NNPS", 0, "root", "Entity=1)"),
        ])
        #expect(names(states) == ["United States/LOC"])
        #expect(names(states, .first) == ["States/LOC"])
        let firm = sentence([
            ("Travel", "PROPN", "NNP", 2, "compound", "Entity=(1-organization-new"),
            ("Heels", "PROPN", "NNP", 0, "root", "_"),
            ("in", "ADP", "IN", 4, "case", "_"),
            ("Taasinge", "PROPN", "NNP", 2, "nmod", "Entity=(2-place-new)1)"),
        ])
        #expect(names(firm) == ["Travel Heels/ORG", "Taasinge/LOC"])
    }

    @Test("The document pass: a name takes the type most of its mentions have (not on a tie), and a lone surname of a person found is that person")
    func documentPass() {
        let document = [
            ["Charles", "Fillmore", "taught", "in", "Berkeley", "."],
            ["Fillmore", "liked", "Berkeley", "."],
            ["Berkeley", "is", "near", "Oakland", "."],
            ["Oakland", "won", "."],
        ]
        let found: [[(words: Range<Int>, type: String)]] = [
            [(0..<2, "PER"), (4..<5, "LOC")],
            [(2..<3, "ORG")],
            [(0..<1, "LOC"), (3..<4, "LOC")],
            [(0..<1, "ORG")],
        ]
        let out = EntityRecognizer.consistent(document, found).map { $0.map { "\($0.words)\($0.type)" } }
        #expect(out[0] == ["0..<2PER", "4..<5LOC"])
        #expect(out[1] == ["0..<1PER", "2..<3LOC"], "Fillmore the person; Berkeley a place by two to one")
        #expect(out[2] == ["0..<1LOC", "3..<4LOC"])
        #expect(out[3] == ["0..<1ORG"], "Oakland: one to one, left as found")
    }
}
