/// SVG charts of a grouped count, for slides: `export count quotes by speaker limit 10 to "speakers.svg"`
/// draws a bar per key with its label and value; a count by date bucket draws a line over every period
/// with both axes, their ticks and the values. Only a grouped count charts (`chartable`).
public enum ChartRenderer {
    /// Whether a result is a count by some key, the one kind of result a chart shows.
    public static func chartable(_ t: ResultTable) -> Bool { t.barColumn != nil }

    public static func svg(_ t: ResultTable, title: String) -> String {
        let valueColumn = t.barColumn ?? t.columns.lastIndex { $0.type == .number } ?? 0
        func label(_ row: [Value]) -> String {
            row.indices.filter { $0 != valueColumn }.map { row[$0].isNull ? t.columns[$0].nullLabel : row[$0].text }.joined(separator: " · ")
        }
        func value(_ row: [Value]) -> Int { if case .int(let n) = row[valueColumn] { return n } else { return 0 } }
        if t.timeline {
            let dated = t.rows.filter { !$0[0].isNull }
            if dated.count > 1 { return line(dated.map(label), dated.map(value), title: title, undated: t.rows.filter { $0[0].isNull }.map(value).first) }
        }
        let rows = Array(t.rows.prefix(60))
        let labels = rows.map(label), values = rows.map(value)
        let top = max(1, values.max() ?? 1)
        let barHeight = 22, gap = 6, labelWidth = 260, chartWidth = 420, left = 10, topMargin = 40
        let height = topMargin + rows.count * (barHeight + gap) + 40
        let x0 = left + labelWidth
        var out = header(width: x0 + chartWidth + 80, height: height, title: title)
        for (k, (label, value)) in zip(labels, values).enumerated() {
            let y = topMargin + k * (barHeight + gap)
            let w = value * chartWidth / top
            out += "<text x=\"\(x0 - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">\(escape(String(label.prefix(38))))</text>\n"
            out += "<rect x=\"\(x0)\" y=\"\(y)\" width=\"\(max(1, w))\" height=\"\(barHeight)\" fill=\"#2a7ab0\"/>\n"
            out += "<text x=\"\(x0 + w + 6)\" y=\"\(y + 16)\">\(value)</text>\n"
        }
        // The value axis: a line under the bars, 0 and the largest count.
        let axisY = topMargin + rows.count * (barHeight + gap)
        out += "<line x1=\"\(x0)\" y1=\"\(topMargin - 4)\" x2=\"\(x0)\" y2=\"\(axisY)\" stroke=\"#333\"/>\n"
        out += "<line x1=\"\(x0)\" y1=\"\(axisY)\" x2=\"\(x0 + chartWidth)\" y2=\"\(axisY)\" stroke=\"#333\"/>\n"
        out += "<text x=\"\(x0)\" y=\"\(axisY + 16)\" text-anchor=\"middle\">0</text>\n"
        out += "<text x=\"\(x0 + chartWidth)\" y=\"\(axisY + 16)\" text-anchor=\"middle\">\(top)</text>\n"
        out += "<text x=\"\(x0 + chartWidth / 2)\" y=\"\(axisY + 32)\" text-anchor=\"middle\">\(escape(t.columns[valueColumn].name))</text>\n"
        return out + "</svg>\n"
    }

    /// A line over every period, with axes: ticks at 0, half and the top count; the first, last and
    /// evenly spaced period labels; the value at each point when there are few.
    static func line(_ labels: [String], _ values: [Int], title: String, undated: Int?) -> String {
        let left = 60, topMargin = 50, plotWidth = 640, plotHeight = 260
        let width = left + plotWidth + 40, height = topMargin + plotHeight + 70
        let top = max(1, values.max() ?? 1)
        let y0 = topMargin + plotHeight
        func x(_ k: Int) -> Int { left + k * plotWidth / max(1, values.count - 1) }
        func y(_ v: Int) -> Int { y0 - v * plotHeight / top }
        var out = header(width: width, height: height, title: title)
        out += "<line x1=\"\(left)\" y1=\"\(topMargin)\" x2=\"\(left)\" y2=\"\(y0)\" stroke=\"#333\"/>\n"
        out += "<line x1=\"\(left)\" y1=\"\(y0)\" x2=\"\(left + plotWidth)\" y2=\"\(y0)\" stroke=\"#333\"/>\n"
        for v in Set([0, top / 2, top]).sorted() {
            out += "<line x1=\"\(left - 4)\" y1=\"\(y(v))\" x2=\"\(left + plotWidth)\" y2=\"\(y(v))\" stroke=\"#ddd\"/>\n"
            out += "<text x=\"\(left - 8)\" y=\"\(y(v) + 4)\" text-anchor=\"end\">\(v)</text>\n"
        }
        let step = max(1, (values.count + 7) / 8)
        for k in values.indices where k % step == 0 || k == values.count - 1 {
            out += "<line x1=\"\(x(k))\" y1=\"\(y0)\" x2=\"\(x(k))\" y2=\"\(y0 + 4)\" stroke=\"#333\"/>\n"
            out += "<text x=\"\(x(k))\" y=\"\(y0 + 18)\" text-anchor=\"middle\">\(escape(labels[k]))</text>\n"
        }
        let points = values.indices.map { "\(x($0)),\(y(values[$0]))" }.joined(separator: " ")
        out += "<polyline fill=\"none\" stroke=\"#2a7ab0\" stroke-width=\"2\" points=\"\(points)\"/>\n"
        for k in values.indices {
            out += "<circle cx=\"\(x(k))\" cy=\"\(y(values[k]))\" r=\"3\" fill=\"#2a7ab0\"><title>\(escape(labels[k])): \(values[k])</title></circle>\n"
            if values.count <= 40 {
                out += "<text x=\"\(x(k))\" y=\"\(y(values[k]) - 8)\" text-anchor=\"middle\" font-size=\"11\">\(values[k])</text>\n"
            }
        }
        if let undated {
            out += "<text x=\"\(left)\" y=\"\(height - 12)\">not drawn: \(undated) without a date</text>\n"
        }
        return out + "</svg>\n"
    }

    static func header(width: Int, height: Int, title: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" font-family="sans-serif" font-size="13">
        <rect width="100%" height="100%" fill="white"/>
        <text x="10" y="24" font-size="15" font-weight="bold">\(escape(title))</text>

        """
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
