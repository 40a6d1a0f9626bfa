import NQCorpus
import NQLinguistics

/// The `tokens` source's annotator: UD's tokenisation, then the shipped language core (read from its
/// model files the first time tokens are asked for; start-up does not pay for it).
struct LanguageCoreAnnotator: SentenceAnnotator {
    let core: LanguageCore

    /// The shipped core, or why it cannot be used (a damaged or missing model file).
    static func shipped() -> Result<LanguageCoreAnnotator, ModelError> {
        Result { () throws(ModelError) in LanguageCoreAnnotator(core: try LanguageCore.shipped()) }
    }

    func annotate(sentence: String) -> [TokenAnnotation] {
        core.annotate(UDTokenizer.words(sentence), parsing: false).map {
            TokenAnnotation(word: $0.form, lemma: $0.lemma, pos: $0.upos)
        }
    }

    func parse(_ words: [TokenAnnotation]) -> [(head: Int, dep: String)]? {
        core.parser?.parse(words.map(\.word), tags: words.map(\.pos)).map { ($0.head, $0.relation) }
    }
}
