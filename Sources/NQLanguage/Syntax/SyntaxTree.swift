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
}

public indirect enum Condition: Hashable, Sendable {
    case compare(field: Name, op: ComparisonOperator, value: LiteralNode)
    case contains(field: Name, value: LiteralNode)
    case matches(field: Name, pattern: String, flags: String, range: SourceRange)
    case isIn(field: Name, values: [LiteralNode])
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
    public var show: [Name] = []
    public var range: SourceRange
}

public enum Statement: Hashable, Sendable {
    case query(Query)
    case set(option: Name, value: LiteralNode?, range: SourceRange)
    case print(LiteralNode, range: SourceRange)
    case help(topic: Name?, range: SourceRange)
    case quit(range: SourceRange)
}
