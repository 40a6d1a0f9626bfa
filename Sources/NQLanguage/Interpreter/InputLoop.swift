import Foundation

/// The one input loop, for the prompt, piped input, `-c`, scripts, `~/.nqrc` and `run` (after the
/// sqlite3 shell): collect lines until the statement is complete (no open string or bracket, no
/// trailing `\`), run it, repeat.
public struct InputLoop {
    public enum Mode: Sendable {
        /// At a terminal: errors never end the session, and each statement counts its own lines.
        case interactive
        /// Scripts and piped input: lines count on from the first; stop at the first failed statement when `bail`.
        case batch(bail: Bool)
    }

    public let interpreter: Interpreter
    public var mode: Mode
    /// Called before each statement runs (the shell clears a pending Ctrl-C there).
    public var willExecute: () -> Void = {}

    public init(_ interpreter: Interpreter, mode: Mode) {
        self.interpreter = interpreter
        self.mode = mode
    }

    /// Runs a whole script: for a file, checked first (nothing runs if any line is wrong), and run with
    /// its folder as the place its relative paths start from.
    @discardableResult
    public func runScript(_ text: String, origin: SourceOrigin) -> Bool {
        guard case .file(let path) = origin else { return run(StringLineReader(text), origin: origin) }
        // --keep-going runs every statement and reports each failure as it comes; otherwise a script
        // with an error anywhere does not start.
        if case .batch(true) = mode, !interpreter.precheck(SourceText(text, origin: origin, firstLine: 1)) { return false }
        let folder = (path as NSString).deletingLastPathComponent
        interpreter.scriptFolders.append(folder.isEmpty ? "." : folder)
        defer { interpreter.scriptFolders.removeLast() }
        return run(StringLineReader(text), origin: origin)
    }

    /// Runs all input from `reader`. Returns false when some statement failed.
    @discardableResult
    public func run(_ reader: LineReader, origin: SourceOrigin) -> Bool {
        var ok = true
        var buffer: [String] = []
        var firstLine = 1
        var lineNumber = 0
        while !interpreter.wantsQuit {
            switch reader.readLine(continuation: !buffer.isEmpty) {
            case .interrupted:
                buffer.removeAll()
            case .end:
                if case .interactive = mode { interpreter.output.write("\n") }
                if !Self.isBlank(buffer) {
                    ok = execute(buffer, origin: origin, firstLine: firstLine, reader: reader) && ok
                }
                return ok
            case .line(let line):
                lineNumber += 1
                if buffer.isEmpty {
                    // At the prompt each statement counts its own lines (errors say 1:5); elsewhere lines count on.
                    if case .interactive = mode { lineNumber = 1 }
                    firstLine = lineNumber
                }
                buffer.append(line)
                guard Lexer.isComplete(buffer.joined(separator: "\n")) else { continue }
                defer { buffer.removeAll() }
                if Self.isBlank(buffer) { continue }
                let succeeded = execute(buffer, origin: origin, firstLine: firstLine, reader: reader)
                ok = succeeded && ok
                if !succeeded, case .batch(let bail) = mode, bail { return false }
            }
        }
        return ok
    }

    private func execute(_ lines: [String], origin: SourceOrigin, firstLine: Int, reader: LineReader) -> Bool {
        let text = lines.joined(separator: "\n")
        reader.remember(text)
        willExecute()
        return interpreter.execute(SourceText(text, origin: origin, firstLine: firstLine))
    }

    static func isBlank(_ lines: [String]) -> Bool {
        lines.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
    }
}
