import NQSupport
/// A problem found in a statement: a plain value with a stable id, a range to underline, a message and
/// an optional suggestion. The wording comes from the catalogue (`Message`); rendering is
/// `DiagnosticRenderer`'s.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable { case error, warning }

    /// The catalogue entry it was made from.
    public var kind: Message
    public var severity: Severity
    public var range: SourceRange

    public init(_ kind: Message, at range: SourceRange, severity: Severity = .error) {
        self.kind = kind
        self.range = range
        self.severity = severity
    }

    /// The stable id, e.g. "unknown-field", "expected-close-paren".
    public var id: String { kind.parts.id }
    public var message: String { kind.parts.text }
    /// "did you mean …", or how to fix it.
    public var suggestion: String? { kind.parts.fix }
}

/// The one place that renders a diagnostic: `error: FILE:LINE:COL: message — suggestion`, then the
/// source line and a caret line under the range.
public enum DiagnosticRenderer {
    public static func render(_ d: Diagnostic, in source: SourceText, color: Bool = false) -> String {
        let (line, column) = source.location(of: d.range.start)
        let place = [source.origin.displayName, "\(line)", "\(column)"].compactMap { $0 }.joined(separator: ":")
        var head = "\(d.severity.rawValue): \(place): \(d.message)"
        if let s = d.suggestion { head += " — \(s)" }
        head = Credentials.hidden(in: head).visible(newlines: false)
        let (lineText, lineStart) = source.lineText(containing: d.range.start)
        let lineBytes = Array(lineText.utf8)
        let from = min(max(0, d.range.start - lineStart), lineBytes.count)
        let to = min(max(d.range.end - lineStart, from + 1), max(lineBytes.count, from + 1))
        // A password in a database URL is not shown again (each part hidden alone: the mark stays under its text).
        let (shown, caret) = excerpt(before: Credentials.hidden(in: String(decoding: lineBytes[0..<from], as: UTF8.self)),
                                     marked: Credentials.hidden(in: String(decoding: lineBytes[from..<min(to, lineBytes.count)], as: UTF8.self)),
                                     after: Credentials.hidden(in: String(decoding: lineBytes[min(to, lineBytes.count)...], as: UTF8.self)))
        if color {
            let red = "\u{1B}[1;31m", bold = "\u{1B}[1m", reset = "\u{1B}[0m"
            head = head.replacingFirst("\(d.severity.rawValue):", with: "\(red)\(d.severity.rawValue):\(reset)\(bold)") + reset
            return "\(head)\n  \(shown)\n  \(red)\(caret)\(reset)\n"
        }
        return "\(head)\n  \(shown)\n  \(caret)\n"
    }

    /// The line as shown (control characters made visible; a long line cut to about a hundred
    /// characters around the mark, with … where it is cut) and the caret line under the mark.
    static func excerpt(before: String, marked: String, after: String) -> (line: String, caret: String) {
        let window = 100
        var b = Array(before.visible(newlines: false))
        var m = Array(marked.visible(newlines: false))
        var a = Array(after.visible(newlines: false))
        var cutBefore = false, cutAfter = false
        if m.count > window { m = Array(m.prefix(window)); a = []; cutAfter = true }
        if b.count > 40 && b.count + m.count + a.count > window { b = Array(b.suffix(40)); cutBefore = true }
        let room = max(0, window - b.count - m.count)
        if a.count > room { a = Array(a.prefix(room)); cutAfter = true }
        let line = (cutBefore ? "…" : "") + String(b) + String(m) + String(a) + (cutAfter ? "…" : "")
        let caret = String(repeating: " ", count: b.count + (cutBefore ? 1 : 0)) + String(repeating: "^", count: max(1, m.count))
        return (line, caret)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
