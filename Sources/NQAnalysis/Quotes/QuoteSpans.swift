/// A quotation found in a paragraph's tokens: the indices of its opening and closing marks.
struct QuoteSpan: Sendable {
    var open: Int
    /// nil when the paragraph ends with the quotation still open (it runs on into the next paragraph).
    var close: Int?
}

/// Pairs double quotation marks within one paragraph, and divides the paragraph into frames: the
/// writer's sentences, which (unlike sentences proper) never end inside a quotation.
struct ParagraphQuotes {
    let tokens: [TextToken]
    private(set) var spans: [QuoteSpan] = []
    /// For each token, the index of its frame.
    private(set) var frameOf: [Int] = []
    /// For each frame, its token range.
    private(set) var frames: [Range<Int>] = []
    /// For each token, whether it lies inside a quotation (marks included).
    private(set) var quoted: [Bool] = []

    init(tokens: [TextToken]) {
        self.tokens = tokens
        pairMarks()
        divideFrames()
    }

    mutating func pairMarks() {
        quoted = Array(repeating: false, count: tokens.count)
        var open: Int? = nil
        for (i, t) in tokens.enumerated() where t.kind == .quoteMark {
            if let o = open {
                // A closing mark: pair it. (An opening curly mark while one is open is a typo for a closing one.)
                spans.append(QuoteSpan(open: o, close: i))
                for k in o...i { quoted[k] = true }
                open = nil
            } else {
                open = i
            }
        }
        if let o = open {
            spans.append(QuoteSpan(open: o, close: nil))
            for k in o..<tokens.count { quoted[k] = true }
        }
    }

    static func endsSentence(_ t: TextToken) -> Bool { t.kind != .word && (t.mark == "." || t.mark == "!" || t.mark == "?") }

    mutating func divideFrames() {
        frameOf = Array(repeating: 0, count: tokens.count)
        // About a sentence in twenty tokens: room made once.
        frames.reserveCapacity(tokens.count / 16 + 2)
        var frame = 0
        var start = 0
        // Which tokens close a quotation (a flag per token, not a set to hash into).
        var closes = [Bool](repeating: false, count: tokens.count)
        for s in spans { if let c = s.close { closes[c] = true } }
        for i in tokens.indices {
            frameOf[i] = frame
            let t = tokens[i]
            guard i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            let nextStarts = next.isCapitalized || (next.kind == .quoteMark && !quoted[i]) || next.kind == .quoteMark && !closes[i + 1]
            var ends = false
            // The dot of an honorific ("Mr. Clyburn") or of an abbreviation inside a name ("St. Peter's
            // Square", "Mt. Everest") ends no sentence.
            let honorific = t.mark == "." && i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].end == t.start
                && (Lexicon.honorifics.contains(tokens[i - 1].lower) || EntityRecognizer.isNameAbbreviationDot(tokens, i))
            if t.kind == .punctuation, !quoted[i], Self.endsSentence(t), nextStarts, !honorific {
                ends = true
            } else if t.kind == .quoteMark, closes[i], i > 0,
                      Self.endsSentence(tokens[i - 1]) || tokens[i - 1].bytes.last == 0x2E, nextStarts {
                ends = true
            }
            if ends {
                frames.append(start..<(i + 1))
                start = i + 1
                frame += 1
            }
        }
        frames.append(start..<tokens.count)
    }

    /// The content tokens of a span (between its marks).
    func content(_ s: QuoteSpan) -> Range<Int> {
        (s.open + 1)..<(s.close ?? tokens.count)
    }
}
