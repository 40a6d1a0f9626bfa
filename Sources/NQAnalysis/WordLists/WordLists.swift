/// The analysis's word lists, read once from their one home, `WordListData.text` (its header gives the
/// format). Each type keeps the lists it asks as static properties made here:
/// `static let speechVerbs = WordLists.set(.speechVerbs)`.
enum WordLists {
    /// Every list's entries, in order, by name ("Lexicon.speechVerbs").
    static let sections: [String: [String]] = parse(WordListData.text)

    /// The entries of the list `name`. A name that is not there is a programming error, caught by the
    /// tests (every list is made when its type is first used).
    static func words(_ name: String) -> [String] {
        guard let words = sections[name] else { preconditionFailure("no word list \(name) in WordListData") }
        return words
    }

    /// A list as a set of words.
    static func set(_ name: String) -> WordSet { WordSet(words(name)) }

    /// A list asked of tokens, with its class's bit.
    static func set(_ c: TokenClass) -> WordSet { WordSet(c, words(c.listName)) }

    /// A list as a set of strings.
    static func strings(_ name: String) -> Set<String> { Set(words(name)) }

    /// The lists of a text in WordListData's format.
    static func parse(_ text: String) -> [String: [String]] {
        var sections: [String: [String]] = [:]
        var name: String? = nil
        var entries: [String] = []
        func finish() {
            if let name { sections[name] = entries }
            entries = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.withoutEdgeSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                finish()
                name = String(line.dropFirst())
            } else if line.hasPrefix("+ ") {
                entries += sections[String(line.dropFirst(2))] ?? { preconditionFailure("word list \(line.dropFirst(2)) used before it is made") }()
            } else if line.hasPrefix("- ") {
                let gone = Set(sections[String(line.dropFirst(2))] ?? { preconditionFailure("word list \(line.dropFirst(2)) used before it is made") }())
                entries.removeAll { gone.contains($0) }
            } else {
                entries += line.split(separator: ",").map { $0.withoutEdgeSpaces }.filter { !$0.isEmpty }
            }
        }
        finish()
        return sections
    }
}

extension Substring {
    /// Without spaces at either end.
    fileprivate var withoutEdgeSpaces: String {
        // On the UTF-8 bytes: a space is one byte, so both ends stay on a character's boundary.
        let bytes = utf8
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi, bytes[lo] == 0x20 { lo = bytes.index(after: lo) }
        while hi > lo, bytes[bytes.index(before: hi)] == 0x20 { hi = bytes.index(before: hi) }
        return String(self[lo..<hi])
    }
}
