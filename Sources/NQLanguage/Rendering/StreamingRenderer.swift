/// The data formats written a chunk of rows at a time, as a store in place reads them: the same text
/// `Renderer.render` gives for the whole table (csv, tsv, json, jsonl, markdown; a table is drawn whole,
/// since its columns' widths depend on every row it shows).
public struct StreamingRenderer {
    let columns: [ResultTable.Column]
    let format: OutputFormat
    var rowsWritten = 0

    /// Nil for the table format.
    public init?(columns: [ResultTable.Column], format: OutputFormat) {
        guard format != .table else { return nil }
        self.columns = columns
        self.format = format
    }

    /// What comes before the rows.
    public func begin() -> String {
        let t = ResultTable(columns: columns, rows: [])
        switch format {
        case .csv: return DelimitedRenderer.csv(t.visible())
        case .tsv: return DelimitedRenderer.tsv(t.visible())
        case .markdown: return String(MarkdownRenderer.render(t.visible()).dropLast())  // the table's end comes last
        case .json, .jsonl, .table: return ""
        }
    }

    /// The text of the next rows.
    public mutating func add(_ rows: [[Value]]) -> String {
        guard !rows.isEmpty else { return "" }
        defer { rowsWritten += rows.count }
        switch format {
        case .json:
            var out = ""
            for (k, row) in rows.enumerated() {
                out += (rowsWritten == 0 && k == 0 ? "[\n" : ",\n") + "  " + JSONRenderer.object(columns, row)
            }
            return out
        case .jsonl:
            return JSONRenderer.lines(ResultTable(columns: columns, rows: rows))
        case .csv, .tsv, .markdown:
            let t = ResultTable(columns: columns, rows: rows).visible()
            let whole = format == .csv ? DelimitedRenderer.csv(t) : format == .tsv ? DelimitedRenderer.tsv(t) : MarkdownRenderer.render(t)
            // Without the header (and Markdown's blank line), written once.
            let header = begin().utf8.count
            var body = String(decoding: whole.utf8.dropFirst(header), as: UTF8.self)
            if format == .markdown { body.removeLast() }
            return body
        case .table:
            return ""
        }
    }

    /// What comes after the rows.
    public func end() -> String {
        switch format {
        case .json: return rowsWritten == 0 ? "[]\n" : "\n]\n"
        case .markdown: return "\n"
        default: return ""
        }
    }
}
