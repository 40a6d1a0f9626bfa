import NQSupport
import Foundation
import NQCorpus

/// Name-aware equality: the name itself (any case), or a part of it — every word asked for is one of
/// the name's words ("Lavrov" and "sergei lavrov" both match "Sergei Lavrov"); diacritics do not count
/// ("Erdogan" matches "Recep Tayyip Erdoğan", and "Erdoğan" "Erdogan").
public enum NameMatch {
    public static func matches(_ name: String, _ query: String) -> Bool {
        if name.caseInsensitiveCompare(query) == .orderedSame { return true }
        let nameWords = Set(words(name))
        let queryWords = words(query)
        return !queryWords.isEmpty && queryWords.allSatisfy(nameWords.contains)
    }

    /// The same name, in any case, with or without diacritics.
    public static func same(_ a: String, _ b: String) -> Bool {
        a.caseInsensitiveCompare(b) == .orderedSame || NameFolding.key(a).caseInsensitiveCompare(NameFolding.key(b)) == .orderedSame
    }

    /// A query matched against many names: names that cannot match are turned away by a byte search
    /// for the query's words before the words of the name are made.
    public struct Query {
        let text: String
        /// The query's words in lower case, when all are ASCII (otherwise no prefilter).
        let asciiWords: [String]?

        public init(_ text: String) {
            self.text = text
            let w = NameMatch.words(text)
            asciiWords = w.isEmpty || w.contains { $0.utf8.contains { $0 >= 0x80 } } ? nil : w
        }

        public func matches(_ name: String) -> Bool {
            if let asciiWords, !name.utf8.contains(where: { $0 >= 0x80 }) {
                for w in asciiWords where !TextSearch.contains(name, TextRange(0, name.utf8.count), w) { return false }
            }
            return NameMatch.matches(name, text)
        }
    }

    /// Words split at spaces and punctuation, but a hyphenated compound is one word ("NATO-Russia");
    /// lower case, diacritics folded.
    static func words(_ s: String) -> [String] { NameFolding.words(s) }
}
