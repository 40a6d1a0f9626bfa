/// Aligned columns for people: numbers to the right, long text cut with "…" to fit the width, a bar
/// after each count of a grouped count, and "N more rows" past the display limit.
public enum TableRenderer {
    static let barWidth = 30
    static let minColumn = 8

    public static func render(_ t: ResultTable, options: RenderOptions) -> String {
        let shown = options.rowLimit.map { Array(t.rows.prefix($0)) } ?? t.rows
        let cells: [[String]] = shown.map { row in row.indices.map { c in row[c].isNull ? t.columns[c].nullLabel : cell(row[c]) } }
        var widths = t.columns.indices.map { c in
            cells.reduce(t.columns[c].name.count) { max($0, $1[c].count) }
        }
        let hasBars = t.barColumn != nil && !shown.isEmpty
        let barSpace = hasBars ? min(barWidth, max(10, options.width / 4)) + 2 : 0
        fit(&widths, types: t.columns.map(\.type), into: options.width - barSpace)

        var out = ""
        let bold = options.color ? "\u{1B}[1m" : "", dim = options.color ? "\u{1B}[2m" : "", reset = options.color ? "\u{1B}[0m" : ""
        let right = t.columns.map { $0.type == .number || $0.alignRight }
        out += bold + trimTrailing(line(t.columns.map(\.name), widths, right)) + reset + "\n"
        out += dim + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + reset + "\n"
        let maxCount = t.barColumn.map { b in shown.compactMap { if case .int(let n) = $0[b] { return n } else { return nil } }.max() ?? 0 } ?? 0
        for (r, row) in cells.enumerated() {
            var text = line(row, widths, right)
            if hasBars, let b = t.barColumn, case .int(let n) = shown[r][b], maxCount > 0 {
                let full = barSpace - 2
                let length = n == 0 ? 0 : max(1, Int((Double(n) / Double(maxCount) * Double(full)).rounded()))
                text += "  " + (options.color ? "\u{1B}[36m" : "") + String(repeating: "█", count: length) + reset
            }
            out += trimTrailing(text) + "\n"
        }
        if t.rows.isEmpty { out += "(no rows)\n" }
        // The timeline draws the dated periods; the undated (a blank key) are left out of it.
        let dated = t.rows.filter { !$0[0].isNull }
        if t.timeline, let b = t.barColumn, dated.count > 1 {
            let counts = dated.compactMap { if case .int(let n) = $0[b] { return n } else { return nil } }
            let first = cell(dated.first![0]), last = cell(dated.last![0])
            out += "timeline \(first) \(sparkline(counts)) \(last)\n"
        }
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

    static func line(_ values: [String], _ widths: [Int], _ right: [Bool]) -> String {
        values.indices.map { c in
            let v = truncate(values[c], widths[c], keepEnd: right[c])
            let pad = String(repeating: " ", count: max(0, widths[c] - v.count))
            return right[c] ? pad + v : v + pad
        }.joined(separator: "  ")
    }

    /// Cuts to `width` with "…"; right-aligned text keeps its end (kwic's left context).
    static func truncate(_ s: String, _ width: Int, keepEnd: Bool = false) -> String {
        guard s.count > width else { return s }
        return keepEnd ? "…" + String(s.suffix(max(0, width - 1))) : String(s.prefix(max(0, width - 1))) + "…"
    }

    /// One line of bars for counts in date order: ▁▂▃▄▅▆▇█.
    static func sparkline(_ counts: [Int]) -> String {
        let levels = Array("▁▂▃▄▅▆▇█")
        guard let top = counts.max(), top > 0 else { return "" }
        return String(counts.map { levels[min(levels.count - 1, $0 * (levels.count - 1) / top)] })
    }

    static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
