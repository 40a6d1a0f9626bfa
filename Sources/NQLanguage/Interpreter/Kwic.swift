import Foundation
import NQCorpus
import NQSupport

extension Interpreter {
    /// Keyword in context: every occurrence of the term (whole words) in the sentences that meet the
    /// condition, with `width` characters each side, the keyword aligned.
    func kwic(_ c: Concordance) throws -> ResultTable {
        let width = try c.width.map { try number($0, "width") } ?? 30
        guard (5...200).contains(width) else {
            throw Failure(.kwicWidth, at: c.width!.range)
        }
        let (limit, offset) = try limitAndOffset(c)
        let matcher = try TermMatcher(c.term, text: text)
        let columns: [ResultTable.Column] = [.init("article_id", .number), .init("sentence", .number),
                                             .init("left", .text, alignRight: true), .init("keyword", .text), .init("right", .text)]
        if limit == 0 { return ResultTable(columns: columns, rows: []) }
        var out: [(row: [Value], key: [String])] = []
        var skipped = 0
        try forEachHit(matcher, c.filter) { s, text, r in
            let left = String(text[text.startIndex..<r.lowerBound].suffix(width))
            let right = String(text[r.upperBound...].prefix(width))
            let row: [Value] = [.int(s.articleID), .int(s.id), .string(left.replacingOccurrences(of: "\n", with: " ")),
                                .string(String(text[r])), .string(right.replacingOccurrences(of: "\n", with: " "))]
            switch c.sort {
            case .left: out.append((row, Array(Words.lowered(text[text.startIndex..<r.lowerBound]).reversed())))
            case .right: out.append((row, Words.lowered(text[r.upperBound...])))
            case nil:
                // Without sorting, the hits before the offset and past the limit need not be kept.
                if skipped < offset { skipped += 1; return true }
                out.append((row, []))
                return limit.map { out.count < $0 } ?? true
            }
            return true
        }
        if c.sort != nil {
            out = out.enumerated().sorted { x, y in
                x.element.key.lexicographicallyPrecedes(y.element.key) || (x.element.key == y.element.key && x.offset < y.offset)
            }.map(\.element)
            out = Array(out.dropFirst(offset).prefix(limit ?? Int.max))
        }
        return ResultTable(columns: columns, rows: out.map(\.row))
    }

    /// Collocates: the words within `window` words of the term, with how often they occur near it,
    /// in the whole corpus, and their log-likelihood (G², Dunning 1993) — highest first. Words are
    /// compared by their bytes with ASCII letters in lower case, read straight from the articles' text.
    func collocates(_ c: Concordance) throws -> ResultTable {
        let window = try c.width.map { try number($0, "window") } ?? 5
        guard (1...20).contains(window) else { throw Failure(.collocatesWindow, at: c.width!.range) }
        let (limit, offset) = try limitAndOffset(c)
        let matcher = try TermMatcher(c.term, text: text)
        var near: [UInt64: Int] = [:]
        var spelling: [UInt64: String] = [:]
        var windowWords = 0
        try forEachHit(matcher, c.filter) { _, text, r in
            let lo = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
            let hi = text.utf8.distance(from: text.startIndex, to: r.upperBound)
            var left: [(UInt64, Range<Int>)] = [], right: [(UInt64, Range<Int>)] = []
            var t = text
            t.withUTF8 { b in
                WordBytes.scan(b) { range, h in
                    if range.upperBound <= lo { left.append((h, range)) } else if range.lowerBound >= hi, right.count < window { right.append((h, range)) }
                }
                for (h, range) in left.suffix(window) + right {
                    near[h, default: 0] += 1
                    windowWords += 1
                    if spelling[h] == nil { spelling[h] = WordBytes.folded(UnsafeBufferPointer(rebasing: b[range])) }
                }
            }
            return true
        }
        // How often each of those words occurs in the corpus, and how many words it has.
        var total: [UInt64: Int] = [:]
        var all = 0
        // A bit per low 16 bits of the hashes near the term: most words are turned away without a look-up.
        var maybe = [UInt64](repeating: 0, count: 1024)
        for h in near.keys { maybe[Int(h & 0xFFFF) >> 6] |= 1 << (h & 63) }
        for (n, a) in corpus.articles.enumerated() {
            if n & 255 == 0, isCancelled() { throw Evaluator.Interrupted() }
            var t = a.text
            t.withUTF8 { b in
                WordBytes.scan(b) { _, h in
                    all += 1
                    if maybe[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0, near[h] != nil { total[h, default: 0] += 1 }
                }
            }
        }
        var rows: [(word: String, together: Int, total: Int, score: Double)] = []
        for (h, o11) in near {
            let w = spelling[h] ?? ""
            if matcher.matchesWord(w) { continue }
            let c1 = max(total[h] ?? o11, o11)
            rows.append((w, o11, c1, Self.logLikelihood(o11, windowWords, c1, all)))
        }
        rows.sort { $0.score != $1.score ? $0.score > $1.score : $0.together != $1.together ? $0.together > $1.together : $0.word < $1.word }
        rows = Array(rows.dropFirst(offset).prefix(limit ?? Int.max))
        return ResultTable(columns: [.init("collocate", .text), .init("together", .number), .init("total", .number), .init("ll", .number)],
                           rows: rows.map { [.string($0.word), .int($0.together), .int($0.total), .string(String(format: "%.1f", $0.score))] })
    }

    /// G² for a word seen `o11` times among the `window` words near the term, `c1` times among the
    /// `n` words searched; positive only where it is nearer than chance (else 0).
    static func logLikelihood(_ o11: Int, _ window: Int, _ c1: Int, _ n: Int) -> Double {
        let (a, r1, c1, n) = (Double(o11), Double(window), Double(c1), Double(max(n, window, 1)))
        let b = r1 - a, c = c1 - a, d = n - r1 - c1 + a
        let e = [r1 * c1 / n, r1 * (n - c1) / n, (n - r1) * c1 / n, (n - r1) * (n - c1) / n]
        guard a > e[0] else { return 0 }
        func term(_ o: Double, _ e: Double) -> Double { o > 0 && e > 0 ? o * log(o / e) : 0 }
        return 2 * (term(a, e[0]) + term(b, e[1]) + term(c, e[2]) + term(max(d, 0), e[3]))
    }

    func limitAndOffset(_ c: Concordance) throws -> (Int?, Int) {
        let limit = try c.limit.map { try number($0, "limit") }
        if let l = c.limit, let n = limit, n < 0 { throw Failure(.negativeCount(what: "limit"), at: l.range) }
        let offset = try c.offset.map { try number($0, "offset") } ?? 0
        if let o = c.offset, offset < 0 { throw Failure(.negativeCount(what: "offset"), at: o.range) }
        return (limit, offset)
    }

    func sentencePlan(_ filter: Condition?, at range: SourceRange) throws -> Plan {
        var query = Query(verb: .find, source: Name(text: "sentences", range: range), range: range)
        query.filter = filter
        return try check(query)
    }

    /// Calls `body` with each hit of the term in the sentences that meet the filter, in corpus order,
    /// until it returns false.
    func forEachHit(_ matcher: TermMatcher, _ filter: Condition?,
                    _ body: (Sentence, String, Range<String.Index>) -> Bool) throws {
        let plan = try sentencePlan(filter, at: SourceRange(0, 0))
        let e = evaluator()
        var rows: [Int]
        if let literal = matcher.literal, let run = WordIndex.longestRun(of: literal) {
            // Only the sentences of articles with a word containing the term can hold it.
            let articles = corpus.wordIndex.articles(withWordContaining: run)
            e.trace?("look up \"\(run)\" in the word index: \(articles.count) article\(articles.count == 1 ? "" : "s")")
            if plan.predicate == nil {
                rows = e.rows(of: articles, plan.schema) ?? []
            } else {
                let wanted = Set(articles)
                rows = try e.filter(plan).filter { wanted.contains(corpus.sentences[$0].articleID) }
            }
        } else {
            rows = try e.filter(plan)
        }
        var hits = 0
        scan: for (n, i) in rows.enumerated() {
            if n & 1023 == 0, isCancelled() { throw Evaluator.Interrupted() }
            let s = corpus.sentences[i]
            let text = corpus.article(s.articleID).slice(s.range)
            for r in matcher.hits(in: text) {
                hits += 1
                if !body(s, text, r) { break scan }
            }
        }
        e.trace?("find \(matcher.summary) in \(rows.count) sentences: \(hits) hit\(hits == 1 ? "" : "s")")
    }
}

/// How kwic and collocates find their term: a phrase as written (any case unless it has capitals),
/// a word pattern with `*` for any letters, or a regular expression that must match a whole word.
struct TermMatcher {
    enum Kind {
        case phrase(String, caseSensitive: Bool)
        case word(LinearRegex)
    }

    let kind: Kind
    /// Text every hit contains, for the word index.
    let literal: String?
    let summary: String

    init(_ term: Concordance.Term, text: (LiteralNode) throws -> String) throws {
        switch term {
        case .text(let lit):
            let t = try text(lit)
            guard !t.trimmingCharacters(in: .whitespaces).isEmpty, t.contains(where: { $0 != "*" }) else {
                throw Interpreter.Failure(.kwicNeedsWord, at: lit.range)
            }
            let caseSensitive = t.contains(where: \.isUppercase)
            summary = "\"\(t)\""
            if t.contains("*") {
                let pieces = t.split(separator: "*", omittingEmptySubsequences: false).map { Self.escape(String($0)) }
                kind = .word(try Self.whole(pieces.joined(separator: "[\\p{L}\\p{N}]*"), flags: caseSensitive ? "" : "i", at: lit.range))
                let parts: [Substring] = t.split(separator: "*" as Character)
                literal = parts.max(by: { $0.count < $1.count }).map(String.init)
            } else {
                kind = .phrase(t, caseSensitive: caseSensitive)
                literal = t
            }
        case .regex(let pattern, let flags, let range):
            summary = "/\(pattern)/\(flags)"
            kind = .word(try Self.whole(pattern, flags: flags, at: range))
            if case .word(let re) = kind { literal = re.requiredLiteral } else { literal = nil }
        }
    }

    /// A pattern that must match a whole word.
    static func whole(_ pattern: String, flags: String, at range: SourceRange) throws -> LinearRegex {
        if let bad = flags.first(where: { !"ims".contains($0) }) {
            throw Interpreter.Failure(.unknownRegexFlag(String(bad)), at: range)
        }
        do {
            _ = try LinearRegex(pattern, flags: flags)
            return try LinearRegex("^(?:" + pattern + ")$", flags: flags)
        } catch let e as LinearRegex.SyntaxError {
            throw Interpreter.Failure(.invalidRegex(pattern: pattern, reason: e.message), at: range)
        }
    }

    static func escape(_ s: String) -> String {
        s.escaped { ch in "\\.+?()[]{}|^$*/".contains(ch) ? "\\" + String(ch) : nil }
    }

    /// Whether a (lower-case) word is the term itself (left out of its collocates).
    func matchesWord(_ w: String) -> Bool {
        switch kind {
        case .phrase(let t, _): return t.lowercased() == w
        case .word(let re): return re.firstMatch(in: w)
        }
    }

    /// The ranges of the term's occurrences in a sentence, whole words only.
    func hits(in text: String) -> [Range<String.Index>] {
        switch kind {
        case .phrase(let term, let caseSensitive):
            var out: [Range<String.Index>] = []
            var from = text.startIndex
            while let r = text.range(of: term, options: caseSensitive ? [] : [.caseInsensitive], range: from..<text.endIndex) {
                from = r.upperBound
                let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
                let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
                guard !(before.isLetter || before.isNumber), !(after.isLetter || after.isNumber) else { continue }
                out.append(r)
            }
            return out
        case .word(let re):
            return Words.ranges(text).filter { re.firstMatch(in: String(text[$0])) }
        }
    }
}

/// Words as kwic sees them (the words of `WordBytes`), as ranges of the text and in lower case.
enum Words {
    static func ranges(_ text: String) -> [Range<String.Index>] {
        var spans: [Range<Int>] = []
        var t = text
        t.withUTF8 { b in WordBytes.scan(b) { range, _ in spans.append(range) } }
        let u = text.utf8
        return spans.map { u.index(u.startIndex, offsetBy: $0.lowerBound)..<u.index(u.startIndex, offsetBy: $0.upperBound) }
    }

    static func lowered(_ text: Substring) -> [String] {
        let s = String(text)
        return ranges(s).map { s[$0].lowercased() }
    }
}

/// Words as kwic and collocates count them, on UTF-8 bytes: runs of letters and digits (any script),
/// with an apostrophe (' or ’), hyphen or full stop inside one ("don't", "COVID-19", "U.S"); each known
/// by a hash of its bytes with ASCII letters in lower case. One pass, no strings made.
enum WordBytes {
    /// For each ASCII byte: 1 a letter or digit, 2 a joiner (' - .), 0 neither; its lower case in the
    /// high byte.
    static let ascii: [UInt16] = (0..<128).map { c -> UInt16 in
        let lower = UInt16(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) << 8
        if (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) { return lower | 1 }
        return lower | (c == 0x27 || c == 0x2D || c == 0x2E ? 2 : 0)
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ word: (Range<Int>, UInt64) -> Void) {
        let n = b.count
        /// The length of a non-ASCII letter or digit at i (0 when it is something else).
        func wide(_ i: Int) -> Int {
            let c = b[i]
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            guard i + len <= n, len > 1 else { return 0 }
            var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len { v = v << 6 | UInt32(b[i + k] & 0x3F) }
            guard let u = Unicode.Scalar(v) else { return 0 }
            return u.properties.isAlphabetic || u.properties.numericType != nil ? len : 0
        }
        func letter(_ i: Int) -> Int { b[i] < 0x80 ? Int(ascii[Int(b[i])] & 1) : wide(i) }
        ascii.withUnsafeBufferPointer { table in
            var i = 0
            var start = -1
            var h: UInt64 = 0
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    let t = table[Int(c)]
                    if t & 1 != 0 {
                        if start < 0 { start = i; h = 0xcbf29ce484222325 }
                        h = (h ^ UInt64(t >> 8)) &* 0x100000001b3
                        i += 1
                        continue
                    }
                    if start >= 0 {
                        if t & 2 != 0, i + 1 < n, letter(i + 1) > 0 {
                            h = (h ^ UInt64(c)) &* 0x100000001b3
                            i += 1
                            continue
                        }
                        word(start..<i, h)
                        start = -1
                    }
                    i += 1
                    continue
                }
                let l = wide(i)
                if l > 0 {
                    if start < 0 { start = i; h = 0xcbf29ce484222325 }
                    for k in i..<(i + l) { h = (h ^ UInt64(b[k])) &* 0x100000001b3 }
                    i += l
                    continue
                }
                if start >= 0 {
                    // ’ inside a word
                    if c == 0xE2, i + 3 < n, b[i + 1] == 0x80, b[i + 2] == 0x99, letter(i + 3) > 0 {
                        for k in i..<(i + 3) { h = (h ^ UInt64(b[k])) &* 0x100000001b3 }
                        i += 3
                        continue
                    }
                    word(start..<i, h)
                    start = -1
                }
                i += 1
            }
            if start >= 0 { word(start..<n, h) }
        }
    }

    /// A word's bytes with ASCII letters in lower case, as text.
    static func folded(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: b.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
