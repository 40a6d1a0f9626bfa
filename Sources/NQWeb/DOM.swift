import CLibXML2
import NQSupport

/// A web page's elements and text as libxml2's HTML parser built them (the way browsers repair broken
/// markup), copied into flat arrays: element `k`'s tag, attributes, parent and children. Text nodes are
/// byte ranges of one UTF-8 buffer. Built and walked without recursion, so a page of 100,000 nested
/// tags costs memory, not stack.
public struct DOM: Sendable {
    public enum Child: Sendable, Hashable {
        case element(Int)
        case text(Range<Int>)
    }

    public struct Element: Sendable {
        /// The tag, lower case ("p", "div", "article").
        public var name: String
        public var attributes: [String: String]
        public var parent: Int
        public var children: [Child]
    }

    /// Element 0 is the root (`html`).
    public internal(set) var elements: [Element] = []
    /// The bytes of every text node, one after another.
    public internal(set) var text: [UInt8] = []
    /// Whether libxml2 stopped before the end (markup nested deeper than it follows).
    public internal(set) var truncated = false

    /// The attributes kept: those the reader looks at. Others (data-*, on*, style details) are dropped
    /// to keep the copy small.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "itemtype", "hidden", "aria-hidden", "style", "href", "rel", "property",
        "name", "content", "datetime", "lang", "type", "charset", "http-equiv", "aria-label", "itemscope",
    ]

    public func text(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }

    /// Visits the elements under `root` (itself first) in document order; `visit` returns false to leave
    /// an element's children out.
    public func walk(from root: Int, _ visit: (Int) -> Bool) {
        var stack = [root]
        while let k = stack.popLast() {
            guard visit(k) else { continue }
            for child in elements[k].children.reversed() {
                if case .element(let c) = child { stack.append(c) }
            }
        }
    }

    /// The text under `root`, white space collapsed.
    public func textContent(_ root: Int) -> String {
        var out: [UInt8] = []
        var stack: [Child] = [.element(root)]
        while let c = stack.popLast() {
            switch c {
            case .text(let r): out += text[r]; out.append(0x20)
            case .element(let k): stack += elements[k].children.reversed()
            }
        }
        return Whitespace.collapse(out)
    }

    /// `<script …/>` and `<style …/>` are start tags, as browsers read them (the slash means nothing on
    /// an element that is not void): what follows, up to `</script>`, is the script's, not the page's text.
    /// libxml2 closes them at the slash; the slash is made a space. nil when the page has none. One pass
    /// over the bytes; only the bytes of tags that start with "<s" are looked at twice.
    static func openingSelfClosedScripts(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8]? = nil
        let n = bytes.count
        var i = 0
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
        while i + 7 < n {
            guard bytes[i] == 0x3C, lower(bytes[i + 1]) == 0x73 else { i += 1; continue }  // "<s"
            var nameEnd = i + 1
            while nameEnd < n, nameEnd - i <= 7, (lower(bytes[nameEnd]) >= 0x61 && lower(bytes[nameEnd]) <= 0x7A) { nameEnd += 1 }
            func named(_ word: StaticString) -> Bool {
                nameEnd - i - 1 == word.utf8CodeUnitCount
                    && (0..<word.utf8CodeUnitCount).allSatisfy { lower(bytes[i + 1 + $0]) == word.utf8Start[$0] }
            }
            guard named("script") || named("style") else { i = nameEnd; continue }
            // To the tag's end, past quoted attribute values.
            var k = nameEnd
            var quote: UInt8 = 0
            while k < n {
                let c = bytes[k]
                if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { break }
                k += 1
            }
            guard k < n else { break }
            if bytes[k - 1] == 0x2F {
                if out == nil { out = bytes }
                out![k - 1] = 0x20
            }
            i = k + 1
        }
        return out
    }

    /// Parses `bytes` in `encoding` (an IANA name libxml2 knows; nil lets it guess).
    public static func parse(_ bytes: [UInt8], encoding: String?) -> DOM {
        LibXML.initialize()
        var dom = DOM()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard let context = htmlNewParserCtxt() else {
            dom.elements = [Element(name: "html", attributes: [:], parent: -1, children: [])]
            return dom
        }
        defer { htmlFreeParserCtxt(context) }
        let bytes = Self.openingSelfClosedScripts(bytes) ?? bytes
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                htmlCtxtReadMemory(context, p, Int32(clamping: b.count), nil, encoding, options)
            }
        }
        // libxml2 follows markup 256 elements deep (as browsers cap it too) and stops there.
        if let message = context.pointee.lastError.message, String(cString: message).contains("depth") {
            dom.truncated = true
        }
        guard let doc = parsed else {
            dom.elements = [Element(name: "html", attributes: [:], parent: -1, children: [])]
            return dom
        }
        defer { xmlFreeDoc(doc) }
        // Documents parsed from templates inside the article (freed with the page's).
        var templates: [htmlDocPtr] = []
        defer { for t in templates { xmlFreeDoc(t) } }
        dom.elements.append(Element(name: "html", attributes: [:], parent: -1, children: []))
        guard let rootNode = xmlDocGetRootElement(doc) else { return dom }
        dom.copyAttributes(rootNode, into: 0)
        // Depth-first over libxml2's tree, by its sibling and parent links.
        var stack: [(xmlNodePtr?, Int)] = [(rootNode.pointee.children, 0)]
        while !stack.isEmpty {
            let (node, parent) = stack[stack.count - 1]
            guard let node else { stack.removeLast(); continue }
            stack[stack.count - 1].0 = node.pointee.next
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                // A template script inside the article's body holds the article's markup (Blogger saves
                // its posts so): read as the markup it is, in the script's place.
                if name == "script", dom.isInsideArticleBody(parent), let body = Self.templateBody(node, options: options, keep: &templates) {
                    stack.append((body, parent))
                    continue
                }
                let k = dom.elements.count
                dom.elements.append(Element(name: name, attributes: [:], parent: parent, children: []))
                dom.copyAttributes(node, into: k)
                dom.elements[parent].children.append(.element(k))
                if node.pointee.children != nil { stack.append((node.pointee.children, k)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                let start = dom.text.count
                var p = content
                while p.pointee != 0 { dom.text.append(p.pointee); p += 1 }
                if dom.text.count > start { dom.elements[parent].children.append(.text(start..<dom.text.count)) }
            default:
                continue
            }
        }
        return dom
    }

    /// Whether element `k` lies inside an element marked `itemprop="articleBody"`.
    func isInsideArticleBody(_ k: Int) -> Bool {
        var a = k
        while a >= 0 {
            if elements[a].attributes["itemprop"]?.lowercased() == "articlebody" { return true }
            a = elements[a].parent
        }
        return false
    }

    /// The first child of the body of the markup a `<script type="text/template">` holds (nil for any
    /// other script); the parsed document is kept in `keep` until the page's copy is made.
    static func templateBody(_ node: xmlNodePtr, options: Int32, keep: inout [htmlDocPtr]) -> xmlNodePtr? {
        guard let typeValue = xmlGetProp(node, "type") else { return nil }
        let type = String(cString: typeValue).lowercased()
        nq_xml_free(typeValue)
        guard type.contains("template") else { return nil }
        guard let content = xmlNodeGetContent(node) else { return nil }
        defer { nq_xml_free(content) }
        var length = 0
        while content[length] != 0 { length += 1 }
        guard length > 0, let doc = UnsafeRawPointer(content).withMemoryRebound(to: CChar.self, capacity: length, {
            htmlReadMemory($0, Int32(clamping: length), nil, "UTF-8", options)
        }) else { return nil }
        keep.append(doc)
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        var child = root.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, let n = c.pointee.name, String(cString: n).lowercased() == "body" { return c.pointee.children }
            child = c.pointee.next
        }
        return nil
    }

    mutating func copyAttributes(_ node: xmlNodePtr, into k: Int) {
        var attribute = node.pointee.properties
        while let a = attribute {
            defer { attribute = a.pointee.next }
            guard let rawName = a.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard Self.keptAttributes.contains(name) else { continue }
            var value = ""
            if let v = xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self)) {
                value = String(cString: v)
                nq_xml_free(v)
            }
            if elements[k].attributes[name] == nil { elements[k].attributes[name] = value }
        }
    }
}

/// libxml2 set up once per process (its parser is then safe to use on many threads at once).
enum LibXML {
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() { _ = initialized }

    /// Whether libxml2 can decode `encoding`.
    static func knows(_ encoding: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}

/// White space as HTML renders it: runs of spaces, tabs, line ends and no-break spaces made one space;
/// characters a browser does not show between letters (soft hyphens, zero-width spaces, word joiners, a
/// byte-order mark inside the text) left out, so that "can&shy;di&shy;da&shy;ture" reads "candidature".
public enum Whitespace {
    /// U+00AD soft hyphen; U+200B zero-width space; U+2060 word joiner; U+FEFF zero-width no-break space.
    static func invisibleLength<C: Collection>(_ bytes: C, at i: C.Index) -> Int where C.Element == UInt8 {
        let c = bytes[i]
        guard c == 0xC2 || c == 0xE2 || c == 0xEF else { return 0 }
        var it = bytes.index(after: i)
        guard it != bytes.endIndex else { return 0 }
        let c1 = bytes[it]
        if c == 0xC2 { return c1 == 0xAD ? 2 : 0 }
        it = bytes.index(after: it)
        guard it != bytes.endIndex else { return 0 }
        let c2 = bytes[it]
        if c == 0xE2, (c1 == 0x80 && c2 == 0x8B) || (c1 == 0x81 && c2 == 0xA0) { return 3 }
        if c == 0xEF, c1 == 0xBB, c2 == 0xBF { return 3 }
        return 0
    }

    public static func collapse<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let c = bytes[i]
            let next = bytes.index(after: i)
            // U+00A0 (C2 A0) counts as a space.
            if c == 0xC2, next != bytes.endIndex, bytes[next] == 0xA0 {
                pendingSpace = true
                i = bytes.index(after: next)
                continue
            }
            let invisible = invisibleLength(bytes, at: i)
            if invisible > 0 {
                i = bytes.index(i, offsetBy: invisible)
                continue
            }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B {
                pendingSpace = true
            } else if c < 0x20 || c == 0x7F {
                // Control characters from the page are not text.
            } else {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(c)
            }
            i = next
        }
        return String(decoding: out, as: UTF8.self)
    }
}
