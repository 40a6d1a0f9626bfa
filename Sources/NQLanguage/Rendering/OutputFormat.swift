/// The output modes (SPEC §6): a closed list.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl, markdown

    /// The format a file name's extension asks for (`export … to "x.csv"`).
    public static func forFile(_ path: String) -> OutputFormat? {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "md", "markdown": return .markdown
        case "txt": return .table
        default: return nil
        }
    }
}

/// How a table is drawn on this output.
public struct RenderOptions: Sendable {
    /// Total width to fit (columns are truncated with "…" past it).
    public var width: Int = 120
    /// Rows shown before "N more rows" (nil: all).
    public var rowLimit: Int? = nil
    public var color: Bool = false

    public init(width: Int = 120, rowLimit: Int? = nil, color: Bool = false) {
        self.width = width
        self.rowLimit = rowLimit
        self.color = color
    }
}

public enum Renderer {
    public static func render(_ t: ResultTable, as format: OutputFormat, options: RenderOptions = RenderOptions()) -> String {
        // JSON escapes control characters itself; every other format shows them visibly.
        let t = format == .json || format == .jsonl ? t : t.visible()
        switch format {
        case .table: return TableRenderer.render(t, options: options)
        case .csv: return DelimitedRenderer.csv(t)
        case .tsv: return DelimitedRenderer.tsv(t)
        case .json: return JSONRenderer.array(t)
        case .jsonl: return JSONRenderer.lines(t)
        case .markdown: return MarkdownRenderer.render(t)
        }
    }
}
