import NQAnalysis
import NQCorpus
import NQFixtures
@testable import NQLanguage

/// An interpreter over a corpus loaded from fixtures, capturing its output.
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
        interpreter = Interpreter(corpus: corpus, settings: settings, output: out, errors: err)
    }

    /// Runs statements; returns (ok, stdout, stderr).
    func run(_ text: String, origin: SourceOrigin = .prompt) -> (ok: Bool, out: String, err: String) {
        let ok = interpreter.execute(SourceText(text, origin: origin))
        return (ok, out.text, err.text)
    }
}
