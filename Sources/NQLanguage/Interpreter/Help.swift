/// Help is data: one entry per statement or topic, filtered by `help TOPIC`. Every example runs on
/// the bundled demo corpus (a test runs them all).
public enum Help {
    public struct Entry: Sendable {
        public var topic: String
        public var synopsis: String
        public var text: String
        public var examples: [String]
    }

    public static let entries: [Entry] = [
        Entry(topic: "find", synopsis: "find SOURCE [where COND] [order by KEY [asc|desc], ...] [limit N] [show FIELD, ...]",
              text: "Lists the records of a source that meet the condition, in the order asked for. In table format it shows the source's usual columns; show picks others.",
              examples: ["find quotes where speaker = \"Lavrov\"", "find articles order by words desc limit 5 show title, words"]),
        Entry(topic: "count", synopsis: "count SOURCE [where COND] [by KEY [, KEY]] [order by ...] [limit N]",
              text: "Counts records. With by, one row per value of the key, largest first (ties in order of first appearance), a bar per count. By day, week, month or year groups dated articles and their records in date order and draws a timeline.",
              examples: ["count quotes", "count mentions NATO by section", "count quotes by speaker limit 10", "count articles by month"]),
        Entry(topic: "where", synopsis: "where FIELD OP VALUE [and|or|not ...]",
              text: "Conditions: = != < <= > >= (= ignores case on text; on speaker, entity and name it matches the name, an alias or a part of it), contains \"text\" (any case), matches /regex/i (linear time), in (\"a\", \"b\"), mentions \"X\" (the record mentions entity X), combined with and, or, not and parentheses.",
              examples: ["find articles where title contains \"Ukraine\" and words > 300", "count paragraphs where text matches /sanction(s|ed)/i",
                         "find quotes where mentions \"NATO\""]),
        Entry(topic: "show", synopsis: "show SOURCE N",
              text: "Prints one record with all its fields and its context: an article's text, the paragraph around a quote or mention with it marked «…».",
              examples: ["show article 1", "show quote 5"]),
        Entry(topic: "kwic", synopsis: "kwic TERM [where COND] [width N] [limit N]",
              text: "Keyword in context: every occurrence of the term (any case, whole words) in the sentences that meet the condition, the keyword aligned, width characters each side (30 by default).",
              examples: ["kwic \"sanctions\" limit 5", "kwic \"NATO\" where article_id = 1 width 20"]),
        Entry(topic: "let", synopsis: "let NAME = find ...",
              text: "Names a result; the name can then be a source for find and count.",
              examples: ["let lavrov = find quotes where speaker = \"Lavrov\"", "count lavrov by kind"]),
        Entry(topic: "load", synopsis: "load \"PATH\" [, \"PATH\" ...]",
              text: "Adds articles: a file, a folder (read recursively), a glob, or a saved .nqdb store. Bad files are reported and skipped.",
              examples: []),
        Entry(topic: "save", synopsis: "save \"FILE.nqdb\"",
              text: "Keeps the analysed corpus in a SQLite store that load and --corpus reopen quickly.",
              examples: []),
        Entry(topic: "set", synopsis: "set OPTION VALUE",
              text: "Options: format (table, csv, tsv, json, jsonl, markdown), color (on, off), rows (display limit, 0 for all), width, timer (on, off), trace (on, off: print each evaluation step), param NAME \"VALUE\" (then $NAME in statements).",
              examples: ["set format json", "set rows 10", "set param who \"Lavrov\""]),
        Entry(topic: "export", synopsis: "export STATEMENT to \"FILE\"",
              text: "Writes a result to a file in the format its extension names: .csv .tsv .json .jsonl .md .txt, or .svg for a chart.",
              examples: []),
        Entry(topic: "run", synopsis: "run \"FILE.nq\"", text: "Runs another script here.", examples: []),
        Entry(topic: "assert", synopsis: "assert STATEMENT (= | != | < | <= | > | >=) N",
              text: "Fails (exit 1 in a script) unless the statement's count holds: a plain count's number, else the number of rows.",
              examples: ["assert count articles > 100", "assert count quotes where speaker = \"Lavrov\" >= 4"]),
        Entry(topic: "explain", synopsis: "explain STATEMENT",
              text: "Prints the statement's tokens, its syntax tree and the plan of its evaluation, without running it.",
              examples: ["explain find quotes where speaker = \"Lavrov\""]),
        Entry(topic: "print", synopsis: "print \"TEXT\"", text: "Prints the text.", examples: ["print \"hello\""]),
        Entry(topic: "vars", synopsis: "vars", text: "Lists the let names and the parameters.", examples: ["vars"]),
        Entry(topic: "help", synopsis: "help [TOPIC]", text: "Lists statements, or explains one (or a source: help quotes).", examples: ["help find"]),
        Entry(topic: "quit", synopsis: "quit", text: "Leaves the shell (so does Ctrl-D on an empty line).", examples: []),
        Entry(topic: "sources", synopsis: "articles, sections, paragraphs, sentences, quotes, mentions, entities, speakers, tokens",
              text: "What a statement reads; help SOURCE lists its fields. mentions X is short for mentions where entity = \"X\".",
              examples: ["find sections limit 3", "find entities order by mentions desc limit 5"]),
    ]

    static let statements = ["find", "count", "show", "kwic", "let", "load", "save", "set", "export", "run", "assert", "explain", "print", "vars", "help", "quit"]

    public static func overview() -> String {
        var out = "Statements (one per line, or separated by ;):\n"
        for topic in statements {
            if let e = entries.first(where: { $0.topic == topic }) { out += "  \(e.synopsis)\n" }
        }
        out += "Sources: \(Sources.names.joined(separator: ", ")).\n"
        out += "Conditions: help where.  One statement in full: help TOPIC, e.g. help find.\n"
        return out
    }

    public static func topic(_ name: String) -> String? {
        let n = name.lowercased()
        if let e = entries.first(where: { $0.topic == n }) {
            var out = "\(e.synopsis)\n\n\(wrap(e.text))\n"
            if !e.examples.isEmpty { out += "\nExamples:\n" + e.examples.map { "  \($0)\n" }.joined() }
            return out
        }
        if let s = Sources.named(n) {
            return "\(s.name): \(s.fields.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", "))\n"
        }
        return nil
    }

    /// Wraps prose at 100 columns.
    static func wrap(_ text: String, width: Int = 100) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, !line.isEmpty { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
