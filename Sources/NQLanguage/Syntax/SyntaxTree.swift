/// The syntax tree of statements, as parsed (names not yet resolved: see `Checker`).
public struct Name: Hashable, Sendable {
    public var text: String
    public var range: SourceRange

    public var lowered: String { text.lowercased() }
}

public enum Literal: Hashable, Sendable {
    case string(String)
    case number(Int)
    /// `$name`, resolved from the parameters at run time.
    case parameter(String)
}

public struct LiteralNode: Hashable, Sendable {
    public var value: Literal
    public var range: SourceRange
}

public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    /// `==`: the whole value, letter for letter (case too): `entity == "Donald Trump"`.
    case exact = "=="
}

public indirect enum Condition: Hashable, Sendable {
    case compare(field: Name, op: ComparisonOperator, value: LiteralNode)
    case contains(field: Name, value: LiteralNode)
    case matches(field: Name, pattern: String, flags: String, range: SourceRange)
    case isIn(field: Name, values: [LiteralNode])
    /// `FIELD in NAME`: the field's value is a key of a record of the `let` set NAME.
    case inSet(field: Name, set: Name)
    /// `FIELD is null`, `FIELD is not null`.
    case isNull(field: Name, negated: Bool, range: SourceRange)
    /// `sentence mentions "X"`, `paragraph mentions "X"`, `article mentions "X"`: the sentence (…) a
    /// record lies in mentions entity X.
    case scopeMentions(scope: Name, value: LiteralNode)
    /// `mentions "X"`: the record's text mentions entity X.
    case mentions(value: LiteralNode)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
}

public struct OrderKey: Hashable, Sendable {
    public var field: Name
    public var descending: Bool
}

/// `find` and `count` share their shape: a source, a filter, ordering and a limit.
public struct Query: Hashable, Sendable {
    public enum Verb: String, Hashable, Sendable { case find, count }

    public var verb: Verb
    public var source: Name
    /// `mentions X` as a source: short for `mentions where entity = "X"`.
    public var sourceArgument: LiteralNode?
    public var filter: Condition?
    public var groupBy: [Name] = []
    public var orderBy: [OrderKey] = []
    public var limit: LiteralNode?
    public var offset: LiteralNode?
    public var show: [Name] = []
    public var range: SourceRange
}

/// `kwic` and `collocates`: a term (text, with `*` for any letters, or a regular expression that
/// must match a whole word) looked for in the sentences that meet the condition.
public struct Concordance: Hashable, Sendable {
    public enum Term: Hashable, Sendable {
        case text(LiteralNode)
        case regex(pattern: String, flags: String, range: SourceRange)

        public var range: SourceRange {
            switch self {
            case .text(let l): return l.range
            case .regex(_, _, let r): return r
            }
        }
    }

    public enum Side: String, Hashable, Sendable { case left, right }

    /// `collocates` rather than `kwic`.
    public var collocates: Bool
    public var term: Term
    public var filter: Condition?
    /// kwic: characters each side; collocates: words each side (`window`).
    public var width: LiteralNode?
    public var sort: Side?
    public var limit: LiteralNode?
    public var offset: LiteralNode?
    public var range: SourceRange
}

public indirect enum Statement: Hashable, Sendable {
    case query(Query)
    /// `load "PATH" [, "PATH" ...]`
    case load(paths: [LiteralNode], range: SourceRange)
    /// `save "FILE.nqdb"`
    case save(path: LiteralNode, range: SourceRange)
    /// `show article N`, `show quote N`, …
    case show(source: Name, id: LiteralNode, range: SourceRange)
    /// `kwic TERM [where COND] [width N] [sort by left|right] [limit N] [offset N]`, and
    /// `collocates TERM [where COND] [window N] [limit N] [offset N]`
    case kwic(Concordance)
    /// `let NAME = find …`
    case bind(name: Name, query: Query, range: SourceRange)
    /// `set OPTION VALUE`, `set param NAME VALUE`
    case set(option: Name, value: LiteralNode?, parameter: Name?, range: SourceRange)
    /// `export STATEMENT to "FILE"`
    case export(Statement, path: LiteralNode, range: SourceRange)
    /// `run "FILE.nq"`
    case run(path: LiteralNode, range: SourceRange)
    /// `assert STATEMENT OP N`
    case assert(Statement, op: ComparisonOperator, expected: LiteralNode, range: SourceRange)
    /// `explain STATEMENT`
    case explain(Statement, range: SourceRange)
    case print(LiteralNode, range: SourceRange)
    case help(topic: Name?, range: SourceRange)
    case vars(range: SourceRange)
    case quit(range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .query(let q): return q.range
        case .kwic(let c): return c.range
        case .load(_, let r), .save(_, let r), .show(_, _, let r), .bind(_, _, let r),
             .set(_, _, _, let r), .export(_, _, let r), .run(_, let r), .assert(_, _, _, let r), .explain(_, let r),
             .print(_, let r), .help(_, let r), .vars(let r), .quit(let r):
            return r
        }
    }
}
