/// Dependency trees with UD relations: a greedy transition parser (arc-hybrid: shift, left-arc,
/// right-arc with a relation) scored by an averaged perceptron, trained with a dynamic oracle
/// (Goldberg & Nivre 2013) so that it learns to recover from its own mistakes.
public struct DependencyParser: Sendable {
    /// Classes: "shift", then "left:REL" and "right:REL" for each relation.
    public let model: LinearModel
    /// The model's classes as transitions, and the relations they name (worked out once, not per sentence).
    let moves: [Transition]
    let relations: [String]

    public init(model: LinearModel) {
        self.model = model
        moves = Transition.decode(model.classes)
        relations = Transition.relations(model.classes)
    }

    /// Heads (1-based, 0 the root) and relations of a sentence's words, given their UPOS tags.
    public func parse(_ words: [String], tags: [String]) -> [(head: Int, relation: String)] {
        guard !words.isEmpty else { return [] }
        let input = ParserInput(words: words, tags: tags)
        var state = ParserState(count: words.count)
        var scores = [Float](repeating: 0, count: model.classes.count)
        var features: [UInt64] = []
        while !state.isTerminal {
            Self.features(state, input, into: &features)
            model.score(features, into: &scores)
            let c = LinearModel.best(scores) { state.isValid(moves[$0]) }
            state.apply(moves[c])
        }
        return (1...words.count).map { i in
            let h = state.heads[i]
            return (h < 0 ? 0 : h, state.labels[i] < 0 ? "dep" : relations[state.labels[i]])
        }
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
        func l(_ i: Int) -> UInt64 { i < 0 ? 1 : UInt64(s.labels[i] + 2) }
        let s0L = s0 >= 0 ? s.leftmost[s0] : -1, s0R = s0 >= 0 ? s.rightmost[s0] : -1
        let b0L = b0 >= 0 ? s.leftmost[b0] : -1, s1R = s1 >= 0 ? s.rightmost[s1] : -1
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
        f.append(FeatureHash.feature(27, UInt64(s0 >= 0 ? s.leftCount[s0] : 9), UInt64(s0 >= 0 ? s.rightCount[s0] : 9), t(s0)))
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
/// the arcs so far.
public struct ParserState: Sendable {
    public let count: Int
    public var stack: [Int] = [0]
    public var buffer = 1
    public var heads: [Int]
    public var labels: [Int]
    public var leftmost: [Int]
    public var rightmost: [Int]
    public var leftCount: [Int]
    public var rightCount: [Int]

    public init(count: Int) {
        self.count = count
        heads = [Int](repeating: -1, count: count + 1)
        labels = [Int](repeating: -1, count: count + 1)
        leftmost = [Int](repeating: -1, count: count + 1)
        rightmost = [Int](repeating: -1, count: count + 1)
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = [Int](repeating: 0, count: count + 1)
    }

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
        heads[d] = h
        labels[d] = r
        if d < h {
            if leftmost[h] < 0 || d < leftmost[h] { leftmost[h] = d }
            leftCount[h] += 1
        } else {
            if rightmost[h] < 0 || d > rightmost[h] { rightmost[h] = d }
            rightCount[h] += 1
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
