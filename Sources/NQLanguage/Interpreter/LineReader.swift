/// Where the input loop gets its lines: libedit at a terminal, plain reads of standard input, the
/// lines of a script or of a `-c` statement (`StringLineReader`).
public protocol LineReader: AnyObject {
    /// The next line without its newline, `.end` at the end of input. `continuation` asks for the
    /// continuation prompt (a statement is open).
    func readLine(continuation: Bool) -> LineReadResult
    /// A complete statement, to remember in history (multi-line statements as one entry).
    func remember(_ statement: String)
}

public enum LineReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C while typing: drop what was typed and start again.
    case interrupted
    case end
}

/// The lines of a text: a script, `~/.nqrc`, a `-c` statement.
public final class StringLineReader: LineReader {
    private var lines: [Substring]
    private var next = 0

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A final newline ends the last line; it does not start an empty one.
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
    }

    public func readLine(continuation: Bool) -> LineReadResult {
        guard next < lines.count else { return .end }
        defer { next += 1 }
        return .line(String(lines[next]))
    }

    public func remember(_ statement: String) {}
}
