import NQCorpus

/// A compact binary form of an article's records (varints and length-prefixed UTF-8), kept beside the
/// article in the store so that reopening reads one row per article. Decoding checks every bound: a
/// damaged store is an error, never a crash.
struct Packer {
    var bytes: [UInt8] = []

    mutating func int(_ n: Int) {
        var v = UInt64(bitPattern: Int64(n))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ s: String?) {
        guard let s else { int(0); return }
        int(s.utf8.count + 1)
        bytes.append(contentsOf: s.utf8)
    }

    static func pack(_ a: AnalyzedArticle) -> [UInt8] {
        var p = Packer()
        p.int(a.sections.count)
        for s in a.sections {
            p.int(s.index); p.string(s.heading); p.int(s.paragraphs.lowerBound); p.int(s.paragraphs.upperBound); p.int(s.words)
        }
        p.int(a.paragraphs.count)
        for x in a.paragraphs { p.int(x.section); p.int(x.index); p.int(x.range.start); p.int(x.range.end) }
        p.int(a.sentences.count)
        for x in a.sentences { p.int(x.section); p.int(x.paragraph); p.int(x.index); p.int(x.range.start); p.int(x.range.end) }
        p.int(a.quotes.count)
        for q in a.quotes {
            p.int(q.section); p.int(q.paragraph); p.int(q.range.start); p.int(q.range.end)
            p.string(q.speaker); p.string(q.speakerAsWritten); p.string(q.role); p.string(q.verb)
            p.int(q.kind == .full ? 0 : 1)
        }
        p.int(a.mentions.count)
        for m in a.mentions {
            p.int(m.section); p.int(m.paragraph); p.int(m.sentence); p.int(m.range.start); p.int(m.range.end)
            p.string(m.entity); p.string(m.text); p.int(EntityType.allCases.firstIndex(of: m.type)!)
        }
        return p.bytes
    }
}

struct Unpacker {
    struct Damaged: Error {}

    let bytes: [UInt8]
    var at = 0
    let textLength: Int

    mutating func int() throws -> Int {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw Damaged() }
            let b = bytes[at]
            at += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: v))
    }

    /// A count or index: never negative, never absurd.
    mutating func count(max: Int = 10_000_000) throws -> Int {
        let n = try int()
        guard n >= 0, n <= max else { throw Damaged() }
        return n
    }

    mutating func range() throws -> TextRange {
        let s = try count(max: textLength), e = try count(max: textLength)
        guard s <= e else { throw Damaged() }
        return TextRange(s, e)
    }

    mutating func string() throws -> String? {
        let n = try count()
        if n == 0 { return nil }
        guard at + n - 1 <= bytes.count else { throw Damaged() }
        defer { at += n - 1 }
        return String(decoding: bytes[at..<(at + n - 1)], as: UTF8.self)
    }

    static func unpack(_ bytes: [UInt8], into article: Article) throws -> AnalyzedArticle {
        var u = Unpacker(bytes: bytes, textLength: article.text.utf8.count)
        var sections: [Section] = []
        for _ in 0..<(try u.count()) {
            let index = try u.count(), heading = try u.string() ?? Section.leadHeading
            let lo = try u.count(), hi = try u.count(), words = try u.count()
            guard lo <= hi else { throw Damaged() }
            sections.append(Section(index: index, heading: heading, paragraphs: lo..<hi, words: words))
        }
        var paragraphs: [Paragraph] = []
        for _ in 0..<(try u.count()) {
            paragraphs.append(Paragraph(section: try u.count(), index: try u.count(), range: try u.range()))
        }
        var sentences: [Sentence] = []
        for _ in 0..<(try u.count()) {
            sentences.append(Sentence(section: try u.count(), paragraph: try u.count(), index: try u.count(), range: try u.range()))
        }
        var quotes: [Quote] = []
        for _ in 0..<(try u.count()) {
            let section = try u.count(), paragraph = try u.count(), range = try u.range()
            let speaker = try u.string(), written = try u.string(), role = try u.string(), verb = try u.string()
            let kind: Quote.Kind = try u.count(max: 1) == 0 ? .full : .partial
            quotes.append(Quote(section: section, paragraph: paragraph, range: range, speaker: speaker,
                                speakerAsWritten: written, role: role, verb: verb, kind: kind))
        }
        var mentions: [Mention] = []
        for _ in 0..<(try u.count()) {
            let section = try u.count(), paragraph = try u.count(), sentence = try u.count(), range = try u.range()
            guard let entity = try u.string(), let text = try u.string() else { throw Damaged() }
            let type = EntityType.allCases[try u.count(max: EntityType.allCases.count - 1)]
            mentions.append(Mention(section: section, paragraph: paragraph, sentence: sentence, range: range,
                                    entity: entity, text: text, type: type))
        }
        guard sections.allSatisfy({ $0.paragraphs.upperBound <= paragraphs.count }) else { throw Damaged() }
        var a = AnalyzedArticle(article: article, sections: sections, paragraphs: paragraphs, sentences: sentences)
        a.quotes = quotes
        a.mentions = mentions
        return a
    }
}
