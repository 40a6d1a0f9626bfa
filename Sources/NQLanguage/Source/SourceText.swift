/// A span of a statement's source, as UTF-8 byte offsets.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public func to(_ other: SourceRange) -> SourceRange { SourceRange(min(start, other.start), max(end, other.end)) }
}

/// Where a piece of source text came from: the prompt, `-c`, standard input, or a script file.
public enum SourceOrigin: Hashable, Sendable {
    case prompt
    case commandLine
    case standardInput
    case file(String)

    /// The name to put before LINE:COL, if any.
    public var displayName: String? {
        switch self {
        case .prompt: return nil
        case .commandLine: return nil
        case .standardInput: return "<stdin>"
        case .file(let path): return path
        }
    }
}

/// A piece of source text: one or more statements, with the line it starts on in its origin.
public struct SourceText: Sendable {
    public var text: String
    public var origin: SourceOrigin
    /// The 1-based line of the origin on which `text` starts.
    public var firstLine: Int
    let bytes: [UInt8]
    let lineStarts: [Int]

    public init(_ text: String, origin: SourceOrigin = .prompt, firstLine: Int = 1) {
        self.text = text
        self.origin = origin
        self.firstLine = firstLine
        bytes = Array(text.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// 1-based line (in the origin) and column (in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(0, offset), bytes.count)
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let lineStart = lineStarts[lo]
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (firstLine + lo, column)
    }

    /// The text of the source line (in `text`) that holds `offset`, without its newline.
    public func lineText(containing offset: Int) -> (text: String, startOffset: Int) {
        let offset = min(max(0, offset), bytes.count)
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var end = offset
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return (String(decoding: bytes[start..<end], as: UTF8.self), start)
    }

    public func slice(_ range: SourceRange) -> String {
        String(decoding: bytes[min(range.start, bytes.count)..<min(range.end, bytes.count)], as: UTF8.self)
    }
}
