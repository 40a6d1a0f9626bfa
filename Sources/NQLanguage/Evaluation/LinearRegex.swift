/// A regular expression matcher that runs in time linear in the text (a Pike VM over Unicode scalars:
/// every thread advances in lock step, none backtracks), so `matches /…/` cannot hang the shell.
///
/// Syntax: literals; `.`; classes `[a-z]`, `[^…]`, POSIX `[[:alpha:]]`; escapes `\d \w \s \D \W \S \b \B`,
/// Unicode categories `\p{L} \p{Lu} \P{N}` …, `\n \t \r` and escaped punctuation (any other escape,
/// and back-references, are errors: they cannot run in linear time or mean nothing); anchors `^ $`; groups `( )`, `(?: )`; alternation `|`; quantifiers `* + ? {n} {n,} {n,m}`
/// (a trailing `?` for laziness is accepted: only whether it matches counts). Flags: `i` any case,
/// `m` anchors at line ends, `s` dot matches line ends.
public struct LinearRegex: Sendable {
    public struct SyntaxError: Error, Equatable {
        public var message: String
        /// Offset (in scalars) into the pattern.
        public var position: Int
    }

    enum Instruction: Sendable {
        case scalar(Unicode.Scalar)
        case any
        case set(CharSet)
        case split(Int, Int)
        case jump(Int)
        case lineStart, lineEnd, wordBoundary, notWordBoundary
        case match
    }

    struct CharSet: Sendable {
        var ranges: [ClosedRange<UInt32>] = []
        var classes: [Character.Class] = []
        var negated = false

        enum ClassKind: Sendable { case digit, word, space }

        func contains(_ s: Unicode.Scalar, caseInsensitive: Bool) -> Bool {
            var hit = test(s)
            if !hit, caseInsensitive {
                let lower = Unicode.Scalar(String(s).lowercased()) ?? s
                let upper = Unicode.Scalar(String(s).uppercased()) ?? s
                hit = test(lower) || test(upper)
            }
            return hit != negated
        }

        func test(_ s: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(s.value) } || classes.contains { $0.test(s) }
        }
    }

    let program: [Instruction]
    public let pattern: String
    let caseInsensitive: Bool
    let multiline: Bool
    let dotAll: Bool

    public static let maxProgram = 20_000

    /// The longest run of plain characters that every match contains (outside groups, classes and
    /// alternations): `/sanction(s|ed)/` → "sanction". Nil when there is none to rely on.
    public let requiredLiteral: String?
    /// `requiredLiteral` in lower case, as `TextSearch` takes it.
    public let literalNeedle: String?

    static func requiredLiteral(_ p: [Unicode.Scalar]) -> String? {
        var runs: [String] = []
        var run = ""
        var depth = 0
        var i = 0
        func end() { if !run.isEmpty { runs.append(run) }; run = "" }
        while i < p.count {
            let c = p[i]
            let next: Unicode.Scalar? = i + 1 < p.count ? p[i + 1] : nil
            switch c {
            case "|" where depth == 0: return nil  // alternatives: nothing is common to all
            case "(": depth += 1; end()
            case ")": depth -= 1; end()
            case "[":
                end()
                // Skip the class: a ] right after [ or [^ is literal.
                i += 1
                if i < p.count, p[i] == "^" { i += 1 }
                if i < p.count, p[i] == "]" { i += 1 }
                while i < p.count, p[i] != "]" { if p[i] == "\\" { i += 1 }; i += 1 }
            case "*", "?", "{":
                // The quantified character is optional or repeated: it leaves the run.
                if !run.isEmpty { run.removeLast() }
                end()
                if c == "{" { while i < p.count, p[i] != "}" { i += 1 } }
            case "+": end()
            case ".", "^", "$": end()
            case "\\":
                guard let n = next else { end(); break }
                i += 1
                if depth == 0, n.properties.isAlphabetic || n.properties.numericType != nil { end() } // \b \d \w …
                else if depth == 0 { run.unicodeScalars.append(n) } else { end() }
            default:
                if depth == 0 { run.unicodeScalars.append(c) } else { end() }
            }
            i += 1
        }
        end()
        return runs.max { $0.unicodeScalars.count < $1.unicodeScalars.count }
    }

    public init(_ pattern: String, flags: String = "") throws {
        self.pattern = pattern
        caseInsensitive = flags.contains("i")
        multiline = flags.contains("m")
        dotAll = flags.contains("s")
        var compiler = Compiler(pattern: Array(pattern.unicodeScalars), caseInsensitive: caseInsensitive)
        program = try compiler.compile()
        requiredLiteral = Self.requiredLiteral(Array(pattern.unicodeScalars))
        literalNeedle = requiredLiteral?.lowercased()
    }

    /// The scalar every match starts with (folded when any case), when the program begins with one.
    var firstScalar: Unicode.Scalar? {
        guard case .scalar(let s) = program.first else { return nil }
        return caseInsensitive ? Self.fold(s) : s
    }

    /// Whether the expression matches anywhere in `text`.
    public func firstMatch(in text: String) -> Bool {
        let input = Array(text.unicodeScalars)
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        var stack: [Int] = []
        let first = firstScalar
        for i in 0...input.count {
            // Unanchored search: a new thread starts at every position — unless the program starts
            // with a scalar that is not here (then that thread would die at once).
            if let first {
                let here = i < input.count && (caseInsensitive ? Self.fold(input[i]) : input[i]) == first
                if !here, current.items.isEmpty {
                    current.clear()
                    continue
                }
                if here, add(&current, 0, input, i, &stack) { return true }
            } else if add(&current, 0, input, i, &stack) {
                return true
            }
            if current.items.isEmpty {
                current.clear()  // a new generation: the next position starts afresh
                continue
            }
            guard i < input.count else { break }
            let c = input[i]
            next.clear()
            for pc in current.items {
                let advance: Bool
                switch program[pc] {
                case .scalar(let s): advance = s == c || (caseInsensitive && Self.fold(s) == Self.fold(c))
                case .any: advance = dotAll || c != "\n"
                case .set(let set): advance = set.contains(c, caseInsensitive: caseInsensitive)
                default: advance = false
                }
                if advance, add(&next, pc + 1, input, i + 1, &stack) { return true }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds a thread and follows its jumps, splits and assertions; true when it reaches `match`.
    private func add(_ list: inout ThreadList, _ pc: Int, _ input: [Unicode.Scalar], _ i: Int, _ stack: inout [Int]) -> Bool {
        stack.removeAll(keepingCapacity: true)
        stack.append(pc)
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .match: return true
            case .jump(let t): stack.append(t)
            case .split(let a, let b): stack.append(b); stack.append(a)
            case .lineStart:
                if i == 0 || (multiline && input[i - 1] == "\n") { stack.append(pc + 1) }
            case .lineEnd:
                if i == input.count || (multiline && input[i] == "\n") { stack.append(pc + 1) }
            case .wordBoundary, .notWordBoundary:
                let before = i > 0 && Self.isWord(input[i - 1])
                let after = i < input.count && Self.isWord(input[i])
                let boundary = before != after
                if case .wordBoundary = program[pc], boundary { stack.append(pc + 1) }
                if case .notWordBoundary = program[pc], !boundary { stack.append(pc + 1) }
            default:
                list.items.append(pc)
            }
        }
        return false
    }

    static func isWord(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" }

    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s.value < 128 ? (s.value >= 65 && s.value <= 90 ? Unicode.Scalar(s.value + 32)! : s) : (String(s).lowercased().unicodeScalars.first ?? s)
    }

    /// A sparse set of program counters, cleared in O(1).
    struct ThreadList {
        var items: [Int] = []
        var seen: [Int]
        var generation = 1

        init(capacity: Int) { seen = Array(repeating: 0, count: capacity) }

        mutating func insert(_ pc: Int) -> Bool {
            if seen[pc] == generation { return false }
            seen[pc] = generation
            return true
        }

        mutating func clear() {
            items.removeAll(keepingCapacity: true)
            generation += 1
        }
    }
}

extension Character.Class {
    /// The categories `\p{NAME}` names: one (Lu) or a group (L).
    static func categories(_ name: String) -> Set<Unicode.GeneralCategory>? {
        let all: [String: Unicode.GeneralCategory] = [
            "Lu": .uppercaseLetter, "Ll": .lowercaseLetter, "Lt": .titlecaseLetter, "Lm": .modifierLetter, "Lo": .otherLetter,
            "Mn": .nonspacingMark, "Mc": .spacingMark, "Me": .enclosingMark,
            "Nd": .decimalNumber, "Nl": .letterNumber, "No": .otherNumber,
            "Pc": .connectorPunctuation, "Pd": .dashPunctuation, "Ps": .openPunctuation, "Pe": .closePunctuation,
            "Pi": .initialPunctuation, "Pf": .finalPunctuation, "Po": .otherPunctuation,
            "Sm": .mathSymbol, "Sc": .currencySymbol, "Sk": .modifierSymbol, "So": .otherSymbol,
            "Zs": .spaceSeparator, "Zl": .lineSeparator, "Zp": .paragraphSeparator,
            "Cc": .control, "Cf": .format, "Co": .privateUse, "Cn": .unassigned,
        ]
        let long = ["Letter": "L", "Mark": "M", "Number": "N", "Punctuation": "P", "Symbol": "S", "Separator": "Z", "Other": "C",
                    "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll", "Decimal_Number": "Nd"]
        let key = long[name] ?? name
        if let one = all[key] { return [one] }
        let group = all.filter { $0.key.count == 2 && $0.key.hasPrefix(key) }.map(\.value)
        return key.count == 1 && !group.isEmpty ? Set(group) : nil
    }

    /// The POSIX classes of `[[:NAME:]]`, on Unicode categories.
    static func posix(_ name: String) -> Character.Class? {
        func cats(_ names: String...) -> Character.Class { .category(Set(names.flatMap { categories($0) ?? [] }), negated: false) }
        switch name {
        case "alpha": return cats("L")
        case "digit": return .digit
        case "alnum": return cats("L", "Nd")
        case "upper": return cats("Lu")
        case "lower": return cats("Ll")
        case "space": return .space
        case "punct": return cats("P", "S")
        case "word": return .word
        default: return nil
        }
    }
}

extension Character {
    enum Class: Sendable {
        case digit, notDigit, word, notWord, space, notSpace
        /// A Unicode general category or a group of them (`\p{L}`, `\p{Lu}`), or its complement.
        case category(Set<Unicode.GeneralCategory>, negated: Bool)

        func test(_ s: Unicode.Scalar) -> Bool {
            switch self {
            case .category(let set, let negated): return set.contains(s.properties.generalCategory) != negated
            case .digit: return s.properties.numericType == .decimal
            case .notDigit: return s.properties.numericType != .decimal
            case .word: return LinearRegex.isWord(s)
            case .notWord: return !LinearRegex.isWord(s)
            case .space: return s.properties.isWhitespace
            case .notSpace: return !s.properties.isWhitespace
            }
        }
    }
}

/// Pattern → program, by recursive descent with a depth limit: alternation → concatenation →
/// repetition → atom.
struct Compiler {
    typealias I = LinearRegex.Instruction
    let pattern: [Unicode.Scalar]
    let caseInsensitive: Bool
    var pos = 0
    var depth = 0

    init(pattern: [Unicode.Scalar], caseInsensitive: Bool) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
    }

    func error(_ message: String) -> LinearRegex.SyntaxError { LinearRegex.SyntaxError(message: message, position: pos) }

    mutating func compile() throws -> [I] {
        var prog = try alternation()
        if pos < pattern.count { throw error(pattern[pos] == ")" ? "unmatched )" : "unexpected \(pattern[pos])") }
        prog.append(.match)
        return prog
    }

    /// Shifts the jump targets of a fragment placed at `offset`.
    static func relocate(_ frag: [I], by offset: Int) -> [I] {
        frag.map {
            switch $0 {
            case .split(let a, let b): return .split(a + offset, b + offset)
            case .jump(let t): return .jump(t + offset)
            default: return $0
            }
        }
    }

    mutating func alternation() throws -> [I] {
        var left = try concatenation()
        while pos < pattern.count, pattern[pos] == "|" {
            pos += 1
            let right = try concatenation()
            // split L1, L2; L1: left; jump end; L2: right
            var prog: [I] = [.split(1, left.count + 2)]
            prog += Self.relocate(left, by: 1)
            prog.append(.jump(left.count + 2 + right.count))
            prog += Self.relocate(right, by: left.count + 2)
            left = prog
            try checkSize(left)
        }
        return left
    }

    mutating func concatenation() throws -> [I] {
        var prog: [I] = []
        while pos < pattern.count, pattern[pos] != "|", pattern[pos] != ")" {
            let piece = try repetition()
            prog += Self.relocate(piece, by: prog.count)
            try checkSize(prog)
        }
        return prog
    }

    func checkSize(_ p: [I]) throws {
        if p.count > LinearRegex.maxProgram { throw error("the expression is too large") }
    }

    mutating func repetition() throws -> [I] {
        let atom = try self.atom()
        guard pos < pattern.count else { return atom }
        var (lo, hi): (Int, Int?)
        switch pattern[pos] {
        case "*": (lo, hi) = (0, nil); pos += 1
        case "+": (lo, hi) = (1, nil); pos += 1
        case "?": (lo, hi) = (0, 1); pos += 1
        case "{":
            guard let bounds = try counted() else { return atom }
            (lo, hi) = bounds
        default: return atom
        }
        if pos < pattern.count, pattern[pos] == "?" || pattern[pos] == "+" { pos += 1 }  // lazy/possessive: same answer
        if pos < pattern.count, "*+?{".unicodeScalars.contains(pattern[pos]) {
            let save = pos
            if pattern[pos] != "{" || (try? counted()) != nil { pos = save; throw error("nothing to repeat") }
            pos = save
        }
        return try repeatFragment(atom, lo, hi)
    }

    /// {n}, {n,}, {n,m}; nil (and no input used) when it is a literal brace.
    mutating func counted() throws -> (Int, Int?)? {
        let save = pos
        pos += 1
        func number() -> Int? {
            var n = 0, digits = 0
            while pos < pattern.count, let d = Int(String(pattern[pos])), pattern[pos].isASCII {
                n = min(n * 10 + d, 1_000_000); digits += 1; pos += 1
            }
            return digits > 0 ? n : nil
        }
        guard let lo = number() else { pos = save; return nil }
        var hi: Int? = lo
        if pos < pattern.count, pattern[pos] == "," {
            pos += 1
            hi = number()
        }
        guard pos < pattern.count, pattern[pos] == "}" else { pos = save; return nil }
        pos += 1
        if let h = hi, h < lo { throw error("in {\(lo),\(h)} the first number is larger") }
        if lo > 1000 || (hi ?? 0) > 1000 { throw error("repeat counts above 1000 are not supported") }
        return (lo, hi)
    }

    func repeatFragment(_ atom: [I], _ lo: Int, _ hi: Int?) throws -> [I] {
        var prog: [I] = []
        for _ in 0..<lo {
            prog += Self.relocate(atom, by: prog.count)
            try checkSize(prog)
        }
        if let hi {
            for _ in lo..<hi {
                // split into the atom or past it
                let start = prog.count
                prog.append(.split(start + 1, start + 1 + atom.count))
                prog += Self.relocate(atom, by: start + 1)
                try checkSize(prog)
            }
        } else {
            // L: split body, end; body; jump L
            let start = prog.count
            prog.append(.split(start + 1, start + 2 + atom.count))
            prog += Self.relocate(atom, by: start + 1)
            prog.append(.jump(start))
        }
        return prog
    }

    mutating func atom() throws -> [I] {
        let c = pattern[pos]
        switch c {
        case "(":
            depth += 1
            defer { depth -= 1 }
            if depth > 100 { throw error("the expression is nested too deeply") }
            pos += 1
            if pos + 1 < pattern.count, pattern[pos] == "?", pattern[pos + 1] == ":" { pos += 2 }
            else if pos < pattern.count, pattern[pos] == "?" { throw error("only (?: …) groups are supported") }
            let inner = try alternation()
            guard pos < pattern.count, pattern[pos] == ")" else { throw error("missing ) to close the group") }
            pos += 1
            return inner
        case ")": throw error("unmatched )")
        case "[":
            return [.set(try charClass())]
        case ".":
            pos += 1
            return [.any]
        case "^":
            pos += 1
            return [.lineStart]
        case "$":
            pos += 1
            return [.lineEnd]
        case "*", "+", "?":
            throw error("nothing to repeat before \(c)")
        case "\\":
            pos += 1
            guard pos < pattern.count else { throw error("a \\ at the end of the expression") }
            let e = pattern[pos]
            pos += 1
            switch e {
            case "b": return [.wordBoundary]
            case "B": return [.notWordBoundary]
            case "d": return [.set(LinearRegex.CharSet(classes: [.digit]))]
            case "D": return [.set(LinearRegex.CharSet(classes: [.notDigit]))]
            case "w": return [.set(LinearRegex.CharSet(classes: [.word]))]
            case "W": return [.set(LinearRegex.CharSet(classes: [.notWord]))]
            case "s": return [.set(LinearRegex.CharSet(classes: [.space]))]
            case "S": return [.set(LinearRegex.CharSet(classes: [.notSpace]))]
            case "p", "P": return [.set(LinearRegex.CharSet(classes: [try property(negated: e == "P")]))]
            default: return [.scalar(try escaped(e))]
            }
        default:
            pos += 1
            return [.scalar(c)]
        }
    }

    func escaped(_ e: Unicode.Scalar) throws -> Unicode.Scalar {
        switch e {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "1"..."9": throw LinearRegex.SyntaxError(message: "back-references such as \\\(e) are not supported (no linear-time matcher has them)", position: max(0, pos - 2))
        default:
            if e.properties.isAlphabetic || e.properties.numericType != nil {
                throw LinearRegex.SyntaxError(message: "unknown escape \\\(e): write \\d \\w \\s \\b \\p{L} …, or leave out the \\",
                                              position: max(0, pos - 2))
            }
            return e
        }
    }

    /// `{NAME}` after `\p` or `\P`: a Unicode category.
    mutating func property(negated: Bool) throws -> Character.Class {
        guard pos < pattern.count, pattern[pos] == "{" else { throw error("write \\p{L} (a category in braces)") }
        var name = ""
        pos += 1
        while pos < pattern.count, pattern[pos] != "}", name.count < 40 { name.unicodeScalars.append(pattern[pos]); pos += 1 }
        guard pos < pattern.count, pattern[pos] == "}" else { throw error("missing } to close \\p{") }
        pos += 1
        guard let set = Character.Class.categories(name) else {
            throw error("unknown Unicode category \"\(name)\" (L, Lu, Ll, N, Nd, P, S, Z, …)")
        }
        return .category(set, negated: negated)
    }

    mutating func charClass() throws -> LinearRegex.CharSet {
        pos += 1
        var set = LinearRegex.CharSet()
        if pos < pattern.count, pattern[pos] == "^" { set.negated = true; pos += 1 }
        var first = true
        while pos < pattern.count, pattern[pos] != "]" || first {
            first = false
            var lo = pattern[pos]
            if lo == "[", pos + 1 < pattern.count, pattern[pos + 1] == ":" {
                // [:alpha:]
                var name = ""
                var k = pos + 2
                while k < pattern.count, pattern[k] != ":", name.count < 20 { name.unicodeScalars.append(pattern[k]); k += 1 }
                if k + 1 < pattern.count, pattern[k] == ":", pattern[k + 1] == "]" {
                    guard let c = Character.Class.posix(name) else {
                        throw error("unknown class [:\(name):] (alpha, digit, alnum, upper, lower, space, punct, word)")
                    }
                    set.classes.append(c)
                    pos = k + 2
                    continue
                }
            }
            pos += 1
            if lo == "\\", pos < pattern.count {
                let e = pattern[pos]
                pos += 1
                switch e {
                case "d": set.classes.append(.digit); continue
                case "w": set.classes.append(.word); continue
                case "s": set.classes.append(.space); continue
                case "D": set.classes.append(.notDigit); continue
                case "W": set.classes.append(.notWord); continue
                case "S": set.classes.append(.notSpace); continue
                case "p", "P": set.classes.append(try property(negated: e == "P")); continue
                default: lo = try escaped(e)
                }
            }
            if pos + 1 < pattern.count, pattern[pos] == "-", pattern[pos + 1] != "]" {
                var hi = pattern[pos + 1]
                pos += 2
                if hi == "\\", pos < pattern.count { hi = try escaped(pattern[pos]); pos += 1 }
                guard lo.value <= hi.value else { throw error("the range \(lo)-\(hi) is backwards") }
                set.ranges.append(lo.value...hi.value)
            } else {
                set.ranges.append(lo.value...lo.value)
            }
        }
        guard pos < pattern.count else { throw error("missing ] to close the character class") }
        pos += 1
        return set
    }
}
