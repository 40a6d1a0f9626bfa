/// Help is data: one entry per statement, filtered by `help TOPIC`.
public enum Help {
    public struct Entry: Sendable {
        public var topic: String
        public var synopsis: String
        public var text: String
        public var examples: [String]
    }

    public static let entries: [Entry] = [
        Entry(topic: "find", synopsis: "find SOURCE [where COND] [order by KEY [asc|desc], ...] [limit N] [show FIELD, ...]",
              text: "Lists records of a source, filtered, ordered and limited.",
              examples: ["find sections where article_id = 1", "find articles order by words desc limit 5 show title, words"]),
        Entry(topic: "count", synopsis: "count SOURCE [where COND] [by KEY [, KEY]] [order by ...] [limit N]",
              text: "Counts records; with by, one row per key value, largest first.",
              examples: ["count articles", "count paragraphs by section limit 5"]),
        Entry(topic: "where", synopsis: "where FIELD OP VALUE [and|or ...]",
              text: "Conditions: = != < <= > >= (= ignores case on text), contains \"text\", matches /regex/i, in (\"a\", \"b\"), combined with and, or, not and parentheses.",
              examples: ["find articles where title contains \"Ukraine\" and words > 300"]),
        Entry(topic: "set", synopsis: "set OPTION VALUE",
              text: "Options: format (table, csv, tsv, json, jsonl, markdown), color (on, off), rows (display limit, 0 for all), width, timer (on, off), param NAME \"VALUE\".",
              examples: ["set format json", "set rows 10"]),
        Entry(topic: "print", synopsis: "print \"TEXT\"", text: "Prints the text.", examples: ["print \"hello\""]),
        Entry(topic: "help", synopsis: "help [TOPIC]", text: "Lists statements, or explains one.", examples: ["help find"]),
        Entry(topic: "quit", synopsis: "quit", text: "Leaves the shell (so does Ctrl-D on an empty line).", examples: []),
        Entry(topic: "sources", synopsis: "articles, sections, paragraphs, sentences",
              text: "The sources a statement reads; `help SOURCE` lists its fields.", examples: ["find sections limit 3"]),
    ]

    public static func overview() -> String {
        var out = "Statements (one per line, or separated by ;):\n"
        for e in entries where e.topic != "sources" && e.topic != "where" {
            out += "  \(e.synopsis)\n"
        }
        out += "Sources: \(Sources.names.joined(separator: ", ")).  Type help TOPIC for more, e.g. help find.\n"
        return out
    }

    public static func topic(_ name: String) -> String? {
        let n = name.lowercased()
        if let e = entries.first(where: { $0.topic == n }) {
            var out = "\(e.synopsis)\n\n\(e.text)\n"
            if !e.examples.isEmpty { out += "\nExamples:\n" + e.examples.map { "  \($0)\n" }.joined() }
            return out
        }
        if let s = Sources.named(n) {
            return "\(s.name): \(s.fields.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", "))\n"
        }
        return nil
    }
}
