import NQLanguage

/// The corpus's names for completion, sorted once per corpus size.
final class CorpusNames: @unchecked Sendable {
    let interpreter: Interpreter
    var cachedFor = -1
    var speakers: [String] = []
    var entities: [String] = []
    var sections: [String] = []

    init(_ interpreter: Interpreter) { self.interpreter = interpreter }

    func refresh() {
        if let store = interpreter.inPlace {
            // A store in place: its names once, without reading the corpus into memory.
            guard cachedFor != -2 else { return }
            cachedFor = -2
            let names = store.names()
            (speakers, entities, sections) = (names.speakers.sorted(), names.entities.sorted(), Array(Set(names.headings)).sorted())
            return
        }
        let corpus = interpreter.corpus
        guard corpus.articles.count != cachedFor else { return }
        cachedFor = corpus.articles.count
        speakers = corpus.speakers.map(\.name).sorted()
        entities = corpus.entities.map(\.name).sorted()
        sections = Array(Set(corpus.sections.map(\.heading))).sorted()
    }

    func completer() -> Completer {
        Completer(
            speakers: { self.refresh(); return self.speakers },
            entities: { self.refresh(); return self.entities },
            sections: { self.refresh(); return self.sections },
            resultSets: { self.interpreter.resultSets.keys.sorted() })
    }
}
