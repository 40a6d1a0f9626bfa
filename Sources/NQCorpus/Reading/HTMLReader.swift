/// HTML pages: the article's text, read by one forward scan over the bytes (no DOM, no backtracking).
/// Headings (h2–h6) become section headings and h1 (or <title>) the title; scripts, styles, navigation,
/// headers, footers, asides, forms, comments and elements whose class or id names page furniture
/// (comments, related, share, newsletter, …) are dropped. When the page has an <article> element, only
/// its text is kept. Dates, URLs and site names come from <meta> and <link rel="canonical">.
public enum HTMLReader {
    /// Elements whose whole content is not article text.
    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                                       "svg", "iframe", "template", "button", "select", "textarea", "figcaption",
                                       "menu", "dialog", "object", "canvas", "video", "audio"]
    /// Class or id words that mark page furniture.
    static let furnitureMarks = ["comment", "related", "share", "sharing", "social", "newsletter", "sidebar",
                                 "footer", "navbar", "menu", "breadcrumb", "advert", "promo", "cookie",
                                 "subscribe", "signup", "widget", "byline-share", "recommend"]
    static let blockTags: Set<String> = ["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br",
                                         "blockquote", "tr", "td", "th", "table", "section", "article", "main",
                                         "hr", "dd", "dt", "dl", "pre", "figure", "address", "body", "html"]
    static let voidTags: Set<String> = ["br", "img", "meta", "link", "input", "hr", "area", "base", "col",
                                        "embed", "source", "track", "wbr", "param"]

    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: [String: String]
    }

    struct Collected {
        var text: String
        var kind: RawBlock.Kind
        var inArticle: Bool
        var level: Int  // heading level, 0 for none
    }

    public static func read(_ html: String, path: String, category: String? = nil) -> ReadResult {
        var html = html
        return html.withUTF8 { b in scan(b, path: path, category: category) }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, path: String, category: String?) -> ReadResult {
        var blocks: [Collected] = []
        var text: [UInt8] = []
        var kind = RawBlock.Kind.text
        var headingLevel = 0
        var skipName: String? = nil
        var skipDepth = 0
        var articleDepth = 0
        var inTitle = false
        var titleText: [UInt8] = []
        var meta: [String: String] = [:]
        var canonical: String?

        func flush() {
            let t = collapse(decodeEntities(text))
            if !t.isEmpty {
                blocks.append(Collected(text: t, kind: kind, inArticle: articleDepth > 0, level: headingLevel))
            }
            text.removeAll(keepingCapacity: true)
            kind = .text
            headingLevel = 0
        }

        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            guard c == 0x3C else {  // '<'
                if skipDepth == 0 {
                    if inTitle { titleText.append(c) } else { text.append(c) }
                }
                i += 1
                continue
            }
            // Comments, doctype, processing instructions.
            if i + 3 < n, b[i + 1] == 0x21, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                i = find(b, "-->", from: i + 4).map { $0 + 3 } ?? n
                continue
            }
            if i + 1 < n, b[i + 1] == 0x21 || b[i + 1] == 0x3F {
                i = find(b, ">", from: i + 1).map { $0 + 1 } ?? n
                continue
            }
            guard let (tag, next) = parseTag(b, at: i) else {
                if skipDepth == 0 { text.append(c) }
                i += 1
                continue
            }
            i = next
            let name = tag.name
            // Raw text elements: jump to their end tag.
            if !tag.closing, !tag.selfClosing, name == "script" || name == "style" || name == "textarea" {
                i = find(b, "</\(name)", from: i, caseInsensitive: true) ?? n
                continue
            }
            if let skipping = skipName {
                if name == skipping, !voidTags.contains(name), !tag.selfClosing {
                    skipDepth += tag.closing ? -1 : 1
                    if skipDepth == 0 { skipName = nil }
                }
                continue
            }
            if !tag.closing, !tag.selfClosing, !voidTags.contains(name), isFurniture(tag) {
                flush()
                skipName = name
                skipDepth = 1
                continue
            }
            switch name {
            case "title":
                inTitle = !tag.closing
                continue
            case "meta":
                let key = (tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"] ?? "").lowercased()
                if let content = tag.attributes["content"], !key.isEmpty, meta[key] == nil { meta[key] = content }
                continue
            case "link":
                if tag.attributes["rel"]?.lowercased() == "canonical" { canonical = tag.attributes["href"] }
                continue
            case "article":
                flush()
                articleDepth += tag.closing ? (articleDepth > 0 ? -1 : 0) : 1
                continue
            default:
                break
            }
            if blockTags.contains(name) {
                flush()
                if !tag.closing {
                    switch name {
                    case "h1", "h2", "h3", "h4", "h5", "h6":
                        kind = .heading
                        headingLevel = Int(String(name.dropFirst())) ?? 2
                    case "p", "li", "blockquote", "dd", "pre":
                        kind = .paragraph
                    default:
                        break
                    }
                }
            }
        }
        flush()

        if blocks.contains(where: { $0.inArticle }) { blocks.removeAll { !$0.inArticle } }
        var title: String? = nil
        if let h1 = blocks.firstIndex(where: { $0.level == 1 }) {
            title = blocks[h1].text
            blocks.removeSubrange(0...h1)
        } else {
            let t = collapse(decodeEntities(titleText))
            if !t.isEmpty { title = t }
            else if let og = meta["og:title"] { title = collapse(decodeEntities(Array(og.utf8))) }
        }
        let raw = blocks.map { RawBlock($0.text, kind: $0.kind == .heading ? .heading : $0.kind) }
        guard title != nil || !raw.isEmpty else {
            return ReadResult(problems: [LoadProblem(path: path, reason: "no article text found in the HTML")])
        }
        let date = (meta["article:published_time"] ?? meta["date"] ?? meta["datepublished"] ?? meta["pubdate"])
            .map(DateParsing.normalize)
        let doc = RawDocument(
            title: title ?? "(untitled)", blocks: raw, date: date, url: canonical ?? meta["og:url"],
            source: meta["og:site_name"], category: meta["article:section"] ?? category, path: path)
        return ReadResult(documents: [doc])
    }

    static func isFurniture(_ tag: Tag) -> Bool {
        if skipped.contains(tag.name) { return true }
        if tag.attributes["role"].map({ ["navigation", "banner", "contentinfo", "complementary"].contains($0) }) == true {
            return true
        }
        if tag.attributes["aria-hidden"] == "true" || tag.attributes["hidden"] != nil { return true }
        let marks = ((tag.attributes["class"] ?? "") + " " + (tag.attributes["id"] ?? "")).lowercased()
        if marks.count < 2 { return false }
        // Word-ish match: "comments", "related-posts", "share-bar" — but not "article-body".
        let words = marks.split(whereSeparator: { !$0.isLetter })
        return words.contains { w in furnitureMarks.contains { w.hasPrefix($0) } }
    }

    /// Parses a tag at `b[i] == '<'`; nil when it is not a tag (a lone `<` in text).
    static func parseTag(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (Tag, Int)? {
        var i = start + 1
        let n = b.count
        var closing = false
        if i < n, b[i] == 0x2F { closing = true; i += 1 }
        let nameStart = i
        while i < n, isNameByte(b[i]) { i += 1 }
        guard i > nameStart, isLetter(b[nameStart]) else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<i]), as: UTF8.self).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < n {
            let c = b[i]
            if c == 0x3E { i += 1; break }  // '>'
            if c == 0x2F { selfClosing = true; i += 1; continue }
            if c.isASCIIWhitespace { i += 1; continue }
            selfClosing = false
            let keyStart = i
            while i < n, !b[i].isASCIIWhitespace, b[i] != 0x3D, b[i] != 0x3E, b[i] != 0x2F { i += 1 }
            let key = String(decoding: UnsafeBufferPointer(rebasing: b[keyStart..<i]), as: UTF8.self).lowercased()
            if key.isEmpty { i += 1; continue }
            while i < n, b[i].isASCIIWhitespace { i += 1 }
            var value = ""
            if i < n, b[i] == 0x3D {
                i += 1
                while i < n, b[i].isASCIIWhitespace { i += 1 }
                if i < n, b[i] == 0x22 || b[i] == 0x27 {
                    let q = b[i]
                    let vs = i + 1
                    i = vs
                    while i < n, b[i] != q { i += 1 }
                    value = String(decoding: UnsafeBufferPointer(rebasing: b[vs..<min(i, n)]), as: UTF8.self)
                    i += 1
                } else {
                    let vs = i
                    while i < n, !b[i].isASCIIWhitespace, b[i] != 0x3E { i += 1 }
                    value = String(decoding: UnsafeBufferPointer(rebasing: b[vs..<i]), as: UTF8.self)
                }
            }
            attributes[key] = String(decoding: decodeEntities(Array(value.utf8)), as: UTF8.self)
        }
        return (Tag(name: name, closing: closing, selfClosing: selfClosing, attributes: attributes), i)
    }

    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isNameByte(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x3A }

    /// The position of `needle` at or after `from`.
    static func find(_ b: UnsafeBufferPointer<UInt8>, _ needle: String, from: Int, caseInsensitive: Bool = false) -> Int? {
        let nd = Array(needle.utf8)
        guard !nd.isEmpty, b.count >= nd.count else { return nil }
        var i = from
        while i + nd.count <= b.count {
            var k = 0
            while k < nd.count, (caseInsensitive ? b[i + k] | 0x20 == nd[k] | 0x20 : b[i + k] == nd[k]) { k += 1 }
            if k == nd.count { return i }
            i += 1
        }
        return nil
    }

    /// Collapses runs of white space to one space and trims.
    static func collapse(_ bytes: [UInt8]) -> String {
        TextBlocks.trim(String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}", "copy": "\u{00A9}", "reg": "\u{00AE}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó", "uacute": "ú", "iacute": "í",
        "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß", "euro": "€", "pound": "£",
    ]

    /// Decodes character references (&amp; &#8217; &#x2019; and the common named ones).
    static func decodeEntities(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x26) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, let semi = bytes[(i + 1)..<min(bytes.count, i + 12)].firstIndex(of: 0x3B) {
                let body = String(decoding: bytes[(i + 1)..<semi], as: UTF8.self)
                var replacement: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    replacement = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if body.hasPrefix("#") {
                    replacement = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = entities[body] ?? entities[body.lowercased()]
                }
                if let r = replacement {
                    out.append(contentsOf: r.utf8)
                    i = semi + 1
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
