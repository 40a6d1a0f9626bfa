/// csv and tsv: a header row, then one row per record.
public enum DelimitedRenderer {
    public static func csv(_ t: ResultTable) -> String {
        var out = t.columns.map { quote($0.name) }.joined(separator: ",") + "\n"
        for row in t.rows { out += row.map { quote($0.text) }.joined(separator: ",") + "\n" }
        return out
    }

    static func quote(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    public static func tsv(_ t: ResultTable) -> String {
        var out = t.columns.map(\.name).joined(separator: "\t") + "\n"
        for row in t.rows { out += row.map { escape($0.text) }.joined(separator: "\t") + "\n" }
        return out
    }

    static func escape(_ s: String) -> String {
        s.escaped { ch in
            switch ch {
            case "\t": return "\\t"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\\": return "\\\\"
            default: return nil
            }
        }
    }
}

/// json (one array of row objects per statement) and jsonl (one object per line).
public enum JSONRenderer {
    public static func array(_ t: ResultTable) -> String {
        if t.rows.isEmpty { return "[]\n" }
        return "[\n" + t.rows.map { "  " + object(t.columns, $0) }.joined(separator: ",\n") + "\n]\n"
    }

    public static func lines(_ t: ResultTable) -> String {
        t.rows.map { object(t.columns, $0) + "\n" }.joined()
    }

    static func object(_ columns: [ResultTable.Column], _ row: [Value]) -> String {
        "{" + zip(columns, row).map { "\(string($0.name)): \(value($1))" }.joined(separator: ", ") + "}"
    }

    static func value(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .int(let n): return String(n)
        case .string(let s): return string(s)
        }
    }

    /// A JSON string literal; non-ASCII characters are kept as they are (UTF-8).
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

/// markdown: a pipe table, and a blank line after it.
public enum MarkdownRenderer {
    public static func render(_ t: ResultTable) -> String {
        var out = "| " + t.columns.map(\.name).joined(separator: " | ") + " |\n"
        out += "|" + t.columns.map { $0.type == .number ? " ---: |" : " --- |" }.joined() + "\n"
        for row in t.rows {
            out += "| " + row.indices.map { c in escape(row[c].isNull ? t.columns[c].nullLabel : row[c].text) }.joined(separator: " | ") + " |\n"
        }
        // A blank line ends the table: the next one printed after it is a table of its own.
        return out + "\n"
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences("|", "\\|").replacingOccurrences("\n", " ")
    }
}
