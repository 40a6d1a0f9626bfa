/// A page's text as blocks, in reading order: each run of text between block-level tags, with the
/// element that holds it and what the reader scores it by (its length, its commas, how much of it is
/// link text). Scripts, styles, forms' controls, hidden elements and the like are left out here.
struct PageBlock {
    enum Kind: Equatable {
        case heading(Int)
        case paragraph
        case item
        case quote
        case cell
        case preformatted
        case plain
    }

    var text: String
    /// The innermost block-level element around the text.
    var container: Int
    var kind: Kind
    /// Characters, white space excluded.
    var chars: Int
    /// Characters inside links.
    var linkChars: Int
    var commas: Int

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

enum PageBlocks {
    /// Elements whose content is never text of the page.
    static let dropped: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
        "audio", "select", "textarea", "button", "input", "option", "math", "map", "picture", "dialog", "figcaption",
        "label", "datalist", "meter", "progress", "source", "track", "rt", "rp",
    ]

    /// Elements that end a run of text (a new block starts after them).
    static let blockLevel: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "hr", "br",
        "header", "footer", "nav", "aside", "address", "center", "form", "fieldset", "legend", "details", "summary",
        "body", "html", "menu", "hgroup",
    ]

    static func isHidden(_ e: DOM.Element) -> Bool {
        if e.attributes["hidden"] != nil { return true }
        if e.attributes["aria-hidden"]?.lowercased() == "true", e.name != "span", e.name != "i" { return true }
        if let style = e.attributes["style"]?.lowercased() {
            let compact = style.filter { $0 != " " }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// Marks the elements left out (dropped tags, hidden ones, and everything under them).
    /// A `noscript` that holds the page (an unclosed element inside it swallowed the rest) is kept.
    static func droppedElements(_ dom: DOM) -> [Bool] {
        var textBytes = [Int](repeating: 0, count: dom.elements.count)
        for k in stride(from: dom.elements.count - 1, through: 0, by: -1) {
            for c in dom.elements[k].children { if case .text(let r) = c { textBytes[k] += r.count } }
            let p = dom.elements[k].parent
            if p >= 0 { textBytes[p] += textBytes[k] }
        }
        var out = [Bool](repeating: false, count: dom.elements.count)
        for k in dom.elements.indices {
            let e = dom.elements[k]
            let p = e.parent
            if p >= 0, out[p] { out[k] = true; continue }
            if e.name == "noscript" { out[k] = textBytes[k] * 4 < textBytes[0]; continue }
            out[k] = dropped.contains(e.name) || isHidden(e)
        }
        return out
    }

    static func kind(of name: String) -> PageBlock.Kind {
        switch name {
        case "h1": return .heading(1)
        case "h2": return .heading(2)
        case "h3": return .heading(3)
        case "h4": return .heading(4)
        case "h5": return .heading(5)
        case "h6": return .heading(6)
        case "p": return .paragraph
        case "li", "dd", "dt": return .item
        case "blockquote": return .quote
        case "td", "th": return .cell
        case "pre": return .preformatted
        default: return .plain
        }
    }

    /// The blocks of the page, in order.
    static func blocks(_ dom: DOM, dropped: [Bool]) -> [PageBlock] {
        enum Step {
            case enter(Int)
            case text(Range<Int>)
            case exit(Int)
        }
        var blocks: [PageBlock] = []
        var buffer: [UInt8] = []
        var linkChars = 0
        var linkDepth = 0
        var containers: [Int] = [0]
        var preDepth = 0

        func flush() {
            let text = preDepth > 0 ? trimmedLines(buffer) : Whitespace.collapse(buffer)
            buffer.removeAll(keepingCapacity: true)
            defer { linkChars = 0 }
            guard !text.isEmpty else { return }
            var chars = 0
            var commas = 0
            for s in text.unicodeScalars where s != " " && s != "\n" {
                chars += 1
                if s == "," || s == "\u{FF0C}" || s == "\u{3001}" { commas += 1 }
            }
            guard chars > 0 else { return }
            let container = containers.last!
            var kind = kind(of: dom.elements[container].name)
            if kind == .plain || kind == .paragraph {
                // Text in a paragraph inside a block quote or a list item is quoted or listed text.
                var a = dom.elements[container].parent
                var steps = 0
                while a > 0, steps < 3 {
                    let name = dom.elements[a].name
                    if name == "blockquote" { kind = .quote; break }
                    if blockLevel.contains(name), name != "div", name != "span" { break }
                    a = dom.elements[a].parent
                    steps += 1
                }
            }
            blocks.append(PageBlock(text: text, container: container, kind: kind, chars: chars,
                                    linkChars: min(linkChars, chars), commas: commas))
        }

        var stack: [Step] = [.enter(0)]
        while let step = stack.popLast() {
            switch step {
            case .text(let r):
                buffer.append(contentsOf: dom.text[r])
                if linkDepth > 0 {
                    for c in dom.text[r] where c > 0x20 && (c & 0xC0) != 0x80 { linkChars += 1 }
                }
            case .enter(let k):
                guard !dropped[k] else { continue }
                let e = dom.elements[k]
                let isBlock = blockLevel.contains(e.name)
                if isBlock {
                    flush()
                    if e.name == "br" || e.name == "hr" { continue }
                    containers.append(k)
                } else if e.name == "img" {
                    continue
                }
                if e.name == "a" { linkDepth += 1 }
                if e.name == "pre" { preDepth += 1 }
                stack.append(.exit(k))
                for child in e.children.reversed() {
                    switch child {
                    case .element(let c): stack.append(.enter(c))
                    case .text(let r): stack.append(.text(r))
                    }
                }
            case .exit(let k):
                let e = dom.elements[k]
                if e.name == "a" { linkDepth -= 1 }
                if e.name == "pre" { preDepth -= 1 }
                if blockLevel.contains(e.name) {
                    flush()
                    containers.removeLast()
                } else if e.name == "span" || e.name == "a" {
                    // Inline elements side by side ("<span>a</span><span>b</span>") keep a space between
                    // their words only when the page has one; nothing to do here.
                }
            }
        }
        flush()
        return blocks
    }

    /// Preformatted text: lines kept, each line's white space collapsed.
    static func trimmedLines(_ bytes: [UInt8]) -> String {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { Whitespace.collapse($0) }
            .drop { $0.isEmpty }
            .reversed().drop { $0.isEmpty }.reversed()
            .joined(separator: "\n")
    }
}
