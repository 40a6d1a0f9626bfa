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
    private var table = NameTable<String>()

    var isEmpty: Bool { table.isEmpty }

    /// Notes the full name `full` under its first word's key.
    mutating func note(_ key: String, _ full: String) {
        if let known = table[key] {
            if known != full { table[key] = "" }
        } else {
            table[key] = full
        }
    }

    /// Notes a full name of a person (its words as written) under the words it may be called by alone
    /// besides its last: its first ("Xi" of "Xi Jinping", "Perttu" of "Perttu Ahola"), and the inner word
    /// of a name of three ("Etienne" of "Camille Etienne Gbedey", "García" of "Gabriel García Márquez"):
    /// no initial, no particle, no word of two letters or fewer. Names of four words or more only by their
    /// first, and only with an initial among them ("Walter A. Clyburn Reed").
    /// (The inner word only after a given name: "James Webb Telescope", "Red Hat Linux" are no one's.)
    mutating func note(person words: [String], full: String, key: (String) -> String, isParticle: (String) -> Bool, isGivenName: (String) -> Bool) {
        guard let first = words.first, words.count <= 3 || words.count == 4 && words.contains(where: Self.isInitial) else { return }
        if !isParticle(first) { note(key(first), full) }
        if words.count == 3, isGivenName(first), case let inner = words[1], !Self.isInitial(inner), !isParticle(inner), inner.count > 2,
           inner.first?.isUppercase == true, inner.dropFirst().contains(where: \.isLowercase) {
            note(key(inner), full)
        }
    }

    static func isInitial(_ w: String) -> Bool { w.count == 2 && w.hasSuffix(".") || w.count == 1 }

    /// The one full name with that first word, if there is one.
    subscript(key: String) -> String? {
        guard let full = table[key], !full.isEmpty else { return nil }
        return full
    }
}
