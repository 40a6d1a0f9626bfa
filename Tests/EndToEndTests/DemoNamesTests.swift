import Foundation
import Testing

/// Names on the demo corpus as a user asks for them.
@Suite("Names on the demo corpus")
struct DemoNamesTests {
    func run(_ statement: String) throws -> String {
        let r = try NQProcess.run(["--no-rc", "--format", "tsv", "-c", statement])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test("entity = \"United States\" counts the country as written, not the Senate or Congress (whose aliases hold \"United States\")")
    func aliasesWhole() throws {
        let texts = try run("count mentions where entity = \"United States\" by text").split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
        #expect(texts.contains("US") && texts.contains("U.S.") && texts.contains("America"))
        #expect(!texts.contains("Senate") && !texts.contains("Congress") && !texts.contains("US Senate"))
        // An alias asked for whole still finds its entity.
        #expect(try run("find entities where name = \"US Senate\" show name").contains("\nSenate\n"))
    }

    @Test("Names with and without diacritics are one: speaker = \"Erdoğan\" and \"Erdogan\" find the same quotes")
    func diacritics() throws {
        let plain = try run("count quotes where speaker = \"Erdogan\"")
        #expect(plain != "count\n0\n")
        #expect(try run("count quotes where speaker = \"Erdoğan\"") == plain)
        // Shown with its diacritics, whichever spelling the corpus met first; found by either.
        #expect(try run("find entities where name = \"Recep Tayyip Erdoğan\" show name") == "name\nRecep Tayyip Erdoğan\n")
        #expect(try run("find entities where name = \"Recep Tayyip Erdogan\" show name") == "name\nRecep Tayyip Erdoğan\n")
    }
}
