import Foundation
import NQLinguistics
import NQSupport

// nq-train: trains the language core from the shared treebanks and writes its model files; or, with
// --evaluate, scores the models in a folder on the treebanks' test data. Reproducible: a fixed seed,
// features and tables written in sorted order, so the same data gives the same bytes.
//
//   swift run -c release nq-train [--treebanks ../shared/treebanks] [--out Sources/NQLinguistics/Models]
//   swift run -c release nq-train --evaluate [--treebanks …] [--models Sources/NQLinguistics/Models]

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: String) -> String {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return fallback }
    return arguments[i + 1]
}
let treebanks = option("--treebanks", "../shared/treebanks")
let out = option("--out", "Sources/NQLinguistics/Models")
let modelsFolder = option("--models", out)
let epochs = Int(option("--epochs", "12")) ?? 12

func read(_ path: String) -> [[TreebankWord]] {
    guard let text = try? String(contentsOfFile: (treebanks as NSString).appendingPathComponent(path), encoding: .utf8) else {
        FileHandle.standardError.write("nq-train: cannot read \(treebanks)/\(path) (give --treebanks FOLDER)\n".data(using: .utf8)!)
        exit(1)
    }
    return CoNLLU.sentences(text)
}

let train = read("ud-english-ewt/en_ewt-ud-train.conllu")
let test = read("ud-english-ewt/en_ewt-ud-test.conllu")

func log(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }

if arguments.contains("--evaluate") {
    let core: LanguageCore
    let loading = Date()
    do { core = try LanguageCore.load(from: URL(fileURLWithPath: modelsFolder)) } catch {
        log("nq-train: \(error)"); exit(1)
    }
    let loadMs = Date().timeIntervalSince(loading) * 1000
    var (words, upos, lemmas) = (0, 0, 0)
    let started = Date()
    for s in test {
        let a = core.annotate(s.map(\.form))
        for (g, p) in zip(s, a) {
            words += 1
            if g.upos == p.upos { upos += 1 }
            if g.lemma == p.lemma { lemmas += 1 }
        }
    }
    let seconds = Date().timeIntervalSince(started)
    print("EWT test, gold tokenisation, \(words) words (punctuation included):")
    print(String(format: "  UPOS accuracy   %.4f", Double(upos) / Double(words)))
    print(String(format: "  lemma accuracy  %.4f  (with the predicted UPOS)", Double(lemmas) / Double(words)))
    print(String(format: "  tagger + lemmatiser: %.0f words/s on one core; models read in %.0f ms", Double(words) / seconds, loadMs))
    exit(0)
}

// MARK: - Training

/// A fixed shuffle (SplitMix64), the same every run.
struct Shuffle {
    var state: UInt64 = 20_261_204
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, Int(next() % UInt64(i + 1))) }
    }
}

let tagNames = Array(Set(train.flatMap { $0.map(\.upos) })).sorted()
let tagIndex = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, $0) })

// The dictionary of frequent, unambiguous words.
var wordTags: [String: [Int: Int]] = [:]
for s in train { for w in s { wordTags[w.form.lowercased(), default: [:]][tagIndex[w.upos]!, default: 0] += 1 } }
var dictionary: [String: Int] = [:]
for (word, tags) in wordTags {
    let total = tags.values.reduce(0, +)
    let (tag, n) = tags.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!
    if total >= 20, Double(n) / Double(total) >= 0.99 { dictionary[word] = tag }
}

var trainer = PerceptronTrainer(classes: tagNames)
var order = Array(train.indices)
var random = Shuffle()
var features: [UInt64] = []
var scores = [Float](repeating: 0, count: tagNames.count)
for epoch in 1...epochs {
    random.shuffle(&order)
    var (right, all) = (0, 0)
    for k in order {
        let s = train[k]
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
    }
    log(String(format: "tagger epoch %d: %.4f of the words not in the dictionary", epoch, Double(right) / Double(max(all, 1))))
}
let tagger = Tagger(model: trainer.averaged(minimum: Float(option("--prune", "0.01")) ?? 0.01), dictionary: dictionary)
log("tagger: \(tagger.model.featureCount) features, \(tagger.model.weightCount) weights, \(dictionary.count) dictionary words")
let lemmatizer = Lemmatizer.learn(train)
log("lemmatiser: \(lemmatizer.exceptions.count) exceptions")

try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
for (name, bytes) in [("tagger.nqm", ModelCoding.bytes(tagger)), ("lemmas.nqm", ModelCoding.bytes(lemmatizer))] {
    let path = (out as NSString).appendingPathComponent(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    log("wrote \(path) (\(bytes.count) bytes)")
}
