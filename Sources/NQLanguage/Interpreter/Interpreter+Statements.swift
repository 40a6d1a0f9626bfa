import NQSupport
import Foundation
import NQCorpus

extension Interpreter {
    // MARK: - load and save

    func load(_ paths: [LiteralNode]) throws {
        var specs: [String] = []
        for p in paths { specs.append(resolve(try text(p))) }
        if let store = inPlace {
            // Files added to the store in place: only they are analysed.
            let added: LoadReport?
            do {
                added = try store.append(specs, source: source, isCancelled: isCancelled)
            } catch let error as LoadFailure {
                errors.warn(error.problems)
                throw Failure(.loadFailed(error.message, fix: error.suggestion), at: paths[min(error.spec, paths.count - 1)].range)
            } catch {
                throw Failure(.loadFailed("cannot add to \(store.path): \(error)", fix: "nothing was added; check the store and the disk"), at: paths[0].range)
            }
            if let added {
                errors.warn(added.problems)
                errors.write("added \(added.articles) article\(added.articles == 1 ? "" : "s") to \(store.path.visible(newlines: false)); \(store.articleCount) in all\n")
                return
            }
            try needCorpus("loading a store into another", at: paths[0].range)
        }
        let report: LoadReport
        do {
            report = try source.load(specs, into: &corpus, progress: nil, isCancelled: isCancelled)
        } catch {
            errors.warn(error.problems)
            throw Failure(.loadFailed(error.message, fix: error.suggestion), at: paths[min(error.spec, paths.count - 1)].range)
        }
        errors.warn(report.problems)
        errors.write("loaded \(report.articles) article\(report.articles == 1 ? "" : "s"); \(corpus.articles.count) in all\n")
    }

    func save(_ path: LiteralNode) throws {
        let file = resolve(try text(path))
        if let store = inPlace {
            // A store in place is copied as it is, not read into memory.
            do {
                try store.save(to: file)
            } catch {
                throw Failure(.loadFailed(error.message, fix: error.suggestion), at: path.range)
            }
            errors.write("saved \(Sources.articles.counted(store.articleCount)) to \(Credentials.hidden(in: file).visible(newlines: false))\n")
            return
        }
        do {
            try source.save(corpus, to: file)
        } catch {
            throw Failure(.loadFailed(error.message, fix: error.suggestion), at: path.range)
        }
        errors.write("saved \(Sources.articles.counted(corpus.articles.count)) to \(Credentials.hidden(in: file).visible(newlines: false))\n")
    }

    // MARK: - show

    func show(_ sourceName: Name, _ idLiteral: LiteralNode) throws {
        guard let schema = Sources.named(sourceName.text) else {
            throw Failure(.cannotShow(sourceName.text, nearest: Suggestions.nearest(to: sourceName.text, in: Sources.all.map(\.singular))),
                          at: sourceName.range)
        }
        if let store = inPlace {
            let named: String?
            let number: Int?
            var wanted = ""
            if case .string(let w) = idLiteral.value, schema.fields.contains(where: { $0.type == .name && $0.name == "name" }) {
                (named, number, wanted) = (try text(idLiteral), nil, w)
            } else {
                (named, number) = (nil, try self.number(idLiteral, "the number"))
            }
            switch try store.show(schema, number: number, name: named) {
            case .fields(let fields)?:
                printRecord(fields)
                return
            case .noSuchNumber(let count)?:
                throw Failure(.noSuchRecord(singular: schema.singular, id: number ?? 0, plural: schema.name, count: count), at: idLiteral.range)
            case .noSuchName?:
                throw Failure(.noSuchName(singular: schema.singular, name: wanted), at: idLiteral.range)
            case .ambiguous(let candidates, let more)?:
                throw Failure(.ambiguousName(singular: schema.singular, name: wanted, candidates: candidates, more: more), at: idLiteral.range)
            case nil:
                try needCorpus("show", at: idLiteral.range)
            }
        }
        let count = schema.rowCount(corpus)
        let i: Int
        if case .string(let wanted) = idLiteral.value, let nameField = schema.fields.first(where: { $0.type == .name && $0.name == "name" }) {
            // show speaker "Sergei Lavrov": the record of that name (exactly, else written without or with
            // diacritics, else the one the name-aware = finds).
            let name = try text(idLiteral)
            let rows = 0..<count
            let key = NameFolding.key(name)
            if let exact = rows.first(where: { nameField.get(corpus, $0).text == name })
                ?? rows.first(where: { NameFolding.key(nameField.get(corpus, $0).text) == key }) {
                i = exact
            } else {
                let q = NameMatch.Query(name)
                let found = rows.filter { q.matches(nameField.get(corpus, $0).text) }
                guard let first = found.first else {
                    throw Failure(.noSuchName(singular: schema.singular, name: wanted), at: idLiteral.range)
                }
                guard found.count == 1 else {
                    throw Failure(.ambiguousName(singular: schema.singular, name: wanted,
                                                 candidates: found.prefix(5).map { nameField.get(corpus, $0).text }, more: max(0, found.count - 5)),
                                  at: idLiteral.range)
                }
                i = first
            }
        } else {
            // Every source's records are numbered: by id, or by their row (speakers, entities).
            let id = try number(idLiteral, "the number")
            guard id >= 1, id <= count else {
                throw Failure(.noSuchRecord(singular: schema.singular, id: id, plural: schema.name, count: count), at: idLiteral.range)
            }
            i = id - 1
        }
        var fields = schema.fields.map { ($0.name, $0.get(corpus, i)) }
        if let context = RecordContext.context(schema: schema, corpus: corpus, index: i) { fields.append(("context", .string(context))) }
        printRecord(fields)
    }

    /// A record's fields, one per line (a table or Markdown), or as a one-row table in the other formats.
    func printRecord(_ fields: [(String, Value)]) {
        switch settings.format {
        case .table, .markdown:
            let width = fields.map(\.0.count).max() ?? 0
            var out = ""
            for (name, value) in fields {
                let pad = String(repeating: " ", count: width - name.count)
                let text = value.text.visible()
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
            throw Failure(.nameIsASource(name.text), at: name.range)
        }
        let plan = try check(query)
        // The rows the find would print, in its order and limit (from the store in place when it can).
        if let store = inPlace {
            if let rows = try store.rows(plan, isCancelled: isCancelled) {
                resultSets[name.lowered] = ResultSet(schema: plan.schema, rows: rows, statement: source.slice(query.range))
                errors.write("\(name.text.visible()): \(plan.schema.counted(rows.count))\n")
                return
            }
            try needCorpus("let", at: name.range)
        }
        let e = evaluator()
        let ordered = e.orderedRows(plan, try e.filter(plan))
        resultSets[name.lowered] = ResultSet(schema: plan.schema, rows: ordered, statement: source.slice(query.range))
        errors.write("\(name.text.visible()): \(plan.schema.counted(ordered.count))\n")
    }

    func set(_ option: Name, _ value: LiteralNode?, _ parameter: Name?) throws {
        guard let value else {
            throw Failure(.setNeedsValue(option: option.text), at: option.range)
        }
        let text = try self.text(value)
        if let parameter {
            parameters[parameter.text] = text
            return
        }
        func fail(_ message: Message) -> Failure { Failure(message, at: value.range) }
        let onOff: Bool? = ["on", "true", "yes", "1"].contains(text.lowercased()) ? true
            : ["off", "false", "no", "0"].contains(text.lowercased()) ? false : nil
        switch option.lowered {
        case "format", "mode":
            guard let f = OutputFormat(rawValue: text.lowercased()) else {
                throw fail(.unknownFormat(text, formats: OutputFormat.allCases.map(\.rawValue)))
            }
            settings.format = f
        case "color", "colour":
            switch text.lowercased() {
            case "always": settings.color = true
            case "never": settings.color = false
            case "auto": settings.color = settings.autoColor
            default:
                guard let b = onOff else { throw fail(.colorChoice) }
                settings.color = b
            }
        case "timer":
            guard let b = onOff else { throw fail(.onOrOff(option: "timer")) }
            settings.timer = b
        case "trace":
            guard let b = onOff else { throw fail(.onOrOff(option: "trace")) }
            settings.trace = b
        case "rows":
            guard let n = Int(text), n >= 0 else { throw fail(.rowsNotANumber) }
            settings.rows = n == 0 ? nil : n
        case "width":
            guard let n = Int(text), n >= 20 else { throw fail(.widthTooSmall) }
            settings.width = n
            settings.widthFixed = true
        default:
            let s = Suggestions.nearest(to: option.text, in: Settings.options)
            throw Failure(.unknownOption(option.text, nearest: s, options: Settings.options), at: option.range)
        }
    }

    func vars() -> String {
        var out = ""
        if resultSets.isEmpty && parameters.isEmpty { return "no names yet: let NAME = find …, set param NAME \"VALUE\"\n" }
        for name in resultSets.keys.sorted() {
            let r = resultSets[name]!
            out += "\(name) = \(r.statement)  (\(r.schema.counted(r.rows.count)))\n".visible()
        }
        for name in parameters.keys.sorted() { out += "$\(name) = \"\(parameters[name]!)\"\n".visible() }
        return out
    }

    // MARK: - export, run, assert

    func export(_ inner: Statement, to pathLiteral: LiteralNode, _ source: SourceText) throws {
        let path = resolve(try text(pathLiteral))
        let (table, plan) = try self.table(inner, source)
        let text: String
        if path.lowercased().hasSuffix(".svg") {
            guard ChartRenderer.chartable(table) else { throw Failure(.notAChart, at: inner.range) }
            text = ChartRenderer.svg(table, title: source.slice(inner.range))
        } else {
            guard let format = OutputFormat.forFile(path) else {
                throw Failure(.unknownExportFormat(path: path), at: pathLiteral.range)
            }
            let saved = settings.rows
            settings.rows = nil
            defer { settings.rows = saved }
            var plain = settings
            plain.color = false
            plain.width = 1_000_000  // a file is never cut to the terminal's width
            text = withSettings(plain) { render(table, plan: plan, format: format) }
        }
        do {
            try FileWriting.write(text, to: path)
        } catch {
            throw Failure(.cannotWrite(path: path, reason: error.reason), at: pathLiteral.range)
        }
        errors.write("exported \(table.rows.count) row\(table.rows.count == 1 ? "" : "s") to \(path.visible(newlines: false))\n")
    }

    func withSettings<T>(_ s: Settings, _ body: () -> T) -> T {
        let saved = settings
        settings = s
        defer { settings = saved }
        return body()
    }

    func runFile(_ pathLiteral: LiteralNode) throws {
        let path = resolve(try text(pathLiteral))
        guard running.count < 16, !running.contains(path) else {
            throw Failure(.alreadyRunning(path: path), at: pathLiteral.range)
        }
        guard let script = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure(.cannotReadScript(path: path), at: pathLiteral.range)
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
        case .equal, .exact: holds = actual == expected
        case .notEqual: holds = actual != expected
        case .less: holds = actual < expected
        case .lessOrEqual: holds = actual <= expected
        case .greater: holds = actual > expected
        case .greaterOrEqual: holds = actual >= expected
        }
        if !holds {
            throw Failure(.assertionFailed(actual: actual, op: op.rawValue, expected: expected), at: range)
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
            throw Failure(.noHelp(topic.text, nearest: s), at: topic.range)
        }
        output.write(text)
    }
}

