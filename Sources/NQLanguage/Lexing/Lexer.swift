/// Turns statement text into tokens, on its UTF-8 bytes. Never fails: a problem becomes a diagnostic and
/// the lexer goes on. Lexical rules (SPEC §4): `;` and line ends (outside brackets) separate statements,
/// `#` starts a comment, a trailing `\` continues the line, strings take `\"`, `\\`, `\n`, `\t` escapes.
public struct Lexer {
    let bytes: [UInt8]
    var i = 0
    var depth = 0
    public private(set) var tokens: [Token] = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ source: SourceText) {
        bytes = source.bytes
    }

    public static func tokenize(_ source: SourceText) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source)
        lexer.run()
        return (lexer.tokens, lexer.diagnostics)
    }

    mutating func run() {
        while i < bytes.count {
            let start = i
            let c = bytes[i]
            switch c {
            case 0x20, 0x09, 0x0D, 0x0C:
                i += 1
            case 0x0A:
                i += 1
                if depth == 0 { add(.separator, start, value: "\n") }
            case 0x5C:  // '\' continues the line when only white space follows it
                var j = i + 1
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                if j >= bytes.count || bytes[j] == 0x0A {
                    i = min(j + 1, bytes.count)
                } else {
                    i += 1
                    diagnostics.append(Diagnostic(.strayBackslash, at: SourceRange(start, i)))
                }
            case 0x23:  // '#'
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            case 0x3B:
                i += 1
                add(.separator, start, value: ";")
            case 0x2C:
                i += 1
                add(.comma, start)
            case 0x28:
                i += 1
                depth += 1
                add(.leftParen, start)
            case 0x29:
                i += 1
                depth = max(0, depth - 1)
                add(.rightParen, start)
            case 0x22, 0x27:
                string(quote: c)
            case 0x3D, 0x21, 0x3C, 0x3E:
                comparison()
            case 0x24:
                parameter()
            case 0x2F where tokens.last.map { $0.isWord("matches") || $0.isWord("kwic") || $0.isWord("collocates") } == true:
                regex()
            case 0x30...0x39:
                number()
            case 0x2D where i + 1 < bytes.count && (0x30...0x39).contains(bytes[i + 1]):
                number()
            default:
                if isWordStart(at: i) {
                    word()
                } else {
                    let n = scalarLength(c)
                    i = min(bytes.count, i + n)
                    let ch = String(decoding: bytes[start..<i], as: UTF8.self)
                    diagnostics.append(Diagnostic(.unexpectedCharacter(String(ch), hint: Self.hint(for: ch)), at: SourceRange(start, i)))
                }
            }
        }
        add(.end, bytes.count)
    }

    static func hint(for ch: String) -> String? {
        switch ch {
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": return "use straight quotes \"…\" around text"
        case "/": return "a regular expression goes after matches: text matches /war/i"
        case "&": return "write and"
        case "|": return "write or"
        default: return nil
        }
    }

    mutating func add(_ kind: TokenKind, _ start: Int, value: String? = nil, flags: String = "") {
        let lexeme = String(decoding: bytes[start..<i], as: UTF8.self)
        tokens.append(Token(kind: kind, lexeme: lexeme, value: value ?? lexeme, flags: flags, range: SourceRange(start, i)))
    }

    func scalarLength(_ c: UInt8) -> Int {
        c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
    }

    func scalar(at p: Int) -> Unicode.Scalar? {
        let n = scalarLength(bytes[p])
        guard p + n <= bytes.count else { return nil }
        return String(decoding: bytes[p..<(p + n)], as: UTF8.self).unicodeScalars.first
    }

    func isWordStart(at p: Int) -> Bool {
        let c = bytes[p]
        if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x5F { return true }
        if c >= 0xC0, let s = scalar(at: p) { return s.properties.isAlphabetic }
        return false
    }

    func isWordByte(at p: Int) -> Bool {
        let c = bytes[p]
        if isWordStart(at: p) || (c >= 0x30 && c <= 0x39) { return true }
        // Inner hyphens, dots and apostrophes belong to names: NATO-Russia, U.S., O'Brien.
        if c == 0x2D || c == 0x2E || c == 0x27, p + 1 < bytes.count, p > 0, isWordStart(at: p + 1) { return true }
        return false
    }

    mutating func word() {
        let start = i
        while i < bytes.count, isWordByte(at: i) {
            i += bytes[i] >= 0xC0 ? scalarLength(bytes[i]) : 1
        }
        add(.word, start)
    }

    mutating func number() {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) || bytes[i] == 0x2E || bytes[i] == 0x5F { i += 1 }
        if i < bytes.count, isWordStart(at: i) {
            while i < bytes.count, isWordByte(at: i) { i += 1 }
            diagnostics.append(Diagnostic(.notANumber(String(decoding: bytes[start..<i], as: UTF8.self)), at: SourceRange(start, i)))
            add(.word, start)
            return
        }
        add(.number, start, value: String(decoding: bytes[start..<i], as: UTF8.self).replacingOccurrences("_", ""))
    }

    mutating func comparison() {
        let start = i
        let c = bytes[i]
        let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
        var value: String
        switch (c, next) {
        case (0x3D, 0x3D): i += 2; value = "=="
        case (0x3D, _): i += 1; value = "="
        case (0x21, 0x3D): i += 2; value = "!="
        case (0x3C, 0x3E): i += 2; value = "!="
        case (0x3C, 0x3D): i += 2; value = "<="
        case (0x3E, 0x3D): i += 2; value = ">="
        case (0x3C, _): i += 1; value = "<"
        case (0x3E, _): i += 1; value = ">"
        default:
            i += 1
            diagnostics.append(Diagnostic(.strayBang, at: SourceRange(start, i)))
            return
        }
        add(.comparison, start, value: value)
    }

    mutating func parameter() {
        let start = i
        i += 1
        let nameStart = i
        while i < bytes.count, isWordStart(at: i) || (0x30...0x39).contains(bytes[i]) { i += 1 }
        if i == nameStart {
            diagnostics.append(Diagnostic(.dollarWithoutName, at: SourceRange(start, i)))
            return
        }
        add(.parameter, start, value: String(decoding: bytes[nameStart..<i], as: UTF8.self))
    }

    mutating func string(quote: UInt8) {
        let start = i
        i += 1
        var value: [UInt8] = []
        while i < bytes.count, bytes[i] != quote {
            if bytes[i] == 0x5C, i + 1 < bytes.count {
                i += 1
                switch bytes[i] {
                case 0x6E: value.append(0x0A)
                case 0x74: value.append(0x09)
                case 0x0A: break  // an escaped line end continues the string
                default: value.append(bytes[i])
                }
            } else {
                value.append(bytes[i])
            }
            i += 1
        }
        if i >= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            diagnostics.append(Diagnostic(.unterminatedString(quote: quote == 0x22 ? "\"" : "'"), at: SourceRange(start, end)))
            i = bytes.count
            tokens.append(Token(kind: .string, lexeme: String(decoding: bytes[start..<i], as: UTF8.self),
                                value: String(decoding: value, as: UTF8.self), range: SourceRange(start, end)))
            return
        }
        i += 1
        add(.string, start, value: String(decoding: value, as: UTF8.self))
    }

    mutating func regex() {
        let start = i
        i += 1
        var pattern: [UInt8] = []
        while i < bytes.count, bytes[i] != 0x2F, bytes[i] != 0x0A {
            if bytes[i] == 0x5C, i + 1 < bytes.count, bytes[i + 1] == 0x2F {
                pattern.append(0x2F)
                i += 2
                continue
            }
            pattern.append(bytes[i])
            i += 1
        }
        guard i < bytes.count, bytes[i] == 0x2F else {
            diagnostics.append(Diagnostic(.unterminatedRegex, at: SourceRange(start, i)))
            return
        }
        i += 1
        let flagStart = i
        while i < bytes.count, (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A { i += 1 }
        add(.regex, start, value: String(decoding: pattern, as: UTF8.self),
            flags: String(decoding: bytes[flagStart..<i], as: UTF8.self))
    }
}

extension String {
    func replacingOccurrences(_ a: Character, _ b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}

extension Lexer {
    /// Whether `text` is a complete statement: no string or bracket left open, no trailing `\`.
    /// The input loop keeps reading lines (with a continuation prompt) until it is.
    public static func isComplete(_ text: String) -> Bool {
        var depth = 0
        var quote: UInt8? = nil
        var lastSignificant: UInt8 = 0
        let b = Array(text.utf8)
        var i = 0
        while i < b.count {
            let c = b[i]
            if let q = quote {
                if c == 0x5C { i += 2; continue }
                if c == q { quote = nil }
            } else {
                switch c {
                case 0x22, 0x27:
                    // An apostrophe inside a word (O'Brien) does not open a string.
                    if c == 0x27, i > 0, Self.isAlnum(b[i - 1]) { break }
                    quote = c
                case 0x28: depth += 1
                case 0x29: depth = max(0, depth - 1)
                case 0x23:
                    while i < b.count, b[i] != 0x0A { i += 1 }
                    continue
                default: break
                }
            }
            if c != 0x20, c != 0x09, c != 0x0A, c != 0x0D { lastSignificant = c }
            i += 1
        }
        return quote == nil && depth == 0 && lastSignificant != 0x5C
    }

    static func isAlnum(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39)
    }
}
