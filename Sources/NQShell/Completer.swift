import Foundation
import NQCorpus
import NQLanguage

/// Tab completion by context, from the text before the cursor: statement keywords at the start;
/// sources after find, count and let; the fields of the statement's source after where, by, order by
/// and show; names from the loaded corpus after `speaker =`, `entity =`, `section =` and `mentions`
/// (inside quotes when they hold spaces: `"Lav` → `"Sergei Lavrov"`); file names inside the strings
/// of load, run, export … to and save.
public struct Completer {
    public struct Completion: Equatable {
        /// How many characters before the cursor the candidates replace.
        public var replacing: Int
        public var candidates: [String]
    }

    /// Names from the corpus, looked up when needed.
    public var speakers: () -> [String]
    public var entities: () -> [String]
    public var sections: () -> [String]
    public var resultSets: () -> [String]

    public init(speakers: @escaping () -> [String] = { [] }, entities: @escaping () -> [String] = { [] },
                sections: @escaping () -> [String] = { [] }, resultSets: @escaping () -> [String] = { [] }) {
        self.speakers = speakers
        self.entities = entities
        self.sections = sections
        self.resultSets = resultSets
    }

    static let clauseKeywords = ["where", "and", "or", "not", "order by", "limit", "offset", "show", "by", "contains", "matches", "in", "is", "mentions"]

    public func complete(_ before: String) -> Completion {
        // Inside an open string: a name or a file.
        if let (quoteStart, typed) = openString(before) {
            let head = String(before[..<quoteStart])
            let words = head.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
            if let first = words.first, ["load", "run", "save"].contains(first) || (first == "export" && words.last == "to") {
                return Completion(replacing: typed.count, candidates: files(typed))
            }
            let names = valueNames(for: words)
            let matches = names.filter { matchesName($0, typed) }
            return Completion(replacing: typed.count + 1, candidates: matches.map { "\"\($0)\"" })
        }
        let prefix = String(before.reversed().prefix { !" \t(,;=<>!".contains($0) }.reversed())
        let head = String(before.dropLast(prefix.count))
        let statement = head.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? head
        let words = statement.lowercased().split(whereSeparator: { " \t(),".contains($0) }).map(String.init)
        let candidates = candidatesAfter(words, statementText: statement)
        let lower = prefix.lowercased()
        var matches = candidates.filter { $0.lowercased().hasPrefix(lower) }
        // Names with spaces are completed in quotes.
        if matches.isEmpty, !prefix.isEmpty {
            matches = candidates.filter { matchesName($0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")), prefix) }
        }
        return Completion(replacing: prefix.count, candidates: Array(Set(matches)).sorted())
    }

    /// A word-prefix match: "lav" matches "Sergei Lavrov".
    func matchesName(_ name: String, _ typed: String) -> Bool {
        if typed.isEmpty { return true }
        let t = typed.lowercased()
        if name.lowercased().hasPrefix(t) { return true }
        return name.lowercased().split(separator: " ").contains { $0.hasPrefix(t) }
    }

    /// Where an unclosed string starts, and what is typed in it.
    func openString(_ s: String) -> (String.Index, String)? {
        var open: String.Index? = nil
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "\"" { open = open == nil ? i : nil }
            i = s.index(after: i)
        }
        guard let o = open else { return nil }
        return (o, String(s[s.index(after: o)...]))
    }

    func candidatesAfter(_ words: [String], statementText: String) -> [String] {
        guard let last = words.last else { return Parser.statementKeywords }
        let source = sourceName(words)
        let schema = source.flatMap { Sources.named($0) }
        let fields = schema?.fields.map(\.name) ?? []
        let verb = words.first { $0 == "find" || $0 == "count" }
        // Only what parses and checks here is offered.
        if last == "by", words.count >= 2, words[words.count - 2] == "order" {
            // order by: in a grouped count its keys or count; else the source's fields.
            if verb == "count", let k = words.firstIndex(of: "by"), k < words.count - 1 {
                let keys = words[(k + 1)..<(words.count - 2)].filter { $0 != "order" }
                return Array(keys) + ["count"]
            }
            return fields
        }
        if last == "by", words.count >= 2, words[words.count - 2] == "sort" { return ["left", "right"] }
        switch last {
        case "find", "count": return Sources.names + resultSets()
        case "kwic", "collocates": return []
        case "=" where words.first == "let": return ["find"]
        case "show" where words.count == 1: return Sources.all.map(\.singular)
        case "where", "and", "or", "not": return fields + ["mentions", "not"]
        case "by":
            // count … by: a field, or a date bucket where the records have a date.
            guard verb == "count" else { return [] }
            return fields + (schema?.articleOf != nil ? ["day", "week", "month", "year"] : [])
        case "show": return verb == "find" ? fields : []
        case "is": return ["null", "not null"]
        case "in": return resultSets()
        case "sort": return ["by"]
        case "mentions": return quoted(entities())
        case "help": return Help.entries.map(\.topic) + Sources.names
        case "set": return Settings.options
        case "format": return words.first == "set" ? OutputFormat.allCases.map(\.rawValue) : []
        case "order": return ["by"]
        default: break
        }
        if words.count >= 2, ["=", "!="].contains(last) || statementText.trimmingCharacters(in: .whitespaces).hasSuffix("=") {
            return quoted(valueNames(for: words))
        }
        if let tail = statementText.last, tail == "=" { return quoted(valueNames(for: words)) }
        if words.count == 1 && !Parser.statementKeywords.contains(last) { return Parser.statementKeywords }
        if fields.contains(last) { return ["=", "==", "!=", "contains", "matches", "in", "is"] }
        if words.first == "kwic" { return ["where", "width", "sort by", "limit", "offset"] }
        if words.first == "collocates" { return ["where", "window", "limit", "offset"] }
        return Self.clauseKeywords + fields
    }

    /// The source a statement reads: the word after find, count or let … = find.
    func sourceName(_ words: [String]) -> String? {
        for (k, w) in words.enumerated() where (w == "find" || w == "count") && k + 1 < words.count {
            return words[k + 1]
        }
        return nil
    }

    /// The corpus names that can follow the field just before `=`.
    func valueNames(for words: [String]) -> [String] {
        let field = words.last { !["=", "!=", "in", "where", "and", "or", "not"].contains($0) } ?? ""
        let op = words.last ?? ""
        switch field == op ? (words.dropLast().last ?? "") : field {
        case "speaker", "name": return speakers() + (sourceName(words) == "entities" ? entities() : [])
        case "entity", "mentions": return entities()
        case "section", "heading": return sections()
        default: return words.contains("mentions") ? entities() : []
        }
    }

    func quoted(_ names: [String]) -> [String] { names.map { "\"\($0)\"" } }

    /// Files and folders starting with what is typed (folders end with /).
    func files(_ typed: String) -> [String] {
        let expanded = (typed as NSString).expandingTildeInPath
        let dir = typed.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let stem = typed.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        let listDir = dir.isEmpty ? "." : dir
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: listDir) else { return [] }
        let typedDir = typed.hasSuffix("/") ? typed : String(typed.dropLast((typed as NSString).lastPathComponent.count))
        return entries.filter { $0.hasPrefix(stem) && !$0.hasPrefix(".") }.sorted().map { name in
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listDir as NSString).appendingPathComponent(name), isDirectory: &isDir)
            return typedDir + name + (isDir.boolValue ? "/" : "")
        }
    }
}

extension Completer {
    /// The longest prefix the candidates share (compared without case), for partial completion.
    public static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first else { return "" }
        for c in candidates.dropFirst() {
            while !c.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        return prefix
    }

    /// Candidates laid out in columns for a terminal `width` wide.
    public static func columns(_ candidates: [String], width: Int) -> String {
        let w = (candidates.map(\.count).max() ?? 0) + 2
        let perLine = max(1, width / max(1, w))
        var out = ""
        for (k, c) in candidates.enumerated() {
            out += c.padding(toLength: w, withPad: " ", startingAt: 0)
            if (k + 1) % perLine == 0 { out += "\n" }
        }
        if !out.hasSuffix("\n") { out += "\n" }
        return out
    }
}
