import Testing
@testable import NQShell

@Suite("Tab completion offers only what parses")
struct CompleterTests {
    let completer = Completer(speakers: { ["Sergei Lavrov"] }, entities: { ["NATO", "North Korea"] },
                              sections: { ["(lead)"] }, resultSets: { ["covid"] })

    func candidates(_ before: String) -> [String] { completer.complete(before).candidates }

    @Test("order by: a grouped count's keys and count; a find's fields; never a date bucket")
    func orderBy() {
        #expect(candidates("count quotes by speaker order by ") == ["count", "speaker"])
        #expect(!candidates("find quotes order by ").contains("month"))
        #expect(candidates("find quotes order by ").contains("speaker"))
        #expect(candidates("count quotes by ").contains("month"))
        #expect(!candidates("count speakers by ").contains("month"), "speakers have no date")
        #expect(candidates("find quotes by ") == [], "find has no by")
    }

    @Test("The new words: == and is after a field, null after is, let names after in, left/right after sort by")
    func newWords() {
        #expect(candidates("find quotes where speaker ").contains("=="))
        #expect(candidates("find quotes where speaker ").contains("is"))
        #expect(candidates("find quotes where speaker is ") == ["not null", "null"])
        #expect(candidates("find quotes where article_id in ") == ["covid"])
        #expect(candidates("kwic \"NATO\" sort by ") == ["left", "right"])
        #expect(candidates("kwic \"NATO\" ").contains("sort by"))
        #expect(candidates("col") == ["collocates"])
        #expect(candidates("find quotes ").contains("offset"))
    }
}
