import Foundation
import NQCorpus

/// What a page says about its article: structured data first (JSON-LD of an Article type), then
/// OpenGraph and `<meta>`, then the markup (`<time datetime>`, `<title>`, `<html lang>`), then the URL.
public struct PageMetadata: Sendable, Equatable {
    public var title: String?
    public var date: String?
    public var author: String?
    public var source: String?
    public var url: String?
    public var language: String?
    public var section: String?
    /// JSON-LD's `articleBody`, when the page gives it: evidence of where the article is.
    public var body: String?
    /// The `<title>` as written (with the site name, often).
    public var documentTitle: String?
    /// The page's description of its article (JSON-LD `description`, `og:description`, `<meta name=description>`).
    public var description: String?
    /// Whether the page says it is an article (`og:type` article, or JSON-LD of an article kind).
    public var declaresArticle = false

    public init() {}

    /// Reads the metadata of `dom`.
    static func read(_ dom: DOM) -> PageMetadata {
        var meta: [String: String] = [:]
        var canonical: String?
        var documentTitle: String?
        var firstTime: String?
        var jsonLD: [String] = []
        var itempropDate: String?
        var itempropAuthor: String?
        dom.walk(from: 0) { k in
            let e = dom.elements[k]
            switch e.name {
            case "meta":
                let key = (e.attributes["property"] ?? e.attributes["name"] ?? e.attributes["itemprop"] ?? e.attributes["http-equiv"] ?? "").lowercased()
                if let content = e.attributes["content"], !key.isEmpty, meta[key] == nil, !content.isEmpty {
                    meta[key] = Whitespace.collapse(Array(content.utf8))
                }
            case "link":
                if e.attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, canonical == nil {
                    canonical = e.attributes["href"]
                }
            case "title":
                if documentTitle == nil { documentTitle = dom.textContent(k) }
                return false
            case "time":
                if firstTime == nil, let d = e.attributes["datetime"], !d.isEmpty { firstTime = d }
            case "script":
                if e.attributes["type"]?.lowercased().contains("ld+json") == true { jsonLD.append(dom.rawText(k)) }
                return false
            case "svg", "style":
                return false
            default:
                break
            }
            if let prop = e.attributes["itemprop"]?.lowercased() {
                if prop == "datepublished", itempropDate == nil {
                    itempropDate = e.attributes["datetime"] ?? e.attributes["content"] ?? dom.textContent(k)
                }
                if prop == "author", itempropAuthor == nil, e.name != "meta" {
                    let t = dom.textContent(k)
                    if !t.isEmpty, t.count < 80 { itempropAuthor = t }
                }
            }
            return true
        }
        var m = PageMetadata()
        let ld = JSONLD.article(in: jsonLD)
        m.documentTitle = documentTitle.flatMap { $0.isEmpty ? nil : $0 }
        m.title = ld.headline ?? meta["og:title"] ?? meta["twitter:title"]
        m.date = [ld.datePublished, meta["article:published_time"], meta["og:published_time"], meta["datepublished"],
                  meta["date"], meta["dc.date"], meta["dc.date.issued"], meta["dcterms.date"], meta["publishdate"],
                  meta["pubdate"], meta["sailthru.date"], itempropDate, firstTime, ld.dateModified]
            .lazy.compactMap { $0.flatMap(Self.date) }.first
        m.author = ld.author ?? meta["author"] ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
            ?? meta["dc.creator"] ?? meta["sailthru.author"] ?? itempropAuthor
        m.author = m.author.map(Self.byline)
        m.source = meta["og:site_name"] ?? ld.publisher ?? meta["application-name"]
        m.url = [canonical, meta["og:url"], ld.url].lazy.compactMap { $0 }.first { $0.hasPrefix("http") }
        if let lang = dom.elements.first?.attributes["lang"] ?? meta["content-language"] ?? meta["og:locale"] ?? ld.language {
            let code = lang.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," }).first.map { $0.lowercased() } ?? ""
            if code.count >= 2, code.count <= 3, code.allSatisfy({ $0.isLetter }) { m.language = code }
        }
        m.section = ld.section ?? meta["article:section"]
        m.description = ld.description ?? meta["og:description"] ?? meta["description"] ?? meta["twitter:description"]
        m.declaresArticle = ld.isArticle || meta["og:type"]?.lowercased() == "article"
        m.body = ld.body
        if m.date == nil, let url = m.url { m.date = Self.urlDate(url) }
        return m
    }

    /// A byline made a name: "By Ann Lee" and its kin in other languages lose their first word.
    static func byline(_ text: String) -> String {
        for prefix in ["by ", "von ", "por ", "par ", "di ", "door "] where text.lowercased().hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// A date written in metadata, made ISO (`2021-03-04`); nil when it is not a date.
    static func date(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        if let iso = DateParsing.iso(String(t.prefix(10))) { return iso }
        return DateParsing.iso(t)
    }

    /// A date in a URL: /2021/03/04/ or /2021-03-04 (year 1990 to 2039).
    static func urlDate(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
        for k in parts.indices.dropLast(2) {
            guard parts[k].count == 4, let y = Int(parts[k]), (1990...2039).contains(y),
                  parts[k + 1].count <= 2, let mo = Int(parts[k + 1]), (1...12).contains(mo),
                  parts[k + 2].count <= 2, let d = Int(parts[k + 2]), (1...31).contains(d) else { continue }
            return DateParsing.iso(String(format: "%04d-%02d-%02d", y, mo, d))
        }
        return nil
    }
}

extension DOM {
    /// The text of an element's text nodes as written (a script's JSON), not collapsed.
    func rawText(_ k: Int) -> String {
        var out: [UInt8] = []
        for c in elements[k].children { if case .text(let r) = c { out += text[r] } }
        return String(decoding: out, as: UTF8.self)
    }
}

/// JSON-LD blocks: the first object whose `@type` is an article kind (NewsArticle, Article, BlogPosting,
/// ReportageNewsArticle, …), looked for in arrays and `@graph`s.
enum JSONLD {
    struct Article {
        var headline: String?
        var datePublished: String?
        var dateModified: String?
        var author: String?
        var publisher: String?
        var url: String?
        var language: String?
        var section: String?
        var body: String?
        var description: String?
        var isArticle = false
    }

    static func article(in scripts: [String]) -> Article {
        for script in scripts {
            guard let data = script.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            // Breadth first over arrays and @graph, no recursion.
            var queue: [Any] = [value]
            var i = 0
            while i < queue.count, i < 200 {
                let v = queue[i]
                i += 1
                if let array = v as? [Any] { queue += array; continue }
                guard let object = v as? [String: Any] else { continue }
                if let graph = object["@graph"] as? [Any] { queue += graph }
                if isArticle(object["@type"]) { return read(object) }
            }
        }
        return Article()
    }

    static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String) ?? ""]
        return types.contains { t in t.hasSuffix("Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting" || t == "NewsArticle" }
    }

    static func string(_ v: Any?) -> String? {
        if let s = v as? String {
            let t = Whitespace.collapse(Array(s.utf8))
            return t.isEmpty ? nil : t
        }
        if let a = v as? [Any] { return a.lazy.compactMap { string($0) }.first }
        return nil
    }

    static func name(_ v: Any?) -> String? {
        if let o = v as? [String: Any] { return string(o["name"]) }
        if let a = v as? [Any] {
            let names = a.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return string(v)
    }

    static func read(_ o: [String: Any]) -> Article {
        var a = Article()
        a.isArticle = true
        a.description = string(o["description"])
        a.headline = string(o["headline"]) ?? string(o["name"])
        a.datePublished = string(o["datePublished"]) ?? string(o["dateCreated"])
        a.dateModified = string(o["dateModified"])
        a.author = name(o["author"]) ?? name(o["creator"])
        a.publisher = name(o["publisher"])
        a.url = string(o["url"]) ?? ((o["mainEntityOfPage"] as? [String: Any]).flatMap { string($0["@id"]) }) ?? string(o["mainEntityOfPage"])
        a.language = string(o["inLanguage"])
        a.section = string(o["articleSection"])
        a.body = string(o["articleBody"])
        return a
    }
}
