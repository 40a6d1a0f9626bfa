import NQFixtures
import Testing
@testable import NQCorpus

@Suite("Readers")
struct ReaderTests {
    @Test("CSV: quoted fields, doubled quotes and line breaks inside quotes")
    func csvQuoting() {
        let (rows, failure) = CSVReader.parseRows("a,b\n\"x, y\",\"he said \"\"hi\"\"\nnext\"\n")
        #expect(failure == nil)
        #expect(rows.map(\.fields) == [["a", "b"], ["x, y", "he said \"hi\"\nnext"]])
        #expect(rows.map(\.line) == [1, 2])
        // Fields that are one run of the text and fields that are not (a doubled quote, text after a
        // closing quote, an empty field), with non-ASCII text on both sides.
        let (more, _) = CSVReader.parseRows("Zürich,\"«x»\"tail,,\"a\"\"b\",\"\"\n")
        #expect(more.map(\.fields) == [["Zürich", "«x»tail", "", "a\"b", ""]])
    }

    @Test("Text decoding: a BOM alone, no line-end changes, and blocks of one and several lines")
    func decodingFastPaths() throws {
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x62]) == "a\nb")
        #expect(try TextDecoding.decode(Array("Café “x”\n".utf8)) == "Café “x”\n")
        #expect(TextBlocks.split("  one line\u{A0}\n\nfirst\n  second \n\n\n last ") == ["one line", "first second", "last"])
        #expect(TextBlocks.trim("\u{A0} both ends \t") == "both ends" && TextBlocks.trim("as is") == "as is")
    }

    @Test("CSV: columns matched case-insensitively, title/text/date/url, the Wikinews layout loads as it is")
    func csvWikinews() throws {
        let result = DocumentReader.read(path: Fixtures.path("formats/wikinews-sample.csv"))
        #expect(result.problems.isEmpty)
        #expect(result.documents.count == 3)
        let first = try #require(result.documents.first)
        #expect(first.title == "Magnitogorsk apartment building collapses after explosion, dozens dead")
        #expect(first.date == "2019-01-04")
        #expect(first.url?.hasPrefix("https://en.wikinews.org//wiki/Magnitogorsk") == true)
        #expect(first.path.hasSuffix("wikinews-sample.csv#1"))
    }

    @Test("CSV: a row with the wrong number of fields is reported with its line and skipped")
    func csvBadRow() {
        let result = DocumentReader.read(path: Fixtures.path("bad/rows.csv"))
        #expect(result.documents.map(\.title) == ["Good row", "Another good row"])
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.reason == "line 3: 4 fields where the header has 2")
    }

    @Test("CSV: an unclosed quote keeps the rows before it")
    func csvUnclosed() {
        let result = DocumentReader.read(path: Fixtures.path("bad/unclosed.csv"))
        #expect(result.documents.map(\.title) == ["First"])
        #expect(result.problems.first?.reason.hasPrefix("line 3: a quoted field is never closed") == true)
    }

    @Test("JSON lines: keys in any case, a broken line is reported and the others load")
    func jsonLines() {
        let good = DocumentReader.read(path: Fixtures.path("formats/articles.jsonl"))
        #expect(good.problems.isEmpty)
        #expect(good.documents.map(\.title) == ["Storm closes harbour", "Council approves budget"])
        #expect(good.documents[0].date == "2021-03-03")
        #expect(good.documents[0].category == "weather")
        #expect(good.documents[0].blocks.count == 2)
        #expect(good.documents[1].source == "Example Wire")
        let bad = DocumentReader.read(path: Fixtures.path("bad/broken.jsonl"))
        #expect(bad.documents.map(\.title) == ["Fine"])
        #expect(bad.problems.map(\.reason) == ["line 2: not valid JSON"])
    }

    @Test("Binary and empty files are refused with a reason")
    func binaryAndEmpty() {
        #expect(DocumentReader.read(path: Fixtures.path("bad/binary.txt")).problems.map(\.reason) == ["binary data, not text"])
        #expect(DocumentReader.read(path: Fixtures.path("bad/empty.txt")).problems.map(\.reason) == ["empty file"])
        #expect(DocumentReader.read(path: Fixtures.path("no-such-file.txt")).problems.map(\.reason) == ["no such file"])
    }

    @Test("Invalid UTF-8 is repaired, not fatal, and said: stray Latin-1 bytes become their characters")
    func invalidUTF8() throws {
        let result = DocumentReader.read(path: Fixtures.path("bad/latin1.txt"))
        #expect(result.problems.map(\.reason) == ["2 bytes were not valid UTF-8 and read as Latin-1"])
        #expect(result.problems.map(\.kind) == [.repaired])
        #expect(result.problems[0].warning.hasSuffix("latin1.txt: 2 bytes were not valid UTF-8 and read as Latin-1\n"))
        #expect(result.documents.first?.title == "Café opens")
        #expect(try TextDecoding.decode([0x61, 0xFF, 0xE2, 0x80, 0x9C, 0x62]) == "aÿ\u{201C}b")
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A, 0x62]) == "a\nb")
    }

    @Test("Plain text: first line is the title, blank lines separate blocks, lines of a block are joined")
    func plainText() {
        let result = PlainTextReader.read("Title line\nbody right after\n\nsecond\nblock\n", path: "x.txt")
        #expect(result.documents.first?.title == "Title line")
        #expect(result.documents.first?.blocks.map(\.text) == ["body right after", "second block"])
    }
}

@Suite("Dates")
struct DateTests {
    @Test("News date forms become ISO dates", arguments: [
        ("2019-01-04", "2019-01-04"), ("2021-05-04T08:00:00Z", "2021-05-04"), ("Friday, January 4, 2019", "2019-01-04"),
        ("Friday, January 4, 2019\u{00A0}", "2019-01-04"), ("4 January 2019", "2019-01-04"), ("Jan. 4, 2019", "2019-01-04"),
        ("FRI 4\u{00A0}JAN 2019", "2019-01-04"), ("Sept. 30,, 2020", "2020-09-30"),
        // Other letters: read by characters (the same rules).
        ("Friday, Janvier 4, 2019", nil), ("Freitag, 4 Jan\u{0301} 2019", nil), ("4 März 2019", nil),
    ])
    func iso(_ input: String, _ expected: String?) {
        #expect(DateParsing.iso(input) == expected)
    }

    @Test("Sentences and headings are not dates", arguments: ["Belarus military drills", "May God protect them", "Warning from Turkey", "2019 was a year",
                                                              "On May 4, 2019 it rained", "Friday, 4 2019"])
    func notDates(_ input: String) {
        #expect(DateParsing.iso(input) == nil)
    }
}

@Suite("Paths")
struct PathTests {
    @Test("A folder is read recursively; a sub-folder name becomes the category; other files are passed over")
    func folder() {
        let (files, problems) = PathExpansion.expand([Fixtures.path("nested")])
        #expect(problems.isEmpty)
        #expect(files.map { ($0.path as NSStringLike).lastComponent } == ["vote.txt", "top.txt"])
        #expect(files.map(\.category) == ["politics", nil])
    }

    @Test("Globs expand; a pattern matching nothing and a missing path are reported")
    func globs() {
        let (files, problems) = PathExpansion.expand([Fixtures.path("formats/*.jsonl"), Fixtures.path("nothing/*.txt"), "/no/such/path"])
        #expect(files.count == 1)
        #expect(problems.map(\.reason) == ["no file matches this pattern", "no such file or folder"])
    }
}

/// A tiny helper so the test reads plainly.
typealias NSStringLike = String
extension String {
    var lastComponent: String { split(separator: "/").last.map(String.init) ?? self }
}

@Suite("Word index")
struct WordIndexTests {
    @Test("An article's word ids come out sorted, whatever their number and the size of the vocabulary")
    func sortedIDs() {
        var generator = SystemRandomNumberGenerator()
        // Short lists, bitmaps (a vocabulary of < 512 words an id), radix sorts of two and three passes.
        for (count, limit) in [(0, 10), (1, 10), (40, 100), (49, 300), (500, 200), (64, 32_768), (300, 70_000), (700, 70_000),
                               (100, 70_000), (3_000, 20_000_000)] {
            var ids = Set<Int32>()
            while ids.count < min(count, limit) { ids.insert(Int32.random(in: 0..<Int32(limit), using: &generator)) }
            var list = Array(ids)
            WordIndex.sortIDs(&list, below: limit)
            #expect(list == ids.sorted(), "\(count) ids below \(limit)")
        }
    }
}

@Suite("Name index")
struct NameIndexTests {
    @Test("Rows in the order added; names equal as Swift strings are (canonical equivalence) share a row")
    func rowsAndEquivalence() {
        var index = NameIndex()
        #expect(index.row(of: "Lavrov") == nil)
        #expect(index.insert("Sergei Lavrov") == (0, true))
        #expect(index.insert("NATO") == (1, true))
        #expect(index.insert("Sergei Lavrov") == (0, false))
        // "é" precomposed and as e + combining acute; the Kelvin sign and the letter K.
        #expect(index.insert("Caf\u{E9}") == (2, true))
        #expect(index.row(of: "Cafe\u{301}") == 2)
        #expect(index.insert("\u{212A}ing") == (3, true))
        #expect(index.row(of: "King") == 3)
        // Latin letters with accents (hashed on their bytes) and a Cyrillic name, each in two forms.
        #expect(index.insert("Zo\u{EB} M\u{FC}ller") == (4, true) && index.row(of: "Zoe\u{308} Mu\u{308}ller") == 4)
        #expect(index.insert("\u{419}\u{43E}") == (5, true) && index.row(of: "\u{418}\u{306}\u{43E}") == 5)
        #expect(index.row(of: "king") == nil && index.row(of: "Lavrov") == nil)
        // Many names: the table grows and keeps every row.
        for k in 0..<2000 { index.insert("name \(k)") }
        #expect((0..<2000).allSatisfy { index.row(of: "name \($0)") == 6 + $0 })
        #expect(index.count == 2006 && index.names[1] == "NATO")
    }

    @Test("Appending keeps rows as positions, a repeated name keeping its first row")
    func append() {
        var index = NameIndex()
        for name in ["a", "b", "a", "c"] { index.append(name) }
        #expect(index.count == 4 && index.row(of: "a") == 0 && index.row(of: "c") == 3)
    }
}
