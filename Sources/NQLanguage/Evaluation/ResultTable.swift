import NQSupport
/// What a statement returns: named, typed columns and rows of values.
public struct ResultTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: FieldType
        /// Right-aligned in a table even though it is text (kwic's left context).
        public var alignRight: Bool
        /// How a table shows a missing value here: "(none)" for a grouped count's key, "(no date)"
        /// for its date bucket; empty elsewhere.
        public var nullLabel: String
        public init(_ name: String, _ type: FieldType, alignRight: Bool = false, nullLabel: String = "") {
            self.name = name
            self.type = type
            self.alignRight = alignRight
            self.nullLabel = nullLabel
        }
    }

    public var columns: [Column]
    public var rows: [[Value]]
    /// The column whose numbers a table draws as bars (a grouped count's `count`).
    public var barColumn: Int?
    /// Counts by date bucket: a table also draws a one-line timeline.
    public var timeline = false

    public init(columns: [Column], rows: [[Value]], barColumn: Int? = nil, timeline: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.barColumn = barColumn
        self.timeline = timeline
    }

    /// The number an `assert` compares: a plain count's value, else the number of rows.
    public var assertedNumber: Int {
        if columns.count == 1, columns[0].name == "count", rows.count == 1, case .int(let n) = rows[0][0] { return n }
        return rows.count
    }
}

extension ResultTable {
    /// The table with control characters in its text written out visibly (`String.visible`).
    func visible() -> ResultTable {
        var t = self
        for r in t.rows.indices {
            for c in t.rows[r].indices {
                if case .string(let text) = t.rows[r][c] { t.rows[r][c] = .string(text.visible()) }
            }
        }
        for c in t.columns.indices { t.columns[c].name = t.columns[c].name.visible(newlines: false) }
        return t
    }
}
