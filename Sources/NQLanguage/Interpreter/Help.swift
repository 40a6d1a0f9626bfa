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
        Entry(topic: "find", synopsis: "find SOURCE [where COND] [order by KEY [asc|desc], ...] [limit N] [offset N] [show FIELD, ...]",
              text: "Lists the records of a source that meet the condition, in the order asked for (missing values last, both ways). In table format it shows the source's usual columns; show picks others. offset skips rows before the limit (limit 0 gives none).",
              examples: ["find quotes where speaker = \"Lavrov\"", "find articles order by words desc limit 5 show title, words",
                         "find articles order by words desc limit 5 offset 5 show title, words"]),
        Entry(topic: "count", synopsis: "count SOURCE [where COND] [by KEY [, KEY]] [order by ...] [limit N] [offset N]",
              text: "Counts records. With by, one row per value of the key, largest first (ties in order of first appearance), a bar per count; records without a value are the group (none). By day, week, month or year groups dated records in date order, every period of the range (0 where there are none), and draws a timeline; the undated come last as (no date), outside the timeline.",
              examples: ["count quotes", "count mentions NATO by section", "count quotes by speaker limit 10", "count articles by month"]),
        Entry(topic: "where", synopsis: "where FIELD OP VALUE [and|or|not ...]",
              text: "Conditions: = != < <= > >= (= ignores case on text; on speaker, entity and name it matches the name or a part of it, or a whole alias; diacritics aside), == (the whole value, letter for letter, case too), contains \"text\" (any case), matches /regex/i (linear time), in (\"a\", \"b\"), in NAME (a let result: id in a result of the same source, article_id in a result of articles or of records in them, a name in a result of speakers, entities, quotes or mentions), is null, is not null, mentions \"X\" (the record's text mentions entity X), sentence|paragraph|section|article mentions \"X\" (the sentence … the record lies in mentions X), combined with and, or, not and parentheses. $NAME inside quotes is a parameter's value ($$ a dollar).",
              examples: ["find articles where title contains \"Ukraine\" and words > 300", "count paragraphs where text matches /sanction(s|ed)/i",
                         "find quotes where mentions \"NATO\"", "count quotes where speaker is null", "count mentions where entity == \"Donald Trump\"",
                         "count mentions where sentence mentions \"NATO\" and not entity = \"NATO\" by entity limit 5"]),
        Entry(topic: "show", synopsis: "show SOURCE N | show speaker \"NAME\" | show entity \"NAME\"",
              text: "Prints one record with all its fields and its context: an article's text, the paragraph around a quote or mention with it marked «…». Speakers and entities can be named (the exact name, else the one the name-aware = finds).",
              examples: ["show article 1", "show quote 5", "show speaker \"Sergei Lavrov\""]),
        Entry(topic: "kwic", synopsis: "kwic TERM [where COND] [width N] [sort by left|right] [limit N] [offset N]",
              text: "Keyword in context: every occurrence of the term (whole words) in the sentences that meet the condition, the keyword aligned, width characters each side (30 by default). A term with a capital letter matches its case, one without matches any case; * stands for any letters (\"vaccin*\"); /regex/ matches whole words. sort by left orders by the words before the keyword, nearest first; sort by right by the words after it.",
              examples: ["kwic \"sanctions\" limit 5", "kwic \"NATO\" where article_id = 1 width 20", "kwic \"vaccin*\" sort by right limit 5",
                         "kwic /WHO/ limit 3"]),
        Entry(topic: "collocates", synopsis: "collocates TERM [where COND] [window N] [limit N] [offset N]",
              text: "The words within window words (5 by default, 1 to 20) each side of the term, as kwic finds it: how often each is near it (together), how often in the whole corpus (total), and its log-likelihood score (ll, Dunning's G²; 0 where it is no nearer than chance), highest first. The term itself is left out; where narrows where the term is looked for, not the corpus it is measured against. Words are compared with ASCII letters in lower case.",
              examples: ["collocates \"NATO\" limit 10", "collocates \"vaccin*\" window 3 limit 10"]),
        Entry(topic: "let", synopsis: "let NAME = find ...",
              text: "Names a result; the name can then be a source for find and count.",
              examples: ["let lavrov = find quotes where speaker = \"Lavrov\"", "count lavrov by kind"]),
        Entry(topic: "load", synopsis: "load \"PATH\" [, \"PATH\" ...]",
              text: "Adds articles: a file, a folder (read recursively), a glob, or a saved .nqdb store. Files: text, CSV/TSV, JSON lines, saved web pages (.html), WARC crawl archives (.warc), any of them gzipped (.gz). Bad files are reported and skipped. On a store opened by --corpus, the files are analysed and added to the store itself (files and urls it has are passed over).",
              examples: []),
        Entry(topic: "save", synopsis: "save \"FILE.nqdb\"",
              text: "Keeps the analysed corpus in a SQLite store. nq --corpus FILE.nqdb answers statements from it in place, reading only what they need; load \"FILE.nqdb\" reads it whole into memory.",
              examples: []),
        Entry(topic: "set", synopsis: "set OPTION VALUE",
              text: "Options: format (table, csv, tsv, json, jsonl, markdown), color (always, never, auto — as --color; on and off too), rows (display limit, 0 for all), width (columns, 20 or more; without it the shell follows the terminal's width), timer (on, off), trace (on, off: print each evaluation step), param NAME \"VALUE\" (then $NAME in statements and inside quotes).",
              examples: ["set format json", "set rows 10", "set width 100", "set param who \"Lavrov\""]),
        Entry(topic: "export", synopsis: "export STATEMENT to \"FILE\"",
              text: "Writes a result to a file in the format its extension names: .csv .tsv .json .jsonl .md .txt (never cut to the terminal's width), or .svg for a chart of a count by a key (bars, or a line over time with axes and values).",
              examples: []),
        Entry(topic: "run", synopsis: "run \"FILE.nq\"",
              text: "Runs another script here. A script is checked whole before it runs (every line's errors, and nothing runs); its relative paths (load, save, export, run) start from its own folder.",
              examples: []),
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

    static let statements = ["find", "count", "show", "kwic", "collocates", "let", "load", "save", "set", "export", "run", "assert", "explain", "print", "vars", "help", "quit"]

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
