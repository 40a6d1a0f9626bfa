/// Aligned columns for people: numbers to the right, long text cut with "…" to fit the width, a bar
/// after each count of a grouped count, and "N more rows" past the display limit.
public enum TableRenderer {
    static let barWidth = 30
    static let minColumn = 8

    public static func render(_ t: ResultTable, options: RenderOptions) -> String {
        let shown = options.rowLimit.map { Array(t.rows.prefix($0)) } ?? t.rows
        let cells: [[String]] = shown.map { row in row.map { cell($0) } }
        var widths = t.columns.indices.map { c in
            cells.reduce(t.columns[c].name.count) { max($0, $1[c].count) }
        }
        let hasBars = t.barColumn != nil && !shown.isEmpty
        let barSpace = hasBars ? min(barWidth, max(10, options.width / 4)) + 2 : 0
        fit(&widths, types: t.columns.map(\.type), into: options.width - barSpace)

        var out = ""
        let bold = options.color ? "\u{1B}[1m" : "", dim = options.color ? "\u{1B}[2m" : "", reset = options.color ? "\u{1B}[0m" : ""
        out += bold + line(t.columns.map(\.name), widths, t.columns.map(\.type)) + reset + "\n"
        out += dim + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + reset + "\n"
        let maxCount = t.barColumn.map { b in shown.compactMap { if case .int(let n) = $0[b] { return n } else { return nil } }.max() ?? 0 } ?? 0
        for (r, row) in cells.enumerated() {
            var text = line(row, widths, t.columns.map(\.type))
            if hasBars, let b = t.barColumn, case .int(let n) = shown[r][b], maxCount > 0 {
                let full = barSpace - 2
                let length = n == 0 ? 0 : max(1, Int((Double(n) / Double(maxCount) * Double(full)).rounded()))
                text += "  " + (options.color ? "\u{1B}[36m" : "") + String(repeating: "█", count: length) + reset
            }
            out += trimTrailing(text) + "\n"
        }
        if t.rows.isEmpty { out += "(no rows)\n" }
        if t.rows.count > shown.count {
            let more = t.rows.count - shown.count
            out += "\(dim)… \(more) more row\(more == 1 ? "" : "s") (set rows 0 shows all)\(reset)\n"
        }
        return out
    }

    static func cell(_ v: Value) -> String {
        switch v {
        case .null: return ""
        case .int(let n): return String(n)
        case .string(let s):
            // One line per row: line breaks and tabs become spaces.
            return s.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" })
                ? String(s.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }) : s
        }
    }

    /// Narrows the widest text columns until the row fits `total`.
    static func fit(_ widths: inout [Int], types: [FieldType], into total: Int) {
        func sum() -> Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }
        while sum() > total {
            guard let widest = widths.indices.filter({ types[$0] != .number && widths[$0] > minColumn })
                .max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= min(widths[widest] - minColumn, sum() - total)
        }
    }

    static func line(_ values: [String], _ widths: [Int], _ types: [FieldType]) -> String {
        values.indices.map { c in
            let v = truncate(values[c], widths[c])
            let pad = String(repeating: " ", count: max(0, widths[c] - v.count))
            return types[c] == .number ? pad + v : v + pad
        }.joined(separator: "  ")
    }

    static func truncate(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(max(0, width - 1))) + "…"
    }

    static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
