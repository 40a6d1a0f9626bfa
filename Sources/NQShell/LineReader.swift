import Foundation

/// Where the input loop gets its lines: libedit at a terminal, plain reads elsewhere, an array in tests.
public protocol LineReader: AnyObject {
    /// The next line without its newline; nil at the end of input. `continuation` asks for the
    /// continuation prompt (a statement is open).
    func readLine(continuation: Bool) -> LineReadResult
    /// A complete statement, to remember in history (multi-line statements as one entry).
    func remember(_ statement: String)
}

public enum LineReadResult: Equatable {
    case line(String)
    /// Ctrl-C while typing: drop what was typed and start again.
    case interrupted
    case end
}

/// Lines from standard input (or any file handle), no prompt, no editing.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(continuation: Bool) -> LineReadResult {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    public func remember(_ statement: String) {}
}
