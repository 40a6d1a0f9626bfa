import Foundation
import NQCorpus

extension Interpreter {
    // MARK: - load and save

    func load(_ paths: [LiteralNode]) throws {
        var specs: [String] = []
        for p in paths { specs.append(try text(p)) }
        let report: LoadReport
        do {
            report = try source.load(specs, into: &corpus, progress: nil)
        } catch {
            warn(error.problems)
            throw Failure(.runtime, error.message, at: paths[min(error.spec, paths.count - 1)].range, suggestion: error.suggestion)
        }
        warn(report.problems)
        errors.write("loaded \(report.articles) article\(report.articles == 1 ? "" : "s"); \(corpus.articles.count) in all\n")
    }

    func warn(_ problems: [LoadProblem]) {
        for problem in problems { errors.write("warning: \(problem.path): \(problem.reason) (skipped)\n") }
    }

    func save(_ path: LiteralNode) throws {
        let file = try text(path)
        do {
            try source.save(corpus, to: file)
        } catch {
            throw Failure(.runtime, error.message, at: path.range, suggestion: error.suggestion)
        }
        errors.write("saved \(corpus.articles.count) articles to \(file)\n")
    }

    // MARK: - show

    func show(_ sourceName: Name, _ idLiteral: LiteralNode) throws {
        guard let schema = Sources.named(sourceName.text) else {
            let s = Suggestions.nearest(to: sourceName.text, in: Sources.all.map(\.singular))
            throw Failure(.unknownSource, "cannot show \"\(sourceName.text)\"", at: sourceName.range,
                          suggestion: s.map { "did you mean \"\($0)\"?" } ?? "show article N, show quote N, show paragraph N, …")
        }
        let id = try number(idLiteral, "the number")
        let count = schema.rowCount(corpus)
        guard schema.field("id") != nil || schema.name == "entities" || schema.name == "speakers" else {
            throw Failure(.unknownSource, "\(schema.name) have no numbers to show", at: sourceName.range)
        }
        guard id >= 1, id <= count else {
            throw Failure(.invalidValue, "there is no \(schema.singular) \(id)", at: idLiteral.range,
                          suggestion: count == 0 ? "the corpus has no \(schema.name)" : "\(schema.name) are numbered 1 to \(count)")
        }
        let i = id - 1
        var fields = schema.fields.map { ($0.name, $0.get(corpus, i)) }
        if let context = RecordContext.context(schema: schema, corpus: corpus, index: i) { fields.append(("context", .string(context))) }
        switch settings.format {
        case .table, .markdown:
            let width = fields.map(\.0.count).max() ?? 0
            var out = ""
            for (name, value) in fields {
                let pad = String(repeating: " ", count: width - name.count)
                let text = value.text
                if text.contains("\n") {
                    out += "\(name):\(pad)\n" + text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n") + "\n"
                } else {
                    out += "\(name):\(pad) \(text)\n"
                }
            }
            output.write(out)
        default:
            let table = ResultTable(columns: fields.map { .init($0.0, .text) }, rows: [fields.map(\.1)])
            output.write(render(table, plan: nil))
        }
    }

    // MARK: - let, set, vars

    func bind(_ name: Name, _ query: Query, _ source: SourceText) throws {
        if Sources.named(name.text) != nil {
            throw Failure(.invalidValue, "\"\(name.text)\" is the name of a source", at: name.range, suggestion: "choose another name")
        }
        let plan = try check(query)
        let e = evaluator()
        // The rows the find would print, in its order and limit.
        let ordered = e.orderedRows(plan, try e.filter(plan))
        resultSets[name.lowered] = ResultSet(schema: plan.schema, rows: ordered, statement: source.slice(query.range))
        errors.write("\(name.text): \(ordered.count) \(plan.schema.name)\n")
    }

    func set(_ option: Name, _ value: LiteralNode?, _ parameter: Name?) throws {
        guard let value else {
            throw Failure(.invalidValue, "set \(option.text) needs a value", at: option.range, suggestion: "for example: set format json")
        }
        let text = try self.text(value)
        if let parameter {
            parameters[parameter.text] = text
            return
        }
        func fail(_ message: String, _ suggestion: String) -> Failure { Failure(.invalidValue, message, at: value.range, suggestion: suggestion) }
        let onOff: Bool? = ["on", "true", "yes", "1"].contains(text.lowercased()) ? true
            : ["off", "false", "no", "0"].contains(text.lowercased()) ? false : nil
        switch option.lowered {
        case "format", "mode":
            guard let f = OutputFormat(rawValue: text.lowercased()) else {
                throw fail("unknown format \"\(text)\"", "formats are \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            settings.format = f
        case "color", "colour":
            guard let b = onOff else { throw fail("color is on or off", "set color off") }
            settings.color = b
        case "timer":
            guard let b = onOff else { throw fail("timer is on or off", "set timer on") }
            settings.timer = b
        case "trace":
            guard let b = onOff else { throw fail("trace is on or off", "set trace on") }
            settings.trace = b
        case "rows":
            guard let n = Int(text), n >= 0 else { throw fail("rows is a whole number (0 for all)", "set rows 20") }
            settings.rows = n == 0 ? nil : n
        case "width":
            guard let n = Int(text), n >= 20 else { throw fail("width is a number of columns, 20 or more", "set width 100") }
            settings.width = n
        default:
            let s = Suggestions.nearest(to: option.text, in: Settings.options)
            throw Failure(.unknownOption, "unknown option \"\(option.text)\"", at: option.range,
                          suggestion: s.map { "did you mean \"\($0)\"?" } ?? "options are \(Settings.options.joined(separator: ", "))")
        }
    }

    func vars() -> String {
        var out = ""
        if resultSets.isEmpty && parameters.isEmpty { return "no names yet: let NAME = find …, set param NAME \"VALUE\"\n" }
        for name in resultSets.keys.sorted() {
            let r = resultSets[name]!
            out += "\(name) = \(r.statement)  (\(r.rows.count) \(r.schema.name))\n"
        }
        for name in parameters.keys.sorted() { out += "$\(name) = \"\(parameters[name]!)\"\n" }
        return out
    }

    // MARK: - export, run, assert

    func export(_ inner: Statement, to pathLiteral: LiteralNode, _ source: SourceText) throws {
        let path = try text(pathLiteral)
        let (table, plan) = try self.table(inner, source)
        let text: String
        if path.lowercased().hasSuffix(".svg") {
            text = ChartRenderer.svg(table, title: source.slice(inner.range))
        } else {
            guard let format = OutputFormat.forFile(path) else {
                throw Failure(.invalidValue, "cannot tell the format of \"\(path)\" from its extension", at: pathLiteral.range,
                              suggestion: "end the name with .csv, .tsv, .json, .jsonl, .md, .txt or .svg")
            }
            let saved = settings.rows
            settings.rows = nil
            defer { settings.rows = saved }
            var plain = settings
            plain.color = false
            text = withSettings(plain) { render(table, plan: plan, format: format) }
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw Failure(.runtime, "cannot write \(path): \(error.localizedDescription)", at: pathLiteral.range,
                          suggestion: "check that the folder exists and is writable")
        }
        errors.write("exported \(table.rows.count) row\(table.rows.count == 1 ? "" : "s") to \(path)\n")
    }

    func withSettings<T>(_ s: Settings, _ body: () -> T) -> T {
        let saved = settings
        settings = s
        defer { settings = saved }
        return body()
    }

    func runFile(_ pathLiteral: LiteralNode) throws {
        let path = try text(pathLiteral)
        guard running.count < 16, !running.contains(path) else {
            throw Failure(.runtime, "\(path) is already running", at: pathLiteral.range, suggestion: "a script cannot run itself")
        }
        guard let script = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure(.runtime, "cannot read \(path)", at: pathLiteral.range, suggestion: "check the path (relative to where nq was started)")
        }
        running.append(path)
        defer { running.removeLast() }
        guard runScript(script, origin: .file(path)) else {
            throw Failure([])  // the script reported its own error
        }
    }

    func check(_ inner: Statement, _ op: ComparisonOperator, _ expectedLiteral: LiteralNode, _ range: SourceRange,
               _ source: SourceText) throws {
        let expected = try number(expectedLiteral, "the expected count")
        let (table, _) = try self.table(inner, source)
        let actual = table.assertedNumber
        let holds: Bool
        switch op {
        case .equal: holds = actual == expected
        case .notEqual: holds = actual != expected
        case .less: holds = actual < expected
        case .lessOrEqual: holds = actual <= expected
        case .greater: holds = actual > expected
        case .greaterOrEqual: holds = actual >= expected
        }
        if !holds {
            throw Failure(.assertionFailed, "assertion failed: the count is \(actual), not \(op.rawValue) \(expected)",
                          at: range, suggestion: nil)
        }
    }

    // MARK: - help

    func help(_ topic: Name?) throws {
        guard let topic else {
            output.write(Help.overview())
            return
        }
        guard let text = Help.topic(topic.text) else {
            let s = Suggestions.nearest(to: topic.text, in: Help.entries.map(\.topic) + Sources.names)
            throw Failure(.invalidValue, "no help on \"\(topic.text)\"", at: topic.range,
                          suggestion: s.map { "did you mean \"\($0)\"?" } ?? "type help for the list")
        }
        output.write(text)
    }
}

