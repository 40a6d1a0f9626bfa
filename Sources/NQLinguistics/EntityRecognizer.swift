/// Names of people, organisations and places in a sentence: BIO labels (B-PER, I-ORG, …) greedy left
/// to right by an averaged perceptron over the words, their shapes and parts of speech.
public struct EntityRecognizer: Sendable {
    public let model: LinearModel
    /// Which label may come after which (row 0: at the start): I-X only after B-X or I-X. Worked out
    /// once, not per word.
    let mayFollow: [[Bool]]

    public init(model: LinearModel) {
        let labels = model.classes
        func allowed(_ previous: String, _ label: String) -> Bool {
            !label.hasPrefix("I-") || (previous != "O" && previous.dropFirst(2) == label.dropFirst(2))
        }
        (self.model, mayFollow) = (model, (["O"] + labels).map { p in labels.map { allowed(p, $0) } })
    }

    public static let types = ["PER", "ORG", "LOC"]
    public static var labels: [String] { ["O"] + types.flatMap { ["B-" + $0, "I-" + $0] } }

    /// The entities of a sentence: word ranges and types (PER, ORG, LOC).
    public func entities(_ words: [String], tags: [String]) -> [(words: Range<Int>, type: String)] {
        let pieces = words.map(WordPieces.init)
        let tagHashes = tags.map(FeatureHash.of)
        var labels: [Int] = []
        var scores = [Float](repeating: 0, count: model.classes.count)
        var features: [UInt64] = []
        for i in words.indices {
            Self.features(pieces, tagHashes, i, labels, into: &features)
            model.score(features, into: &scores)
            let row = mayFollow[labels.last.map { $0 + 1 } ?? 0]
            labels.append(LinearModel.best(scores) { row[$0] })
        }
        return Self.spans(labels.map { model.classes[$0] })
    }

    /// Spans from BIO labels.
    public static func spans(_ labels: [String]) -> [(words: Range<Int>, type: String)] {
        var out: [(Range<Int>, String)] = []
        var start = -1
        var type = ""
        for (i, l) in (labels + ["O"]).enumerated() {
            if start >= 0, !(l.hasPrefix("I-") && String(l.dropFirst(2)) == type) {
                out.append((start..<i, type))
                start = -1
            }
            if l.hasPrefix("B-") || (l.hasPrefix("I-") && start < 0) {
                start = i
                type = String(l.dropFirst(2))
            }
        }
        return out
    }

    public static func features(_ p: [WordPieces], _ t: [UInt64], _ i: Int, _ labels: [Int], into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        func w(_ k: Int) -> UInt64 { k >= 0 && k < p.count ? p[k].word : UInt64(k < 0 ? 1 : 2) }
        func e(_ k: Int) -> UInt64 { k >= 0 && k < p.count ? p[k].exact : UInt64(k < 0 ? 1 : 2) }
        func s(_ k: Int) -> UInt64 { k >= 0 && k < p.count ? p[k].shape : UInt64(k < 0 ? 1 : 2) }
        func tag(_ k: Int) -> UInt64 { k >= 0 && k < t.count ? t[k] : UInt64(k < 0 ? 1 : 2) }
        let l1 = UInt64(labels.last.map { $0 + 1 } ?? 0)
        let l2 = labels.count >= 2 ? UInt64(labels[labels.count - 2] + 1) : 0
        let x = p[i]
        let H = FeatureHash.self
        f.append(H.feature(0, 0))
        f.append(H.feature(1, x.word)); f.append(H.feature(2, x.exact)); f.append(H.feature(3, x.shape))
        f.append(H.feature(4, x.suffix3)); f.append(H.feature(5, x.prefix3)); f.append(H.feature(6, x.flags))
        f.append(H.feature(7, tag(i))); f.append(H.feature(8, tag(i), x.flags)); f.append(H.feature(9, l1))
        f.append(H.feature(10, l1, l2)); f.append(H.feature(11, l1, tag(i))); f.append(H.feature(12, l1, x.shape))
        f.append(H.feature(13, w(i - 1))); f.append(H.feature(14, w(i + 1))); f.append(H.feature(15, w(i - 2)))
        f.append(H.feature(16, w(i + 2))); f.append(H.feature(17, tag(i - 1), tag(i))); f.append(H.feature(18, tag(i), tag(i + 1)))
        f.append(H.feature(19, s(i - 1), x.shape)); f.append(H.feature(20, x.shape, s(i + 1))); f.append(H.feature(21, e(i - 1), x.exact))
        f.append(H.feature(22, x.exact, e(i + 1))); f.append(H.feature(23, l1, w(i - 1))); f.append(H.feature(24, i == 0 ? 1 : 0, x.shape))
        f.append(H.feature(25, x.suffix2, tag(i))); f.append(H.feature(26, w(i - 1), w(i + 1)))
    }
}

/// GUM's entity annotation (MISC `Entity=`): the named mentions of people, organisations and places
/// of a sentence as BIO labels (outermost mentions; "the" and punctuation at the edges left out).
public enum GUMEntities {
    static let types = ["person": "PER", "organization": "ORG", "place": "LOC"]

    public static func labels(_ s: [TreebankWord]) -> [String] {
        var open: [(id: String, type: String, start: Int)] = []
        var mentions: [(Range<Int>, String)] = []
        for (k, w) in s.enumerated() {
            guard let field = w.misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") }) else { continue }
            let c = Array(field.dropFirst("Entity=".count))
            var i = 0
            while i < c.count {
                if c[i] == "(" {
                    var j = i + 1
                    while j < c.count, c[j] != "(", c[j] != ")" { j += 1 }
                    let spec = String(c[(i + 1)..<j]).split(separator: "-", omittingEmptySubsequences: false)
                    let id = spec.first.map(String.init) ?? "", type = spec.count > 1 ? String(spec[1]) : ""
                    if j < c.count, c[j] == ")" {
                        mentions.append((k..<(k + 1), type))
                        i = j + 1
                    } else {
                        open.append((id, type, k))
                        i = j
                    }
                } else if c[i].isNumber {
                    var j = i
                    while j < c.count, c[j].isNumber { j += 1 }
                    let id = String(c[i..<j])
                    if let o = open.lastIndex(where: { $0.id == id }) {
                        mentions.append((open[o].start..<(k + 1), open[o].type))
                        open.remove(at: o)
                    }
                    i = j + 1
                } else {
                    i += 1
                }
            }
        }
        var labels = [String](repeating: "O", count: s.count)
        var taken = [Bool](repeating: false, count: s.count)
        for (range, type) in mentions.sorted(by: { $0.0.count > $1.0.count }) {
            guard let t = types[type], let named = namedPart(s, range), !named.contains(where: { taken[$0] }) else { continue }
            for k in named {
                labels[k] = (k == named.lowerBound ? "B-" : "I-") + t
                taken[k] = true
            }
        }
        return labels
    }

    /// The mention's name: its words without "the" and punctuation at the edges, when what is left
    /// starts and ends with a proper noun and holds nothing but names and their small words.
    static func namedPart(_ s: [TreebankWord], _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, ["DET", "PUNCT"].contains(s[lo].upos) { lo += 1 }
        while hi > lo, ["PUNCT", "PART"].contains(s[hi - 1].upos) { hi -= 1 }
        guard lo < hi, s[lo].upos == "PROPN", s[hi - 1].upos == "PROPN" else { return nil }
        let allowed: Set<String> = ["PROPN", "ADP", "DET", "CCONJ", "NUM", "PUNCT", "PART"]
        guard s[lo..<hi].allSatisfy({ allowed.contains($0.upos) }) else { return nil }
        return lo..<hi
    }
}
