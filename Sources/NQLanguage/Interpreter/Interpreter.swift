import NQSupport
import Foundation
import NQCorpus

/// Runs statements: parse → check → evaluate → render, writing results to `output` and diagnostics to
/// `errors`. Knows nothing of terminals: the shell gives it sinks and settings.
public final class Interpreter: @unchecked Sendable {
    public internal(set) var corpus: Corpus
    public var settings: Settings
    public var parameters: [String: String]
    /// `let` results by name (lower-cased).
    public internal(set) var resultSets: [String: ResultSet] = [:]
    public let output: OutputSink
    public let errors: OutputSink
    /// Polled by long statements; the shell sets it from Ctrl-C.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Where `load` gets articles and `save` writes them (files analysed, stores): injected by the
    /// executable, which links the analysis and the store; the language knows neither.
    public var source: CorpusSource
    /// A saved store answering statements in place, until one needs the whole corpus in memory (the
    /// corpus is then read from it, and statements run in memory from there on).
    public internal(set) var inPlace: StoreInPlace? = nil
    /// Set by `quit`.
    public private(set) var wantsQuit = false
    /// The scripts being run by `run`, innermost last (to refuse a script running itself).
    var running: [String] = []
    /// The folders of the scripts being run, innermost last: a relative path in a script (load, save,
    /// export, run) is taken from its script's folder.
    var scriptFolders: [String] = []

    /// A path as a statement names it, from the running script's folder when it is relative.
    func resolve(_ path: String) -> String {
        guard let folder = scriptFolders.last, !path.hasPrefix("/"), !path.hasPrefix("~"), !folder.isEmpty else { return path }
        return folder == "." ? path : folder + "/" + path
    }

    public init(corpus: Corpus, source: CorpusSource = NoCorpusSource(), settings: Settings = Settings(),
                parameters: [String: String] = [:], output: OutputSink, errors: OutputSink) {
        self.corpus = corpus
        self.source = source
        self.settings = settings
        self.parameters = parameters
        self.output = output
        self.errors = errors
    }

    public func replaceCorpus(_ corpus: Corpus) {
        self.corpus = corpus
        inPlace = nil
    }

    /// Statements are answered by the store where they can be; the corpus stays on disk until one
    /// needs it in memory.
    public func open(inPlace store: StoreInPlace) {
        corpus = Corpus()
        inPlace = store
    }

    /// The number of articles, in memory or in the store.
    public var articleCount: Int { inPlace?.articleCount ?? corpus.articles.count }

    /// Reads the store in place into memory, saying so: `what` needs the whole corpus.
    func needCorpus(_ what: String, at range: SourceRange) throws {
        guard let store = inPlace else { return }
        let n = store.articleCount
        errors.write("note: \(what) needs the corpus in memory: reading the \(n) article\(n == 1 ? "" : "s") of \(store.path.visible(newlines: false))\n")
        do {
            corpus = try store.loadCorpus()
        } catch {
            throw Failure(.loadFailed("cannot read \(store.path): \(error)", fix: "check the store; load the articles again and save"), at: range)
        }
        inPlace = nil
    }

    /// What in a statement needs the whole corpus in memory (nil: the store in place can answer it).
    func needsMemory(_ statement: Statement) -> String? {
        switch statement {
        case .kwic(let c): return c.collocates ? "collocates" : "kwic"
        case .load: return nil  // added to the store in place (see `load`)
        case .export(let inner, _, _), .assert(let inner, _, _, _): return needsMemory(inner)
        default: return nil
        }
    }

    /// A statement that failed, with what to report.
    struct Failure: Error {
        var diagnostics: [Diagnostic]
        init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
        init(_ message: Message, at range: SourceRange) {
            diagnostics = [Diagnostic(message, at: range)]
        }
    }

    /// Runs every statement of `source`. Returns false when a statement failed: syntax errors (all of
    /// them are reported, and nothing of the source runs) or the first statement that failed to run.
    @discardableResult
    public func execute(_ source: SourceText) -> Bool {
        let size = source.text.utf8.count
        guard size <= Self.maxStatementBytes else {
            report([Diagnostic(.statementTooLong(bytes: size, limit: Self.maxStatementBytes), at: SourceRange(0, 1))], source)
            return false
        }
        let (statements, diagnostics) = Parser.parse(source)
        if !diagnostics.isEmpty {
            report(diagnostics, source)
            return false
        }
        for statement in statements {
            if wantsQuit { break }
            let started = DispatchTime.now()
            do {
                try run(statement, source)
            } catch let failure as Failure {
                report(failure.diagnostics, source)
                return false
            } catch is Evaluator.Interrupted {
                errors.write("interrupted: the statement was cancelled\n")
                return false
            } catch {
                report([Diagnostic(.runtime("\(error)"), at: statement.range)], source)
                return false
            }
            if settings.timer {
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
                errors.write(String(format: "time: %.3f ms\n", ms))
            }
        }
        return true
    }

    /// Runs a whole script through the input loop, as the shell reads piped input: its lines are
    /// gathered into statements (open brackets, strings and a trailing `\` continue one). Stops at the
    /// first failure when `bail`.
    @discardableResult
    public func runScript(_ text: String, origin: SourceOrigin, bail: Bool = true) -> Bool {
        InputLoop(self, mode: .batch(bail: bail)).runScript(text, origin: origin)
    }

    /// Parses and checks a whole script before any of it runs: every syntax error, unknown source,
    /// field, result name or unset parameter of every line is reported, and nothing runs.
    /// `let` names and `set param` values are followed in order, as the script would make them.
    public func precheck(_ source: SourceText) -> Bool {
        let (statements, diagnostics) = Parser.parse(source)
        var problems = diagnostics
        if problems.isEmpty {
            var sets = resultSets
            var params = parameters
            for s in statements { problems += precheck(s, &sets, &params) }
        }
        guard problems.isEmpty else {
            report(problems, source, whole: true)
            return false
        }
        return true
    }

    func precheck(_ s: Statement, _ sets: inout [String: ResultSet], _ params: inout [String: String]) -> [Diagnostic] {
        func query(_ q: Query) -> (Plan?, [Diagnostic]) {
            switch Checker.check(q, parameters: params, resultSets: sets) {
            case .success(let plan): return (plan, [])
            case .failure(let list): return (nil, list.diagnostics)
            }
        }
        switch s {
        case .query(let q): return query(q).1
        case .bind(let name, let q, _):
            let (plan, problems) = query(q)
            if let plan { sets[name.lowered] = ResultSet(schema: plan.schema, rows: [], statement: "") }
            return problems
        case .kwic(let c):
            var q = Query(verb: .find, source: Name(text: "sentences", range: c.term.range), range: c.term.range)
            q.filter = c.filter
            return query(q).1
        case .set(let option, let value, let parameter, _):
            if option.lowered == "param", let parameter, let value {
                switch value.value {
                case .string(let t): params[parameter.text] = t
                case .number(let n): params[parameter.text] = String(n)
                case .parameter(let p): params[parameter.text] = params[p] ?? ""
                }
            }
            return []
        case .export(let inner, _, _), .assert(let inner, _, _, _), .explain(let inner, _):
            return precheck(inner, &sets, &params)
        case .print(let lit, _):
            if case .string(let t) = lit.value, case .failure(let unset) = Interpolation.apply(t, params) {
                return [Diagnostic(.unsetParameter(unset.name), at: lit.range)]
            }
            return []
        default: return []
        }
    }

    /// The longest statement nq reads (a script's statements are counted one by one).
    public static let maxStatementBytes = 100_000
    /// The errors shown for one statement; the rest are counted.
    static let maxErrorsShown = 5

    func report(_ diagnostics: [Diagnostic], _ source: SourceText, whole: Bool = false) {
        let sorted = diagnostics.sorted(by: { $0.range.start < $1.range.start })
        for d in sorted.prefix(Self.maxErrorsShown) {
            errors.write(DiagnosticRenderer.render(d, in: source, color: settings.color))
        }
        if sorted.count > Self.maxErrorsShown {
            let more = sorted.count - Self.maxErrorsShown
            errors.write("… and \(more) more error\(more == 1 ? "" : "s") in this \(whole ? "script" : "statement")\n")
        }
    }

    func run(_ statement: Statement, _ source: SourceText) throws {
        if inPlace != nil, let what = needsMemory(statement) { try needCorpus(what, at: statement.range) }
        switch statement {
        case .query(let q) where inPlace != nil && q.verb == .find:
            // From a store in place, a find's rows are written as they are read (a table is drawn whole).
            let plan = try check(q)
            let keep = settings.format == .table && !plan.explicitColumns
                ? plan.columns.indices.filter { plan.schema.tableColumns.contains(plan.columns[$0].name) } : Array(plan.columns.indices)
            let columns = keep.map { ResultTable.Column(plan.columns[$0].name, plan.columns[$0].type) }
            if let store = inPlace, var renderer = StreamingRenderer(columns: columns, format: settings.format) {
                traceInStore(store, plan)
                var begun = false
                let streamed = try store.stream(plan, isCancelled: isCancelled) { chunk in
                    if !begun { output.write(renderer.begin()); begun = true }
                    output.write(renderer.add(keep.count == plan.columns.count ? chunk : chunk.map { r in keep.map { r[$0] } }))
                }
                if streamed {
                    if !begun { output.write(renderer.begin()) }
                    output.write(renderer.end())
                    return
                }
            }
            output.write(render(try evaluate(plan, at: q.range), plan: plan))
        case .query, .kwic:
            let (table, plan) = try table(statement, source)
            output.write(render(table, plan: plan))
        case .load(let paths, _): try load(paths)
        case .save(let path, _): try save(path)
        case .show(let source, let id, _): try show(source, id)
        case .bind(let name, let query, _): try bind(name, query, source)
        case .set(let option, let value, let parameter, _): try set(option, value, parameter)
        case .export(let inner, let path, _): try export(inner, to: path, source)
        case .run(let path, _): try runFile(path)
        case .assert(let inner, let op, let expected, let range): try check(inner, op, expected, range, source)
        case .explain(let inner, _): output.write(try explain(inner, source).visible())
        case .print(let lit, _): output.write(try text(lit).visible() + "\n")
        case .help(let topic, _): try help(topic)
        case .vars: output.write(vars())
        case .quit: wantsQuit = true
        }
    }

    /// The table a query or kwic statement gives.
    func table(_ statement: Statement, _ source: SourceText) throws -> (ResultTable, Plan?) {
        switch statement {
        case .query(let q):
            let plan = try check(q)
            return (try evaluate(plan, at: q.range), plan)
        case .kwic(let c):
            return (try c.collocates ? collocates(c) : kwic(c), nil)
        default:
            throw Failure(.givesNoRows, at: statement.range)
        }
    }

    /// A checked plan's result: from the store in place when it can answer it, else in memory (the
    /// store read into memory first when there is one).
    func evaluate(_ plan: Plan, at range: SourceRange) throws -> ResultTable {
        if let store = inPlace {
            traceInStore(store, plan)
            if let table = try store.run(plan, isCancelled: isCancelled) { return table }
            try needCorpus("\(plan.verb.rawValue) \(plan.schema.name)\(plan.rows != nil ? " of a let set" : "")", at: range)
        }
        return try evaluator().run(plan)
    }

    /// With `set trace on`, the query the store in place runs for a plan.
    func traceInStore(_ store: StoreInPlace, _ plan: Plan) {
        guard settings.trace, let sql = store.explain(plan) else { return }
        for line in sql { output.write("trace: in the store: \(line)\n".visible()) }
    }

    func check(_ q: Query) throws -> Plan {
        switch Checker.check(q, parameters: parameters, resultSets: resultSets) {
        case .success(let plan): return plan
        case .failure(let list): throw Failure(list.diagnostics)
        }
    }

    func evaluator() -> Evaluator {
        var e = Evaluator(corpus: corpus, isCancelled: isCancelled)
        if settings.trace { e.trace = { [output] step in output.write("trace: \(step)\n".visible()) } }
        return e
    }

    /// Renders a result; a table shows the source's usual columns unless `show` named some.
    func render(_ table: ResultTable, plan: Plan?, format: OutputFormat? = nil) -> String {
        let format = format ?? settings.format
        var table = table
        if format == .table, let plan, plan.verb == .find, !plan.explicitColumns {
            let keep = table.columns.indices.filter { plan.schema.tableColumns.contains(table.columns[$0].name) }
            table = ResultTable(columns: keep.map { table.columns[$0] }, rows: table.rows.map { r in keep.map { r[$0] } })
        }
        let options = RenderOptions(width: settings.width, rowLimit: settings.rows, color: settings.color)
        return Renderer.render(table, as: format, options: options)
    }

    /// The text of a literal, with parameters substituted.
    func text(_ lit: LiteralNode) throws -> String {
        switch lit.value {
        case .string(let s):
            switch Interpolation.apply(s, parameters) {
            case .success(let t): return t
            case .failure(let unset): throw Failure(.unsetParameter(unset.name), at: lit.range)
            }
        case .number(let n): return String(n)
        case .parameter(let name):
            if let v = parameters[name] { return v }
            throw Failure(.unsetParameter(name), at: lit.range)
        }
    }

    func number(_ lit: LiteralNode, _ what: String) throws -> Int {
        let t = try text(lit)
        guard let n = Int(t) else {
            throw Failure(.notAWholeNumber(what: what, text: t), at: lit.range)
        }
        return n
    }
}
