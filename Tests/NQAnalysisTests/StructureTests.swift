import Foundation
import NQCorpus
import NQFixtures
import Testing
@testable import NQAnalysis

@Suite("Reference article structure")
struct ReferenceStructureTests {
    static func reference() throws -> AnalyzedArticle {
        let read = DocumentReader.read(path: Fixtures.referenceArticle)
        return ArticleBuilder.build(try #require(read.documents.first))
    }

    @Test("Three sections with 16, 8 and 7 paragraphs")
    func sections() throws {
        let a = try Self.reference()
        #expect(a.sections.map(\.heading) == ["(lead)", "Belarus military drills", "Warning from Turkey"])
        #expect(a.sections.map(\.paragraphs.count) == [16, 8, 7])
        #expect(a.paragraphs.count == 31)
    }

    @Test("Title and credit line; the credit line is the source and nothing after it is text")
    func metadata() throws {
        let a = try Self.reference()
        #expect(a.article.title == "Blinken, Lavrov to meet in Geneva on Friday to discuss Ukraine standoff")
        #expect(a.article.source == "FRANCE 24 with AFP")
    }

    @Test("No page furniture in the text", arguments: [
        "Web Search Engine", "Artmotion Spain", "Related Articles", "Leave a Reply",
        "Your email address will not be published", "Back to top button", "FRANCE 24 with AFP",
    ])
    func furniture(_ line: String) throws {
        let a = try Self.reference()
        #expect(!a.article.text.contains(line))
    }

    @Test("Paragraph ranges point into the text; paragraphs are blank-line separated")
    func ranges() throws {
        let a = try Self.reference()
        #expect(a.article.slice(a.paragraphs[0].range).hasPrefix("Secretary of State Antony Blinken will meet"))
        #expect(a.article.slice(a.paragraphs[30].range).hasPrefix("Kremlin spokesman Dmitry Peskov"))
        #expect(a.article.text.components(separatedBy: "\n\n").count == 31)
    }
}

@Suite("Cleaning rules")
struct CleaningTests {
    func build(_ blocks: [String], title: String = "T") -> AnalyzedArticle {
        ArticleBuilder.build(RawDocument(title: title, blocks: blocks.map { RawBlock($0) }, path: "t.txt"))
    }

    @Test("Words: apostrophes and hyphens join runs of letters and digits, other marks part them")
    func words() {
        // 4 + 11 (non-ASCII marks count as letters here: “déjà and — are words) + 4.
        let a = build(["O'Brien's pro-Moscow well--known stance.", "'Tis a - b -- c, 3.5 café “déjà vu” — done-",
                       "-lead and trail-, x"])
        #expect(a.paragraphs.count == 3)
        #expect(a.article.words == 19)
        #expect(a.sections.map(\.words) == [19])
    }

    @Test("A Wikinews dateline is the date, not a paragraph")
    func dateline() {
        let a = build(["Friday, January 4, 2019\u{00A0}", "An apartment building collapsed on Monday."])
        #expect(a.article.date == "2019-01-04")
        #expect(a.paragraphs.count == 1)
    }

    @Test("A wire dateline is cut from the first paragraph; its agency becomes the source")
    func wireDateline() {
        let a = build(["LONDON (Reuters) — The bank raised rates on Thursday.", "Markets fell."])
        #expect(a.article.text.hasPrefix("The bank raised rates"))
        #expect(a.article.source == "Reuters")
        // The place in capitals, with a date after a comma, or no agency; a place with small letters is text.
        #expect(build(["KYIV, Jan 4 (AFP) - Talks resumed.", "More."]).article.text.hasPrefix("Talks resumed."))
        #expect(build(["ÉVIAN — Talks resumed.", "More."]).article.text.hasPrefix("Talks resumed."))
        #expect(build(["Paris (AFP) — Talks resumed.", "More."]).article.text.hasPrefix("Paris (AFP) — Talks"))
        #expect(build(["The minister — a veteran — spoke.", "More."]).article.text.hasPrefix("The minister — a veteran"))
        // A known place in capitals before a colon, as Indian papers write it; any other word in capitals is text.
        #expect(build(["GUWAHATI: Floods have displaced thousands.", "More."]).article.text.hasPrefix("Floods have displaced"))
        #expect(build(["NEW DELHI: The court ruled.", "More."]).article.text.hasPrefix("The court ruled."))
        #expect(build(["UPDATE: The court ruled.", "More."]).article.text.hasPrefix("UPDATE: The court ruled."))
    }

    @Test("A short line the following text does not speak of is furniture, not a heading")
    func unrelatedHeading() {
        let a = build(["The council met on Monday to discuss the harbour.", "Cheap Flights Online",
                       "The harbour will close in May.", "Harbour closure", "Ferries will stop running to the harbour."])
        #expect(a.sections.map(\.heading) == ["(lead)", "Harbour closure"])
        #expect(a.paragraphs.count == 3)
    }

    @Test("Photo credits, captions with image credits and map legends are furniture")
    func captions() {
        let a = build(["The march went on all day.", "Placards. Image: John Lubbock (flickr).", "\u{2588}\u{2588}\u{00A0}Labour Party - 203 seats",
                       "File:Keisha Lance Bottoms (cropped).jpg", "The crowd left at night."])
        #expect(a.paragraphs.count == 2)
    }

    @Test("Furniture lines in any case; lines that only start or end alike are not furniture", arguments: [
        ("READ MORE: the budget explained", true), ("Share This", true), ("Placards (PHOTO: Reuters)", true),
        ("Banner.PNG", true), ("file:Map of Kyiv.svg", true), ("Crowds at the march. IMAGE: AFP", true),
        ("Recommended for you", true), ("Share prices fell on Monday.", false), ("Imagery of the war", false),
        ("The photo was taken in May.", false), ("A flag in Reading", false), ("", false),
        // Not ASCII: the same rules, and the Kelvin sign, whose lower case is "k".
        ("Zoë at the march. IMAGE: Zoë Smith", true), ("© Société Générale", true), ("FILE:Ärger im Büro.JPG", true),
        ("Café owners marched.", false), ("Ärger über die Steuer", false), ("CLIC\u{212A} HERE for more", true),
        ("\u{212A}yiv fell quiet.", false),
    ])
    func furnitureLines(_ line: String, _ expected: Bool) {
        #expect(BlockClassifier.isFurniture(line) == expected)
    }

    @Test("A credit line ends the article; what follows is dropped")
    func credit() {
        let a = build(["The talks ended.", "(Reuters)", "Most popular", "Some more text that is not the article."])
        #expect(a.article.source == "Reuters")
        #expect(a.paragraphs.count == 1)
    }
}

@Suite("Loading")
struct LoaderTests {
    @Test("Ctrl-C stops a load between batches: what was joined stays, and the summary says where it stopped")
    func cancelled() {
        var corpus = Corpus()
        let stopNow = CorpusLoader().load([Fixtures.path("formats")], into: &corpus, isCancelled: { true })
        #expect(stopNow.interruptedAfter == 0)
        #expect(corpus.articles.isEmpty)
        var loader = CorpusLoader()
        loader.batchBytes = 1  // a batch a file
        let calls = Calls()
        let summary = loader.load([Fixtures.path("formats")], into: &corpus, isCancelled: { calls.next() > 1 })
        #expect(summary.interruptedAfter == 1)
        #expect(summary.articles == corpus.articles.count)
        #expect(corpus.articles.count >= 1)
    }

    @Test("Bad files next to good ones: each bad one reported with its path, the rest loads")
    func badFiles() {
        let outcome = CorpusLoader().load([Fixtures.path("bad"), Fixtures.path("formats")])
        #expect(outcome.articles.count == 12)
        let reported = Set(outcome.problems.map { $0.path.split(separator: "/").last.map(String.init) ?? "" })
        #expect(reported == ["binary.txt", "broken.jsonl#2", "empty.txt", "latin1.txt", "rows.csv#2", "unclosed.csv"])
        #expect(outcome.problems.first { $0.path.hasSuffix("latin1.txt") }?.kind == .repaired)
    }

    @Test("Every format loads into articles with paragraphs and sentences")
    func formats() {
        let outcome = CorpusLoader().load([Fixtures.path("formats")])
        #expect(outcome.problems.isEmpty)
        #expect(outcome.articles.count == 7)
        #expect(outcome.articles.allSatisfy { !$0.paragraphs.isEmpty && !$0.sentences.isEmpty })
        let html = outcome.articles.first { $0.article.path.hasSuffix("page.html") }
        #expect(html?.sections.map(\.heading) == ["(lead)", "Traffic returns"])
        let plain = outcome.articles.first { $0.article.path.hasSuffix("plain.txt") }
        #expect(plain?.article.source == "Example Wire")
        #expect(plain?.article.date == "2021-06-05")
        #expect(plain?.sections.map(\.heading) == ["(lead)", "Festival music"])
    }
}

final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Int, Int, Int)] = []
    func add(_ a: Int, _ b: Int, _ c: Int) { lock.lock(); items.append((a, b, c)); lock.unlock() }
    var all: [(Int, Int, Int)] { lock.lock(); defer { lock.unlock() }; return items }
}

@Suite("Loading in batches")
struct BatchLoadingTests {
    @Test("Loading file by file into a corpus gives what loading all at once gives")
    func batches() {
        let paths = [Fixtures.referenceArticle, Fixtures.path("formats"), Fixtures.path("nested")]
        var whole = Corpus()
        for a in CorpusLoader().load(paths).articles { whole.add(a) }
        var loader = CorpusLoader()
        loader.batchBytes = 1  // one file a batch
        var batched = Corpus()
        // Batches join on their own thread: progress still comes in order, ending at all files and bytes.
        let reports = Reports()
        let summary = loader.load(paths, into: &batched) { done, total, bytes in reports.add(done, total, bytes) }
        let seen = reports.all
        #expect(seen.map(\.0) == seen.map(\.0).sorted())
        #expect(seen.last?.0 == seen.last?.1)
        #expect(seen.last?.2 == batched.textBytes)
        #expect(summary.articles == whole.articles.count)
        #expect(summary.articles > 8)
        #expect(batched.articles.map(\.path) == whole.articles.map(\.path))
        #expect(batched.paragraphs == whole.paragraphs)
        #expect(batched.sentences == whole.sentences)
        #expect(batched.quotes == whole.quotes)
        #expect(batched.mentions == whole.mentions)
        #expect(batched.entities == whole.entities)
        #expect(batched.wordIndex.words == whole.wordIndex.words)
    }
}

@Suite("Word lists asked of tokens")
struct TokenClassTests {
    @Test("The word lists' home (WordListData) reads as sections: comments, entries over lines, phrases, + and - of other lists; every token class has one list, at most 64")
    func data() {
        let lists = WordLists.parse("""
            @A.one
            # a comment
            said, told,
              wrote , read more
            @A.three
            told
            @B.two
            + A.one
            - A.three
            tweeted
            """)
        #expect(lists["A.one"] == ["said", "told", "wrote", "read more"])
        #expect(lists["A.three"] == ["told"])
        #expect(lists["B.two"] == ["said", "wrote", "read more", "tweeted"])
        #expect(TokenClass.allCases.count <= 64)
        #expect(TokenClass.listNames.count == TokenClass.allCases.count)
        #expect(TokenClass.speechVerbs.listName == "Lexicon.speechVerbs")
        #expect(Attributor.adverbsNotBe.count == Lexicon.adverbs.count - Lexicon.adverbs.words.filter { Lexicon.beForms.contains($0) }.count)
        #expect(WordLists.sections.values.allSatisfy { !$0.isEmpty && $0.allSatisfy { !$0.isEmpty && !$0.contains(",") } })
    }

    @Test("Every token class's list carries its own bit, and tokens carry the bits of their lists")
    func bits() {
        for c in TokenClass.allCases { #expect(c.set.bit == c.bit, "\(c)") }
        // The lists are ASCII: a non-ASCII word is then in none of them without a look-up.
        #expect(TokenClass.asciiOnly)
        var text = "Said of \u{201C}Zürich\u{201D} \u{2019}"
        text.withUTF8 { b in
            let tokens = TextTokenizer.tokens(b, 0..<b.count)
            #expect(tokens.map(\.text) == ["Said", "of", "\u{201C}", "Zürich", "\u{201D}", "'"])
            #expect(tokens.map(\.kind) == [.word, .word, .quoteMark, .word, .quoteMark, .punctuation])
            let said = tokens[0], of = tokens[1]
            #expect(Lexicon.speechVerbs.contains(said) && said.isCapitalized && said.lower == "said")
            #expect(!Lexicon.prepositions.contains(said))
            #expect(Lexicon.prepositions.contains(of) && EntityRecognizer.connectors.contains(of) && of.isWord("of"))
            #expect(tokens[3].isCapitalized && !tokens[3].isASCII && tokens[3].lower == "zürich" && tokens[3].characterCount == 6)
        }
    }
}

extension TokenClassTests {
    @Test("A curly apostrophe inside a word joins it; a dot after the possessive's s ends the sentence, as after a straight one")
    func curlyPossessiveBeforeDot() {
        for (text, words) in [
            ("than Thatcher\u{2019}s.", ["than", "Thatcher\u{2019}s", "."]),
            ("than Thatcher's.", ["than", "Thatcher's", "."]),
            ("O\u{2019}Brien\u{2019}s plan", ["O\u{2019}Brien\u{2019}s", "plan"]),
            ("the U.S. and R. Kelly", ["the", "U.S.", "and", "R.", "Kelly"]),
        ] {
            var t = text
            t.withUTF8 { b in #expect(TextTokenizer.tokens(b, 0..<b.count).map(\.text) == words, "\(text)") }
        }
    }
}

/// Counts the polls of a cancel flag.
final class Calls: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
}
