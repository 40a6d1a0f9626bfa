import NQLanguage

/// Lines from standard input, no prompt, no editing.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(continuation: Bool) -> LineReadResult {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    public func remember(_ statement: String) {}
}
