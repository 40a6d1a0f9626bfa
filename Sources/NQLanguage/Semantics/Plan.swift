import NQCorpus


/// A condition with its names resolved and its values typed: what the evaluator runs.
public indirect enum Predicate: @unchecked Sendable {
    case compare(FieldSpec, ComparisonOperator, Value)
    /// Case-insensitive substring; the needle is lower-cased.
    case contains(FieldSpec, String)
    case matches(FieldSpec, LinearRegex)
    case isIn(FieldSpec, [Value])
    /// `mentions "X"`: the record's span holds a mention of entity X.
    case mentions(String, MentionScope)
    /// `sentence mentions "X"` (…): the sentence, paragraph, section or article the record lies in
    /// (`place` gives the article and the part's position in it) mentions entity X.
    case placeMentions(String, MentionScope, place: @Sendable (Corpus, Int) -> (article: Int, part: Int))
    /// `FIELD in NAME`: the field's value is among the keys of the `let` set (see `SetKeys`).
    case inSet(FieldSpec, name: String, keys: SetKeys)
    /// `FIELD is null` (`negated`: is not null).
    case isNull(FieldSpec, negated: Bool)
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
    /// Rows skipped before the limit.
    public var offset: Int = 0
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

extension Plan {
    /// A plan that reads every field of one record (its row, 0-based): `show` on a store in place.
    public static func record(_ schema: SourceSchema, row: Int) -> Plan {
        var p = Plan(verb: .find, schema: schema, predicate: nil, groupBy: [], orderBy: [], limit: nil,
                     columns: schema.fields, explicitColumns: true)
        p.rows = [row]
        return p
    }
}

/// The keys of a `let` set that `FIELD in NAME` compares with: its records' ids, the articles they
/// belong to, or their names.
public struct SetKeys: Sendable {
    public var rows: [Int]
    public var key: @Sendable (Corpus, Int) -> Value
    /// The set's source and the field of its records that gives the keys (for a store in place).
    public var source: SourceSchema? = nil
    public var field: String? = nil
}

/// A named result (`let NAME = find …`): a source and the rows it kept.
public struct ResultSet: Sendable {
    public var schema: SourceSchema
    public var rows: [Int]
    public var statement: String
}

extension Predicate {
    /// The condition in the language's own words, for traces.
    public var summary: String {
        switch self {
        case .compare(let f, let op, let v): return "\(f.name) \(op.rawValue) " + (f.type == .number ? v.text : "\"\(v.text)\"")
        case .contains(let f, let needle): return "\(f.name) contains \"\(needle)\""
        case .matches(let f, let re): return "\(f.name) matches /\(re.pattern)/"
        case .isIn(let f, let values): return "\(f.name) in (\(values.map { "\"\($0.text)\"" }.joined(separator: ", ")))"
        case .mentions(let name, _): return "mentions \"\(name)\""
        case .placeMentions(let name, let scope, _): return "\(scope) mentions \"\(name)\""
        case .inSet(let f, let name, _): return "\(f.name) in \(name)"
        case .isNull(let f, let negated): return "\(f.name) is \(negated ? "not " : "")null"
        case .and(let a, let b): return "\(a.summary) and \(b.summary)"
        case .or(let a, let b): return "(\(a.summary) or \(b.summary))"
        case .not(let a): return "not \(a.summary)"
        }
    }
}
