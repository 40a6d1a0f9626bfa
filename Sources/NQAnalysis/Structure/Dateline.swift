/// A wire-style dateline at the start of the first paragraph — "WASHINGTON (AP) — ", "LONDON, Jan 4
/// (Reuters) - " — is metadata, not text: it is cut off, and its agency may become the article's source.
enum Dateline {
    static func strip(_ text: String) -> (String, String?)? {
        let scalars = Array(text.unicodeScalars.prefix(120))
        if let colon = colonDateline(scalars) { return (String(text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: colon + 2)...]), nil) }
        if startsWithSmallLetter(text) { return nil }
        // A dash separator with the place in capitals before it.
        guard let dash = scalars.indices.first(where: { i in
            (scalars[i] == "\u{2014}" || scalars[i] == "\u{2013}" || scalars[i] == "-") &&
                i > 2 && scalars[i - 1] == " " && i + 1 < scalars.count && scalars[i + 1] == " "
        }) else { return nil }
        let head = String(String.UnicodeScalarView(scalars[..<(dash - 1)]))
        var place = head
        var agency: String? = nil
        if let open = head.firstIndex(of: "("), head.hasSuffix(")") {
            agency = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
            place = String(head[..<open]).trimmingSpaces
        }
        let placeName = place.split(separator: ",").first.map(String.init) ?? place
        let letters = placeName.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        let restStart = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: dash + 2)
        return (String(text.unicodeScalars[restStart...]), agency)
    }

    /// "GUWAHATI: Floods …", "NEW DELHI: The …" (as Indian and Pakistani papers write it): a place the gazetteer
    /// knows, in capitals, then a colon and a space; where the colon is. (Only a known place: "UPDATE: …" and
    /// "NOTE: …" are the text's.)
    static func colonDateline(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let colon = scalars.prefix(40).firstIndex(of: ":"), colon >= 2, colon + 1 < scalars.count, scalars[colon + 1] == " " else { return nil }
        let head = scalars[..<colon]
        guard head.allSatisfy({ $0 == " " || $0.properties.isUppercase || $0 == "-" }), head.contains(where: { $0.properties.isUppercase }) else { return nil }
        // The place's name as the gazetteer writes it: each word's first letter a capital, the rest small.
        let words = String(String.UnicodeScalarView(head)).split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }
        guard let entry = Gazetteer.shared.entries[words.joined(separator: " ")], entry.type == .place else { return nil }
        return colon
    }

    /// Whether a small ASCII letter comes before any comma, bracket or dash: it would be in the place
    /// name, which is in capitals — no dateline (most first paragraphs: "The president said …").
    static func startsWithSmallLetter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            for c in b {
                if c >= 0x61 && c <= 0x7A { return true }
                // A comma or bracket ends the place name, and a dash may end the head: the rules decide.
                if c == 0x2C || c == 0x28 || c == 0x2D || c == 0xE2 { return false }
            }
            return false
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
