/// Parts of speech (UPOS), greedy left to right with an averaged perceptron (after Honnibal's "A good
/// part-of-speech tagger in about 200 lines of Python"), and a dictionary of frequent words that are
/// nearly always one tag.
public struct Tagger: Sendable {
    public var model: LinearModel
    /// Lower-case word → tag, for words seen often with one tag (≥ 20 times, ≥ 97 % of them).
    public var dictionary: [String: Int] = [:]

    public init(model: LinearModel, dictionary: [String: Int] = [:]) {
        self.model = model
        self.dictionary = dictionary
    }

    /// The UPOS of each word of a sentence.
    public func tag(_ words: [String]) -> [String] { tag(words, first: words.count) }

    /// The UPOS of the first `count` words of a sentence, the words after them read as context only. The
    /// same tags as the whole sentence's first `count`: a word's features look at the tags before it alone.
    public func tag(_ words: [String], first count: Int) -> [String] {
        let pieces = words.map(WordPieces.init)
        var tags: [Int] = []
        var scores = [Float](repeating: 0, count: model.classes.count)
        var features: [UInt64] = []
        for i in 0..<min(max(count, 0), words.count) {
            if let t = dictionary[pieces[i].lower] {
                tags.append(t)
                continue
            }
            Self.features(pieces, i, tags, into: &features)
            model.score(features, into: &scores)
            tags.append(LinearModel.best(scores))
        }
        return tags.map { model.classes[$0] }
    }

    /// The features of word `i`, given the tags of the words before it.
    public static func features(_ p: [WordPieces], _ i: Int, _ tags: [Int], into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        func at(_ k: Int) -> WordPieces? { k >= 0 && k < p.count ? p[k] : nil }
        let w = p[i]
        let t1 = i >= 1 ? UInt64(tags[i - 1] + 1) : 0
        let t2 = i >= 2 ? UInt64(tags[i - 2] + 1) : 0
        f.append(FeatureHash.feature(0, 0))
        f.append(FeatureHash.feature(1, w.word))
        f.append(FeatureHash.feature(2, w.suffix3))
        f.append(FeatureHash.feature(3, w.suffix2))
        f.append(FeatureHash.feature(4, w.prefix1))
        f.append(FeatureHash.feature(5, w.shape))
        f.append(FeatureHash.feature(6, t1))
        f.append(FeatureHash.feature(7, t1, t2))
        f.append(FeatureHash.feature(8, t1, w.word))
        f.append(FeatureHash.feature(9, at(i - 1)?.word ?? 1))
        f.append(FeatureHash.feature(10, at(i - 1)?.suffix3 ?? 1))
        f.append(FeatureHash.feature(11, at(i - 2)?.word ?? 1))
        f.append(FeatureHash.feature(12, at(i + 1)?.word ?? 2))
        f.append(FeatureHash.feature(13, at(i + 1)?.suffix3 ?? 2))
        f.append(FeatureHash.feature(14, at(i + 2)?.word ?? 2))
        f.append(FeatureHash.feature(15, w.flags))
        f.append(FeatureHash.feature(16, w.suffix1))
        f.append(FeatureHash.feature(17, at(i + 1)?.shape ?? 2))
        f.append(FeatureHash.feature(18, w.exact))
        f.append(FeatureHash.feature(19, i == 0 ? 1 : 0, w.flags))
        f.append(FeatureHash.feature(20, w.suffix4))
        f.append(FeatureHash.feature(21, w.prefix3))
        f.append(FeatureHash.feature(22, at(i - 1)?.word ?? 1, w.word))
        f.append(FeatureHash.feature(23, w.word, at(i + 1)?.word ?? 2))
        f.append(FeatureHash.feature(24, t1, at(i + 1)?.word ?? 2))
    }
}

/// What the models look at in a word, hashed once per sentence.
public struct WordPieces: Sendable {
    public let lower: String
    public let word: UInt64
    public let exact: UInt64
    public let suffix4: UInt64
    public let suffix3: UInt64
    public let prefix3: UInt64
    public let suffix2: UInt64
    public let suffix1: UInt64
    public let prefix1: UInt64
    public let shape: UInt64
    /// Capitalised, all capitals, has a digit, has a hyphen, has a letter.
    public let flags: UInt64

    public init(_ form: String) {
        // A word of ASCII bytes (most words) on its bytes: the same values as below, with no Character
        // made (the tagger reads its sentences' words through here).
        if let fast = Self.ascii(form) { self = fast; return }
        self.init(characters: form, ())
    }

    /// The pieces of a word of printable ASCII bytes, from its bytes; nil for any other word. Equal to
    /// `init(characters:_:)` for every such word (a test asserts it).
    static func ascii(_ form: String) -> WordPieces? {
        var form = form
        return form.withUTF8 { b -> WordPieces? in
            guard !b.isEmpty, b.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
            func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
            func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
            func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 { FeatureHash.of(bytes: bytes) }
            let lower = b.map { isUpper($0) ? $0 + 0x20 : $0 }
            let digits = b.reduce(0) { $0 + (isDigit($1) ? 1 : 0) }
            let word: UInt64
            if digits == 0 {
                word = hash(lower)
            } else if digits == b.count {
                word = FeatureHash.of(digits == 4 ? "!year" : "!digits")
            } else {
                word = hash(Array("!hasdigit".utf8) + lower.suffix(2))
            }
            var shape: [UInt8] = []
            var last: UInt8 = 0x20
            var run = 0
            for c in b {
                let s: UInt8 = isUpper(c) ? 0x58 : isLower(c) ? 0x78 : isDigit(c) ? 0x64 : c
                if s == last { run += 1 } else { run = 0 }
                last = s
                if run < 2 { shape.append(s) }
                if shape.count >= 8 { break }
            }
            let hasLetter = b.contains { isUpper($0) || isLower($0) }
            var flags: UInt64 = 0
            if isUpper(b[0]) { flags |= 1 }
            if hasLetter && !b.contains(where: isLower) { flags |= 2 }
            if digits > 0 { flags |= 4 }
            if b.contains(0x2D) { flags |= 8 }
            if hasLetter { flags |= 16 }
            return WordPieces(lower: String(decoding: lower, as: UTF8.self), word: word, exact: hash(b),
                              suffix4: hash(lower.suffix(4)), suffix3: hash(lower.suffix(3)), prefix3: hash(lower.prefix(3)),
                              suffix2: hash(lower.suffix(2)), suffix1: hash(lower.suffix(1)), prefix1: hash(lower.prefix(1)),
                              shape: hash(shape), flags: flags)
        }
    }

    init(lower: String, word: UInt64, exact: UInt64, suffix4: UInt64, suffix3: UInt64, prefix3: UInt64, suffix2: UInt64,
         suffix1: UInt64, prefix1: UInt64, shape: UInt64, flags: UInt64) {
        (self.lower, self.word, self.exact, self.suffix4, self.suffix3, self.prefix3) = (lower, word, exact, suffix4, suffix3, prefix3)
        (self.suffix2, self.suffix1, self.prefix1, self.shape, self.flags) = (suffix2, suffix1, prefix1, shape, flags)
    }

    /// The pieces of any word, on its characters. (Two arguments: `WordPieces.init` stays one function.)
    init(characters form: String, _: Void) {
        let lower = form.lowercased()
        self.lower = lower
        let digits = form.unicodeScalars.filter { $0.properties.numericType != nil }.count
        var normal = lower
        if digits > 0 {
            normal = digits == form.unicodeScalars.count && digits == 4 ? "!year" : digits == form.unicodeScalars.count ? "!digits" : "!hasdigit" + String(lower.suffix(2))
        }
        word = FeatureHash.of(normal)
        exact = FeatureHash.of(form)
        let chars = Array(lower)
        suffix4 = FeatureHash.of(String(chars.suffix(4)))
        suffix3 = FeatureHash.of(String(chars.suffix(3)))
        prefix3 = FeatureHash.of(String(chars.prefix(3)))
        suffix2 = FeatureHash.of(String(chars.suffix(2)))
        suffix1 = FeatureHash.of(String(chars.suffix(1)))
        prefix1 = FeatureHash.of(String(chars.prefix(1)))
        var shape = ""
        var last: Character = " "
        var run = 0
        for ch in form {
            let s: Character = ch.isUppercase ? "X" : ch.isLowercase ? "x" : ch.isNumber ? "d" : ch
            if s == last { run += 1 } else { run = 0 }
            last = s
            if run < 2 { shape.append(s) }
            if shape.count >= 8 { break }
        }
        self.shape = FeatureHash.of(shape)
        var flags: UInt64 = 0
        if form.first?.isUppercase == true { flags |= 1 }
        if form.contains(where: { $0.isLetter }) && !form.contains(where: { $0.isLowercase }) { flags |= 2 }
        if digits > 0 { flags |= 4 }
        if form.contains("-") { flags |= 8 }
        if form.contains(where: { $0.isLetter }) { flags |= 16 }
        self.flags = flags
    }
}
