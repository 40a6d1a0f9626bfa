import Foundation
import enum NQAnalysis.ArticleBuilder
import enum NQAnalysis.NameLists
import enum NQAnalysis.NameTyping
import NQCorpus
import NQLinguistics
import NQSupport

// nq-train: trains the language core from the shared treebanks and writes its model files; or, with
// --evaluate, scores the models in a folder on the treebanks' test data. Reproducible: a fixed seed,
// features and tables written in sorted order, so the same data gives the same bytes.
//
//   swift run -c release nq-train [--treebanks ../shared/treebanks] [--out Sources/NQLinguistics/Models]
//   swift run -c release nq-train --evaluate [--treebanks …] [--models Sources/NQLinguistics/Models]

let arguments = Array(CommandLine.arguments.dropFirst())
// An option it does not know is an error, not a whole training run over the shipped models.
let knownOptions: Set<String> = [
    "--beam", "--entity-breakdown", "--entity-folds", "--entity-epochs", "--entity-prune", "--epochs", "--evaluate", "--ewt-only", "--list-errors",
    "--models", "--names", "--seed", "--sentence-only", "--names-epochs", "--names-prune", "--no-lexicon", "--only-entities", "--only-names", "--on-train", "--out",
    "--contexts", "--folds", "--show-document", "--outside", "--parser-epochs", "--parser-prune", "--pipeline-entities", "--prune", "--recogniser", "--show-entity-errors", "--treebanks",
    "--reprune", "--parse",
]
if let unknown = arguments.first(where: { $0.hasPrefix("--") && !knownOptions.contains($0) }) {
    FileHandle.standardError.write("nq-train: unknown option \(unknown) (see the head of Sources/nq-train/main.swift)\n".data(using: .utf8)!)
    exit(2)
}
func option(_ name: String, _ fallback: String) -> String {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return fallback }
    return arguments[i + 1]
}
let treebanks = option("--treebanks", "../shared/treebanks")
let out = option("--out", "Sources/NQLinguistics/Models")
let modelsFolder = option("--models", out)
let epochs = Int(option("--epochs", "12")) ?? 12
nonisolated(unsafe) var showErrors = Int(option("--show-entity-errors", "0")) ?? 0

func read(_ path: String) -> [[TreebankWord]] {
    guard let text = try? String(contentsOfFile: (treebanks as NSString).appendingPathComponent(path), encoding: .utf8) else {
        FileHandle.standardError.write("nq-train: cannot read \(treebanks)/\(path) (give --treebanks FOLDER)\n".data(using: .utf8)!)
        exit(1)
    }
    return CoNLLU.sentences(text)
}

/// GUM's documents, sorted by name; every fifth (the 5th, 10th, …) is held out for measuring entities
/// and never trained on.
func gumDocuments() -> (train: [String], heldOut: [String]) {
    let folder = (treebanks as NSString).appendingPathComponent("gum")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".conllu") }.sorted()
    var (train, heldOut): ([String], [String]) = ([], [])
    for (k, n) in names.enumerated() { if k % 5 == 4 { heldOut.append("gum/" + n) } else { train.append("gum/" + n) } }
    return (train, heldOut)
}

let withGUM = !arguments.contains("--ewt-only")
let train = read("ud-english-ewt/en_ewt-ud-train.conllu") + (withGUM ? gumDocuments().train.flatMap(read) : [])
let test = read("ud-english-ewt/en_ewt-ud-test.conllu")

func log(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }

// --reprune X: the parser in --models without weights below X, written to --out (to choose a size).
if let x = arguments.firstIndex(of: "--reprune").flatMap({ Float(arguments[$0 + 1]) }) {
    guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: modelsFolder + "/parser.nqm")),
          let parser = try? ModelCoding.parser([UInt8](bytes)) else { log("nq-train: no parser in \(modelsFolder)"); exit(1) }
    let pruned = DependencyParser(model: parser.model.pruned(minimum: x), beam: parser.beam)
    try Data(ModelCoding.bytes(pruned)).write(to: URL(fileURLWithPath: out + "/parser.nqm"))
    log("parser: \(pruned.model.featureCount) features, \(pruned.model.weightCount) weights")
    exit(0)
}

// --parse "WORDS …": each word's tag, lemma, head and relation from the models in --models.
if let i = arguments.firstIndex(of: "--parse"), i + 1 < arguments.count {
    guard let core = try? LanguageCore.load(from: URL(fileURLWithPath: modelsFolder)) else { log("nq-train: no models in \(modelsFolder)"); exit(1) }
    for (k, w) in core.annotate(arguments[i + 1].split(separator: " ").map(String.init)).enumerated() {
        print("\(k + 1)\t\(w.form)\t\(w.upos)\t\(w.lemma)\t\(w.head ?? -1)\t\(w.relation ?? "_")")
    }
    exit(0)
}

if arguments.contains("--evaluate") {
    let core: LanguageCore
    let loading = Date()
    do { core = try LanguageCore.load(from: URL(fileURLWithPath: modelsFolder)) } catch {
        log("nq-train: \(error)"); exit(1)
    }
    let loadMs = Date().timeIntervalSince(loading) * 1000
    var (words, upos, lemmas, uas, las, goldUAS, goldLAS) = (0, 0, 0, 0, 0, 0, 0)
    let started = Date()
    for s in test {
        let a = core.annotate(s.map(\.form))
        for (g, p) in zip(s, a) {
            words += 1
            if g.upos == p.upos { upos += 1 }
            if g.lemma == p.lemma { lemmas += 1 }
            if p.head == g.head { uas += 1; if p.relation == g.baseRelation { las += 1 } }
        }
    }
    let seconds = Date().timeIntervalSince(started)
    var parseSeconds = 0.0
    if let parser = core.parser {
        let t0 = Date()
        for s in test {
            let parsed = parser.parse(s.map(\.form), tags: s.map(\.upos))
            for (g, p) in zip(s, parsed) where p.head == g.head {
                goldUAS += 1
                if p.relation == g.baseRelation { goldLAS += 1 }
            }
        }
        parseSeconds = Date().timeIntervalSince(t0)
    }
    print("EWT test, gold tokenisation, \(words) words (punctuation included):")
    print(String(format: "  UPOS accuracy   %.4f", Double(upos) / Double(words)))
    print(String(format: "  lemma accuracy  %.4f  (with the predicted UPOS)", Double(lemmas) / Double(words)))
    if core.parser != nil {
        print(String(format: "  UAS             %.4f  (with the predicted UPOS)", Double(uas) / Double(words)))
        print(String(format: "  LAS             %.4f  (with the predicted UPOS; universal relations, as CoNLL 2018)", Double(las) / Double(words)))
        print(String(format: "  UAS, LAS        %.4f, %.4f  (with the gold UPOS)", Double(goldUAS) / Double(words), Double(goldLAS) / Double(words)))
        print(String(format: "  parser alone: %.0f words/s on one core", Double(words) / parseSeconds))
    }
    let t1 = Date()
    for s in test { _ = core.annotate(s.map(\.form), parsing: false) }
    print(String(format: "  tagger + lemmatiser alone: %.0f words/s on one core", Double(words) / Date().timeIntervalSince(t1)))
    print(String(format: "  whole core (tagger, lemmatiser, parser): %.0f words/s on one core; models read in %.0f ms", Double(words) / seconds, loadMs))
    if let d = try? Data(contentsOf: URL(fileURLWithPath: modelsFolder + "/entities.nqm")),
       let recognizer = try? ModelCoding.entityRecognizer([UInt8](d)) {
        printEntityScores(recognizer, core)
    }
    exit(0)
}

/// The held-out GUM documents and the UNER EWT test documents, as sentences of words and BIO labels.
func entityTestSets() -> [(String, [[([String], [String])]])] {
    let gum = gumDocuments().heldOut.map { read($0).map { s in (s.map(\.form), GUMEntities.labels(s)) } }
    return [("GUM held-out fifth (16 documents)", gum), ("UNER EWT test", readIOB2Documents("uner-english-ewt/en_ewt-ud-test.iob2"))]
}

func printEntityScores(_ r: EntityRecognizer, _ core: LanguageCore) {
    for (name, docs) in entityTestSets() {
        let (p, rc, f) = entityScores(r, core, docs)
        print(String(format: "  entities, %@: precision %.3f, recall %.3f, typed F1 %.3f", name, p, rc, f))
    }
}

/// Documents ("# newdoc") of sentences of (word, BIO label) from a Universal NER file.
func readIOB2Documents(_ path: String) -> [[([String], [String])]] {
    guard let text = try? String(contentsOfFile: (treebanks as NSString).appendingPathComponent(path), encoding: .utf8) else {
        log("nq-train: cannot read \(treebanks)/\(path)"); exit(1)
    }
    var docs: [[([String], [String])]] = []
    for chunk in text.components(separatedBy: "# newdoc") where chunk.contains("\t") {
        docs.append(sentencesIOB2(chunk))
    }
    return docs
}

/// Sentences of (word, BIO label) from Universal NER text.
func sentencesIOB2(_ text: String) -> [([String], [String])] {
    var out: [([String], [String])] = []
    var (words, labels): ([String], [String]) = ([], [])
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.isEmpty {
            if !words.isEmpty { out.append((words, labels)) }
            (words, labels) = ([], [])
            continue
        }
        if line.hasPrefix("#") { continue }
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count >= 3 else { continue }
        words.append(String(f[1]))
        labels.append(String(f[2]))
    }
    if !words.isEmpty { out.append((words, labels)) }
    return out
}

/// Precision, recall and F1 of typed entity spans (exact boundaries and type), with the core's tags.
func entityScores(_ r: EntityRecognizer, _ core: LanguageCore, _ docs: [[([String], [String])]]) -> (Double, Double, Double) {
    let (found, gold, right) = entityCounts(r, core, docs)
    let p = Double(right) / Double(max(found, 1)), r = Double(right) / Double(max(gold, 1))
    return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
}

/// The typed entity spans found, in the gold labels, and right (exact boundaries and type).
func entityCounts(_ r: EntityRecognizer, _ core: LanguageCore, _ docs: [[([String], [String])]]) -> (found: Int, gold: Int, right: Int) {
    var (found, gold, right) = (0, 0, 0)
    // Sentence by sentence (documents kept for the breakdown and for trying document features).
    var predictions: [[(words: Range<Int>, type: String)]] = []
    for d in docs {
        if arguments.contains("--sentence-only") { predictions += d.map { r.entities($0.0, tags: core.tagger.tag($0.0)) }; continue }
        predictions += r.entities(document: d.map { ($0.0, core.tagger.tag($0.0)) })
    }
    let data = docs.flatMap { $0 }
    for (k, (words, labels)) in data.enumerated() {
        let predicted = Set(predictions[k].map { "\($0.words)\($0.type)" })
        let truth = Set(EntityRecognizer.spans(labels).map { "\($0.words)\($0.type)" })
        found += predicted.count
        gold += truth.count
        if showErrors > 0, predicted != truth {
            showErrors -= 1
            func text(_ spans: [(words: Range<Int>, type: String)]) -> String {
                spans.map { "[\(words[$0.words].joined(separator: " "))]\($0.type)" }.joined(separator: " ")
            }
            log("  gold:  " + text(EntityRecognizer.spans(labels)) + "\n  found: " + text(predictions[k]) + "\n  in: " + words.joined(separator: " "))
        }
        right += predicted.intersection(truth).count
    }
    if arguments.contains("--entity-breakdown") {
        // What the errors are: a wrong type on the right words, wrong edges, nothing there, missed.
        var (wrongType, wrongEdges, spurious, missed) = (0, 0, 0, 0)
        var byType: [String: (found: Int, gold: Int, right: Int)] = [:]
        for (k, (words, labels)) in data.enumerated() {
            let predicted = predictions[k]
            let truth = EntityRecognizer.spans(labels)
            for p in predicted {
                byType[p.type, default: (0, 0, 0)].found += 1
                if truth.contains(where: { $0.words == p.words && $0.type == p.type }) { byType[p.type]!.right += 1; continue }
                if truth.contains(where: { $0.words == p.words }) { wrongType += 1 }
                else if truth.contains(where: { $0.words.overlaps(p.words) }) { wrongEdges += 1 }
                else { spurious += 1; if arguments.contains("--list-errors") { log("    SPUR \(p.type) \(words[p.words].joined(separator: " "))") } }
            }
            for t in truth {
                byType[t.type, default: (0, 0, 0)].gold += 1
                if !predicted.contains(where: { $0.words.overlaps(t.words) }) { missed += 1; if arguments.contains("--list-errors") { log("    MISS \(t.type) \(words[t.words].joined(separator: " "))") } }
            }
        }
        log("    errors: \(wrongType) wrong type, \(wrongEdges) wrong edges, \(spurious) not entities, \(missed) missed")
        for (t, c) in byType.sorted(by: { $0.key < $1.key }) {
            log(String(format: "    %@: found %d, gold %d, right %d (P %.2f R %.2f)", t, c.found, c.gold, c.right,
                       Double(c.right) / Double(max(c.found, 1)), Double(c.right) / Double(max(c.gold, 1))))
        }
    }
    return (found, gold, right)
}

// --pipeline-entities: how nq's own entity analysis (the rules and the gazetteer, NQAnalysis) types the
// named people, organisations and places of the held-out GUM documents: each document's text rebuilt
// from its words (paragraphs from "# newpar"), analysed as an article, its mentions typed person,
// organization or place matched to GUM's names by text and type (as multisets per document).
if arguments.contains("--pipeline-entities") {
    let pipelineCore = try? LanguageCore.load(from: URL(fileURLWithPath: modelsFolder))
    // (--names FILE: that name typer instead of the shipped one, as --folds sets its own.)
    let pipelineNames: SpanTyper? = arguments.contains("--names")
        ? (try? Data(contentsOf: URL(fileURLWithPath: option("--names", "")))).flatMap { try? ModelCoding.spanTyper([UInt8]($0)) } : nil
    let pipelineRecogniser: EntityRecognizer? = arguments.contains("--recogniser")
        ? (try? Data(contentsOf: URL(fileURLWithPath: option("--recogniser", "")))).flatMap { try? ModelCoding.entityRecognizer([UInt8]($0)) } : nil
    var (found, gold, right) = (0, 0, 0)
    var confusion: [String: Int] = [:]
    var pipelineTiming = (words: 0, tagger: 0.0, recogniser: 0.0)
    // (--on-train: the four training fifths instead, to look at the rules' errors without looking at the
    // held-out documents; the name typer has seen these, so the figure is no measure.)
    // --folds: the training documents in four folds (every fourth), each analysed with a name typer trained
    // on the other three and UNER EWT dev: a measure on documents nothing was trained on, for working on
    // the rules without looking at the held-out fifth.
    var runs: [(paths: [String], typer: SpanTyper?, recogniser: EntityRecognizer?)] = []
    if arguments.contains("--folds") {
        let train = gumDocuments().train
        for f in 0..<4 {
            let rest = train.indices.filter { $0 % 4 != f }.map { train[$0] }
            let docs = rest.map { read($0).map { s in (s.map(\.form), GUMEntities.labels(s, .first)) } } + readIOB2Documents("uner-english-ewt/en_ewt-ud-dev.iob2")
            // (--recogniser folds: an entity recogniser for each fold too, trained as --only-entities trains it.)
            var recogniser: EntityRecognizer? = nil
            if option("--recogniser", "") == "folds", let core = pipelineCore {
                var nerDocs: [[NERSentence]] = rest.map { read($0).map { s in (s.map(\.form), core.tagger.tag(s.map(\.form)), GUMEntities.labels(s)) } }
                nerDocs += readIOB2Documents("uner-english-ewt/en_ewt-ud-dev.iob2").map { $0.map { ($0.0, core.tagger.tag($0.0), $0.1) } }
                recogniser = trainEntities(nerDocs)
            }
            runs.append((train.indices.filter { $0 % 4 == f }.map { train[$0] }, trainSpanTyper(docs), recogniser))
        }
    } else {
        runs = [(arguments.contains("--on-train") ? gumDocuments().train : gumDocuments().heldOut, pipelineNames, pipelineRecogniser)]
    }
    for run in runs {
        NameTyping.replacement = run.typer
        for path in run.paths {
            let file = (try? String(contentsOfFile: (treebanks as NSString).appendingPathComponent(path), encoding: .utf8)) ?? ""
            var paragraphs: [[Int]] = []
            var sentenceCount = 0
            for line in file.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "# newpar" || (line.hasPrefix("# newpar ") && !line.hasPrefix("# newpar_")) { paragraphs.append([]) }
                if line.hasPrefix("# sent_id") {
                    if paragraphs.isEmpty { paragraphs.append([]) }
                    paragraphs[paragraphs.count - 1].append(sentenceCount)
                    sentenceCount += 1
                }
            }
            let sentences = CoNLLU.sentences(file)
            guard sentences.count == sentenceCount else { log("nq-train: \(path): sentences do not line up"); continue }
            func text(_ s: [TreebankWord], _ r: Range<Int>) -> String {
                var out = ""
                for k in r {
                    out += s[k].form
                    if k + 1 < r.upperBound, !s[k].misc.contains("SpaceAfter=No") { out += " " }
                }
                return out
            }
            var goldNames: [String: Int] = [:]
            // (--contexts with --list-errors: the first sentence each missed or mistyped name is in.)
            var goldContexts: [String: String] = [:]
            // (--outside: the gold names in sentences that nq's analysis finds in no paragraph — headings, captions,
            // bylines — where it looks for no names.)
            var prose = ""
            if arguments.contains("--outside") {
                let blocks = paragraphs.filter { !$0.isEmpty }.map { p in p.map { text(sentences[$0], 0..<sentences[$0].count) }.joined(separator: " ") }
                let built = ArticleBuilder.build(RawDocument(title: (path as NSString).lastPathComponent, blocks: blocks.map { RawBlock($0) }, path: path))
                prose = built.paragraphs.map { built.article.slice($0.range) }.joined(separator: "\n")
            }
            for s in sentences {
                if arguments.contains("--outside"), !prose.contains(text(s, 0..<s.count)) {
                    for span in EntityRecognizer.spans(GUMEntities.labels(s)) { log("  outside \(span.type): \(text(s, span.words))   in: \(text(s, 0..<s.count))") }
                }
                for span in EntityRecognizer.spans(GUMEntities.labels(s)) {
                    let key = text(s, span.words) + "|" + span.type
                    if arguments.contains("--contexts"), goldContexts[key] == nil { goldContexts[key] = text(s, 0..<s.count) }
                    goldNames[key, default: 0] += 1
                    gold += 1
                }
            }
            // With --recogniser FILE: the trained recogniser's types of each name in the document, by vote.
            var votes: [String: [String: Int]] = [:]
            if let recogniser = run.recogniser, let core = pipelineCore {
                let t0 = Date()
                var tagged: [(words: [String], tags: [String])] = []
                for s in sentences { let words = s.map(\.form); tagged.append((words, core.tagger.tag(words))) }
                let t1 = Date()
                for (k, spans) in recogniser.entities(document: tagged).enumerated() {
                    for span in spans { votes[text(sentences[k], span.words), default: [:]][span.type, default: 0] += 1 }
                }
                let t2 = Date()
                pipelineTiming.words += sentences.reduce(0) { $0 + $1.count }
                pipelineTiming.tagger += t1.timeIntervalSince(t0)
                pipelineTiming.recogniser += t2.timeIntervalSince(t1)
            }
            let blocks = paragraphs.filter { !$0.isEmpty }.map { p in p.map { text(sentences[$0], 0..<sentences[$0].count) }.joined(separator: " ") }
            let article = ArticleBuilder.build(RawDocument(title: (path as NSString).lastPathComponent, blocks: blocks.map { RawBlock($0) }, path: path))
            let types: [EntityType: String] = [.person: "PER", .organization: "ORG", .place: "LOC"]
            var textTypes: [String: String] = [:]
            // (--show-document PART: every mention of the documents whose file name holds PART, with its type and
            // paragraph, to read the rules' work on one document; never asked of the held-out fifth.)
            let showDocument = arguments.contains("--show-document") && arguments.contains("--folds")
                && path.contains(option("--show-document", "\u{0}"))
            for m in article.mentions {
                let shown = article.article.slice(m.range)
                if showDocument { log("  mention \(m.paragraph) \(m.type.rawValue): \(shown)") }
                var type = types[m.type]
                if type == nil, let v = votes[shown], let best = v.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) { type = best.key }
                guard let t = type else { textTypes[shown] = textTypes[shown] ?? "other"; continue }
                textTypes[shown] = t
                found += 1
                let key = shown + "|" + t
                if let n = goldNames[key], n > 0 { goldNames[key] = n - 1; right += 1 } else if arguments.contains("--list-errors") { log("  spurious \(t): \(shown)") }
            }
            for (key, n) in goldNames where n > 0 {
                let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
                confusion["\(parts[1]) as \(textTypes[parts[0]] ?? "missed")", default: 0] += n
                if arguments.contains("--list-errors") {
                    log("  \(parts[1]) as \(textTypes[parts[0]] ?? "missed"): \(parts[0]) ×\(n)" + (arguments.contains("--contexts") ? "   in: " + (goldContexts[key] ?? "") : ""))
                }
            }
        }
    }
    if pipelineTiming.words > 0 {
        print(String(format: "tagger %.0f words/s, recogniser %.0f words/s (one core)", Double(pipelineTiming.words) / pipelineTiming.tagger,
                     Double(pipelineTiming.words) / pipelineTiming.recogniser))
    }
    let p = Double(right) / Double(max(found, 1)), r = Double(right) / Double(max(gold, 1))
    print(String(format: "nq's entity analysis on the %@: %d names, %d typed person/organization/place, %d right: precision %.3f, recall %.3f, typed F1 %.3f",
                 arguments.contains("--folds") ? "GUM training documents in four folds" : arguments.contains("--on-train") ? "GUM training documents (no measure)" : "held-out GUM fifth",
                 gold, found, right, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)))
    print("gold names not found with their type: " + confusion.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    exit(0)
}

// MARK: - Training

typealias NERSentence = (words: [String], tags: [String], labels: [String])

/// The entity recogniser, trained on documents of sentences of words, tags and BIO labels, with nq's
/// gazetteer (NQAnalysis) as evidence unless --no-lexicon.
func trainEntities(_ docs: [[NERSentence]]) -> EntityRecognizer {
    let lexicon = arguments.contains("--no-lexicon") ? NameLexicon()
        : NameLexicon(NameLists.entries.compactMap { e in NameLexicon.Kind(name: e.kind).map { (e.phrase, $0) } })
    return EntityRecognizer(model: trainEntityModel(docs, lexicon: lexicon, "entities (labels right)"), lexicon: lexicon)
}

func trainEntityModel(_ docs: [[NERSentence]], lexicon: NameLexicon, _ what: String?) -> LinearModel {
    let index = docs.indices.flatMap { d in docs[d].indices.map { (d, $0) } }
    var features: [UInt64] = []
    var nerTrainer = PerceptronTrainer(classes: EntityRecognizer.labels)
    var nerScores = [Float](repeating: 0, count: EntityRecognizer.labels.count)
    let labelIndex = Dictionary(uniqueKeysWithValues: EntityRecognizer.labels.enumerated().map { ($1, $0) })
    passes(over: index.count, Int(option("--entity-epochs", "10")) ?? 10, what ?? "", quiet: what == nil) { _, k in
        let (d, n) = index[k]
        let (words, tags, labels) = docs[d][n]
        let pieces = words.map(WordPieces.init)
        let tagHashes = tags.map(FeatureHash.of)
        let marks = lexicon.marks(words)
        let runs = NameRuns(words)
        var done: [Int] = []
        var right = 0
        for i in words.indices {
            EntityRecognizer.features(pieces, tagHashes, marks, i, done, into: &features)
            runs.features(i, pieces, into: &features)
            nerTrainer.score(features, into: &nerScores)
            let guess = LinearModel.best(nerScores)
            let truth = labelIndex[labels[i]] ?? 0
            nerTrainer.update(truth: truth, guess: guess, features: features)
            done.append(guess)
            if guess == truth { right += 1 }
        }
        return (right, words.count)
    }
    return nerTrainer.averaged(minimum: Float(option("--entity-prune", "0.05")) ?? 0.05)
}

/// The name typer (`SpanTyper`) trained on documents of sentences with BIO labels: each labelled name
/// is an example of its type, each capitalised run (not first in its sentence) that overlaps none an
/// example of OTHER.
func trainSpanTyper(_ docs: [[([String], [String])]]) -> SpanTyper {
    var examples: [([String], Range<Int>, Int)] = []
    for d in docs {
        for (words, labels) in d {
            let spans = NQLinguistics.EntityRecognizer.spans(labels)
            for s in spans { if let c = SpanTyper.classes.firstIndex(of: s.type) { examples.append((words, s.words, c)) } }
            let runs = NameRuns(words)
            var seen = Set<Range<Int>>()
            for case let r? in runs.run where r.lowerBound > 0 && !seen.contains(r) {
                seen.insert(r)
                if !spans.contains(where: { $0.words.overlaps(r) }) { examples.append((words, r, 3)) }
            }
        }
    }
    var trainer = PerceptronTrainer(classes: SpanTyper.classes)
    var scores = [Float](repeating: 0, count: SpanTyper.classes.count)
    passes(over: examples.count, Int(option("--names-epochs", "10")) ?? 10, "name typer", quiet: true) { _, k in
        let (words, span, truth) = examples[k]
        let features = SpanTyper.features(words, span)
        trainer.score(features, into: &scores)
        let guess = LinearModel.best(scores)
        trainer.update(truth: truth, guess: guess, features: features)
        return (guess == truth ? 1 : 0, 1)
    }
    return SpanTyper(model: trainer.averaged(minimum: Float(option("--names-prune", "0.05")) ?? 0.05))
}

/// The name typer's training documents: GUM's four training fifths and UNER EWT dev.
func nameTyperDocuments() -> [[([String], [String])]] {
    // (On GUM's first conventions: see GUMEntities.Conventions.)
    gumDocuments().train.map { read($0).map { s in (s.map(\.form), GUMEntities.labels(s, .first)) } } + readIOB2Documents("uner-english-ewt/en_ewt-ud-dev.iob2")
}

// --only-names: the name typer alone (names.nqm in --out).
if arguments.contains("--only-names") {
    let typer = trainSpanTyper(nameTyperDocuments())
    let bytes = ModelCoding.bytes(typer)
    try Data(bytes).write(to: URL(fileURLWithPath: (out as NSString).appendingPathComponent("names.nqm")))
    log("wrote \(out)/names.nqm (\(bytes.count) bytes)")
    exit(0)
}

// --only-entities: the entity recogniser alone, on the tags of the tagger in --models (for trying
// features; the release models come from a whole run).
if arguments.contains("--only-entities") {
    guard let core = try? LanguageCore.load(from: URL(fileURLWithPath: modelsFolder)) else { log("nq-train: no models in \(modelsFolder)"); exit(1) }
    var docs: [[NERSentence]] = gumDocuments().train.map { read($0).map { s in (s.map(\.form), core.tagger.tag(s.map(\.form)), GUMEntities.labels(s)) } }
    docs += readIOB2Documents("uner-english-ewt/en_ewt-ud-dev.iob2").map { $0.map { ($0.0, core.tagger.tag($0.0), $0.1) } }
    // --entity-folds: a measure for working on the recogniser without the held-out fifth — GUM's training
    // documents and UNER EWT dev's documents in four folds (every fourth), each fold recognised by a
    // recogniser trained on the other three of both; nothing written.
    if arguments.contains("--entity-folds") {
        let gum = docs.prefix(gumDocuments().train.count), uner = docs.dropFirst(gumDocuments().train.count)
        for (name, part) in [("GUM training documents", Array(gum)), ("UNER EWT dev", Array(uner))] {
            var (found, gold, right) = (0, 0, 0)
            for f in 0..<4 {
                let rest = Array(gum.enumerated().filter { $0.offset % 4 != f }.map(\.element)) + uner.enumerated().filter { $0.offset % 4 != f }.map(\.element)
                let r = trainEntities(rest)
                let test = part.enumerated().filter { $0.offset % 4 == f }.map { $0.element.map { ($0.words, $0.labels) } }
                let counts = entityCounts(r, core, test)
                (found, gold, right) = (found + counts.found, gold + counts.gold, right + counts.right)
            }
            let p = Double(right) / Double(max(found, 1)), rc = Double(right) / Double(max(gold, 1))
            print(String(format: "  entities in four folds, %@: precision %.3f, recall %.3f, typed F1 %.3f", name, p, rc, p + rc == 0 ? 0 : 2 * p * rc / (p + rc)))
        }
        exit(0)
    }
    let r = trainEntities(docs)
    try Data(ModelCoding.bytes(r)).write(to: URL(fileURLWithPath: (out as NSString).appendingPathComponent("entities.nqm")))
    printEntityScores(r, core)
    exit(0)
}


/// `epochs` passes over `count` sentences in an order shuffled anew each pass (the same every run):
/// `body(epoch, k)` trains on sentence k and says how many of its decisions were right, of how many.
func passes(over count: Int, _ epochs: Int, _ what: String, quiet: Bool = false, _ body: (Int, Int) -> (right: Int, all: Int)) {
    var order = Array(0..<count)
    var random = SplitMix(seed: UInt64(option("--seed", "")) ?? 20_261_204)
    for epoch in 1...epochs {
        random.shuffle(&order)
        var (right, all) = (0, 0)
        for k in order {
            let r = body(epoch, k)
            right += r.right
            all += r.all
        }
        if !quiet { log(String(format: "%@ epoch %d: %.4f", what, epoch, Double(right) / Double(max(all, 1)))) }
    }
}

let tagNames = Array(Set(train.flatMap { $0.map(\.upos) })).sorted()
let tagIndex = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, $0) })

/// A tagger trained on `sentences` (the dictionary of frequent, unambiguous words, then the perceptron).
func trainTagger(_ sentences: [[TreebankWord]], quiet: Bool = false) -> Tagger {
    var wordTags: [String: [Int: Int]] = [:]
    for s in sentences { for w in s { wordTags[w.form.lowercased(), default: [:]][tagIndex[w.upos]!, default: 0] += 1 } }
    var dictionary: [String: Int] = [:]
    for (word, tags) in wordTags {
        let total = tags.values.reduce(0, +)
        let (tag, n) = tags.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!
        if total >= 20, Double(n) / Double(total) >= 0.99 { dictionary[word] = tag }
    }
    var trainer = PerceptronTrainer(classes: tagNames)
    var features: [UInt64] = []
    var scores = [Float](repeating: 0, count: tagNames.count)
    passes(over: sentences.count, epochs, "tagger (words not in the dictionary)", quiet: quiet) { _, k in
        var (right, all) = (0, 0)
        let s = sentences[k]
        let pieces = s.map { WordPieces($0.form) }
        var tags: [Int] = []
        for i in s.indices {
            let truth = tagIndex[s[i].upos]!
            if let t = dictionary[pieces[i].lower] {
                tags.append(t)
                continue
            }
            Tagger.features(pieces, i, tags, into: &features)
            trainer.score(features, into: &scores)
            let guess = LinearModel.best(scores)
            trainer.update(truth: truth, guess: guess, features: features)
            tags.append(guess)
            all += 1
            if guess == truth { right += 1 }
        }
        return (right, all)
    }
    return Tagger(model: trainer.averaged(minimum: Float(option("--prune", "0.01")) ?? 0.01), dictionary: dictionary)
}

let tagger = trainTagger(train)
let dictionary = tagger.dictionary
log("tagger: \(tagger.model.featureCount) features, \(tagger.model.weightCount) weights, \(dictionary.count) dictionary words")
let lemmatizer = Lemmatizer.learn(train)
log("lemmatiser: \(lemmatizer.exceptions.count) exceptions")

// MARK: - The parser (gold tags in training; see Models/README.md)

let relations = Array(Set(train.flatMap { $0.map(\.baseRelation) })).sorted()
let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
let parserClasses = Transition.classes(relations)
let moves = Transition.decode(parserClasses)
var parserTrainer = PerceptronTrainer(classes: parserClasses)
let parserEpochs = Int(option("--parser-epochs", "16")) ?? 16
// The parser learns on tags like those it will get: each quarter of the training data tagged by a
// tagger trained on the other three (jackknifing).
var predictedTags = [[String]](repeating: [], count: train.count)
for fold in 0..<4 {
    let rest = train.indices.filter { $0 % 4 != fold }.map { train[$0] }
    let foldTagger = trainTagger(rest, quiet: true)
    for k in train.indices where k % 4 == fold { predictedTags[k] = foldTagger.tag(train[k].map(\.form)) }
    log("jackknife: fold \(fold + 1) of 4 tagged")
}
var features: [UInt64] = []
var parserScores = [Float](repeating: 0, count: parserClasses.count)
let parserBeam = Int(option("--beam", "6")) ?? 6
if parserBeam > 1 {
    // A beam, trained globally: the structured perceptron with max-violation updates (Huang, Fayong
    // & Guo 2012) against the best derivation the oracle allows (min-cost transitions, the model's
    // favourite among equals).
    let shape = DependencyParser(model: LinearModel(classes: parserClasses), beam: parserBeam)
    passes(over: train.count, parserEpochs, "parser, beam \(parserBeam) (sentences without a violation)") { _, k in
        let s = train[k]
        let gold = [-1] + s.map(\.head)
        let goldRel = [-1] + s.map { relationIndex[$0.baseRelation]! }
        let input = ParserInput(words: s.map(\.form), tags: predictedTags[k])
        // The gold derivation and its score after each step, under the current weights.
        var state = ParserState(count: s.count)
        var goldMoves: [Int] = []
        var goldScores: [Float] = [0]
        while !state.isTerminal {
            DependencyParser.features(state, input, into: &features)
            parserTrainer.score(features, into: &parserScores)
            var least = Int.max
            var costs = [Int](repeating: Int.max, count: moves.count)
            for (c, m) in moves.enumerated() where state.isValid(m) {
                costs[c] = state.cost(m, heads: gold, relations: goldRel)
                least = min(least, costs[c])
            }
            let g = LinearModel.best(parserScores) { costs[$0] == least }
            goldMoves.append(g)
            goldScores.append(goldScores.last! + parserScores[g])
            state.apply(moves[g])
        }
        // The beam, and the step where its best is furthest above the gold prefix.
        var worst: (violation: Float, moves: [Int])? = nil
        _ = shape.search(input, count: s.count, score: { f, sc in parserTrainer.score(f, into: &sc) }) { n, items in
            let best = items[0]
            let v = best.score - goldScores[n]
            if best.moves != Array(goldMoves.prefix(n)), v >= (worst?.violation ?? 0) { worst = (v, best.moves) }
            return true
        }
        parserTrainer.tick()
        guard let (_, predicted) = worst else { return (1, 1) }
        // Up the gold prefix, down the predicted one, from where they part.
        var shared = 0
        while shared < predicted.count, predicted[shared] == goldMoves[shared] { shared += 1 }
        for (path, sign) in [(Array(goldMoves.prefix(predicted.count)), Float(1)), (predicted, Float(-1))] {
            var st = ParserState(count: s.count)
            for (n, c) in path.enumerated() {
                if n >= shared {
                    DependencyParser.features(st, input, into: &features)
                    parserTrainer.adjust(features, c, by: sign)
                }
                st.apply(moves[c])
            }
        }
        return (0, 1)
    }
} else {
passes(over: train.count, parserEpochs, "parser (transitions as good as the oracle's)") { epoch, k in
    var (right, all) = (0, 0)
    do {
        let s = train[k]
        let gold = [-1] + s.map(\.head)
        let goldRel = [-1] + s.map { relationIndex[$0.baseRelation]! }
        let input = ParserInput(words: s.map(\.form), tags: predictedTags[k])
        var state = ParserState(count: s.count)
        while !state.isTerminal {
            DependencyParser.features(state, input, into: &features)
            parserTrainer.score(features, into: &parserScores)
            var costs = [Int](repeating: Int.max, count: moves.count)
            var least = Int.max
            for (c, m) in moves.enumerated() where state.isValid(m) {
                costs[c] = state.cost(m, heads: gold, relations: goldRel)
                least = min(least, costs[c])
            }
            let guess = LinearModel.best(parserScores) { costs[$0] != Int.max }
            let truth = LinearModel.best(parserScores) { costs[$0] == least }
            parserTrainer.update(truth: truth, guess: guess, features: features)
            all += 1
            if costs[guess] == least { right += 1 }
            // After the first pass, follow the parser's own choice: it learns from its mistakes.
            state.apply(moves[epoch == 1 ? truth : guess])
        }
    }
    return (right, all)
}
}
let parser = DependencyParser(model: parserTrainer.averaged(minimum: Float(option("--parser-prune", "1.0")) ?? 1.0), beam: parserBeam)
log("parser: \(parser.model.featureCount) features, \(parser.model.weightCount) weights, \(relations.count) relations")

// MARK: - The entity recogniser: GUM's named people, organisations and places (four fifths) and the
// Universal NER labels of EWT dev, with the tags of the taggers that do not know them (jackknifed for GUM).

// Each GUM training document, with its jackknifed tags; each UNER EWT dev document.
var nerDocs: [[NERSentence]] = []
var sentenceAt = train.count - (withGUM ? gumDocuments().train.flatMap(read).count : 0)
for document in withGUM ? gumDocuments().train : [] {
    let n = read(document).count
    nerDocs.append((sentenceAt..<(sentenceAt + n)).map { k in (train[k].map(\.form), predictedTags[k], GUMEntities.labels(train[k])) })
    sentenceAt += n
}
nerDocs += readIOB2Documents("uner-english-ewt/en_ewt-ud-dev.iob2").map { $0.map { ($0.0, tagger.tag($0.0), $0.1) } }
let recognizer = trainEntities(nerDocs)
log("entities: \(recognizer.model.featureCount) features, \(recognizer.lexicon.phrases.count) names in the lexicon, \(nerDocs.count) documents")

try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
for (name, bytes) in [("tagger.nqm", ModelCoding.bytes(tagger)), ("lemmas.nqm", ModelCoding.bytes(lemmatizer)),
                      ("parser.nqm", ModelCoding.bytes(parser)), ("entities.nqm", ModelCoding.bytes(recognizer)),
                      ("names.nqm", ModelCoding.bytes(trainSpanTyper(nameTyperDocuments())))] {
    let path = (out as NSString).appendingPathComponent(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    log("wrote \(path) (\(bytes.count) bytes)")
}
