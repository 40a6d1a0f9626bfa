import NQSupport
import Foundation
import NQCorpus

/// What a block of an article is. Decided by general rules, not lists of one site's lines:
/// a date alone is a dateline; a short parenthesised line after the body is the credit line; common
/// web boilerplate and photo credits are furniture; a short unpunctuated line is a heading only when
/// the text after it speaks of what it names (else it is an advertisement or other furniture).
public enum BlockRole: Equatable, Sendable {
    case paragraph
    case heading
    case dateline(String)
    case credit(String)
    case furniture
}

public enum BlockClassifier {
    /// Phrases that begin lines of web page furniture (matched case-insensitively at the start of a line).
    static let furniturePrefixes = WordLists.words("BlockClassifier.furniturePrefixes")
    static let furniturePrefixBytes = furniturePrefixes.map { Array($0.utf8) }
    static let mediaSuffixes = WordLists.words("BlockClassifier.mediaSuffixes")
    static let mediaSuffixBytes = mediaSuffixes.map { Array($0.utf8) }
    static let filePrefix = Array("file:".utf8)
    static let mapBlock = Array("\u{2588}".utf8)
    static let maxHeadingWords = 12
    static let maxHeadingBytes = 90

    static let imageCredit = Array("image:".utf8), photoCredit = Array("(photo:".utf8)

    /// The furniture prefixes by their first byte (only those are compared).
    static let furniturePrefixesByFirstByte: [[[UInt8]]] = (0..<256).map { c in furniturePrefixBytes.filter { $0.first == UInt8(c) } }

    /// The rules of `isFurniture` on an ASCII line (most lines), its capitals folded as they are
    /// compared (no lower-case copy): a prefix, "image:" or "(photo:" anywhere, a picture's suffix.
    static func asciiFurniture(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first else { return false }
        func matches(_ p: [UInt8], at k: Int) -> Bool {
            guard k >= 0, k + p.count <= b.count else { return false }
            for j in 0..<p.count where b[k + j].lowercasedASCII != p[j] { return false }
            return true
        }
        if matches(filePrefix, at: 0) { return true }
        for k in b.indices {
            let c = b[k].lowercasedASCII
            if c == 0x69, matches(imageCredit, at: k) { return true }
            if c == 0x28, matches(photoCredit, at: k) { return true }
        }
        // .jpg .jpeg .png .svg end in g, .gif in f, .webp in p.
        let last = b[b.count - 1].lowercasedASCII
        if last == 0x67 || last == 0x66 || last == 0x70, mediaSuffixBytes.contains(where: { matches($0, at: b.count - $0.count) }) {
            return true
        }
        return furniturePrefixesByFirstByte[Int(first.lowercasedASCII)].contains { matches($0, at: 0) }
    }

    /// Whether the block is a line of page furniture by its wording.
    public static func isFurniture(_ text: String) -> Bool {
        // Map legends: "██ Labour Party - 203 seats".
        if text.utf8.starts(with: mapBlock), text.hasPrefix("\u{2588}") { return true }
        // Every rule below is about short lines: a real paragraph that happens to start like furniture is
        // long and ends like a sentence.
        guard text.utf8.count < 200 else { return false }
        var bytes = text
        let (ascii, byBytes, kelvin) = bytes.withUTF8 { b in
            // The first byte at or above 0x80, if any; the Kelvin sign (E2 84 AA) is looked for from there.
            guard let high = b.firstIndex(where: { $0 >= 0x80 }) else { return (true, asciiFurniture(b), false) }
            var kelvin = false
            var k = high
            while k + 2 < b.count {
                if b[k] == 0xE2, b[k + 1] == 0x84, b[k + 2] == 0xAA { kelvin = true; break }
                k += 1
            }
            return (false, asciiFurniture(b), kelvin)
        }
        if ascii { return byBytes }
        // Not ASCII. Every pattern below is ASCII (or ©), and no character but the Kelvin sign becomes
        // ASCII in lower case: a match below is a match of the rules on the bytes with their ASCII
        // capitals folded. Those decide most lines without a lower-case copy of them.
        guard byBytes || kelvin else { return false }
        let lower = text.lowercased()
        // Media files and photo credits: "File:Name.jpg", "… (Image: Name)".
        if lower.hasPrefix("file:") || lower.utf8Contains(imageCredit) || lower.utf8Contains(photoCredit)
            || mediaSuffixes.contains(where: { lower.hasSuffix($0) }) {
            return true
        }
        return furniturePrefixes.contains(where: { lower.hasPrefix($0) })
    }

    /// A credit line: "(FRANCE 24 with AFP)", "(Reuters)" — a short parenthesised block, no sentence inside.
    public static func credit(_ text: String) -> String? {
        // The bytes first (most blocks start with no bracket), then the characters.
        guard text.utf8.first == 0x28, text.utf8.count <= 80, text.hasPrefix("("), text.hasSuffix(")") else { return nil }
        let inner = TextBlocks.trim(text.dropFirst().dropLast())
        guard !inner.isEmpty, !inner.contains("("), !inner.contains(")"),
              inner.spaceSeparated().count <= 8,
              inner.unicodeScalars.contains(where: { $0.properties.isUppercase }),
              !inner.hasSuffix(".") else { return nil }
        return inner
    }

    /// The shape of a heading: short, no sentence-ending punctuation, starts with a capital or digit,
    /// not a quotation.
    public static func looksLikeHeading(_ text: String) -> Bool {
        guard text.utf8.count <= maxHeadingBytes, let first = text.unicodeScalars.first,
              let last = text.unicodeScalars.last else { return false }
        guard first.properties.isUppercase || ("0"..."9").contains(first) else { return false }
        if ".,;:!?\"\u{201D}\u{2019}'".unicodeScalars.contains(last) { return false }
        if "\"\u{201C}\u{2018}\u{2014}-(".unicodeScalars.contains(first) { return false }
        let words = text.spaceSeparated()
        // Headings do not end on a function word ("… to empower Melbournians to") or hold a quotation.
        if let lastWord = words.last, headingEndStopWords.contains(lowercasing: String(lastWord)) { return false }
        if text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }) { return false }
        return words.count <= maxHeadingWords
    }

    /// Classifies the blocks of one document.
    public static func classify(_ blocks: [RawBlock]) -> [BlockRole] {
        var roles = [BlockRole](repeating: .paragraph, count: blocks.count)
        var creditAt: Int? = nil
        var seenParagraph = false
        for (i, block) in blocks.enumerated() {
            let text = block.text
            if let date = DateParsing.iso(text) {
                roles[i] = .dateline(date)
            } else if isFurniture(text) {
                roles[i] = .furniture
            } else if seenParagraph, block.kind != .paragraph, let c = credit(text) {
                // (A paragraph marked up as one, by a reader that found the article in a page, is text.)
                roles[i] = .credit(c)
                creditAt = i
                break
            } else if block.kind == .heading || (block.kind == .text && looksLikeHeading(text)) {
                roles[i] = .heading
            } else {
                seenParagraph = true
            }
        }
        // Everything after the credit line is page furniture.
        if let c = creditAt { for j in (c + 1)..<blocks.count { roles[j] = .furniture } }
        // A heading must introduce text that speaks of it; otherwise it is furniture (an ad, a caption).
        for i in roles.indices where roles[i] == .heading {
            var following: [String] = []
            var j = i + 1
            while j < roles.count, roles[j] != .heading, following.count < 12 {
                if roles[j] == .paragraph { following.append(blocks[j].text) }
                if case .credit = roles[j] { break }
                j += 1
            }
            let marked = blocks[i].kind == .heading
            if following.isEmpty || (!marked && !relates(blocks[i].text, to: following)) {
                roles[i] = .furniture
            }
        }
        return roles
    }

    static let headingEndStopWords: WordSet = [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "and", "or", "with", "by", "as", "but",
        "that", "which", "who", "is", "are", "was", "were", "his", "her", "their", "its", "our",
    ]

    static let stopWords: WordSet = [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "and", "or", "with", "by", "as", "is",
        "are", "was", "new", "its", "how", "why", "what", "who",
    ]

    /// Whether some content word of `heading` (by its first five letters) begins a word of `texts`.
    static func relates(_ heading: String, to texts: [String]) -> Bool {
        let stems = words(heading).filter { $0.count >= 3 && !stopWords.contains($0) }.map { String($0.prefix(5)) }
        guard !stems.isEmpty else { return false }
        // A stem with a non-ASCII letter begins no word of an ASCII text.
        let asciiStems = stems.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
        for t in texts {
            if let begins = asciiWordBegins(t, with: asciiStems) {
                if begins { return true }
            } else if words(t).contains(where: { stems.contains(String($0.prefix(5))) }) {
                return true
            }
        }
        return false
    }

    /// Whether `words(text)` has a word whose first five letters (all, when it is shorter) are one of
    /// `stems`, on the bytes of an ASCII text: a word is a run of letters and digits, compared in
    /// lower case. Nil when the text is not ASCII.
    static func asciiWordBegins(_ text: String, with stems: [[UInt8]]) -> Bool? {
        var text = text
        return text.withUTF8 { b in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            var i = 0
            while i < b.count {
                guard b[i].isASCIIAlphanumeric else { i += 1; continue }
                var j = i
                while j < b.count, b[j].isASCIIAlphanumeric { j += 1 }
                let n = min(5, j - i)
                for stem in stems where stem.count == n {
                    var k = 0
                    while k < n, b[i + k].lowercasedASCII == stem[k] { k += 1 }
                    if k == n { return true }
                }
                i = j
            }
            return false
        }
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
