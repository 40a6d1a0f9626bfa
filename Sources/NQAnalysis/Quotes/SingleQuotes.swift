/// Quotations set in single marks, as British and Irish papers set them ('…' or ‘…’, with "…" for a
/// quotation inside one): an article whose paragraphs hold more quotations in single marks than in
/// double ones is read in that style — its single marks that open and close quotations become quotation
/// marks for every rule after, and a double mark inside such a quotation is a quotation within it (a
/// title, a slogan), no mark of its own. An article in double marks is read as before: there a single
/// mark is an apostrophe or a quotation inside a quotation.
///
/// A single mark is ambiguous, so a mark opens only where a quotation can open: before a word or a mark,
/// after a space, the paragraph's start or an opening bracket or dash, and not as the elision of a word
/// ("'90s", "rock 'n' roll", "'em": `SingleQuotes.elisions`); "’" there is always an elision, as good
/// type sets it. It closes after a mark (",'" ".’") or after a word when a mark, a space before a word
/// or the paragraph's end follows — except after a word ending in "s" with a word after it, the plural's
/// apostrophe of "the players' wages", which closes a quotation only when nothing else in its paragraph
/// can.
enum SingleQuotes {
    static let elisions: Set<String> = WordLists.strings("SingleQuotes.elisions")

    /// The role a single mark can play: open a quotation, close one (surely, or only when nothing else in
    /// the paragraph does: a plural's apostrophe), or neither.
    enum Role { case opens, closes, closesAtLast, neither }

    /// Re-kinds the tokens of an article in the single-mark style (see the type); the tokens of one in
    /// double marks stay as they are. (`TextTokenizer.paragraphTokens` asks it only of an article with a
    /// single mark that could open a quotation: most have none.)
    static func apply(_ tokens: inout [[TextToken]]) {
        let doubleSpans = tokens.reduce(0) { n, p in n + (p.reduce(0) { $0 + ($1.kind == .quoteMark ? 1 : 0) } + 1) / 2 }
        // A quotation left open at a paragraph's end runs on when the next paragraph opens with a mark, as
        // a quotation of several paragraphs is set.
        let opensWithMark = tokens.map { !$0.isEmpty && $0[0].kind == .punctuation && $0[0].mark == "'" && role($0, 0) == .opens }
        let pairs = tokens.indices.map { Self.pairs(tokens[$0], runsOn: $0 + 1 < tokens.count && opensWithMark[$0 + 1]) }
        let singleSpans = pairs.reduce(0) { $0 + $1.count }
        guard singleSpans > doubleSpans else { return }
        for (k, spans) in pairs.enumerated() where !spans.isEmpty {
            for (open, close) in spans {
                tokens[k][open].kind = .quoteMark
                let end = close ?? tokens[k].count
                if let c = close { tokens[k][c].kind = .quoteMark }
                // A double mark inside is a quotation within the quotation.
                for i in (open + 1)..<end where tokens[k][i].kind == .quoteMark { tokens[k][i].kind = .punctuation }
            }
        }
    }

    /// The single-mark quotations of a paragraph: the indices of their opening and closing marks (no
    /// closing one when the paragraph ends inside the quotation and it opened the paragraph or `runsOn`,
    /// the next paragraph opening with a mark: it runs on into the next paragraph). Marks inside a
    /// double-mark quotation are left alone.
    static func pairs(_ tokens: [TextToken], runsOn: Bool = false) -> [(open: Int, close: Int?)] {
        var spans: [(open: Int, close: Int?)] = []
        var open: Int? = nil
        var lastResort: Int? = nil
        var inDouble = false
        for i in tokens.indices {
            let t = tokens[i]
            if t.kind == .quoteMark, open == nil { inDouble.toggle(); continue }
            guard !inDouble, t.kind == .punctuation, t.mark == "'" else { continue }
            switch role(tokens, i) {
            case .opens where open == nil:
                open = i
                lastResort = nil
            case .opens where lastResort != nil:
                // A quotation opens while one whose only end was a plural's apostrophe is open: it ended there.
                spans.append((open!, lastResort!))
                open = i
                lastResort = nil
            case .closes where open != nil:
                spans.append((open!, i))
                open = nil
            case .closesAtLast where open != nil:
                if lastResort == nil { lastResort = i }
            default:
                break
            }
        }
        if let o = open {
            if let c = lastResort {
                spans.append((o, c))
            } else if o == 0 || runsOn {
                spans.append((o, nil))
            }
        }
        return spans
    }

    /// What the single mark at `i` can do.
    static func role(_ tokens: [TextToken], _ i: Int) -> Role {
        let t = tokens[i]
        let b = t.bytes
        // ‘ (E2 80 98), ’ (E2 80 99) or the straight '.
        let left = b.count == 3 && b[2] == 0x98, right = b.count == 3 && b[2] == 0x99
        let joinedBefore = i > 0 && tokens[i - 1].end == t.start
        let joinedAfter = i + 1 < tokens.count && tokens[i + 1].start == t.end
        if !right, joinedAfter, !joinedBefore || isOpeningMark(tokens[i - 1]) {
            let next = tokens[i + 1]
            if next.kind == .word {
                // "'90s", "'08": a year's elision; "'n'", "'em": a word's.
                if next.bytes.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true, next.bytes.count <= 3 { return .neither }
                if elisions.contains(next.lower) { return .neither }
            }
            return .opens
        }
        if !left, joinedBefore {
            let before = tokens[i - 1]
            if before.kind != .word { return isOpeningMark(before) ? .neither : .closes }
            guard joinedAfter == false || tokens[i + 1].kind != .word else { return .neither }
            let last = before.bytes.last ?? 0
            if last == 0x73 || last == 0x53, i + 1 < tokens.count, tokens[i + 1].kind == .word { return .closesAtLast }
            return .closes
        }
        return .neither
    }

    /// A bracket or dash a quotation may open after without a space.
    static func isOpeningMark(_ t: TextToken) -> Bool {
        t.kind != .word && (t.mark == "(" || t.mark == "[" || t.mark == "\u{2014}" || t.mark == "\u{2013}" || t.kind == .quoteMark)
    }
}
