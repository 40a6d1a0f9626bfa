import Foundation
import NQCorpus

let debugging = ProcessInfo.processInfo.environment["NQ_WEB_DEBUG"] == "1"
let dumping = ProcessInfo.processInfo.environment["NQ_WEB_DEBUG"] == "all"

/// A saved web page read into an article: the page's encoding decided (`PageEncoding`), the markup parsed
/// by libxml2 (`DOM`), its metadata read (`PageMetadata`), the article found by scoring the DOM
/// (`ContentFinder`) and its text kept as paragraphs, list items, block quotes and headings, the
/// furniture inside it pruned.
public enum WebPage {
    public struct Reading: Sendable {
        public var document: RawDocument?
        public var metadata: PageMetadata
        /// Why there is no document (an index page, a page with no text).
        public var problem: String?
        /// Bytes not valid in the page's declared UTF-8.
        public var repaired: Int = 0
        /// The markup nests deeper than the parser follows; what lies deeper was not read.
        public var truncated = false
        /// The page says it is an article but holds none of its text (a script shows it): its
        /// description is the text.
        public var onlyDescription = false
    }

    /// Reads one page's bytes. `path` names the page in the corpus; `url` and `date` come from a crawl
    /// record when the page is one.
    public static func read(_ bytes: [UInt8], path: String, category: String? = nil, url: String? = nil,
                            date: String? = nil, charset: String? = nil) -> Reading {
        var decision = PageEncoding.decide(bytes, transport: charset)
        // A NUL byte would end libxml2's reading there; browsers pass over it.
        if !decision.encoding.hasPrefix("UTF-16"), decision.bytes.contains(0) {
            for k in decision.bytes.indices where decision.bytes[k] == 0 { decision.bytes[k] = 0x20 }
        }
        let dom = DOM.parse(decision.bytes, encoding: decision.encoding)
        var metadata = PageMetadata.read(dom)
        if metadata.url == nil { metadata.url = url }
        if metadata.date == nil { metadata.date = date.flatMap(PageMetadata.date) ?? url.flatMap(PageMetadata.urlDate) }
        let dropped = PageBlocks.droppedElements(dom)
        let blocks = PageBlocks.blocks(dom, dropped: dropped)
        if dumping {
            var out = ""
            for b in blocks { out += "ALL\t\(path)\t\(b.text.replacingOccurrences(of: "\n", with: " "))\n" }
            FileHandle.standardError.write(out.data(using: .utf8)!)
        }
        if debugging {
            FileHandle.standardError.write("encoding \(decision.encoding), \(dom.elements.count) elements, \(blocks.count) blocks, \(dom.text.count) text bytes\n".data(using: .utf8)!)
            if let big = blocks.max(by: { $0.chars < $1.chars }) {
                var a = big.container
                var chain: [String] = []
                while a >= 0 { chain.append("\(dom.elements[a].name).\(dom.elements[a].attributes["class"] ?? "")#\(dom.elements[a].attributes["id"] ?? "")"); a = dom.elements[a].parent }
                FileHandle.standardError.write("biggest block's chain: \(chain.joined(separator: " < "))\n".data(using: .utf8)!)
            }
            var firstText = 0
            while firstText < dom.elements.count, !dom.elements[firstText].children.contains(where: { if case .text(let r) = $0 { return r.count > 20 } else { return false } }) { firstText += 1 }
            var a = firstText
            var chain: [String] = []
            while a >= 0, a < dom.elements.count { chain.append("\(dom.elements[a].name)\(dropped[a] ? "(dropped)" : "")"); a = dom.elements[a].parent }
            FileHandle.standardError.write("first text's chain: \(chain.joined(separator: " < "))\n".data(using: .utf8)!)
            for b in blocks.prefix(0) { FileHandle.standardError.write("  block <\(dom.elements[b.container].name)> \(b.chars) ld \(b.linkDensity): \(b.text.prefix(60))\n".data(using: .utf8)!) }
        }
        let hints = PageHints(dom)
        var kept = ArticleText.select(ContentFinder(dom: dom, dropped: dropped, blocks: blocks, hints: hints), metadata: metadata)
        if debugging {
            let f = ContentFinder(dom: dom, dropped: dropped, blocks: blocks, hints: hints)
            let sc = f.scores()
            if let big = blocks.max(by: { $0.chars < $1.chars }) {
                var a = big.container
                var chain: [String] = []
                while a >= 0 { chain.append("\(dom.elements[a].name)[\(f.unlikely[a] ? "U" : "")\(Int(sc[a] ?? 0))/\(f.goodChars[a])]\(f.marks[a].prefix(40))"); a = dom.elements[a].parent }
                FileHandle.standardError.write("chain: \(chain.joined(separator: " < "))\n".data(using: .utf8)!)
            }
            for (k, v) in sc.sorted(by: { $0.value > $1.value }).prefix(5) {
                FileHandle.standardError.write("score \(k) <\(dom.elements[k].name) \(f.marks[k].prefix(50))> \(v) ld \(f.linkDensity(k))\n".data(using: .utf8)!)
            }
        }
        // Too little: again without ruling out elements by their class names.
        if kept.reduce(0, { $0 + $1.chars }) < 250 {
            let again = ArticleText.select(ContentFinder(dom: dom, dropped: dropped, blocks: blocks, hints: hints, strict: false), metadata: metadata)
            if again.reduce(0, { $0 + $1.chars }) > kept.reduce(0, { $0 + $1.chars }) { kept = again }
        }
        let title = ArticleText.title(dom, dropped: dropped, metadata: metadata)
        var raw: [RawBlock] = []
        var notText = Set<Int>()
        for b in kept {
            if case .heading(let level) = b.kind {
                if level == 1, let title, sameText(b.text, title) { continue }
                // A heading is a short line (SPEC §3): a sentence or two in heading markup (a lead set
                // in <h2>) is a paragraph.
                if isSentences(b.text) {
                    raw.append(RawBlock(b.text, kind: .paragraph))
                    continue
                }
                raw.append(RawBlock(b.text, kind: .heading))
            } else {
                // In the article's box but not its text: a caption, a date, a prompt… (`PageLines`; a
                // table's cells and a list's items are left as they are).
                if b.kind != .cell, b.kind != .item, PageLines.isNotText(b.text) { notText.insert(raw.count) }
                raw.append(RawBlock(b.text, kind: .paragraph))
            }
        }
        if !notText.isEmpty, raw.indices.contains(where: { raw[$0].kind == .paragraph && !notText.contains($0) }) {
            raw = raw.indices.filter { !notText.contains($0) }.map { raw[$0] }
        }
        if dumping {
            var out = ""
            for b in raw { out += "KEPT\t\(path)\t\(b.text.replacingOccurrences(of: "\n", with: " "))\n" }
            FileHandle.standardError.write(out.data(using: .utf8)!)
        }
        // Lines that give the article's date, category or tags ("Posted on April 22, 2022", "Kategorie:
        // News") are its metadata, not its text.
        if raw.contains(where: { $0.kind == .paragraph && !PageWords.isMetadataLine($0.text) }) {
            raw.removeAll { $0.kind == .paragraph && PageWords.isMetadataLine($0.text) }
        }
        // The site's calls to its readers after the article (follow us, get the app, subscribe, the
        // copyright) are not the article's, however they are marked up; the first paragraph stays.
        while raw.count > 1, let last = raw.last, last.kind == .paragraph, last.text.utf8.count < 400, PageWords.isPromotion(last.text) {
            raw.removeLast()
        }
        // A heading left with nothing after it is no part of the text.
        while let last = raw.last, last.kind == .heading { raw.removeLast() }
        var reading = Reading(document: nil, metadata: metadata, repaired: decision.repaired)
        reading.truncated = dom.truncated
        if raw.isEmpty, metadata.declaresArticle, let description = metadata.description, description.utf8.count >= 80 {
            // An article whose text a script fills in: what the page says of it is all there is.
            raw = [RawBlock(description, kind: .paragraph)]
            reading.onlyDescription = true
        }
        guard !raw.isEmpty else {
            reading.problem = blocks.isEmpty ? "no text in the page" : "no article in the page (an index or a gallery?)"
            return reading
        }
        var document = RawDocument(title: title ?? "(untitled)", blocks: raw, date: metadata.date, url: metadata.url,
                                   source: metadata.source, category: metadata.section ?? category, path: path)
        document.author = metadata.author
        document.language = metadata.language
        reading.document = document
        return reading
    }

    /// Longer than a heading line and ending as a sentence ends, or longer than any heading.
    static func isSentences(_ text: String) -> Bool {
        let bytes = text.utf8.count
        if bytes > 150 { return true }
        guard bytes > 90, let last = text.unicodeScalars.last else { return false }
        return last == "." || last == "!" || last == "\u{2026}"
    }

    static func sameText(_ a: String, _ b: String) -> Bool {
        a.lowercased().filter { $0.isLetter || $0.isNumber } == b.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

/// Which blocks of a page are the article's text.
enum ArticleText {
    static func select(_ finder: ContentFinder, metadata: PageMetadata) -> [PageBlock] {
        let dom = finder.dom
        var roots = finder.roots()
        // The structured data's text, when the page has it, overrules a choice that misses much of it.
        if let body = metadata.body, let matching = finder.rootMatching(body: body),
           !roots.contains(where: { finder.isAncestor($0, of: matching) }) {
            roots = [matching]
        }
        if debugging {
            for r in roots {
                let e = dom.elements[r]
                FileHandle.standardError.write("root \(r) <\(e.name) \(finder.marks[r])> chars \(finder.chars[r]) paragraphs \(finder.paragraphs[r])\n".data(using: .utf8)!)
            }
        }
        guard !roots.isEmpty else { return [] }
        let n = dom.elements.count
        // Per element: inside a root, and pruned (furniture inside the article).
        var inside = [Bool](repeating: false, count: n)
        var pruned = [Bool](repeating: false, count: n)
        let rootSet = Set(roots)
        let rootGood = roots.reduce(0) { $0 + finder.goodChars[$1] }
        // Teaser cards: three or more siblings of one tag and class, mostly links (a list of other
        // articles, each a linked headline and a line). Looked for among the children of the elements
        // kept inside the article only.
        var cards = Set<Int>()
        func markCards(under k: Int) {
            var groups: [String: [Int]] = [:]
            for c in dom.elements[k].children {
                guard case .element(let e) = c, finder.chars[e] > 0 else { continue }
                let marks = finder.marks[e]
                guard !marks.isEmpty else { continue }
                groups[dom.elements[e].name + " " + marks, default: []].append(e)
            }
            for (_, members) in groups where members.count >= 3 {
                let chars = members.reduce(0) { $0 + finder.chars[$1] }
                let links = members.reduce(0) { $0 + finder.linkChars[$1] }
                if links * 2 >= chars { cards.formUnion(members) }
            }
        }
        /// Whether element `k`, inside the article and under no pruned element, is furniture.
        func isPruned(_ k: Int) -> Bool {
            if cards.contains(k), finder.goodChars[k] * 2 <= rootGood { return true }
            // Never the bulk of the article's long paragraphs.
            if finder.goodChars[k] * 2 > rootGood { return false }
            let e = dom.elements[k]
            if ContentHints.isFurniture(e, marks: finder.marks[k], paragraphs: finder.paragraphs[k]) {
                if debugging { FileHandle.standardError.write("pruned <\(e.name) \(finder.marks[k])> \(finder.chars[k])\n".data(using: .utf8)!) }
                return true
            }
            // Lists and boxes of links: related articles, tags, navigation.
            if finder.chars[k] > 0, ["ul", "ol", "dl", "div", "section", "table", "header", "span", "p"].contains(e.name) {
                let ld = finder.linkDensity(k)
                if ld > 0.5 { return true }
                if (e.name == "ul" || e.name == "ol"), ld > 0.3, finder.paragraphs[k] == 0 { return true }
            }
            return false
        }
        // Parents come before their children: one pass decides every element.
        for k in 0..<n {
            let p = dom.elements[k].parent
            if rootSet.contains(k) {
                inside[k] = true
            } else {
                guard p >= 0, inside[p] else { continue }
                inside[k] = true
                pruned[k] = pruned[p] || isPruned(k)
            }
            if !pruned[k], !dom.elements[k].children.isEmpty { markCards(under: k) }
        }
        // Long paragraphs right before or after the chosen text, outside it (a lead set above the body's
        // box, a last paragraph below it), join it: blocks next to it in reading order, up to the first
        // that is not a long paragraph.
        let chosen = finder.blocks.indices.filter { inside[finder.blocks[$0].container] && !pruned[finder.blocks[$0].container] }
        var extra = Set<Int>()
        if let first = chosen.first, let last = chosen.last {
            func good(_ b: PageBlock) -> Bool {
                if case .heading = b.kind, !WebPage.isSentences(b.text) { return false }
                return b.chars >= 60 && b.linkDensity < (b.chars >= 150 ? 0.25 : 0.1) && !finder.unlikely[b.container]
            }
            func heading(_ k: Int) -> Bool {
                if case .heading = finder.blocks[k].kind { return !finder.unlikely[finder.blocks[k].container] }
                return false
            }
            // An advertisement's label between two long paragraphs is passed over (and not kept).
            func label(_ b: PageBlock) -> Bool { b.chars <= 40 && ArticleText.isFurnitureLine(b.text) }
            // A subheading between two long paragraphs goes with them.
            var k = first - 1
            while k >= 0 {
                if good(finder.blocks[k]) { extra.insert(k); k -= 1; continue }
                if label(finder.blocks[k]), k > 0, good(finder.blocks[k - 1]) { k -= 1; continue }
                // A few lines between the text and a long paragraph above it (a date, a byline, a
                // caption): passed over, not kept.
                var short = 0
                while short < 5, k - short >= 0, finder.blocks[k - short].chars < 60, !good(finder.blocks[k - short]) { short += 1 }
                if short > 0, k - short >= 0, good(finder.blocks[k - short]) { k -= short; continue }
                if heading(k), k > 0, good(finder.blocks[k - 1]) { extra.insert(k); k -= 1; continue }
                break
            }
            k = last + 1
            while k < finder.blocks.count {
                // Below the text, what was pruned inside the article (an author's box) stays out.
                if good(finder.blocks[k]), !inside[finder.blocks[k].container] { extra.insert(k); k += 1; continue }
                if label(finder.blocks[k]), k + 1 < finder.blocks.count, good(finder.blocks[k + 1]) { k += 1; continue }
                if heading(k), k + 1 < finder.blocks.count, good(finder.blocks[k + 1]) { extra.insert(k); k += 1; continue }
                break
            }
        }
        var seen = Set<String>()
        var kept: [PageBlock] = []
        if dumping {
            var out = ""
            for b in finder.blocks {
                var why = "in"
                if !inside[b.container] { why = "outside" } else if pruned[b.container] {
                    var a = b.container
                    while a > 0, pruned[dom.elements[a].parent] { a = dom.elements[a].parent }
                    why = "pruned<\(dom.elements[a].name) \(finder.marks[a])>"
                } else if b.linkDensity > 0.6 { why = "links" } else {
                    var a = b.container
                    var chain: [String] = []
                    for _ in 0..<4 where a > 0 { chain.append("\(dom.elements[a].name).\(finder.marks[a].prefix(40))"); a = dom.elements[a].parent }
                    why = "in<" + chain.joined(separator: " < ") + ">"
                }
                out += "WHY\t\(finder.dom.elements.count)\t\(why)\t\(b.text.replacingOccurrences(of: "\n", with: " "))\n"
            }
            FileHandle.standardError.write(out.data(using: .utf8)!)
        }
        for (n, b) in finder.blocks.enumerated() where (inside[b.container] && !pruned[b.container]) || extra.contains(n) {
            if b.linkDensity > 0.6 { continue }
            if b.chars <= 40 {
                if isFurnitureLine(b.text) { continue }
            } else {
                // A long block the page repeats (a teaser of the article inside it) is kept once.
                guard seen.insert(b.text).inserted else { continue }
            }
            kept.append(b)
        }
        // A section under a heading that names furniture ("Related articles", "Ähnliche Beiträge",
        // "Tags") is furniture, up to the next heading of its level or above.
        var k = 0
        var furnitureLevel: Int?
        kept.removeAll { b in
            defer { k += 1 }
            if case .heading(let level) = b.kind {
                if let f = furnitureLevel, level > f { return true }
                furnitureLevel = nil
                if PageWords.isFurnitureHeading(b.text) { furnitureLevel = level; return true }
                return false
            }
            return furnitureLevel != nil
        }
        return kept
    }

    /// A line that is furniture wherever it stands ("Advertisement", "Share", "Read more").
    static func isFurnitureLine(_ text: String) -> Bool {
        let bare = String(text.lowercased().unicodeScalars.filter { !CharacterSetLike.closing.contains($0) })
        return PageWords.furnitureLines.contains(bare.trimmingSpaces)
    }

    /// The article's title: the page's `h1` that agrees with the metadata title (or the first `h1`),
    /// else the metadata title, else the `<title>` without the site's name.
    static func title(_ dom: DOM, dropped: [Bool], metadata: PageMetadata) -> String? {
        var h1s: [String] = []
        for k in dom.elements.indices where dom.elements[k].name == "h1" && !dropped[k] {
            let t = dom.textContent(k)
            if !t.isEmpty { h1s.append(t) }
            if h1s.count >= 5 { break }
        }
        let meta = metadata.title
        if let meta, let h = h1s.first(where: { WebPage.sameText($0, meta) || meta.lowercased().hasPrefix($0.lowercased()) }) { return h }
        if let meta { return meta }
        if h1s.count == 1 { return h1s[0] }
        if let doc = metadata.documentTitle {
            // "Headline | Site" or "Headline - Site": the longest part.
            let parts = doc.components(separatedBy: " | ").flatMap { $0.components(separatedBy: " - ") }
                .flatMap { $0.components(separatedBy: " – ") }.flatMap { $0.components(separatedBy: " :: ") }
            return parts.max { $0.count < $1.count } ?? doc
        }
        return h1s.first
    }
}

enum CharacterSetLike {
    static let closing: Set<Unicode.Scalar> = [".", ":", "!", "?", "…", "»", "›", ">", "|", "→", "·"]
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
