import NQCorpus

/// Turns a raw document into an article with its sections, paragraphs and sentences.
public enum ArticleBuilder {
    public static func build(_ raw: RawDocument) -> AnalyzedArticle {
        let roles = BlockClassifier.classify(raw.blocks)
        var date = raw.date
        var source = raw.source
        // The body is the paragraphs' text joined by blank lines, made once at its size (appending
        // strings needs no second validation of their bytes).
        var parts: [String] = []
        var length = 0
        var paragraphs: [Paragraph] = []
        var sections: [Section] = []
        var sentences: [Sentence] = []
        var pendingHeading: String? = nil

        func openSection(_ heading: String) {
            closeSection()
            sections.append(Section(index: sections.count + 1, heading: heading,
                                    paragraphs: paragraphs.count..<paragraphs.count, words: 0))
        }
        func closeSection() {
            guard let last = sections.indices.last else { return }
            sections[last].paragraphs = sections[last].paragraphs.lowerBound..<paragraphs.count
        }

        for (block, role) in zip(raw.blocks, roles) {
            switch role {
            case .dateline(let d):
                if date == nil { date = d }
            case .credit(let c):
                source = c
            case .furniture:
                break
            case .heading:
                pendingHeading = block.text
            case .paragraph:
                var paragraphText = block.text
                if paragraphs.isEmpty, let (stripped, agency) = Dateline.strip(paragraphText) {
                    paragraphText = stripped
                    if source == nil, let agency { source = agency }
                }
                if let h = pendingHeading {
                    openSection(h)
                    pendingHeading = nil
                } else if sections.isEmpty {
                    openSection(Section.leadHeading)
                }
                if !parts.isEmpty { length += 2 }
                let start = length
                length += paragraphText.utf8.count
                parts.append(paragraphText)
                let index = paragraphs.count + 1
                paragraphs.append(Paragraph(section: sections.count, index: index, range: TextRange(start, length)))
            }
        }
        closeSection()

        var body = ""
        body.reserveCapacity(length)
        for (k, part) in parts.enumerated() {
            if k > 0 { body += "\n\n" }
            body += part
        }
        // Each paragraph is tokenised once, for quotations and for names.
        var bytes = body
        let (quotes, mentions, language) = bytes.withUTF8 { b in
            var ranges: [Range<Int>] = []
            for p in paragraphs {
                ranges.removeAll(keepingCapacity: true)
                SentenceSplitter.split(b, p.range.start..<p.range.end, into: &ranges)
                for r in ranges {
                    sentences.append(Sentence(section: p.section, paragraph: p.index, index: sentences.count + 1,
                                              range: TextRange(r.lowerBound, r.upperBound)))
                }
            }
            let tokens = TextTokenizer.paragraphTokens(b, paragraphs)
            // In another language than English the rules would make speakers of "Ich" and people of
            // capitalised nouns: its quotations have no speakers, and its names are those of the gazetteer.
            let (english, language) = LanguageGuess.read(declared: raw.language, tokens)
            var quotes = QuoteExtractor.extract(b, paragraphs, tokens: tokens)
            if !english { quotes = quotes.map(\.withoutSpeaker) }
            let mentions = EntityRecognizer.extract(b, paragraphs, sentences, Set(quotes.compactMap(\.speaker)), tokens: tokens,
                                                    gazetteerOnly: !english)
            return (quotes, mentions, language)
        }
        // The distinct words for the index, and the words of each paragraph for its section's count.
        let (words, counts) = WordIndex.distinctWords(body, counting: paragraphs.map { $0.range.start..<$0.range.end })
        for k in sections.indices {
            sections[k].words = sections[k].paragraphs.reduce(0) { $0 + counts[$1] }
        }
        let article = Article(
            title: raw.title ?? "(untitled)", date: date, source: source, category: raw.category, url: raw.url,
            path: raw.path, text: body, words: sections.reduce(0) { $0 + $1.words },
            paragraphCount: paragraphs.count, quoteCount: quotes.count, author: raw.author, language: language)
        return AnalyzedArticle(article: article, sections: sections, paragraphs: paragraphs, sentences: sentences,
                               quotes: quotes, mentions: mentions, words: words)
    }
}
