import Testing
@testable import NQAnalysis

@Suite("Sentence splitting")
struct SentenceTests {
    func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test("Long sentences: the end is found wherever it falls in the eight bytes read at a time")
    func everyOffset() {
        for pad in 0..<17 {
            let first = String(repeating: "x", count: pad) + "ab\u{00E9}c done!"
            #expect(sentences(first + " Then more? Yes.") == [first, "Then more?", "Yes."], "offset \(pad)")
        }
    }

    @Test("Cases", arguments: [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Mr. Smith met Gen. Jones in Washington. They talked.", ["Mr. Smith met Gen. Jones in Washington.", "They talked."]),
        ("The U.S. Senate voted. The House did not.", ["The U.S. Senate voted.", "The House did not."]),
        ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
        ("J. K. Rowling wrote it. It sold well.", ["J. K. Rowling wrote it.", "It sold well."]),
        ("It rose 3.5 percent. Prices fell.", ["It rose 3.5 percent.", "Prices fell."]),
        ("The deal was signed on Jan. 5 in Paris. It ended the war.", ["The deal was signed on Jan. 5 in Paris.", "It ended the war."]),
        ("\"We will win.\" The crowd cheered.", ["\"We will win.\"", "The crowd cheered."]),
        ("\u{201C}Is it over?\u{201D} she asked. Nobody knew.", ["\u{201C}Is it over?\u{201D} she asked.", "Nobody knew."]),
        ("\"Stop!\" he said. They stopped.", ["\"Stop!\" he said.", "They stopped."]),
        ("Apple Inc. announced profits. The shares rose.", ["Apple Inc. announced profits.", "The shares rose."]),
        ("No. 10 said nothing. Aides left.", ["No. 10 said nothing.", "Aides left."]),
        ("Wait... what happened? Nobody knows!", ["Wait... what happened?", "Nobody knows!"]),
    ])
    func split(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }
}
