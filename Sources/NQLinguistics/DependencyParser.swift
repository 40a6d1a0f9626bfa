/// Dependency trees with UD relations: a greedy transition parser (arc-hybrid: shift, left-arc,
/// right-arc with a relation) scored by an averaged perceptron, trained with a dynamic oracle
/// (Goldberg & Nivre 2013) so that it learns to recover from its own mistakes.
public struct DependencyParser: Sendable {
    /// Classes: "shift", then "left:REL" and "right:REL" for each relation.
    public let model: LinearModel
    /// The model's classes as transitions, and the relations they name (worked out once, not per sentence).
    public let moves: [Transition]
    let relations: [String]
    /// How many partial parses are kept at each step (1: greedy). A model trained with a beam is
    /// run with the same beam (it is saved with it).
    public let beam: Int

    public init(model: LinearModel, beam: Int = 1) {
        self.model = model
        self.beam = max(1, beam)
        moves = Transition.decode(model.classes)
        relations = Transition.relations(model.classes)
    }

    /// Heads (1-based, 0 the root) and relations of a sentence's words, given their UPOS tags.
    public func parse(_ words: [String], tags: [String]) -> [(head: Int, relation: String)] {
        guard !words.isEmpty else { return [] }
        let input = ParserInput(words: words, tags: tags)
        let state: ParserState
        if beam > 1 {
            state = search(input, count: words.count).best.state
        } else {
            var s = ParserState(count: words.count)
            var scores = [Float](repeating: 0, count: model.classes.count)
            var features: [UInt64] = []
            while !s.isTerminal {
                Self.features(s, input, into: &features)
                model.score(features, into: &scores)
                let c = LinearModel.best(scores) { s.isValid(moves[$0]) }
                s.apply(moves[c])
            }
            state = s
        }
        return (1...words.count).map { i in
            let h = state.words[i].head, l = state.words[i].label
            return (h < 0 ? 0 : h, l < 0 ? "dep" : relations[l])
        }
    }

    /// A partial parse in the beam: its state, its score and the transitions that made it.
    public struct Candidate: Sendable {
        public var state: ParserState
        public var score: Float
        public var moves: [Int]
    }

    /// Beam search: at each step every candidate's valid transitions are scored and the `beam` best
    /// kept (ties by the order of the candidates and transitions: the same answer every run).
    /// `step` sees each step's beam (for training). Linear in the words: every candidate ends after
    /// 2n transitions.
    public func search(_ input: ParserInput, count: Int, width: Int? = nil,
                       score: ((_ features: [UInt64], _ scores: inout [Float]) -> Void)? = nil,
                       step: ((Int, [Candidate]) -> Bool)? = nil) -> (best: Candidate, steps: Int) {
        let width = width ?? beam
        // The transitions are recorded only for training (`step`).
        let record = step != nil
        var items = [Candidate(state: ParserState(count: count), score: 0, moves: [])]
        var scores = [Float](repeating: 0, count: model.classes.count)
        var features: [UInt64] = []
        var n = 0
        var kept: [(item: Int, move: Int, score: Float)] = []
        kept.reserveCapacity(width + 1)
        while !items[0].state.isTerminal {
            // The best `width` expansions, highest score first; among equal scores the earlier
            // candidate and transition (the same answer every run). Kept by insertion: `width` is small.
            kept.removeAll(keepingCapacity: true)
            for (k, item) in items.enumerated() {
                Self.features(item.state, input, into: &features)
                if let score { score(features, &scores) } else { model.score(features, into: &scores) }
                for (c, m) in moves.enumerated() where item.state.isValid(m) {
                    let s = item.score + scores[c]
                    if kept.count == width, s <= kept[width - 1].score { continue }
                    var at = kept.count
                    while at > 0, kept[at - 1].score < s { at -= 1 }
                    kept.insert((k, c, s), at: at)
                    if kept.count > width { kept.removeLast() }
                }
            }
            items = kept.map { e in
                var c = items[e.item]
                c.state.apply(moves[e.move])
                c.score = e.score
                if record { c.moves.append(e.move) }
                return c
            }
            n += 1
            if let step, !step(n, items) { break }
        }
        return (items[0], n)
    }

    /// The features of a state (Zhang & Nivre 2011, a smaller set): words, tags and relations of the
    /// top of the stack, the front of the buffer and their children, and pairs and triples of them.
    public static func features(_ s: ParserState, _ x: ParserInput, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let n = s.stack.count
        let s0 = n >= 1 ? s.stack[n - 1] : -1
        let s1 = n >= 2 ? s.stack[n - 2] : -1
        let s2 = n >= 3 ? s.stack[n - 3] : -1
        let b0 = s.buffer <= s.count ? s.buffer : -1
        let b1 = s.buffer + 1 <= s.count ? s.buffer + 1 : -1
        let b2 = s.buffer + 2 <= s.count ? s.buffer + 2 : -1
        func w(_ i: Int) -> UInt64 { i < 0 ? 1 : x.word[i] }
        func t(_ i: Int) -> UInt64 { i < 0 ? 1 : x.tag[i] }
        func l(_ i: Int) -> UInt64 { i < 0 ? 1 : UInt64(s.words[i].label + 2) }
        let s0L = s0 >= 0 ? s.words[s0].leftmost : -1, s0R = s0 >= 0 ? s.words[s0].rightmost : -1
        let b0L = b0 >= 0 ? s.words[b0].leftmost : -1, s1R = s1 >= 0 ? s.words[s1].rightmost : -1
        let dist: UInt64 = s0 > 0 && b0 > 0 ? UInt64(min(b0 - s0, 6)) : 0
        f.append(FeatureHash.feature(0, 0))
        f.append(FeatureHash.feature(1, w(s0))); f.append(FeatureHash.feature(2, t(s0))); f.append(FeatureHash.feature(3, w(s0), t(s0)))
        f.append(FeatureHash.feature(4, w(s1))); f.append(FeatureHash.feature(5, t(s1))); f.append(FeatureHash.feature(6, w(s1), t(s1)))
        f.append(FeatureHash.feature(7, w(b0))); f.append(FeatureHash.feature(8, t(b0))); f.append(FeatureHash.feature(9, w(b0), t(b0)))
        f.append(FeatureHash.feature(10, w(b1))); f.append(FeatureHash.feature(11, t(b1))); f.append(FeatureHash.feature(12, t(b2)))
        f.append(FeatureHash.feature(13, t(s0), t(b0))); f.append(FeatureHash.feature(14, w(s0), w(b0))); f.append(FeatureHash.feature(15, t(s1), t(s0)))
        f.append(FeatureHash.feature(16, t(s1), t(s0), t(b0))); f.append(FeatureHash.feature(17, t(s0), t(b0), t(b1))); f.append(FeatureHash.feature(18, t(s2), t(s1), t(s0)))
        f.append(FeatureHash.feature(19, t(s0), t(s0L), t(b0))); f.append(FeatureHash.feature(20, t(s0), t(s0R), t(b0))); f.append(FeatureHash.feature(21, t(b0), t(b0L)))
        f.append(FeatureHash.feature(22, l(s0L))); f.append(FeatureHash.feature(23, l(s0R))); f.append(FeatureHash.feature(24, l(b0L)))
        f.append(FeatureHash.feature(25, dist, t(s0), t(b0))); f.append(FeatureHash.feature(26, dist, w(s0)))
        f.append(FeatureHash.feature(27, UInt64(s0 >= 0 ? s.words[s0].leftCount : 9), UInt64(s0 >= 0 ? s.words[s0].rightCount : 9), t(s0)))
        f.append(FeatureHash.feature(28, w(s0), t(b0))); f.append(FeatureHash.feature(29, t(s0), w(b0))); f.append(FeatureHash.feature(30, w(b0), t(b1)))
        f.append(FeatureHash.feature(31, t(s1), t(s1R), t(s0))); f.append(FeatureHash.feature(32, w(s1), w(s0))); f.append(FeatureHash.feature(33, l(s0L), l(s0R), t(s0)))
        f.append(FeatureHash.feature(34, t(s0), t(b0), t(b0L))); f.append(FeatureHash.feature(35, w(s0), t(s0), t(b0)))
        // Words with the tags around them, suffixes, and second children.
        f.append(FeatureHash.feature(36, w(s0), t(s0), w(b0))); f.append(FeatureHash.feature(37, t(s0), w(b0), t(b0)))
        f.append(FeatureHash.feature(38, w(s0), w(b0), t(b0))); f.append(FeatureHash.feature(39, FeatureHash.mix(w(s0), t(s0)), w(b0), t(b0)))
        f.append(FeatureHash.feature(40, x.suffix[max(b0, 0)], t(b0))); f.append(FeatureHash.feature(41, x.suffix[max(s0, 0)], t(s0)))
        f.append(FeatureHash.feature(42, w(s0L), t(s0))); f.append(FeatureHash.feature(43, w(s0R), t(s0))); f.append(FeatureHash.feature(44, w(b0L), t(b0)))
        f.append(FeatureHash.feature(45, l(s1R), t(s1), t(s0))); f.append(FeatureHash.feature(46, t(b0), t(b1), t(b2)))
        f.append(FeatureHash.feature(47, w(b1), t(b0))); f.append(FeatureHash.feature(48, t(s0), UInt64(b0 < 0 ? 1 : 0), UInt64(n)))
        // Label sets, second children, the front's valency, and the words with distances (after
        // Zhang & Nivre 2011's rich non-local features).
        let s0L2 = s0 >= 0 ? s.words[s0].leftmost2 : -1, s0R2 = s0 >= 0 ? s.words[s0].rightmost2 : -1
        let b0L2 = b0 >= 0 ? s.words[b0].leftmost2 : -1, s1L = s1 >= 0 ? s.words[s1].leftmost : -1
        func left(_ i: Int) -> UInt64 { i < 0 ? 1 : s.words[i].leftLabels &+ 2 }
        func right(_ i: Int) -> UInt64 { i < 0 ? 1 : s.words[i].rightLabels &+ 2 }
        f.append(FeatureHash.feature(49, left(s0), t(s0))); f.append(FeatureHash.feature(50, right(s0), t(s0)))
        f.append(FeatureHash.feature(51, left(b0), t(b0)))
        f.append(FeatureHash.feature(52, t(s0), t(s0L), t(s0L2))); f.append(FeatureHash.feature(53, t(s0), t(s0R), t(s0R2)))
        f.append(FeatureHash.feature(54, t(b0), t(b0L), t(b0L2))); f.append(FeatureHash.feature(55, l(s0L2), l(s0R2), l(b0L2)))
        let b0left = UInt64(b0 >= 0 ? s.words[b0].leftCount : 9)
        f.append(FeatureHash.feature(56, w(b0), b0left)); f.append(FeatureHash.feature(57, t(b0), b0left))
        f.append(FeatureHash.feature(58, w(s0), UInt64(s0 >= 0 ? s.words[s0].rightCount : 9)))
        f.append(FeatureHash.feature(59, w(s0), UInt64(s0 >= 0 ? s.words[s0].leftCount : 9)))
        f.append(FeatureHash.feature(60, w(b0), dist)); f.append(FeatureHash.feature(61, w(s0), w(b0), dist))
        f.append(FeatureHash.feature(62, t(s1), t(b0))); f.append(FeatureHash.feature(63, w(s1), t(b0))); f.append(FeatureHash.feature(64, t(s1), w(b0)))
        f.append(FeatureHash.feature(65, t(s1), t(s1L), t(s0))); f.append(FeatureHash.feature(66, w(b0), w(b1)))
        let dist1: UInt64 = s1 > 0 && s0 > 0 ? UInt64(min(s0 - s1, 6)) : 0
        f.append(FeatureHash.feature(67, dist1, t(s1), t(s0))); f.append(FeatureHash.feature(68, l(s0L), w(s0))); f.append(FeatureHash.feature(69, l(s0R), w(s0)))
    }
}

/// A sentence's words and tags, hashed once (index 0: the root).
public struct ParserInput: Sendable {
    public let word: [UInt64]
    public let suffix: [UInt64]
    public let tag: [UInt64]

    public init(words: [String], tags: [String]) {
        let pieces = words.map(WordPieces.init)
        word = [FeatureHash.of("<root>")] + pieces.map(\.word)
        suffix = [FeatureHash.of("<root>")] + pieces.map(\.suffix3)
        tag = [FeatureHash.of("<ROOT>")] + tags.map(FeatureHash.of)
    }
}

public enum Transition: Hashable, Sendable {
    case shift
    case left(Int)
    case right(Int)

    /// The transitions of a model's classes, in class order.
    public static func decode(_ classes: [String]) -> [Transition] {
        let rels = relations(classes)
        return classes.map { c in
            if c == "shift" { return .shift }
            let parts = c.split(separator: ":", maxSplits: 1).map(String.init)
            let r = rels.firstIndex(of: parts[1]) ?? 0
            return parts[0] == "left" ? .left(r) : .right(r)
        }
    }

    /// The relations named by a model's classes, in order of first appearance.
    public static func relations(_ classes: [String]) -> [String] {
        var seen: [String] = []
        for c in classes where c != "shift" {
            let r = String(c.split(separator: ":", maxSplits: 1)[1])
            if !seen.contains(r) { seen.append(r) }
        }
        return seen
    }

    public static func classes(_ relations: [String]) -> [String] {
        ["shift"] + relations.map { "left:" + $0 } + relations.map { "right:" + $0 }
    }
}

/// The parser's configuration: a stack (the root, 0, at the bottom), the front of the buffer, and
/// the arcs so far — what each word has become, in one array (a beam copies states: one allocation
/// for the words, one for the stack).
public struct ParserState: Sendable {
    public let count: Int
    public var stack: [Int] = [0]
    public var buffer = 1
    /// Index 0: the root.
    public var words: [Word]

    /// A word's head and relation (-1: none yet), its outermost and second outermost dependents on
    /// each side, how many it has on each side, and the set of their relations (a bit per relation).
    public struct Word: Sendable {
        public var head = -1
        public var label = -1
        public var leftmost = -1
        public var rightmost = -1
        public var leftmost2 = -1
        public var rightmost2 = -1
        public var leftCount = 0
        public var rightCount = 0
        public var leftLabels: UInt64 = 0
        public var rightLabels: UInt64 = 0
    }

    public init(count: Int) {
        self.count = count
        words = [Word](repeating: Word(), count: count + 1)
    }

    /// Heads and relations by word (index 0: the root).
    public var heads: [Int] { words.map(\.head) }
    public var labels: [Int] { words.map(\.label) }

    public var isTerminal: Bool { buffer > count && stack.count == 1 }

    public func isValid(_ t: Transition) -> Bool {
        switch t {
        case .shift: return buffer <= count
        case .left: return stack.count >= 2 && buffer <= count
        // One root: a word is attached to the root only when nothing is left to read.
        case .right: return stack.count >= 3 || (stack.count == 2 && buffer > count)
        }
    }

    public mutating func apply(_ t: Transition) {
        switch t {
        case .shift:
            stack.append(buffer)
            buffer += 1
        case .left(let r):
            let d = stack.removeLast()
            attach(d, to: buffer, r)
        case .right(let r):
            let d = stack.removeLast()
            attach(d, to: stack[stack.count - 1], r)
        }
    }

    mutating func attach(_ d: Int, to h: Int, _ r: Int) {
        words[d].head = h
        words[d].label = r
        let bit: UInt64 = 1 << UInt64(r & 63)
        if d < h {
            if words[h].leftmost < 0 || d < words[h].leftmost {
                words[h].leftmost2 = words[h].leftmost
                words[h].leftmost = d
            } else if words[h].leftmost2 < 0 || d < words[h].leftmost2 {
                words[h].leftmost2 = d
            }
            words[h].leftCount += 1
            words[h].leftLabels |= bit
        } else {
            if words[h].rightmost < 0 || d > words[h].rightmost {
                words[h].rightmost2 = words[h].rightmost
                words[h].rightmost = d
            } else if words[h].rightmost2 < 0 || d > words[h].rightmost2 {
                words[h].rightmost2 = d
            }
            words[h].rightCount += 1
            words[h].rightLabels |= bit
        }
    }

    /// The gold arcs a transition makes unreachable (the dynamic oracle of the arc-hybrid system),
    /// and one more for a wrong relation on a gold arc.
    public func cost(_ t: Transition, heads gold: [Int], relations goldRel: [Int]) -> Int {
        let s0 = stack.last!
        switch t {
        case .shift:
            // b0 can no longer take a head or dependents from the stack below it.
            var c = 0
            for k in stack where gold[k] == buffer { c += 1 }
            if gold[buffer] >= 0, stack.dropLast().contains(gold[buffer]) { c += 1 }
            return c
        case .left(let r):
            var c = 0
            let s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
            if gold[s0] != buffer && (gold[s0] == s1 || gold[s0] > buffer) { c += 1 }
            for k in buffer...count where gold[k] == s0 { c += 1 }
            if gold[s0] == buffer && goldRel[s0] != r { c += 1 }
            return c
        case .right(let r):
            var c = 0
            let s1 = stack[stack.count - 2]
            if gold[s0] >= buffer { c += 1 }
            if buffer <= count { for k in buffer...count where gold[k] == s0 { c += 1 } }
            if gold[s0] == s1 && goldRel[s0] != r { c += 1 }
            return c
        }
    }
}
