import NQCorpus
import NQLanguage
import NQLinguistics

/// The `tokens` source's annotator: UD's tokenisation, then the shipped language core (read from its
/// model files the first time tokens are asked for; start-up does not pay for it).
struct LanguageCoreAnnotator: SentenceAnnotator {
    /// The core, read the first time tokens are asked for (its model files were checked at start-up;
    /// should they have gone since, the words come back untagged, "X", with one warning).
    static let loaded: LanguageCore? = {
        do { return try LanguageCore.shipped() } catch {
            FileDescriptorSink.standardError.write("warning: the language core cannot be used: \(error)\n")
            return nil
        }
    }()

    /// An annotator when the shipped model files are sound; else why they cannot be used.
    static func shipped() -> Result<LanguageCoreAnnotator, ModelError> {
        Result { () throws(ModelError) in
            try LanguageCore.check()
            return LanguageCoreAnnotator()
        }
    }

    func annotate(sentence: String) -> [TokenAnnotation] {
        let words = UDTokenizer.words(sentence)
        guard let core = Self.loaded else { return words.map { TokenAnnotation(word: $0, lemma: $0.lowercased(), pos: "X") } }
        return core.annotate(words, parsing: false).map { TokenAnnotation(word: $0.form, lemma: $0.lemma, pos: $0.upos) }
    }

    func parse(_ words: [TokenAnnotation]) -> [(head: Int, dep: String)]? {
        Self.loaded?.parser?.parse(words.map(\.word), tags: words.map(\.pos)).map { ($0.head, $0.relation) }
    }
}
