import Foundation

/// A name without its diacritics, for linking names written with and without them: "Erdoğan" and
/// "Erdogan", "Zelenskyy" stays, "São Paulo" and "Sao Paulo", "Łukaszenka" and "Lukaszenka". Letters
/// that have no decomposition are mapped to the Latin letters they are written as (ı, ø, ł, đ, ß, æ, œ).
public enum NameFolding {
    static let letters: [Character: String] = [
        "ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    ]

    /// The folded name; nil when folding changes nothing (an ASCII name, or one of other scripts).
    public static func fold(_ name: String) -> String? {
        guard name.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var out = ""
        out.unicodeScalars.reserveCapacity(name.unicodeScalars.count)
        for ch in name {
            if let mapped = letters[ch] { out += mapped; continue }
            for s in String(ch).decomposedStringWithCanonicalMapping.unicodeScalars
            where s.properties.generalCategory != .nonspacingMark {
                out.unicodeScalars.append(s)
            }
        }
        return out == name ? nil : out
    }

    /// The key names are linked by: the folded name, or the name itself.
    public static func key(_ name: String) -> String { fold(name) ?? name }

    /// Of two spellings of one name (the same key), whether `a` is the one to show rather than `b`: the
    /// one with more letters beyond ASCII (written with its diacritics: "Erdoğan", "Zürich"), then the
    /// first in byte order. An order of all spellings, so that the name shown does not depend on the
    /// order articles were added in (one process, or the shards of several).
    public static func prefers(_ a: String, over b: String) -> Bool {
        func beyondASCII(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0 : 1) } }
        let (x, y) = (beyondASCII(a), beyondASCII(b))
        return x != y ? x > y : a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

extension NameFolding {
    /// The words a name is matched by: split at spaces and punctuation, but a hyphenated compound is one
    /// word ("NATO-Russia"); lower case, diacritics folded. A name-aware `=` holds when every word asked
    /// for is one of the name's words (the store keeps each name's words as a table for that look-up).
    public static func words(_ s: String) -> [String] {
        key(s).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map(String.init)
    }

    /// The key an alias is looked up by: folded, lower case (`NameMatch.same` decides).
    public static func aliasKey(_ s: String) -> String { key(s).lowercased() }
}

/// A `NameIndex` that also finds a name written with or without its diacritics: the row of the name
/// first met under the same folded key ("Erdoğan" finds a known "Erdogan", and the other way round).
/// (A row keeps the spellings it was indexed by when its name is shown otherwise: each still finds it.)
struct FoldedNameIndex: Sendable {
    private var index = NameIndex()
    private var folds: [String: Int] = [:]

    /// The row of `name` as written, else of a name that folds the same.
    func row(of name: String) -> Int? { index.row(of: name) ?? folds[NameFolding.key(name)] }

    /// The row of `name` (or of a name that folds the same), or a new row for it: `inserted` says which.
    mutating func insert(_ name: String) -> (row: Int, inserted: Bool) {
        if let row = row(of: name) { return (row, false) }
        let (row, _) = index.insert(name)
        noteFold(name, row)
        return (row, true)
    }

    /// Adds the next row (names restored in row order).
    mutating func append(_ name: String) {
        index.append(name)
        noteFold(name, index.count - 1)
    }

    private mutating func noteFold(_ name: String, _ row: Int) {
        let key = NameFolding.key(name)
        if folds[key] == nil { folds[key] = row }
    }
}
