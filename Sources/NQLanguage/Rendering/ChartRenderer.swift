/// A simple SVG bar chart of a result's counts (the last number column against the first column), for
/// slides: `export count quotes by speaker limit 10 to "speakers.svg"`. Counts by date bucket draw a line.
public enum ChartRenderer {
    public static func svg(_ t: ResultTable, title: String) -> String {
        let valueColumn = t.barColumn ?? t.columns.lastIndex { $0.type == .number } ?? 0
        let rows = t.rows.prefix(60)
        let labels = rows.map { row in row.indices.filter { $0 != valueColumn }.map { row[$0].text }.joined(separator: " · ") }
        let values = rows.map { row -> Int in if case .int(let n) = row[valueColumn] { return n } else { return 0 } }
        let top = max(1, values.max() ?? 1)
        let barHeight = 22, gap = 6, labelWidth = 260, chartWidth = 420, left = 10, topMargin = 40
        let height = topMargin + rows.count * (barHeight + gap) + 20
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(left + labelWidth + chartWidth + 80)" height="\(height)" font-family="sans-serif" font-size="13">
        <text x="\(left)" y="24" font-size="15" font-weight="bold">\(escape(title))</text>

        """
        if t.timeline, values.count > 1 {
            let w = chartWidth + labelWidth
            let h = height - topMargin - 30
            let points = values.enumerated().map { k, v in
                "\(left + k * w / max(1, values.count - 1)),\(topMargin + h - v * h / top)"
            }.joined(separator: " ")
            out += "<polyline fill=\"none\" stroke=\"#2a7ab0\" stroke-width=\"2\" points=\"\(points)\"/>\n"
            out += "<text x=\"\(left)\" y=\"\(height - 8)\">\(escape(labels.first ?? ""))</text>\n"
            out += "<text x=\"\(left + w)\" y=\"\(height - 8)\" text-anchor=\"end\">\(escape(labels.last ?? ""))</text>\n"
        } else {
            for (k, (label, value)) in zip(labels, values).enumerated() {
                let y = topMargin + k * (barHeight + gap)
                let w = value * chartWidth / top
                out += "<text x=\"\(left + labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">\(escape(String(label.prefix(38))))</text>\n"
                out += "<rect x=\"\(left + labelWidth)\" y=\"\(y)\" width=\"\(max(1, w))\" height=\"\(barHeight)\" fill=\"#2a7ab0\"/>\n"
                out += "<text x=\"\(left + labelWidth + w + 6)\" y=\"\(y + 16)\">\(value)</text>\n"
            }
        }
        return out + "</svg>\n"
    }

    static func escape(_ s: String) -> String {
        s.escaped { ch in
            switch ch {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            default: return nil
            }
        }
    }
}
