/// Finds the article in a page by scoring the DOM, not by rules for sites. Each paragraph-like block
/// gives points to the elements above it (one, plus one per comma, plus one per 100 characters up to
/// three; all to its parent, half to the grandparent, a third and less further up), elements whose class
/// or id names content gain and those naming furniture lose, and every score is scaled by how little of
/// the element is link text. The best element, the semantic containers that agree with it (`article`,
/// `main`, `[itemprop=articleBody]`) and its siblings that score close to it hold the article; inside
/// them, furniture (share bars, related links, bylines, captions, comment threads, link lists) is pruned.
struct ContentFinder {
    let dom: DOM
    let dropped: [Bool]
    let blocks: [PageBlock]
    /// Per element: its class and id in lower case.
    let marks: [String]
    /// Per element: a class/id weight (+25 content, −25 furniture, 0).
    let weight: [Double]
    /// Per element: under an element that cannot hold the article (nav, aside, footer, a furniture class).
    let unlikely: [Bool]
    /// Per element: characters and link characters of the blocks under it.
    var chars: [Int]
    var linkChars: [Int]
    /// Per element: the number of paragraph blocks (25 characters or more) under it.
    var paragraphs: [Int]
    /// Per element: characters of long paragraphs (80 characters or more, little link text) under it.
    var goodChars: [Int]
    /// Per element: characters and link characters of the blocks under it that can be article text.
    var scoredChars: [Int]
    var scoredLinkChars: [Int]

    /// `strict`: whether class and id names that cannot hold an article rule elements out (readability
    /// tries again without when that leaves too little).
    init(dom: DOM, dropped: [Bool], blocks: [PageBlock], hints: PageHints, strict: Bool = true) {
        self.dom = dom
        self.dropped = dropped
        self.blocks = blocks
        let n = dom.elements.count
        func sumUp(_ values: inout [Int]) {
            for k in stride(from: n - 1, to: 0, by: -1) where dom.elements[k].parent >= 0 {
                values[dom.elements[k].parent] += values[k]
            }
        }
        func isGood(_ b: PageBlock) -> Bool {
            if case .heading = b.kind { return false }
            return b.chars >= 80 && b.linkDensity < 0.3
        }
        // Comment threads: their paragraphs are readers', however many they are.
        var thread = [Bool](repeating: false, count: n)
        for k in 0..<n {
            let e = dom.elements[k]
            thread[k] = (e.parent >= 0 && thread[e.parent]) || ContentHints.isCommentThread(e, marks: hints.marks[k])
        }
        // Long paragraphs under each element, before any is ruled out: an element holding most of them
        // holds the article whatever its name (markup left unclosed nests a page in its header or aside).
        // A comment thread's paragraphs are not counted: a long thread under a short article is no article.
        var everyGood = [Int](repeating: 0, count: n)
        for b in blocks where isGood(b) && !thread[b.container] { everyGood[b.container] += b.chars }
        sumUp(&everyGood)
        var unlikely = [Bool](repeating: false, count: n)
        for k in 0..<n {
            let e = dom.elements[k]
            if everyGood[k] * 2 > everyGood[0] { continue }
            // An article element under an aside starts afresh.
            let parentUnlikely = e.parent >= 0 && unlikely[e.parent] && !ContentHints.holdsArticle(e)
            unlikely[k] = parentUnlikely || (strict ? hints.cannotHold[k] : hints.cannotHoldByTag[k])
        }
        self.marks = hints.marks
        self.weight = hints.weight
        self.unlikely = unlikely
        chars = [Int](repeating: 0, count: n)
        linkChars = [Int](repeating: 0, count: n)
        scoredChars = [Int](repeating: 0, count: n)
        scoredLinkChars = [Int](repeating: 0, count: n)
        paragraphs = [Int](repeating: 0, count: n)
        goodChars = [Int](repeating: 0, count: n)
        for b in blocks {
            chars[b.container] += b.chars
            linkChars[b.container] += b.linkChars
            if b.chars >= 25, b.linkDensity < 0.5 { paragraphs[b.container] += 1 }
            guard !unlikely[b.container] else { continue }
            scoredChars[b.container] += b.chars
            scoredLinkChars[b.container] += b.linkChars
            if isGood(b) { goodChars[b.container] += b.chars }
        }
        sumUp(&chars)
        sumUp(&linkChars)
        sumUp(&scoredChars)
        sumUp(&scoredLinkChars)
        sumUp(&paragraphs)
        sumUp(&goodChars)
    }

    /// The share of link text in what an element holds, what cannot hold the article left out.
    func scoredLinkDensity(_ k: Int) -> Double {
        scoredChars[k] == 0 ? 0 : Double(scoredLinkChars[k]) / Double(scoredChars[k])
    }

    func linkDensity(_ k: Int) -> Double { chars[k] == 0 ? 0 : Double(linkChars[k]) / Double(chars[k]) }

    static let tagBase: [String: Double] = [
        "div": 5, "article": 8, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3, "address": -3, "ol": -3,
        "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3, "h1": -5, "h2": -5, "h3": -5, "h4": -5,
        "h5": -5, "h6": -5, "th": -5, "body": -10, "html": -20,
    ]

    /// The readability scores: element → score (before scaling by link density).
    func scores() -> [Int: Double] {
        var score: [Int: Double] = [:]
        for b in blocks {
            guard b.chars >= 25, !unlikely[b.container] else { continue }
            switch b.kind {
            case .heading, .item: continue
            default: break
            }
            guard b.linkDensity < 0.5 else { continue }
            let points = 1 + Double(b.commas) + min(3, Double(b.chars / 100))
            // The element holding the text is the paragraph; its parent is the first to score.
            var a = dom.elements[b.container].parent
            var level = 0
            while a >= 0, level < 5 {
                if score[a] == nil { score[a] = (Self.tagBase[dom.elements[a].name] ?? 0) + weight[a] }
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level * 3))
                score[a]! += points / divider
                a = dom.elements[a].parent
                level += 1
            }
        }
        return score
    }

    /// The elements that hold the article, or empty when the page has none.
    func roots() -> [Int] {
        let raw = scores()
        var final: [Int: Double] = [:]
        for (k, s) in raw { final[k] = s * (1 - scoredLinkDensity(k)) }
        guard var top = final.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else {
            return []
        }
        // Several of the best candidates under one ancestor: the article is split in parts; take the ancestor.
        let best = final[top]!
        let close = final.filter { $0.key != top && $0.value >= best * 0.75 }.map(\.key).sorted()
        if close.count >= 2 {
            var a = dom.elements[top].parent
            while a > 0 {
                let under = close.filter { isAncestor(a, of: $0) }.count
                if under >= 2 { top = a; break }
                a = dom.elements[a].parent
            }
        }
        // Up while the parent scores about as well (the top was one column of the article).
        var parent = dom.elements[top].parent
        var last = final[top] ?? 0
        while parent > 0, dom.elements[parent].name != "body" {
            guard let ps = final[parent] else { break }
            if ps < last / 3 { break }
            if ps > (final[top] ?? 0) { top = parent }
            last = ps
            parent = dom.elements[parent].parent
        }
        // Up to an ancestor with much more of the page's long paragraphs (the top was one part of the text,
        // or a table of short lines beside it).
        var a = dom.elements[top].parent
        while a > 0, dom.elements[a].name != "body", !unlikely[a] {
            if goodChars[a] >= goodChars[top] * 3 / 2 + 100, scoredLinkDensity(a) < 0.35 { top = a }
            a = dom.elements[a].parent
        }
        // An only child stands for its parent.
        while dom.elements[top].parent > 0, dom.elements[dom.elements[top].parent].name != "body",
              elementChildren(dom.elements[top].parent).count == 1 {
            top = dom.elements[top].parent
        }
        top = semantic(preferring: top)
        // Siblings that score close to it, or are good paragraphs themselves.
        let topScore = final[top] ?? best
        let threshold = max(10, topScore * 0.2)
        var roots: [Int] = []
        let p = dom.elements[top].parent
        guard p >= 0 else { return [top] }
        for s in elementChildren(p) where !dropped[s] {
            if s == top { roots.append(s); continue }
            guard !unlikely[s] else { continue }
            var bonus = 0.0
            if !marks[s].trimmingCharacters(in: .whitespaces).isEmpty, marks[s] == marks[top] { bonus = topScore * 0.2 }
            if let sc = final[s], sc + bonus >= threshold { roots.append(s); continue }
            if dom.elements[s].name == "p" {
                let ld = linkDensity(s)
                if chars[s] > 80, ld < 0.25 { roots.append(s); continue }
                if chars[s] > 0, chars[s] <= 80, ld == 0 {
                    let t = dom.textContent(s)
                    if t.hasSuffix(".") || t.hasSuffix(". ") { roots.append(s) }
                }
            }
        }
        return roots
    }

    /// The semantic container that agrees with the scored top element: an `[itemprop=articleBody]` or the
    /// only `article` or `main` around it, or inside it holding most of its text.
    func semantic(preferring top: Int) -> Int {
        var candidates: [Int] = []
        for k in dom.elements.indices where !dropped[k] && !unlikely[k] {
            let e = dom.elements[k]
            let prop = e.attributes["itemprop"]?.lowercased() ?? ""
            if prop == "articlebody" || prop == "articletext" || e.name == "article" || e.name == "main"
                || e.attributes["role"]?.lowercased() == "main" {
                candidates.append(k)
            }
        }
        // Inside the top element, with most of its paragraphs: the tighter box.
        let inside = candidates.filter { isAncestor(top, of: $0) && $0 != top && paragraphs[$0] * 10 >= paragraphs[top] * 8 }
        if let tight = inside.max(by: { depth($0) < depth($1) }) {
            return tight
        }
        // Around it, a few levels up, an article element that adds a little (its lead, its subheadings):
        // the whole article.
        var a = dom.elements[top].parent
        var level = 0
        while a > 0, level < 4, !unlikely[a] {
            let e = dom.elements[a]
            let prop = e.attributes["itemprop"]?.lowercased() ?? ""
            if e.name == "article" || prop == "articlebody" || prop == "articletext" {
                if goodChars[a] <= goodChars[top] * 3 / 2 + 300, scoredLinkDensity(a) < 0.3 { return a }
                break
            }
            a = e.parent
            level += 1
        }
        return top
    }

    /// The element that holds the article the page's structured data gives as text (JSON-LD
    /// `articleBody`): the deepest one holding nearly all of the blocks found in that text. Nil when the
    /// text is short or the page's blocks are not in it (a summary, another language).
    func rootMatching(body: String) -> Int? {
        let bodyBytes = Array(Whitespace.collapse(Array(body.utf8)).utf8)
        guard bodyBytes.count >= 200 else { return nil }
        var matched = [Int](repeating: 0, count: dom.elements.count)
        var total = 0
        for b in blocks where b.chars >= 30 {
            if Self.contains(bodyBytes, Array(b.text.utf8)) {
                matched[b.container] += b.chars
                total += b.chars
            }
        }
        // Most of the structured text must be on the page.
        guard total * 2 >= bodyBytes.count * 2 / 3 else { return nil }
        for k in stride(from: dom.elements.count - 1, to: 0, by: -1) where dom.elements[k].parent >= 0 {
            matched[dom.elements[k].parent] += matched[k]
        }
        var best: Int?
        for k in dom.elements.indices where matched[k] * 100 >= total * 85 {
            if best == nil || depth(k) > depth(best!) { best = k }
        }
        return best
    }

    /// Whether `needle` occurs in `hay` (bytes; a first-byte scan, enough for a page's few blocks).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= hay.count else { return needle.isEmpty }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    func depth(_ k: Int) -> Int {
        var d = 0
        var a = k
        while a > 0 { a = dom.elements[a].parent; d += 1 }
        return d
    }

    func elementChildren(_ k: Int) -> [Int] {
        dom.elements[k].children.compactMap { if case .element(let c) = $0 { return c } else { return nil } }
    }

    func isAncestor(_ a: Int, of k: Int) -> Bool {
        var x = k
        while x > a { x = dom.elements[x].parent }
        return x == a
    }
}
