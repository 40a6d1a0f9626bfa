/// What a statement returns: named, typed columns and rows of values.
public struct ResultTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: FieldType
        public init(_ name: String, _ type: FieldType) {
            self.name = name
            self.type = type
        }
    }

    public var columns: [Column]
    public var rows: [[Value]]
    /// The column whose numbers a table draws as bars (a grouped count's `count`).
    public var barColumn: Int?

    public init(columns: [Column], rows: [[Value]], barColumn: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.barColumn = barColumn
    }
}
