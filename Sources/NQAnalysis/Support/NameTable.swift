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
