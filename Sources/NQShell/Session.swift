import NQLanguage

/// The one input loop for the prompt and for batch input (after the sqlite3 shell): collect lines until
/// the statement is complete (no open string or bracket, no trailing `\`), run it, repeat.
public final class Session {
    public let interpreter: Interpreter

    public init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    public enum Mode {
        /// At a terminal: errors never end the session.
        case interactive
        /// Scripts and piped input: stop at the first failed statement when `bail`.
        case batch(bail: Bool)
    }

    /// Runs all input from `reader`. Returns false when some statement failed.
    @discardableResult
    public func run(_ reader: LineReader, origin: SourceOrigin, mode: Mode) -> Bool {
        var ok = true
        var buffer: [String] = []
        var firstLine = 1
        var lineNumber = 0
        while !interpreter.wantsQuit {
            let result = reader.readLine(continuation: !buffer.isEmpty)
            switch result {
            case .interrupted:
                buffer.removeAll()
                continue
            case .end:
                if case .interactive = mode { interpreter.output.write("\n") }
                if !buffer.isEmpty, !TextCheck.isBlank(buffer) {
                    ok = execute(buffer, origin: origin, firstLine: firstLine, reader: reader) && ok
                }
                return ok
            case .line(let line):
                lineNumber += 1
                if buffer.isEmpty {
                    // At the prompt each statement counts its own lines (errors say 1:5); in piped input, lines count on.
                    if case .interactive = mode { lineNumber = 1 }
                    firstLine = lineNumber
                }
                buffer.append(line)
                let text = buffer.joined(separator: "\n")
                guard Lexer.isComplete(text) else { continue }
                defer { buffer.removeAll() }
                if TextCheck.isBlank(buffer) { continue }
                let succeeded = execute(buffer, origin: origin, firstLine: firstLine, reader: reader)
                ok = succeeded && ok
                if !succeeded, case .batch(let bail) = mode, bail { return false }
            }
        }
        return ok
    }

    func execute(_ lines: [String], origin: SourceOrigin, firstLine: Int, reader: LineReader) -> Bool {
        let text = lines.joined(separator: "\n")
        reader.remember(text)
        Interrupts.reset()
        return interpreter.execute(SourceText(text, origin: origin, firstLine: firstLine))
    }
}

enum TextCheck {
    static func isBlank(_ lines: [String]) -> Bool {
        lines.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
    }
}
