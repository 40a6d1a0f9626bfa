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
}
