public enum TokenKind: Hashable, Sendable {
    /// A keyword or name: `find`, `quotes`, `speaker`, `NATO`.
    case word
    /// A quoted string; `value` holds it with escapes resolved.
    case string
    case number
    /// `/pattern/flags` after `matches`; `value` is the pattern, `flags` the letters after it.
    case regex
    /// `$name`; `value` is the name.
    case parameter
    /// `=`, `!=`, `<`, `<=`, `>`, `>=` (`==` and `<>` are read as `=` and `!=`).
    case comparison
    case comma
    case leftParen
    case rightParen
    /// `;` or the end of a line outside brackets: both end a statement.
    case separator
    case end
}

public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    /// The characters as written.
    public var lexeme: String
    /// The meaning: a string's text, a regex's pattern, a parameter's name, an operator's canonical form.
    public var value: String
    public var flags: String = ""
    public var range: SourceRange

    /// Whether this is the word `keyword` (case-insensitively).
    public func isWord(_ keyword: String) -> Bool {
        kind == .word && lexeme.lowercased() == keyword
    }
}
