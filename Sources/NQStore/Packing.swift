import NQCorpus
import NQSupport

/// A compact binary form of an article's records (varints and length-prefixed UTF-8), kept beside the
/// article in the store so that reopening reads one row per article. Decoding checks every bound: a
/// damaged store is an error, never a crash.
struct Packer {
    var bytes: [UInt8] = []

    mutating func int(_ n: Int) { Varint.append(UInt64(bitPattern: Int64(n)), to: &bytes) }

    mutating func string(_ s: String?) {
        guard let s else { int(0); return }
        int(s.utf8.count + 1)
        bytes.append(contentsOf: s.utf8)
    }

    /// An article's records; speakers and entities as their rows in the store's tables (the mention's
    /// text: 0 = the entity's name, 1 = spelled out, k + 2 = the entity's alias k), and the ids of
    /// its words in the store's vocabulary: their count, then the word index's own packing of them
    /// (ascending, as varint differences), copied as it is.
    static func pack(_ a: AnalyzedArticle, entities: [EntitySummary], packedWords: ArraySlice<UInt8>) -> [UInt8] {
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
            p.int(q.speaker == nil ? 0 : q.speakerRow + 1); p.string(q.speakerAsWritten); p.string(q.role); p.string(q.verb)
            p.int(q.kind == .full ? 0 : 1); p.string(q.rule)
        }
        p.int(a.mentions.count)
        for m in a.mentions {
            p.int(m.section); p.int(m.paragraph); p.int(m.sentence); p.int(m.range.start); p.int(m.range.end)
            p.int(m.entityRow)
            // 0: the entity's name as it was when its first records were written (a later, preferred
            // spelling does not change what those records say).
            if m.text == (entities[m.entityRow].spelledFirst ?? m.entity) {
                p.int(0)
            } else if let k = entities[m.entityRow].aliases.firstIndex(of: m.text) {
                p.int(k + 2)
            } else {
                p.int(1); p.string(m.text)
            }
            p.int(m.type.rank)
        }
        p.int(packedWords.reduce(0) { $0 + ($1 < 0x80 ? 1 : 0) })  // each varint ends in a byte below 0x80
        p.bytes += packedWords
        return p.bytes
    }
}

struct Unpacker {
    struct Damaged: Error {}

    let bytes: [UInt8]
    var at = 0
    let textLength: Int

    mutating func int() throws -> Int {
        guard let v = Varint.read(bytes, at: &at) else { throw Damaged() }
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

    /// The records of an article (numbered when they join the corpus) and its word ids. The rows of
    /// speakers and entities are checked against the tables they point into.
    static func unpack(_ bytes: [UInt8], into article: Article, speakers: [SpeakerSummary], entities: [EntitySummary],
                       words: Int) throws -> (AnalyzedArticle, ArraySlice<UInt8>) {
        var u = Unpacker(bytes: bytes, textLength: article.text.utf8.count)
        var sections: [Section] = []
        for _ in 0..<(try u.count()) {
            let index = try u.count(), heading = try u.string() ?? Section.leadHeading
            let lo = try u.count(), hi = try u.count(), words = try u.count()
            guard lo <= hi else { throw Damaged() }
            sections.append(Section(index: index, heading: heading, paragraphs: lo..<hi, words: words))
        }
        var paragraphs: [Paragraph] = []
        let paragraphCount = try u.count()
        paragraphs.reserveCapacity(paragraphCount)
        for _ in 0..<paragraphCount {
            paragraphs.append(Paragraph(section: try u.count(), index: try u.count(), range: try u.range()))
        }
        var sentences: [Sentence] = []
        let sentenceCount = try u.count()
        sentences.reserveCapacity(sentenceCount)
        for _ in 0..<sentenceCount {
            sentences.append(Sentence(section: try u.count(), paragraph: try u.count(), index: try u.count(), range: try u.range()))
        }
        var quotes: [Quote] = []
        for _ in 0..<(try u.count()) {
            let section = try u.count(), paragraph = try u.count(), range = try u.range()
            let speakerRow = try u.count(max: speakers.count) - 1
            let written = try u.string(), role = try u.string(), verb = try u.string()
            let kind: Quote.Kind = try u.count(max: 1) == 0 ? .full : .partial
            let rule = try u.string()
            var q = Quote(section: section, paragraph: paragraph, range: range, speaker: speakerRow < 0 ? nil : speakers[speakerRow].name,
                          speakerAsWritten: written, role: role, verb: verb, rule: rule, kind: kind)
            q.speakerRow = speakerRow
            quotes.append(q)
        }
        var mentions: [Mention] = []
        let mentionCount = try u.count()
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            let section = try u.count(), paragraph = try u.count(), sentence = try u.count(), range = try u.range()
            guard !entities.isEmpty else { throw Damaged() }
            let e = try u.count(max: entities.count - 1)
            let entity = entities[e].name
            let text: String
            switch try u.count(max: entities[e].aliases.count + 1) {
            case 0: text = entities[e].spelledFirst ?? entity
            case 1: guard let t = try u.string() else { throw Damaged() }; text = t
            case let k: text = entities[e].aliases[k - 2]
            }
            let type = EntityType.allCases[try u.count(max: EntityType.allCases.count - 1)]
            var m = Mention(section: section, paragraph: paragraph, sentence: sentence, range: range, entity: entity, text: text, type: type)
            m.entityRow = e
            mentions.append(m)
        }
        // The word ids are kept as packed (varint differences, as the word index holds them), checked here.
        let wordCount = try u.count(max: words)
        let wordsStart = u.at
        var last = -1
        for _ in 0..<wordCount {
            last += try u.count(max: words)
            guard last < words else { throw Damaged() }
        }
        let packedWords = bytes[wordsStart..<u.at]
        guard u.at == bytes.count, sections.allSatisfy({ $0.paragraphs.upperBound <= paragraphs.count }) else { throw Damaged() }
        var a = AnalyzedArticle(article: article, sections: sections, paragraphs: paragraphs, sentences: sentences)
        a.quotes = quotes
        a.mentions = mentions
        return (a, packedWords)
    }
}

/// The summary of an entity that the store keeps beside its user-facing columns: its aliases (which
/// may contain any character) and its mentions by type.
enum EntityPacking {
    static func pack(_ e: EntitySummary) -> [UInt8] {
        var p = Packer()
        p.int(e.aliases.count)
        for a in e.aliases { p.string(a) }
        for k in 0..<4 { p.int(Int(e.typeVotes[k])) }
        // Only when the name changed (stores written before have no such field).
        if let first = e.spelledFirst { p.string(first) }
        return p.bytes
    }

    static func unpack(_ bytes: [UInt8], name: String, mentions: Int, articles: Int) throws -> EntitySummary {
        var u = Unpacker(bytes: bytes, textLength: 0)
        var aliases: [String] = []
        for _ in 0..<(try u.count()) {
            guard let a = try u.string() else { throw Unpacker.Damaged() }
            aliases.append(a)
        }
        var votes = SIMD4<Int32>()
        for k in 0..<4 { votes[k] = Int32(try u.count(max: Int(Int32.max))) }
        var first: String? = nil
        if u.at < bytes.count {
            guard let f = try u.string() else { throw Unpacker.Damaged() }
            first = f
        }
        guard u.at == bytes.count else { throw Unpacker.Damaged() }
        return EntitySummary(name: name, aliases: aliases, mentions: mentions, articles: articles, typeVotes: votes, spelledFirst: first)
    }
}
