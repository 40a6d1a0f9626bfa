/// The kind of a name the rules and the gazetteer cannot type: a person, an organisation, a place or
/// something else, from the name's words and the words around it ("said", "Mr", "in", "at", "'s").
/// A linear model over hashed features, trained by nq-train on the named mentions of GUM's training
/// documents and of the Universal NER labels of EWT dev (capitalised runs that name none of the three
/// are its "OTHER"). No parts of speech: it costs a few dozen look-ups a name, so it may be asked of
/// every name the rules leave untyped.
public struct SpanTyper: Sendable {
    public let model: LinearModel
    public static let classes = ["PER", "ORG", "LOC", "OTHER"]

    public init(model: LinearModel) { self.model = model }

    /// The class of `words[span]` (one of `classes`), and by how much its score beats the next one's.
    public func type(_ words: [String], _ span: Range<Int>) -> (type: String, margin: Float) {
        var scores = [Float](repeating: 0, count: model.classes.count)
        model.score(Self.features(words, span), into: &scores)
        let best = LinearModel.best(scores)
        let next = scores.indices.filter { $0 != best }.map { scores[$0] }.max() ?? 0
        return (model.classes[best], scores[best] - next)
    }

    /// A word's parts the features use, hashed straight from its UTF-8 bytes (no strings made: the
    /// typer is asked of every untyped name of a corpus). Letters are folded to lower case for `word`
    /// and the affixes (ASCII by byte; other scripts by their scalars' lower case), digits count as 0.
    struct Piece {
        var word: UInt64 = 0xcbf2_9ce4_8422_2325, exact: UInt64 = 0xcbf2_9ce4_8422_2325
        var prefix3: UInt64 = 0, suffix3: UInt64 = 0, suffix2: UInt64 = 0, shape: UInt64 = 0xcbf2_9ce4_8422_2325
        var capitalised = false

        init(_ form: String) {
            var lower: [UInt32] = []
            lower.reserveCapacity(form.utf8.count)
            var lastShape: UInt8 = 0, shapeRun = 0
            for (k, s) in form.unicodeScalars.enumerated() {
                let v = s.value
                let isUpper = v < 0x80 ? (v >= 0x41 && v <= 0x5A) : s.properties.isUppercase
                let isLower = v < 0x80 ? (v >= 0x61 && v <= 0x7A) : s.properties.isLowercase
                let isDigit = v >= 0x30 && v <= 0x39
                if k == 0 { capitalised = isUpper }
                let l: UInt32 = isDigit ? 0x30 : v < 0x80 ? (isUpper ? v + 0x20 : v) : (s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v)
                lower.append(l)
                exact = (exact ^ UInt64(v)) &* 0x100_0000_01b3
                word = (word ^ UInt64(l)) &* 0x100_0000_01b3
                let c: UInt8 = isUpper ? 1 : isLower ? 2 : isDigit ? 3 : 4
                if c == lastShape { shapeRun += 1 } else { shapeRun = 0; lastShape = c }
                if shapeRun < 2 { shape = (shape ^ UInt64(c)) &* 0x100_0000_01b3 }
            }
            func hash(_ xs: ArraySlice<UInt32>) -> UInt64 { xs.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 } }
            prefix3 = hash(lower.prefix(3)); suffix3 = hash(lower.suffix(3)); suffix2 = hash(lower.suffix(2))
        }
    }

    /// The features of a name in its sentence.
    public static func features(_ words: [String], _ span: Range<Int>) -> [UInt64] {
        let H = FeatureHash.self
        var f: [UInt64] = [H.feature(100, 0)]
        guard !span.isEmpty else { return f }
        f.reserveCapacity(32 + 5 * span.count)
        let pieces = span.map { Piece(words[$0]) }
        func around(_ k: Int) -> Piece? { k >= 0 && k < words.count ? Piece(words[k]) : nil }
        for p in pieces {
            f.append(H.feature(101, p.word)); f.append(H.feature(102, p.exact)); f.append(H.feature(103, p.suffix3))
            f.append(H.feature(104, p.shape))
        }
        let first = pieces[0], last = pieces[pieces.count - 1]
        f.append(H.feature(105, first.word)); f.append(H.feature(106, last.word)); f.append(H.feature(107, last.suffix3))
        f.append(H.feature(108, last.suffix2)); f.append(H.feature(109, first.prefix3))
        f.append(H.feature(110, UInt64(min(pieces.count, 5)))); f.append(H.feature(111, UInt64(min(pieces.count, 5)), last.shape))
        f.append(H.feature(112, pieces.reduce(0) { H.mix($0, $1.shape) }))
        f.append(H.feature(113, span.lowerBound == 0 ? 1 : 0, first.shape))
        // The words around it, alone and in pairs, and their shapes.
        let b1 = around(span.lowerBound - 1), b2 = around(span.lowerBound - 2)
        let a1 = around(span.upperBound), a2 = around(span.upperBound + 1)
        let none: UInt64 = 7
        f.append(H.feature(114, b1?.word ?? none)); f.append(H.feature(115, b2?.word ?? none))
        f.append(H.feature(116, b2?.word ?? none, b1?.word ?? none)); f.append(H.feature(117, a1?.word ?? none))
        f.append(H.feature(118, a2?.word ?? none)); f.append(H.feature(119, a1?.word ?? none, a2?.word ?? none))
        f.append(H.feature(120, b1?.shape ?? none)); f.append(H.feature(121, a1?.shape ?? none))
        f.append(H.feature(122, b1?.word ?? none, last.word)); f.append(H.feature(123, first.word, a1?.word ?? none))
        f.append(H.feature(124, b1?.word ?? none, a1?.word ?? none))
        // Small words inside ("of", "and", "de"): institutions and places more often than people.
        for p in pieces.dropFirst().dropLast() where !p.capitalised { f.append(H.feature(125, p.word)) }
        return f
    }
}
