extension String {
    /// The string with each character that `replacement` gives text for replaced by it (the string
    /// itself when none is: no copy).
    func escaped(_ replacement: (Character) -> String?) -> String {
        guard contains(where: { replacement($0) != nil }) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if let r = replacement(ch) { out += r } else { out.append(ch) }
        }
        return out
    }
}
