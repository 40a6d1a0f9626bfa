/// What an element's tag, role, class and id say about it: content, furniture, or nothing. The words are
/// data (`PageWords`); matching is on the lower-cased class and id, as the readability family does.
enum ContentHints {
    /// Readability's class/id weight: +25 when the marks name content, −25 when they name furniture.
    static func weight(_ marks: String, element e: DOM.Element) -> Double {
        var w = 0.0
        if let prop = e.attributes["itemprop"]?.lowercased(), prop == "articlebody" || prop == "articletext" { w += 25 }
        guard marks.count > 1 else { return w }
        if PageWords.negative.containsPart(of: marks) { w -= 25 }
        if PageWords.positive.containsPart(of: marks) { w += 25 }
        return w
    }

    /// `article`, `main` and `[itemprop=articleBody]`: elements made to hold an article.
    static func holdsArticle(_ e: DOM.Element) -> Bool {
        if e.name == "article" || e.name == "main" { return true }
        if let prop = e.attributes["itemprop"]?.lowercased(), prop == "articlebody" || prop == "articletext" { return true }
        return false
    }

    /// A readers' comment thread: a class or id word naming comments ("comments", "commentlist",
    /// "sect_commentlinks", "kommentare", "disqus_thread"), on an element not made to hold an article.
    static func isCommentThread(_ e: DOM.Element, marks: String) -> Bool {
        guard marks.count > 1, !holdsArticle(e), e.name != "body", e.name != "html" else { return false }
        return classWords(marks).contains { w in PageWords.commentPrefixes.contains { w.hasPrefix($0) } }
    }

    static let furnitureRoles: Set<String> = [
        "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "search", "dialog", "alertdialog",
        "toolbar", "tablist",
    ]

    /// Elements that cannot hold the article: navigation, asides, footers, elements whose class names
    /// page furniture (and not content too).
    static func cannotHoldArticle(_ e: DOM.Element, marks: String) -> Bool {
        switch e.name {
        case "body", "html", "main", "article": return false
        case "nav", "aside", "footer", "menu": return true
        default: break
        }
        if let prop = e.attributes["itemprop"]?.lowercased(), prop == "articlebody" || prop == "articletext" { return false }
        if let role = e.attributes["role"]?.lowercased(), furnitureRoles.contains(role) { return true }
        guard marks.count > 1 else { return false }
        guard PageWords.unlikely.containsPart(of: marks) else { return false }
        return !PageWords.maybe.containsPart(of: marks)
    }

    /// Elements inside the article that are not its text: by tag, role, or a class naming furniture
    /// (`paragraphs`: how many paragraphs it holds).
    static func isFurniture(_ e: DOM.Element, marks: String, paragraphs: Int) -> Bool {
        switch e.name {
        case "nav", "aside", "footer", "menu", "form": return true
        default: break
        }
        if let role = e.attributes["role"]?.lowercased(), furnitureRoles.contains(role) { return true }
        guard marks.count > 1 else { return false }
        if marks.split(separator: " ").contains(where: { PageWords.screenReaderOnly.contains($0) }) { return true }
        if isAuthorBox(marks) { return true }
        let words = classWords(marks)
        if words.contains(where: { w in PageWords.furniture.contains(w) || PageWords.furniturePrefixes.contains { w.hasPrefix($0) } }) {
            return true
        }
        return paragraphs < 2 && words.contains { PageWords.minorFurniture.contains($0) }
    }

    /// A box about the article's author ("author-box", "about-author", "entry-author-info",
    /// "autor-beschreibung"): a class or id name with a word for the author and one for a box or a bio,
    /// whatever it holds (a long bio under a short post is still no part of it).
    static func isAuthorBox(_ marks: String) -> Bool {
        for name in marks.split(separator: " ") {
            let words = name.split(whereSeparator: isNameSeparator)
            guard words.count >= 2, words.contains(where: { PageWords.authorWords.contains($0) }) else { continue }
            if words.contains(where: { PageWords.authorBoxWords.contains($0) }) { return true }
        }
        return false
    }

    /// What parts the words of a class or id name: anything but a letter (ASCII letters tested by their
    /// code, which is much cheaper than Unicode's properties; names are ASCII nearly always).
    static func isNameSeparator(_ c: Character) -> Bool {
        if let a = c.asciiValue {
            let lower = a | 0x20
            return !(lower >= 0x61 && lower <= 0x7A)
        }
        return !c.isLetter
    }

    /// The words of a class/id list: each name split at dashes, underscores and digits. A BEM modifier
    /// (after `--`: "section--ads", "teaser--has-comments") says what an element has or how it looks, not
    /// what it is: it is left out.
    static func classWords(_ marks: String) -> [Substring] {
        var words: [Substring] = []
        for name in marks.split(separator: " ") {
            var base = name[...]
            if let r = name.range(of: "--") { base = name[..<r.lowerBound] }
            words += base.split(whereSeparator: isNameSeparator)
        }
        return words
    }
}

/// What each element's tag, role, class and id say, worked out once per page.
struct PageHints {
    /// Class and id, lower case.
    var marks: [String]
    var weight: [Double]
    /// Ruled out as the article's container by tag, role or class.
    var cannotHold: [Bool]
    /// Ruled out by tag or role alone.
    var cannotHoldByTag: [Bool]

    init(_ dom: DOM) {
        let n = dom.elements.count
        marks = [String](repeating: "", count: n)
        weight = [Double](repeating: 0, count: n)
        cannotHold = [Bool](repeating: false, count: n)
        cannotHoldByTag = [Bool](repeating: false, count: n)
        for k in 0..<n {
            let e = dom.elements[k]
            let m: String
            switch (e.attributes["class"], e.attributes["id"]) {
            case (nil, nil): m = ""
            case (let c?, nil): m = c.lowercased()
            case (nil, let i?): m = " " + i.lowercased()
            case (let c?, let i?): m = (c + " " + i).lowercased()
            }
            marks[k] = m
            weight[k] = ContentHints.weight(m, element: e)
            cannotHoldByTag[k] = ContentHints.cannotHoldArticle(e, marks: "")
            cannotHold[k] = cannotHoldByTag[k] || (m.count > 1 && ContentHints.cannotHoldArticle(e, marks: m))
        }
    }
}

/// Strings looked for inside class and id names, byte by byte (names are short; Foundation's search is not
/// needed and is slow).
struct PartList: ExpressibleByArrayLiteral {
    /// The parts by their first byte.
    let byFirst: [[[UInt8]]]

    init(arrayLiteral elements: String...) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for e in elements where !e.isEmpty { table[Int(e.utf8.first!)].append(Array(e.utf8)) }
        byFirst = table
    }

    /// One pass over the text; at each byte, the parts that start with it.
    func containsPart(of text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            for i in 0..<b.count {
                for p in byFirst[Int(b[i])] where i + p.count <= b.count {
                    var k = 1
                    while k < p.count, b[i + k] == p[k] { k += 1 }
                    if k == p.count { return true }
                }
            }
            return false
        }
    }
}

/// The word lists the page reader matches class and id names against.
enum PageWords {
    /// Readability's "unlikely candidates": class/id parts of elements that never hold the article.
    static let unlikely: PartList = [
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "consent", "newsletter", "outbrain", "taboola",
    ]
    /// Parts that save an unlikely-looking element ("main-sidebar-content" may hold the article).
    static let maybe: PartList = ["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post-"]
    /// Readability's positive weight.
    static let positive: PartList = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "artikel", "beitrag", "inhalt",
    ]
    /// Readability's negative weight.
    static let negative: PartList = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget", "cookie", "consent", "newsletter", "taboola", "teaser",
        "kommentar",
    ]
    /// Whole class words that mark furniture inside an article, whatever it holds (comment threads and
    /// related teasers hold paragraphs too).
    static let furniture: Set<Substring> = [
        "comment", "comments", "related", "share", "shares", "sharing", "social", "socials", "newsletter", "sidebar",
        "footer", "navbar", "nav", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent",
        "gdpr", "subscribe", "subscription", "signup", "recommend", "recommended", "recommendations", "outbrain",
        "taboola", "popup", "modal", "overlay", "login", "sitemap", "teaserlist", "kommentar", "kommentare", "teilen",
        "noprint",
    ]
    /// Class words that mark furniture when the element holds little text (a byline, a date, tags, a
    /// caption, an ad slot), not when it holds paragraphs ("section--ads" may be a part of the text with an
    /// ad slot in it, "post-meta-content" the body).
    static let minorFurniture: Set<Substring> = [
        "byline", "caption", "credit", "credits", "copyright", "pagination", "pager", "print", "toolbar", "tools",
        "tags", "tag", "taglist", "keywords", "skip", "follow", "rating", "ratings", "search", "author", "authors",
        "bio", "meta", "metadata", "dateline", "timestamp", "date", "published", "infobox", "more", "readmore",
        "also", "next", "prev", "previous", "mehr", "artikelfooter", "advert", "advertisement", "ad", "ads",
        "adsense", "adslot", "promo", "promotion", "banner", "sponsor", "sponsored", "anzeige", "werbung", "widget",
        "widgets", "cta", "alert", "notice", "disclaimer", "disclosure", "signature", "legend", "dida", "didascalia",
        "affiliate", "affiliatetext", "callout", "factbox", "privacy", "placeholder",
    ]
    /// Words of an author box's class name: one naming the author, one naming the box.
    static let authorWords: Set<Substring> = ["author", "autor", "autorin", "auteur", "autore", "writer"]
    static let authorBoxWords: Set<Substring> = [
        "box", "bio", "biography", "info", "infos", "description", "about", "details", "profile", "card", "beschreibung",
        "vita", "teaser",
    ]
    /// Class tokens of text only screen readers get.
    static let screenReaderOnly: Set<Substring> = ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "element-invisible", "a11y-hidden"]
    /// Prefixes of class words that mark furniture ("commentlist", "sharebar", "socialmedia").
    static let furniturePrefixes = [
        "comment", "share", "social", "newsletter", "sidebar", "breadcrumb", "cookie", "subscri", "recommend",
        "outbrain", "taboola", "related", "kommentar", "disqus", "follow", "nocomment", "postmeta",
    ]
    /// Prefixes of class words that name a readers' comment thread.
    static let commentPrefixes = ["comment", "kommentar", "disqus", "leserbrief", "commentaire"]
    /// Lines that are furniture wherever they stand (compared lower case, without closing punctuation).
    /// Headings of the sections that follow an article rather than belong to it, in the languages of the
    /// pages nq meets most (compared lower case, without closing punctuation, as the heading's start).
    static let furnitureHeadings: [String] = [
        "related", "more from", "more stories", "more news", "read more", "read also", "you may also like",
        "you might also like", "recommended", "most read", "most popular", "latest news", "latest articles",
        "trending", "tags", "topics", "comments", "leave a reply", "leave a comment", "share this", "about the author",
        "ähnliche artikel", "ähnliche beiträge", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
        "mehr zum thema", "mehr aus", "weitere artikel", "weitere beiträge", "neueste artikel", "neueste beiträge",
        "lesen sie auch", "auch interessant", "meistgelesen", "schlagworte", "kommentare", "kommentar schreiben",
        "über den autor", "über die autorin", "notas relacionadas", "noticias relacionadas", "más noticias",
        "te puede interesar", "lo más leído", "articles similaires", "à lire aussi", "sur le même sujet",
        "articoli correlati", "potrebbe interessarti", "vorschau auf den nächsten artikel", "nächster artikel",
        "previous article", "next article", "vorheriger artikel",
    ]
    /// Lines that introduce what follows an article (contacts, more reading) when they are set as
    /// paragraphs, not headings: only the line goes, since nothing says where what it heads ends.
    static let furnitureLabels: [String] = furnitureHeadings + [
        "weitere informationen", "weitere infos", "kontakt", "zum weiterlesen", "mehr themen", "schon gelesen",
        "das thema könnte", "diese artikel könnten", "more information", "further reading", "read next", "see also",
        "siehe auch", "seguir leyendo", "más información", "pour aller plus loin", "lue myös", "lue seuraavaksi",
    ]

    static func isFurnitureHeading(_ text: String) -> Bool { startsWithPhrase(text, of: furnitureHeadings) }

    /// Whether a short paragraph is a line that heads furniture (`furnitureLabels`).
    static func isFurnitureLabel(_ text: String) -> Bool { startsWithPhrase(text, of: furnitureLabels) }

    static func startsWithPhrase(_ text: String, of phrases: [String]) -> Bool {
        let lower = text.lowercased()
        guard lower.count <= 60 else { return false }
        // The phrase whole, not the start of a longer word ("Kontaktverbot").
        return phrases.contains { phrase in
            guard lower.hasPrefix(phrase) else { return false }
            let rest = lower.dropFirst(phrase.count)
            return rest.first.map { !$0.isLetter } ?? true
        }
    }

    /// Parts of the lines a site puts after its articles to keep its readers: follow us, get the app,
    /// subscribe, sign up, support us, the copyright (compared lower case, as parts of the line).
    static let promotionParts: [String] = [
        "follow us", "follow the ", "follow @", "download the ", "download our", "our app", "get the app", "newsletter",
        "subscribe", "subscriber", "sign up", "support our work", "support us", "if you enjoyed", "copyright", "all rights reserved",
        "written permission", "folgen sie", "folge uns", "abonnier", "unterstützen sie", "alle rechte vorbehalten",
        "síguenos", "siguenos", "suscríb", "suscrib", "hazte miembro", "únete", "derechos reservados", "suivez-nous",
        "abonnez", "tous droits réservés", "seguici", "iscriviti",
    ]

    /// How the lines that give an article's metadata begin (a date, a category, tags), compared lower case.
    static let metadataLabels: [String] = [
        "posted on ", "posted in ", "published on ", "published:", "updated:", "updated on ", "last updated", "last modified",
        "release date", "news date", "filed under", "tags:", "category:", "category :", "veröffentlicht am", "aktualisiert am",
        "zuletzt aktualisiert", "erstellt am", "kategorie:", "kategorien:", "schlagworte:", "schlagwörter:", "stand:", "datum:",
        "publicado el", "actualizado el", "publié le", "mis à jour le",
    ]

    /// Whether a short line is the article's metadata (its date, category or tags), not its text.
    static func isMetadataLine(_ text: String) -> Bool {
        guard text.utf8.count < 120 else { return false }
        let lower = text.lowercased()
        return metadataLabels.contains { lower.hasPrefix($0) }
    }

    /// Whether a line is the site's call to its readers (see `promotionParts`).
    static func isPromotion(_ text: String) -> Bool {
        let lower = text.lowercased()
        return promotionParts.contains { lower.contains($0) }
    }

    static let furnitureLines: Set<String> = [
        "advertisement", "anzeige", "werbung", "share", "share this", "share this article", "share on facebook",
        "share on twitter", "tweet", "print", "email", "e-mail", "read more", "read more »", "continue reading",
        "weiterlesen", "mehr", "mehr lesen", "lesen sie auch", "mehr zum thema", "zum thema", "teilen",
        "artikel teilen", "drucken", "kommentare", "comments", "related", "related articles", "related posts",
        "you may also like", "more from", "subscribe", "sign up", "newsletter", "top", "back to top",
        "nach oben", "zurück", "home", "startseite", "menu", "menü", "suche", "search", "facebook", "twitter",
        "linkedin", "whatsapp", "pinterest", "reddit", "xing", "instagram", "youtube", "copy link", "link kopieren",
    ]
}
