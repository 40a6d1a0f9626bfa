/// Lemmas: a table of the treebank's words whose lemma the rules get wrong (word and UPOS → lemma),
/// then suffix rules by part of speech (plural -s/-es/-ies, -ed/-ing, -er/-est). Proper nouns keep
/// their form.
public struct Lemmatizer: Sendable {
    /// "lower-case word\tUPOS" → lemma.
    public var exceptions: [String: String]
    /// "UPOS\tending" → the edit most words of that ending and tag take, as "k|suffix" (drop k
    /// characters, add the suffix): learned from the treebank, for words it does not hold.
    public var endings: [String: String]

    public init(exceptions: [String: String] = [:], endings: [String: String] = [:]) {
        self.exceptions = exceptions
        self.endings = endings
    }

    public func lemma(_ form: String, _ upos: String) -> String {
        let lower = form.lowercased()
        if let e = exceptions[lower + "\t" + upos] { return e }
        if upos != "PROPN" {
            let chars = Array(lower)
            for n in stride(from: min(Self.longestEnding, chars.count - 1), through: 1, by: -1) {
                if let edit = endings[upos + "\t" + String(chars.suffix(n))], let applied = Self.apply(edit, chars) { return applied }
            }
        }
        return Self.rule(form, lower, upos)
    }

    static let longestEnding = 5

    /// The edit from a form to its lemma ("criticised" → "criticise": "1|e"... as drop and add).
    static func edit(_ form: [Character], _ lemma: [Character]) -> String {
        var common = 0
        while common < min(form.count, lemma.count), form[common] == lemma[common] { common += 1 }
        return "\(form.count - common)|" + String(lemma[common...])
    }

    static func apply(_ edit: String, _ chars: [Character]) -> String? {
        guard let bar = edit.firstIndex(of: "|"), let k = Int(edit[..<bar]), k < chars.count else { return nil }
        return String(chars.dropLast(k)) + edit[edit.index(after: bar)...]
    }

    /// The rules alone.
    public static func rule(_ form: String, _ lower: String, _ upos: String) -> String {
        func strip(_ suffix: String, _ add: String = "") -> String? {
            guard lower.hasSuffix(suffix), lower.count > suffix.count + 1 else { return nil }
            return String(lower.dropLast(suffix.count)) + add
        }
        switch upos {
        case "PROPN":
            return form
        case "NOUN":
            if lower.hasSuffix("ss") || lower.hasSuffix("us") || lower.hasSuffix("is") { return lower }
            return strip("ies", "y") ?? strip("ches", "ch") ?? strip("shes", "sh") ?? strip("xes", "x") ?? strip("sses", "ss") ?? strip("s") ?? lower
        case "VERB", "AUX":
            if let s = strip("ies", "y") ?? strip("ied", "y") { return s }
            if lower.hasSuffix("ss") { return lower }
            if let s = strip("ing") ?? strip("ed") { return undouble(s) }
            return strip("es") .flatMap { $0.hasSuffix("sh") || $0.hasSuffix("ch") || $0.hasSuffix("x") || $0.hasSuffix("ss") ? $0 : nil }
                ?? strip("s") ?? lower
        case "ADJ":
            if let s = strip("iest", "y") ?? strip("ier", "y") { return s }
            return lower
        default:
            return lower
        }
    }

    /// "stopp" → "stop" (a doubled final consonant after -ed or -ing).
    static func undouble(_ s: String) -> String {
        let c = Array(s)
        guard c.count >= 3, c[c.count - 1] == c[c.count - 2], !"aeiouslz".contains(c[c.count - 1]) else { return s }
        return String(c.dropLast())
    }

    /// The table: for each word and tag of the treebank whose lemma the rules miss, its most frequent
    /// lemma (ties: the first in sorted order, so training twice gives the same table).
    public static func learn(_ sentences: [[TreebankWord]]) -> Lemmatizer {
        var counts: [String: [String: Int]] = [:]
        for s in sentences {
            for w in s where w.lemma != "_" {
                counts[w.form.lowercased() + "\t" + w.upos, default: [:]][w.lemma, default: 0] += 1
            }
        }
        // Endings: for each tag and last 1–5 characters, the edits of the words that end so.
        var editCounts: [String: [String: Int]] = [:]
        for (key, lemmas) in counts {
            let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[1] != "PROPN" else { continue }
            let form = Array(parts[0])
            let best = lemmas.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let e = edit(form, Array(best.lowercased()))
            for n in 1...min(longestEnding, max(1, form.count - 1)) {
                editCounts[parts[1] + "\t" + String(form.suffix(n)), default: [:]][e, default: 0] += 1
            }
        }
        var endings: [String: String] = [:]
        for (ending, edits) in editCounts {
            let total = edits.values.reduce(0, +)
            let (best, n) = edits.max { ($0.value, $1.key) < ($1.value, $0.key) }!
            // Kept when several words agree and most words of the ending take it.
            if total >= 3, Double(n) / Double(total) >= 0.6 { endings[ending] = best }
        }
        let learned = Lemmatizer(endings: endings)
        var exceptions: [String: String] = [:]
        for (key, lemmas) in counts {
            let best = lemmas.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
            // Proper nouns keep their form; a word the endings get right needs no entry.
            if parts[1] == "PROPN" || learned.lemma(parts[0], parts[1]) == best { continue }
            exceptions[key] = best
        }
        return Lemmatizer(exceptions: exceptions, endings: endings)
    }

    func write(_ w: inout BinaryWriter) {
        for table in [exceptions, endings] {
            let keys = table.keys.sorted()
            w.u32(UInt32(keys.count))
            for k in keys {
                w.string(k)
                w.string(table[k]!)
            }
        }
    }

    static func read(_ r: inout BinaryReader) throws(ModelError) -> Lemmatizer {
        var tables: [[String: String]] = []
        for _ in 0..<2 {
            let n = Int(try r.u32())
            guard n < 10_000_000 else { throw .damaged("a lemma table of \(n) entries") }
            var e: [String: String] = [:]
            e.reserveCapacity(n)
            for _ in 0..<n {
                let k = try r.string()
                e[k] = try r.string()
            }
            tables.append(e)
        }
        return Lemmatizer(exceptions: tables[0], endings: tables[1])
    }
}
