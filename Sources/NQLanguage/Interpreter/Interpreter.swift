import Foundation
import NQCorpus

/// Runs statements: parse → check → evaluate → render, writing results to `output` and diagnostics to
/// `errors`. Knows nothing of terminals: the shell gives it sinks and settings.
public final class Interpreter: @unchecked Sendable {
    public private(set) var corpus: Corpus
    public var settings: Settings
    public var parameters: [String: String]
    public let output: OutputSink
    public let errors: OutputSink
    /// Polled by long statements; the shell sets it from Ctrl-C.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Set by `quit`.
    public private(set) var wantsQuit = false

    public init(corpus: Corpus, settings: Settings = Settings(), parameters: [String: String] = [:],
                output: OutputSink, errors: OutputSink) {
        self.corpus = corpus
        self.settings = settings
        self.parameters = parameters
        self.output = output
        self.errors = errors
    }

    public func replaceCorpus(_ corpus: Corpus) { self.corpus = corpus }

    /// Runs every statement of `source`. Returns false when a statement failed: syntax errors (all of
    /// them are reported, and nothing of the source runs) or the first statement that failed to run.
    @discardableResult
    public func execute(_ source: SourceText) -> Bool {
        let (statements, diagnostics) = Parser.parse(source)
        if !diagnostics.isEmpty {
            report(diagnostics, source)
            return false
        }
        for statement in statements {
            if wantsQuit { break }
            guard run(statement, source) else { return false }
        }
        return true
    }

    func report(_ diagnostics: [Diagnostic], _ source: SourceText) {
        for d in diagnostics.sorted(by: { $0.range.start < $1.range.start }) {
            errors.write(DiagnosticRenderer.render(d, in: source, color: settings.color))
        }
    }

    func run(_ statement: Statement, _ source: SourceText) -> Bool {
        let started = DispatchTime.now()
        defer {
            if settings.timer {
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
                errors.write(String(format: "time: %.3f ms\n", ms))
            }
        }
        switch statement {
        case .query(let q):
            switch Checker.check(q, parameters: parameters) {
            case .failure(let list):
                report(list.diagnostics, source)
                return false
            case .success(let plan):
                do {
                    let table = try Evaluator(corpus: corpus, isCancelled: isCancelled).run(plan)
                    output.write(render(table, plan: plan))
                    return true
                } catch {
                    errors.write("interrupted: the statement was cancelled\n")
                    return false
                }
            }
        case .set(let option, let value, _):
            return set(option, value, source)
        case .print(let lit, _):
            switch resolve(lit) {
            case .success(let s): output.write(s + "\n"); return true
            case .failure(let d): report([d], source); return false
            }
        case .help(let topic, _):
            if let topic {
                guard let text = Help.topic(topic.text) else {
                    let s = Suggestions.nearest(to: topic.text, in: Help.entries.map(\.topic) + Sources.names)
                    report([Diagnostic(.invalidValue, "no help on \"\(topic.text)\"", at: topic.range,
                                       suggestion: s.map { "did you mean \"\($0)\"?" } ?? "type help for the list")], source)
                    return false
                }
                output.write(text)
            } else {
                output.write(Help.overview())
            }
            return true
        case .quit:
            wantsQuit = true
            return true
        }
    }

    /// Renders a result; a table shows the source's usual columns unless `show` named some.
    func render(_ table: ResultTable, plan: Plan) -> String {
        var table = table
        if settings.format == .table, plan.verb == .find, !plan.explicitColumns {
            let keep = table.columns.indices.filter { plan.schema.tableColumns.contains(table.columns[$0].name) }
            table = ResultTable(columns: keep.map { table.columns[$0] }, rows: table.rows.map { r in keep.map { r[$0] } })
        }
        let options = RenderOptions(width: settings.width, rowLimit: settings.rows, color: settings.color)
        return Renderer.render(table, as: settings.format, options: options)
    }

    func resolve(_ lit: LiteralNode) -> Result<String, Diagnostic> {
        switch lit.value {
        case .string(let s): return .success(s)
        case .number(let n): return .success(String(n))
        case .parameter(let name):
            if let v = parameters[name] { return .success(v) }
            return .failure(Diagnostic(.unknownParameter, "parameter $\(name) is not set", at: lit.range,
                                       suggestion: "give it with --param \(name)=VALUE"))
        }
    }

    func set(_ option: Name, _ value: LiteralNode?, _ source: SourceText) -> Bool {
        func fail(_ message: String, _ suggestion: String?, _ range: SourceRange) -> Bool {
            report([Diagnostic(.invalidValue, message, at: range, suggestion: suggestion)], source)
            return false
        }
        guard let value else {
            return fail("set \(option.text) needs a value", "for example: set format json", option.range)
        }
        let text: String
        switch resolve(value) {
        case .success(let s): text = s
        case .failure(let d): report([d], source); return false
        }
        let onOff: Bool? = ["on", "true", "yes", "1"].contains(text.lowercased()) ? true
            : ["off", "false", "no", "0"].contains(text.lowercased()) ? false : nil
        switch option.lowered {
        case "format", "mode":
            guard let f = OutputFormat(rawValue: text.lowercased()) else {
                return fail("unknown format \"\(text)\"", "formats are \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))", value.range)
            }
            settings.format = f
        case "color", "colour":
            guard let b = onOff else { return fail("color is on or off", "set color off", value.range) }
            settings.color = b
        case "timer":
            guard let b = onOff else { return fail("timer is on or off", "set timer on", value.range) }
            settings.timer = b
        case "rows":
            guard let n = Int(text), n >= 0 else { return fail("rows is a whole number (0 for all)", "set rows 20", value.range) }
            settings.rows = n == 0 ? nil : n
        case "width":
            guard let n = Int(text), n >= 20 else { return fail("width is a number of columns, 20 or more", "set width 100", value.range) }
            settings.width = n
        default:
            let s = Suggestions.nearest(to: option.text, in: Settings.options)
            return fail("unknown option \"\(option.text)\"",
                        s.map { "did you mean \"\($0)\"?" } ?? "options are \(Settings.options.joined(separator: ", "))", option.range)
        }
        return true
    }
}
