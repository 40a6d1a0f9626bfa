/// Every message of the language in one place (after swift-syntax's diagnostics): each case has a
/// stable id, its wording and its fix. Call sites name a case and its arguments; `Diagnostic` carries
/// what this makes; `DiagnosticRenderer` draws it.
public enum Message: Sendable, Hashable {
    // MARK: Lexer
    case strayBackslash
    case unexpectedCharacter(String, hint: String?)
    case notANumber(String)
    case strayBang
    case dollarWithoutName
    case unterminatedString(quote: String)
    case unterminatedRegex

    // MARK: Parser
    case unexpectedAfterStatement(found: String)
    case expectedStatement(found: String)
    case unknownStatement(String, nearest: String?)
    /// Something that must come next and did not: what it was is the `Expectation`.
    case expected(Expectation, found: String)
    case nestedTooDeeply(fix: String)
    case tooManyConditions(limit: Int)
    case statementTooLong(bytes: Int, limit: Int)
    case numberTooLarge(String)

    // MARK: Checker
    case unknownSource(String, nearest: String?, sources: [String])
    case takesNoArgument(source: String, verb: String)
    case tooManyGroupKeys
    case groupedOrder(keys: [String])
    case noDateToGroupBy(source: String, bucket: String)
    case unknownField(String, source: String, nearest: String?, fields: [String])
    case unknownRegexFlag(String)
    case invalidRegex(pattern: String, reason: String)
    case mentionsNotACondition(source: String)
    case tokensUnavailable
    case unsetParameter(String)
    case numberNotText(field: String)
    case unknownSet(String, nearest: String?)
    case setDoesNotFit(field: String, set: String, source: String, fix: String)
    case noPlaceToMention(scope: String, source: String)

    // MARK: Statements
    case loadFailed(String, fix: String?)
    case cannotShow(String, nearest: String?)
    case noSuchRecord(singular: String, id: Int, plural: String, count: Int)
    case noSuchName(singular: String, name: String)
    case ambiguousName(singular: String, name: String, candidates: [String], more: Int)
    case nameIsASource(String)
    case setNeedsValue(option: String)
    case unknownFormat(String, formats: [String])
    case onOrOff(option: String)
    case rowsNotANumber
    case notAChart
    case colorChoice
    case widthTooSmall
    case unknownOption(String, nearest: String?, options: [String])
    case unknownExportFormat(path: String)
    case cannotWrite(path: String, reason: String)
    case alreadyRunning(path: String)
    case cannotReadScript(path: String)
    case assertionFailed(actual: Int, op: String, expected: Int)
    case noHelp(String, nearest: String?)
    case givesNoRows
    case notAWholeNumber(what: String, text: String)
    case kwicNeedsWord
    case kwicWidth
    case collocatesWindow
    case negativeCount(what: String)
    case runtime(String)

    /// The stable id (kebab case), the wording, and how to fix it.
    public var parts: (id: String, text: String, fix: String?) {
        switch self {
        case .strayBackslash:
            return ("stray-backslash", "unexpected \"\\\"", "a \\ continues a statement only at the end of a line")
        case .unexpectedCharacter(let c, let hint):
            return ("unexpected-character", "unexpected character \"\(c)\"", hint)
        case .notANumber(let text):
            return ("not-a-number", "\"\(text)\" is not a number", "put text in quotes")
        case .strayBang:
            return ("stray-bang", "unexpected \"!\"", "write != for not equal, or not before a condition")
        case .dollarWithoutName:
            return ("dollar-without-name", "\"$\" must be followed by a parameter name", "write $speaker, set with --param speaker=…")
        case .unterminatedString(let quote):
            return ("unterminated-string", "this text has no closing quote", "end it with \(quote)")
        case .unterminatedRegex:
            return ("unterminated-regex", "this regular expression has no closing /", "end it with / (and i for any case: /war/i)")

        case .unexpectedAfterStatement(let found):
            return ("unexpected-after-statement", "unexpected \(found) after the statement", "end a statement with ; or a new line")
        case .expectedStatement(let found):
            return ("expected-statement", "expected a statement, found \(found)",
                    "statements start with a word such as find or count; type help for the list")
        case .unknownStatement(let word, let nearest):
            return ("unknown-statement", "unknown statement \"\(word)\"", Self.didYouMean(nearest) ?? "type help for the list of statements")
        case .expected(let what, let found):
            let (id, phrase, fix) = what.parts
            return ("expected-" + id, "expected \(phrase), found \(found)", fix)
        case .nestedTooDeeply(let fix):
            return ("nested-too-deeply", "this condition is nested too deeply", fix)
        case .tooManyConditions(let limit):
            return ("too-many-conditions", "this statement has more than \(limit) conditions",
                    "split it into several statements, or list values with in (\"a\", \"b\", …)")
        case .statementTooLong(let bytes, let limit):
            return ("statement-too-long", "this statement is \(bytes) bytes long; nq reads statements of up to \(limit) bytes",
                    "split it into several statements")
        case .numberTooLarge(let text):
            return ("number-too-large", "\"\(text)\" is not a whole number that nq can use", "use a whole number such as 10")

        case .unknownSource(let name, let nearest, let sources):
            return ("unknown-source", "unknown source \"\(name)\"", Self.didYouMean(nearest) ?? "sources are \(sources.joined(separator: ", "))")
        case .takesNoArgument(let source, let verb):
            return ("takes-no-argument", "\(source) takes no argument here", "filter with where, for example: \(verb) \(source) where …")
        case .tooManyGroupKeys:
            return ("too-many-group-keys", "count … by takes one or two keys", nil)
        case .groupedOrder(let keys):
            return ("grouped-order", "a grouped count can be ordered by count or by its keys",
                    "order by count desc, or by \(keys.joined(separator: ", "))")
        case .noDateToGroupBy(let source, let bucket):
            return ("no-date-to-group-by", "\(source) have no date to group by \(bucket)",
                    "group articles or the records in them (quotes, mentions, …) by \(bucket)")
        case .unknownField(let name, let source, let nearest, let fields):
            return ("unknown-field", "unknown field \"\(name)\" for \(source)",
                    Self.didYouMean(nearest) ?? "\(source) have \(fields.joined(separator: ", "))")
        case .unknownRegexFlag(let flag):
            return ("unknown-regex-flag", "unknown regular expression flag \"\(flag)\"",
                    "flags are i (any case), m (^ and $ at line ends) and s (. matches line ends)")
        case .invalidRegex(let pattern, let reason):
            return ("invalid-regex", "invalid regular expression /\(pattern)/: \(reason)", "check its brackets and escapes; a literal ( is \\(")
        case .mentionsNotACondition(let source):
            return ("mentions-not-a-condition", "mentions \"…\" is not a condition on \(source)",
                    "use it on articles, sections, paragraphs, sentences or quotes")
        case .tokensUnavailable:
            return ("tokens-unavailable", "the tokens source needs nq's language core, which could not be loaded",
                    "see the warning at start-up; reinstall nq to restore its model files")
        case .unsetParameter(let name):
            return ("unset-parameter", "parameter $\(name) is not set", "give it with --param \(name)=VALUE or set param \(name) \"VALUE\"")
        case .numberNotText(let field):
            return ("number-not-text", "\(field) is a number, not text", "compare it with a number, for example: \(field) > 100")
        case .unknownSet(let name, let nearest):
            return ("unknown-set", "no result named \"\(name)\"",
                    Self.didYouMean(nearest) ?? "name one first: let \(name) = find articles where …")
        case .setDoesNotFit(let field, let set, let source, let fix):
            return ("set-does-not-fit", "\(field) in \(set) compares \(field) with a set of \(source)", fix)
        case .noPlaceToMention(let scope, let source):
            return ("no-place-to-mention", "\(source) do not lie in one \(scope)",
                    "use article mentions \"…\" (or paragraph, sentence where the records have one)")

        case .loadFailed(let text, let fix):
            return ("load-failed", text, fix)
        case .cannotShow(let name, let nearest):
            return ("cannot-show", "cannot show \"\(name)\"", Self.didYouMean(nearest) ?? "show article N, show quote N, show paragraph N, …")
        case .noSuchRecord(let singular, let id, let plural, let count):
            return ("no-such-record", "there is no \(singular) \(id)",
                    count == 0 ? "the corpus has no \(plural)" : "\(plural) are numbered 1 to \(count)")
        case .noSuchName(let singular, let name):
            return ("no-such-name", "there is no \(singular) named \"\(name)\"",
                    "find \(singular == "entity" ? "entities" : singular + "s") where name matches /\(name)/i lists names like it")
        case .ambiguousName(let singular, let name, let candidates, let more):
            return ("ambiguous-name", "\"\(name)\" names more than one \(singular): " + candidates.map { "\"\($0)\"" }.joined(separator: ", ")
                    + (more > 0 ? " and \(more) more" : ""), "give the whole name")
        case .nameIsASource(let name):
            return ("name-is-a-source", "\"\(name)\" is the name of a source", "choose another name")
        case .setNeedsValue(let option):
            return ("set-needs-value", "set \(option) needs a value", "for example: set format json")
        case .unknownFormat(let name, let formats):
            return ("unknown-format", "unknown format \"\(name)\"", "formats are \(formats.joined(separator: ", "))")
        case .onOrOff(let option):
            return ("on-or-off", "\(option) is on or off", "set \(option) \(option == "color" ? "off" : "on")")
        case .colorChoice:
            return ("color-choice", "color is always, never or auto (on and off also work)", "set color auto")
        case .notAChart:
            return ("not-a-chart", "only a count by a key draws as a chart",
                    "export count … by FIELD (or by month) to \"chart.svg\"; export these rows to .csv or .md")
        case .rowsNotANumber:
            return ("rows-not-a-number", "rows is a whole number (0 for all)", "set rows 20")
        case .widthTooSmall:
            return ("width-too-small", "width is a number of columns, 20 or more", "set width 100")
        case .unknownOption(let name, let nearest, let options):
            return ("unknown-option", "unknown option \"\(name)\"", Self.didYouMean(nearest) ?? "options are \(options.joined(separator: ", "))")
        case .unknownExportFormat(let path):
            return ("unknown-export-format", "cannot tell the format of \"\(path)\" from its extension",
                    "end the name with .csv, .tsv, .json, .jsonl, .md, .txt or .svg")
        case .cannotWrite(let path, let reason):
            return ("cannot-write", "cannot write \(path): \(reason)", "check that the folder exists and is writable")
        case .alreadyRunning(let path):
            return ("already-running", "\(path) is already running", "a script cannot run itself")
        case .cannotReadScript(let path):
            return ("cannot-read-script", "cannot read \(path)", "check the path (in a script, relative to the script's folder)")
        case .assertionFailed(let actual, let op, let expected):
            return ("assertion-failed", "assertion failed: the count is \(actual), not \(op) \(expected)", nil)
        case .noHelp(let topic, let nearest):
            return ("no-help", "no help on \"\(topic)\"", Self.didYouMean(nearest) ?? "type help for the list")
        case .givesNoRows:
            return ("gives-no-rows", "this statement gives no rows", "use find, count or kwic here")
        case .notAWholeNumber(let what, let text):
            return ("not-a-whole-number", "\(what) must be a whole number, not \"\(text)\"", nil)
        case .kwicNeedsWord:
            return ("kwic-needs-word", "kwic needs a word to look for", "for example: kwic \"sanctions\"")
        case .kwicWidth:
            return ("kwic-width", "width must be between 5 and 200", nil)
        case .collocatesWindow:
            return ("collocates-window", "window must be between 1 and 20 words", "for example: window 5")
        case .negativeCount(let what):
            return ("negative-\(what)", "\(what) must be a whole number, 0 or more", what == "limit" ? "limit 0 gives no rows; leave it out for all" : nil)
        case .runtime(let text):
            return ("runtime", text, nil)
        }
    }

    public var id: String { parts.id }

    static func didYouMean(_ nearest: String?) -> String? { nearest.map { "did you mean \"\($0)\"?" } }
}

/// What the parser expected to come next: its own id, its phrase and an example.
public enum Expectation: Sendable, Hashable {
    case source(verb: String)
    case groupKey
    case orderBy
    case orderField
    case limitNumber
    case offsetNumber
    case showField
    case option
    case parameterName
    case loadPath
    case savePath
    case showWhat
    case showNumber(source: String)
    case kwicNumber(String)
    case kwicSort
    case resultName
    case letEquals(name: String)
    case letFind(name: String)
    case exportTo
    case exportPath
    case scriptPath
    case assertComparison
    case assertNumber
    case closeParen
    case regex
    case openParenAfterIn
    case closeList
    case comparison(field: String)
    case null
    case field
    case value

    /// The id (after "expected-"), the phrase after "expected", and an example.
    var parts: (id: String, phrase: String, fix: String?) {
        switch self {
        case .source(let verb): return ("source", "a source", "for example: \(verb) articles")
        case .groupKey: return ("group-key", "a field to group by", nil)
        case .orderBy: return ("order-by", "\"by\" after \"order\"", "write order by FIELD")
        case .orderField: return ("order-field", "a field to order by", "for example: order by date desc")
        case .limitNumber: return ("limit-number", "a number after limit", "for example: limit 10")
        case .offsetNumber: return ("offset-number", "a number after offset", "for example: limit 10 offset 20")
        case .showField: return ("show-field", "a field to show", nil)
        case .option: return ("option", "an option", "for example: set format json")
        case .parameterName: return ("parameter-name", "a parameter name", "for example: set param speaker \"Lavrov\"")
        case .loadPath: return ("load-path", "a path in quotes", "for example: load \"articles/\"")
        case .savePath: return ("save-path", "a file name in quotes", "for example: save \"corpus.nqdb\"")
        case .showWhat: return ("show-what", "what to show", "for example: show article 1, show quote 3")
        case .showNumber(let source): return ("show-number", "the number of the \(source) to show", "for example: show \(source) 1")
        case .kwicSort: return ("kwic-sort", "left or right after sort by", "for example: kwic \"sanctions\" sort by left")
        case .kwicNumber(let what): return ("kwic-number", "a number after \(what)", "for example: \(what) \(what == "width" ? 40 : 10)")
        case .resultName: return ("result-name", "a name for the result", "for example: let lavrov = find quotes where speaker = \"Lavrov\"")
        case .letEquals(let name): return ("let-equals", "\"=\" after the name", "let \(name) = find …")
        case .letFind(let name): return ("let-find", "find after \"=\"", "let \(name) = find quotes where …")
        case .exportTo: return ("export-to", "\"to\" and a file name after the statement", "export find quotes to \"quotes.csv\"")
        case .exportPath: return ("export-path", "a file name in quotes", "for example: to \"quotes.csv\"")
        case .scriptPath: return ("script-path", "a script file name in quotes", "for example: run \"report.nq\"")
        case .assertComparison: return ("assert-comparison", "a comparison and a number after the statement", "for example: assert count quotes = 23")
        case .assertNumber: return ("assert-number", "a number after the comparison", "for example: = 23")
        case .closeParen: return ("close-paren", "\")\" to close the \"(\"", "add )")
        case .regex: return ("regex", "a regular expression after matches", "for example: matches /sanction(s|ed)/i")
        case .openParenAfterIn: return ("open-paren-after-in", "\"(\" or a result's name after in", "for example: in (\"a\", \"b\"), or article_id in covid")
        case .closeList: return ("close-list", "\")\" to close the list", "add )")
        case .comparison(let field): return ("comparison", "a comparison after \"\(field)\"", "use = == != < <= > >=, contains, matches, in or is null")
        case .null: return ("null", "null after is", "write FIELD is null or FIELD is not null")
        case .field: return ("field", "a field", "for example: where title contains \"Ukraine\"")
        case .value: return ("value", "a value", "put text in quotes: \"Lavrov\"")
        }
    }
}
