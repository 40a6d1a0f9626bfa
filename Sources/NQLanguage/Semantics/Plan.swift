
/// A condition with its names resolved and its values typed: what the evaluator runs.
public indirect enum Predicate: @unchecked Sendable {
    case compare(FieldSpec, ComparisonOperator, Value)
    /// Case-insensitive substring; the needle is lower-cased.
    case contains(FieldSpec, String)
    case matches(FieldSpec, LinearRegex)
    case isIn(FieldSpec, [Value])
    /// `mentions "X"`: the record's span holds a mention of entity X.
    case mentions(String, MentionScope)
    case and(Predicate, Predicate)
    case or(Predicate, Predicate)
    case not(Predicate)
}

/// A checked `find` or `count`: distinct from the syntax tree, every name resolved.
public struct Plan: Sendable {
    public enum OrderTarget: Sendable {
        case field(FieldSpec)
        /// `order by count` in a grouped count.
        case count
    }

    public var verb: Query.Verb
    public var schema: SourceSchema
    public var predicate: Predicate?
    public var groupBy: [FieldSpec]
    public var orderBy: [(target: OrderTarget, descending: Bool)]
    public var limit: Int?
    /// The fields a `find` prints (`show`, or the source's output fields).
    public var columns: [FieldSpec]
    /// Whether the columns were named by `show` (the table then shows exactly them).
    public var explicitColumns: Bool
    /// The rows of a `let` result set, when the source is one (nil: the whole source).
    public var rows: [Int]? = nil
    /// The `let` name the source came from.
    public var resultSetName: String? = nil
    /// A count grouped by a date bucket: rows in date order, drawn as a timeline.
    public var isTimeline = false
}

/// A named result (`let NAME = find …`): a source and the rows it kept.
public struct ResultSet: Sendable {
    public var schema: SourceSchema
    public var rows: [Int]
    public var statement: String
}
