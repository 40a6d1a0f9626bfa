import NQCorpus
import NQLanguage

/// What the fuzzer runs for each input: the bytes as statements, through the lexer, the parser, the
/// checker and the evaluator, on a small corpus made here. Statements that touch files (load, save,
/// export, run) are parsed and checked but not run. Any crash or hang is a find; its input becomes a
/// regression test (`Fuzz/corpus`, run by the tests).
public enum FuzzTarget {
    public static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let source = SourceText(text, origin: .standardInput)
        let (statements, diagnostics) = Parser.parse(source)
        let interpreter = Interpreter(corpus: corpus, output: NullSink(), errors: NullSink())
        // Rendering errors is part of what is fuzzed.
        for d in diagnostics.prefix(5) { _ = DiagnosticRenderer.render(d, in: source) }
        guard diagnostics.isEmpty, !statements.contains(where: touchesFiles) else { return }
        let steps = Counter()
        interpreter.isCancelled = { steps.next() > 1_000_000 }
        interpreter.execute(source)
    }

    static func touchesFiles(_ s: Statement) -> Bool {
        switch s {
        case .load, .save, .export, .run: return true
        case .assert(let inner, _, _, _), .explain(let inner, _): return touchesFiles(inner)
        default: return false
        }
    }

    /// Two short articles with a quote, mentions and two sections.
    nonisolated(unsafe) static let corpus: Corpus = {
        var c = Corpus()
        let texts = [("Talks in Geneva", "2022-01-20", "Sergei Lavrov met Antony Blinken in Geneva.\n\n\u{201C}We want guarantees,\u{201D} Lavrov said."),
                     ("Vaccines", nil, "Kyiv began vaccinating. NATO sent no doses.")]
        for (title, date, body) in texts {
            let paragraphs = body.components(separatedBy: "\n\n")
            var ps: [Paragraph] = [], ss: [Sentence] = []
            var at = 0
            for (k, p) in paragraphs.enumerated() {
                let r = TextRange(at, at + p.utf8.count)
                ps.append(Paragraph(section: 1, index: k + 1, range: r))
                ss.append(Sentence(section: 1, paragraph: k + 1, index: k + 1, range: r))
                at += p.utf8.count + 2
            }
            var a = AnalyzedArticle(article: Article(title: title, date: date, path: "fuzz/\(title).txt", text: body,
                                                     paragraphCount: ps.count),
                                    sections: [Section(index: 1, heading: Section.leadHeading, paragraphs: 0..<ps.count, words: 10)],
                                    paragraphs: ps, sentences: ss)
            if let r = body.range(of: "We want guarantees,") {
                let start = body.utf8.distance(from: body.utf8.startIndex, to: r.lowerBound)
                a.quotes = [Quote(section: 1, paragraph: 2, range: TextRange(start, start + 19), speaker: "Sergei Lavrov",
                                  speakerAsWritten: "Lavrov", role: "minister", verb: "said", kind: .full)]
                a.mentions = [Mention(section: 1, paragraph: 1, sentence: 1, range: TextRange(0, 13), entity: "Sergei Lavrov",
                                      text: "Sergei Lavrov", type: .person)]
            } else {
                a.mentions = [Mention(section: 1, paragraph: 1, sentence: 1, range: TextRange(0, 4), entity: "Kyiv", text: "Kyiv", type: .place)]
            }
            c.add(a)
        }
        c.prepareIndexes()
        return c
    }()
}

/// Output thrown away.
final class NullSink: OutputSink, @unchecked Sendable {
    func write(_ text: String) {}
}

/// Polls counted: a statement that runs too long is cancelled, as Ctrl-C would.
final class Counter: @unchecked Sendable {
    var n = 0
    func next() -> Int { n += 1; return n }
}
