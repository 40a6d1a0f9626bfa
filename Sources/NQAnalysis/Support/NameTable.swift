import NQCorpus
/// Values by name on a `NameIndex`, in the order their names were first added (so that a search of
/// them is the same in every run, unlike a dictionary's order). Generic, so kept in the module that
/// uses it, where it is specialised.
struct NameTable<Value> {
    private var index = NameIndex()
    private var values: [Value] = []

    init() {}

    var isEmpty: Bool { values.isEmpty }

    /// The value of a name; setting one adds the name or replaces its value (names are not removed).
    subscript(name: String) -> Value? {
        get { index.row(of: name).map { values[$0] } }
        set {
            guard let newValue else { return }
            let (row, new) = index.insert(name)
            if new { values.append(newValue) } else { values[row] = newValue }
        }
    }

    /// Changes the value of `name` in place, adding `initial` first when the name is new.
    mutating func modify<R>(_ name: String, default initial: @autoclosure () -> Value, _ body: (inout Value) -> R) -> R {
        let (row, new) = index.insert(name)
        if new { values.append(initial()) }
        return body(&values[row])
    }

    /// The first name, in the order added, whose value satisfies `predicate`.
    func firstName(where predicate: (Value) -> Bool) -> String? {
        values.firstIndex(where: predicate).map { index.names[$0] }
    }
}

extension NameTable: Sendable where Value: Sendable {}

/// Full names by their first word, when one full name of an article has it: "Xi" → "Xi Jinping",
/// "Perttu" → "Perttu Ahola" (a family name written first, or a given name). A word that two full
/// names share ("Anna Berg", "Anna Holm") stands for neither.
struct FirstWordNames: Sendable {
    /// The full name of a key ("" when two share it), and the paragraph where a full name with that first
    /// word was first written.
    private var table = NameTable<(full: String, paragraph: Int)>()

    var isEmpty: Bool { table.isEmpty }

    /// Notes the full name `full` under its first word's key, written first in `paragraph`.
    mutating func note(_ key: String, _ full: String, paragraph: Int = 0) {
        if let known = table[key] {
            if known.full != full { table[key] = ("", known.paragraph) }
        } else {
            table[key] = (full, paragraph)
        }
    }

    /// Notes a person's full name of three to five words (as written) under its inner words too, those it
    /// may be called by alone besides its first and last: "Etienne" of "Camille Etienne Gbedey", "García" of
    /// "Gabriel García Márquez", "Lula" of "Luiz Inácio Lula da Silva". Not an initial, a particle or a word
    /// of two letters or fewer; only after a given name ("Red Hat Linux" is no one's).
    mutating func noteInner(_ words: [String], full: String, paragraph: Int = 0, key: (String) -> String, isParticle: (String) -> Bool, isGivenName: (String) -> Bool) {
        // (Asked once a name an article; each inner word on its bytes.)
        guard (3...5).contains(words.count), isGivenName(words[0]) else { return }
        for inner in words[1..<(words.count - 1)] {
            guard case let u = inner.utf8, u.count > 2, u.last != UInt8(ascii: "."),
                  u.first! >= 0x80 || (0x41...0x5A).contains(u.first!), u.dropFirst().contains(where: { $0 >= 0x80 || (0x61...0x7A).contains($0) }),
                  !isParticle(inner) else { continue }
            note(key(inner), full, paragraph: paragraph)
        }
    }

    /// The one full name with that first word, if there is one.
    subscript(key: String) -> String? {
        guard let full = table[key]?.full, !full.isEmpty else { return nil }
        return full
    }

    /// The same, for the word alone written in `paragraph`: only a full name written before it or at most
    /// `ahead` paragraphs after ("Charles said" early in an article is no "Sir Charles Walker" named near
    /// its end; a lede's "Perttu" may come a paragraph before "Perttu Ahola").
    func full(_ key: String, inParagraph paragraph: Int, ahead: Int = 2) -> String? {
        guard let known = table[key], !known.full.isEmpty, known.paragraph <= paragraph + ahead else { return nil }
        return known.full
    }
}
