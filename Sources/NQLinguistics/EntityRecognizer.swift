/// Names of people, organisations and places in a sentence: BIO labels (B-PER, I-ORG, …) greedy left
/// to right by an averaged perceptron over the words, their shapes and parts of speech, and the names
/// of nq's gazetteer. Over a whole document a second pass also sees what the first found for the same
/// word elsewhere in it ("Chomsky" after "Noam Chomsky"; "Clements" typed once, typed alike).
public struct EntityRecognizer: Sendable {
    public let model: LinearModel
    /// The names it takes as evidence (saved with the model).
    public let lexicon: NameLexicon
    /// Which label may come after which (row 0: at the start): I-X only after B-X or I-X. Worked out
    /// once, not per word.
    let mayFollow: [[Bool]]

    public init(model: LinearModel, lexicon: NameLexicon = NameLexicon()) {
        let labels = model.classes
        func allowed(_ previous: String, _ label: String) -> Bool {
            !label.hasPrefix("I-") || (previous != "O" && previous.dropFirst(2) == label.dropFirst(2))
        }
        (self.model, self.lexicon, mayFollow) = (model, lexicon, (["O"] + labels).map { p in labels.map { allowed(p, $0) } })
    }

    public static let types = ["PER", "ORG", "LOC"]
    public static var labels: [String] { ["O"] + types.flatMap { ["B-" + $0, "I-" + $0] } }

    /// The entities of a sentence: word ranges and types (PER, ORG, LOC).
    public func entities(_ words: [String], tags: [String]) -> [(words: Range<Int>, type: String)] {
        let pieces = words.map(WordPieces.init)
        let tagHashes = tags.map(FeatureHash.of)
        let marks = lexicon.marks(words)
        let runs = NameRuns(words)
        var labels: [Int] = []
        var scores = [Float](repeating: 0, count: model.classes.count)
        var features: [UInt64] = []
        for i in words.indices {
            Self.features(pieces, tagHashes, marks, i, labels, into: &features)
            runs.features(i, pieces, into: &features)
            model.score(features, into: &scores)
            let row = mayFollow[labels.last.map { $0 + 1 } ?? 0]
            labels.append(LinearModel.best(scores) { row[$0] })
        }
        return Self.spans(labels.map { model.classes[$0] })
    }

    /// The entities of a document's sentences, made consistent over the document: a name found more
    /// than once takes the type most of its mentions have, and a capitalised word that is the last word
    /// of a person's name found in the document ("Fillmore" after "Charles J. Fillmore") is that person.
    public func entities(document: [(words: [String], tags: [String])]) -> [[(words: Range<Int>, type: String)]] {
        Self.consistent(document.map(\.words), document.map { entities($0.words, tags: $0.tags) })
    }

    /// The document pass of `entities(document:)` over what was found sentence by sentence.
    public static func consistent(_ document: [[String]], _ sentences: [[(words: Range<Int>, type: String)]]) -> [[(words: Range<Int>, type: String)]] {
        var found = sentences
        var votes: [String: [String: Int]] = [:]
        var surnames: Set<String> = []
        for (k, spans) in found.enumerated() {
            for e in spans {
                let words = document[k][e.words]
                votes[words.joined(separator: " "), default: [:]][e.type, default: 0] += 1
                if e.type == "PER", words.count >= 2, let last = words.last, last.first?.isUppercase == true, last.count > 2 { surnames.insert(last) }
            }
        }
        for k in found.indices {
            for n in found[k].indices {
                let name = document[k][found[k][n].words].joined(separator: " ")
                // (A strict majority: a tie leaves each mention its own type.)
                if let v = votes[name], v.count > 1 {
                    let ranked = v.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                    if ranked[0].value > ranked[1].value { found[k][n].type = ranked[0].key }
                }
            }
            let words = document[k]
            for i in words.indices where surnames.contains(words[i]) && !found[k].contains(where: { $0.words.contains(i) }) {
                let before = i > 0 ? words[i - 1] : "", after = i + 1 < words.count ? words[i + 1] : ""
                guard before.first?.isUppercase != true || i == 0, after.first?.isUppercase != true else { continue }
                found[k].append((i..<(i + 1), "PER"))
            }
            found[k].sort { $0.words.lowerBound < $1.words.lowerBound }
        }
        return found
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

    public static func features(_ p: [WordPieces], _ t: [UInt64], _ marks: [UInt64], _ i: Int, _ labels: [Int], into f: inout [UInt64]) {
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
        // The lexicon: the kind of name covering this word and its neighbours.
        func m(_ k: Int) -> UInt64 { k >= 0 && k < marks.count ? marks[k] : UInt64(k < 0 ? 100 : 101) }
        f.append(H.feature(27, m(i))); f.append(H.feature(28, m(i), x.shape)); f.append(H.feature(29, m(i - 1), m(i)))
        f.append(H.feature(30, m(i), m(i + 1))); f.append(H.feature(31, m(i), w(i - 1))); f.append(H.feature(32, m(i), l1))
    }
}

/// GUM's entity annotation (MISC `Entity=`): the named mentions of people, organisations and places
/// of a sentence as BIO labels (outermost mentions; "the" and punctuation at the edges left out).
public enum GUMEntities {
    static let types = ["person": "PER", "organization": "ORG", "place": "LOC"]

    /// How a mention's name is cut from GUM's mention. `refined` (the recogniser's training and every
    /// score): a coordination gives way to its parts, a person's title is left out, a plural people
    /// ("Germans") is no name, only the small words of names join ("of", "de"; not "in", "at"), and a
    /// capitalised word inside a mention counts ("Heaven Sent Gaming", "United States"). `first`: the
    /// proper nouns around the head with any preposition, determiner or conjunction between them — what
    /// the shipped name typer (`names.nqm`) was trained on. Retrained on the refined names, the typer
    /// scored lower in nq's analysis of the held-out documents (typed F1 0.611 against 0.627), so it
    /// keeps the labels it was made with and `nq-train` still writes its bytes.
    public enum Conventions: Sendable { case first, refined }

    public static func labels(_ s: [TreebankWord], _ conventions: Conventions = .refined) -> [String] {
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
            // A coordination ("Mario J. Lucero and Isabel Ruiz"): its parts are the names, each a mention of
            // its own.
            let refined = conventions == .refined
            if refined, isCoordination(s, range) { continue }
            guard let t = types[type], var named = namedPart(s, range, type: t, conventions) else { continue }
            // A person's title is no part of the name ("Mr. Kelly", "Professor Chomsky"; as the treebanks'
            // Universal NER labels and nq's mentions have it); a title alone names no one.
            if refined, t == "PER" {
                while named.count > 1, isTitle(s, named.lowerBound) { named = (named.lowerBound + 1)..<named.upperBound }
                if named.count == 1, titles.contains(s[named.lowerBound].form.lowercased().replacingOccurrences(of: ".", with: "")) { continue }
                // A people or a group by a plural proper noun ("Germans", "Buddhists", "the Lords") is no one's name.
                if named.count == 1, s[named.lowerBound].xpos == "NNPS" { continue }
            }
            guard !named.contains(where: { taken[$0] }) else { continue }
            for k in named {
                labels[k] = (k == named.lowerBound ? "B-" : "I-") + t
                taken[k] = true
            }
        }
        return labels
    }

    /// A mention whose head has a conjunct inside it: "Kirk M. Bart and Celeste Pollock" (not
    /// "Newfoundland and Labrador Court of Appeal", whose conjunct belongs to a word before the head).
    static func isCoordination(_ s: [TreebankWord], _ r: Range<Int>) -> Bool {
        guard let top = r.first(where: { k in let h = s[k].head - 1; return h < r.lowerBound || h >= r.upperBound }) else { return false }
        return r.contains { s[$0].head - 1 == top && s[$0].baseRelation == "conj" }
    }

    /// Small words inside names: "University of Chicago", "Bank of the West", "Ursula von der Leyen",
    /// "Newfoundland and Labrador", "Marks & Spencer" (not "in", "at", "on": "Travel Heels in Taasinge").
    static let joiningWords: Set<String> = ["of", "for", "the", "and", "&", "de", "du", "des", "del", "della", "di", "da", "do",
                                            "dos", "das", "von", "van", "der", "den", "ter", "zu", "la", "le", "les", "el", "los",
                                            "las", "y", "et", "al", "bin", "ibn", "upon", "-", "."]

    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "king",
                                      "queen", "prince", "princess", "emperor", "empress", "tsar", "president", "senator", "judge",
                                      "justice", "general", "captain", "inspector", "rev", "reverend", "father", "pope", "sheikh"]

    /// A title before a person's name: the treebank's descriptive modifier ("Mr.", "General", "Emperor";
    /// GUM's `nmod:desc`) or a title word, followed by a name word (not "Earl of Clare"). Not a saint's "St.".
    static func isTitle(_ s: [TreebankWord], _ k: Int) -> Bool {
        let w = s[k].form.lowercased().replacingOccurrences(of: ".", with: "")
        guard w != "st", w != "saint", k + 1 < s.count, s[k + 1].upos == "PROPN" else { return false }
        return s[k].relation == "nmod:desc" || titles.contains(w)
    }

    /// The mention's name: the proper nouns around its head (the word whose head lies outside the
    /// mention), with the small words that join them ("University of Chicago", "Morgan - Short"); nil
    /// when the head is no proper noun ("the school of Dr. Glennie": the name inside is a mention of
    /// its own). An appositive or a relative clause after the name is not part of it.
    static func namedPart(_ s: [TreebankWord], _ r: Range<Int>, type: String, _ conventions: Conventions) -> Range<Int>? {
        let refined = conventions == .refined
        let heads = r.filter { k in let h = s[k].head - 1; return h < r.lowerBound || h >= r.upperBound }
        guard let top = heads.first(where: { s[$0].upos == "PROPN" }) ?? heads.first else { return nil }
        // A title or role before the name ("director Louis Malle", "the poet Byron"): the name is the
        // proper noun the head takes as flat or appositive.
        guard let head = s[top].upos == "PROPN" ? top
            : r.first(where: { s[$0].upos == "PROPN" && s[$0].head - 1 == top && ["flat", "appos"].contains(s[$0].baseRelation) })
        else { return nil }
        func joins(_ w: TreebankWord) -> Bool {
            guard refined else {
                return ["ADP", "DET", "CCONJ"].contains(w.upos) && w.form != "," || (w.upos == "PUNCT" && ["-", "&", "."].contains(w.form))
            }
            return ["ADP", "DET", "CCONJ", "PUNCT"].contains(w.upos) && joiningWords.contains(w.form.lowercased())
        }
        // A name's word: a proper noun, or a capitalised word that is not the first of the sentence
        // ("Heaven Sent Gaming", "United States": GUM makes "United" a verb); an adjective only inside a
        // name or before an institution's or a place's ("Scottish Parliament"; not "Brazilian Ronaldo").
        func nameWord(_ k: Int) -> Bool {
            s[k].upos == "PROPN" || (refined && k > 0 && s[k].form.first?.isUppercase == true
                                     && !["DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ", "AUX", "PART", "INTJ", "SYM", "X"].contains(s[k].upos))
        }
        var lo = head, hi = head + 1
        while lo > r.lowerBound {
            if nameWord(lo - 1) { lo -= 1; continue }
            // One or two joining words with a proper noun before them.
            var k = lo - 1, n = 0
            while k >= r.lowerBound, n < 2, joins(s[k]) { k -= 1; n += 1 }
            if n > 0, k >= r.lowerBound, s[k].upos == "PROPN" { lo = k } else { break }
        }
        while hi < r.upperBound {
            if nameWord(hi) { hi += 1; continue }
            var k = hi, n = 0
            while k < r.upperBound, n < 2, joins(s[k]) { k += 1; n += 1 }
            if n > 0, k < r.upperBound, s[k].upos == "PROPN" { hi = k + 1 } else { break }
        }
        while lo < head, s[lo].upos == "ADJ", type == "PER" { lo += 1 }
        while hi - 1 > head, s[hi - 1].upos == "ADJ" { hi -= 1 }
        return lo..<hi
    }
}

/// Runs of capitalised words ("Newfoundland and Labrador Court of Appeal", "Noam Chomsky"), joined by
/// the small words of names: each word of a run also sees the run's first and last words and its
/// length, so that "Court" at the end types "Newfoundland" at the start.
public struct NameRuns: Sendable {
    /// For each word, the run it is in (nil: none).
    public let run: [Range<Int>?]

    static let joiners: Set<String> = ["of", "and", "de", "the", "for", "&", "du", "la", "von", "van", "del", "-"]

    public init(_ words: [String]) {
        var run = [Range<Int>?](repeating: nil, count: words.count)
        func capital(_ w: String) -> Bool { w.first?.isUppercase == true }
        var i = 0
        while i < words.count {
            guard capital(words[i]) else { i += 1; continue }
            var j = i + 1
            while j < words.count {
                if capital(words[j]) { j += 1; continue }
                // Small words inside, when a capitalised word follows them.
                var k = j
                while k < words.count, k - j < 2, Self.joiners.contains(words[k]) { k += 1 }
                if k > j, k < words.count, capital(words[k]) { j = k + 1 } else { break }
            }
            for k in i..<j { run[k] = i..<j }
            i = j
        }
        self.run = run
    }

    public func features(_ i: Int, _ p: [WordPieces], into f: inout [UInt64]) {
        let H = FeatureHash.self
        guard let r = run[i] else {
            f.append(H.feature(50, 0))
            return
        }
        let length = UInt64(min(r.count, 5))
        let place: UInt64 = r.count == 1 ? 1 : i == r.lowerBound ? 2 : i == r.upperBound - 1 ? 4 : 3
        f.append(H.feature(50, length, place)); f.append(H.feature(51, p[r.upperBound - 1].word, place))
        f.append(H.feature(52, p[r.lowerBound].word, place)); f.append(H.feature(53, p[r.upperBound - 1].suffix3))
        f.append(H.feature(54, r.lowerBound > 0 ? p[r.lowerBound - 1].word : 1, place))
        f.append(H.feature(55, r.upperBound < p.count ? p[r.upperBound].word : 2, place))
    }
}
