@testable import NQLinguistics

/// Treebank sentences written compactly in the tests: "form/lemma/UPOS/head/relation" a word.
enum Treebank {
    static func sentence(_ spec: String) -> [TreebankWord] {
        spec.split(separator: " ").map { w in
            let f = w.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            return TreebankWord(form: f[0], lemma: f[1], upos: f[2], head: Int(f[3])!, relation: f[4])
        }
    }

    /// The same as CoNLL-U text (for the reader).
    static func conllu(_ sentences: [[TreebankWord]]) -> String {
        sentences.map { s in
            s.enumerated().map { k, w in "\(k + 1)\t\(w.form)\t\(w.lemma)\t\(w.upos)\t_\t_\t\(w.head)\t\(w.relation)\t_\t_\n" }.joined() + "\n"
        }.joined()
    }
}
