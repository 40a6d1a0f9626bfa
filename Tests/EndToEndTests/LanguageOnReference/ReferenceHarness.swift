import NQAnalysis
import NQCorpus
import NQFixtures
@testable import NQLanguage
@testable import nq

/// An interpreter over the reference article as nq analyses it, with the executable's corpus source
/// (files analysed, stores), capturing its output: the language and the analysis together. The
/// language alone is tested on records made by hand (NQLanguageTests).
struct Harness {
    let out = BufferSink()
    let err = BufferSink()
    let interpreter: Interpreter

    static let reference: Corpus = load([Fixtures.referenceArticle])

    static func load(_ paths: [String]) -> Corpus {
        var corpus = Corpus()
        for a in CorpusLoader().load(paths).articles { corpus.add(a) }
        return corpus
    }

    init(corpus: Corpus = Harness.reference, format: OutputFormat = .tsv) {
        var settings = Settings()
        settings.format = format
        interpreter = Interpreter(corpus: corpus, source: FilesAndStores(), settings: settings, output: out, errors: err)
    }

    /// Runs statements; returns (ok, stdout, stderr).
    func run(_ text: String, origin: SourceOrigin = .prompt) -> (ok: Bool, out: String, err: String) {
        let ok = interpreter.execute(SourceText(text, origin: origin))
        return (ok, out.text, err.text)
    }
}
