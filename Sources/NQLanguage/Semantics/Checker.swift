import Foundation
import NQCorpus

/// Resolves a parsed query against the sources and fields it names, checks value types, substitutes
/// parameters, and compiles the plan. Every unknown name is reported with its range and the nearest
/// known name, before anything runs.
public struct Checker {
    public var parameters: [String: String]
    public var resultSets: [String: ResultSet]
    var diagnostics: [Diagnostic] = []

    public init(parameters: [String: String] = [:], resultSets: [String: ResultSet] = [:]) {
        self.parameters = parameters
        self.resultSets = resultSets
    }

    public static func check(_ query: Query, parameters: [String: String] = [:],
                             resultSets: [String: ResultSet] = [:]) -> Result<Plan, DiagnosticList> {
        var checker = Checker(parameters: parameters, resultSets: resultSets)
        let plan = checker.plan(query)
        if let plan, checker.diagnostics.isEmpty { return .success(plan) }
        return .failure(DiagnosticList(checker.diagnostics))
    }

    mutating func plan(_ q: Query) -> Plan? {
        let bound = resultSets[q.source.lowered]
        if bound == nil, Sources.named(q.source.text)?.needsLanguageCore == true, TokenTable.annotator == nil {
            diagnostics.append(Diagnostic(.tokensUnavailable, at: q.source.range))
            return nil
        }
        guard let schema = bound?.schema ?? Sources.named(q.source.text) else {
            let s = Suggestions.nearest(to: q.source.text, in: Sources.names + resultSets.keys.sorted())
            diagnostics.append(Diagnostic(.unknownSource(q.source.text, nearest: s, sources: Sources.names), at: q.source.range))
            return nil
        }
        var predicate = q.filter.flatMap { condition($0, schema) }
        if let arg = q.sourceArgument {
            // `mentions NATO` is short for `mentions where entity = "NATO"`.
            if let name = schema.argumentField, let f = schema.field(name) {
                if let v = value(arg, for: .name, field: name) {
                    let byName = Predicate.compare(f, .equal, v)
                    predicate = predicate.map { .and(byName, $0) } ?? byName
                }
            } else {
                diagnostics.append(Diagnostic(.takesNoArgument(source: schema.name, verb: q.verb.rawValue), at: arg.range))
            }
        }
        let groupBy = q.groupBy.compactMap { groupKey($0, schema) }
        let isTimeline = q.groupBy.contains { DateBucket(rawValue: $0.lowered) != nil && schema.field($0.text) == nil }
        if groupBy.count > 2, let third = q.groupBy.dropFirst(2).first {
            diagnostics.append(Diagnostic(.tooManyGroupKeys, at: third.range))
        }
        var orderBy: [(target: Plan.OrderTarget, descending: Bool)] = []
        for key in q.orderBy {
            if q.verb == .count, key.field.lowered == "count" {
                orderBy.append((.count, key.descending))
            } else if q.verb == .count, !q.groupBy.isEmpty {
                guard let f = field(key.field, schema) else { continue }
                guard groupBy.contains(where: { $0.name == f.name }) else {
                    diagnostics.append(Diagnostic(.groupedOrder(keys: groupBy.map(\.name)), at: key.field.range))
                    continue
                }
                orderBy.append((.field(f), key.descending))
            } else if let f = field(key.field, schema) {
                orderBy.append((.field(f), key.descending))
            }
        }
        var limit: Int? = nil
        if let l = q.limit, let v = value(l, for: .number, field: "limit") {
            if case .int(let n) = v, n >= 0 { limit = n } else {
                diagnostics.append(Diagnostic(.negativeCount(what: "limit"), at: l.range))
            }
        }
        var offset = 0
        if let o = q.offset, let v = value(o, for: .number, field: "offset") {
            if case .int(let n) = v, n >= 0 { offset = n } else {
                diagnostics.append(Diagnostic(.negativeCount(what: "offset"), at: o.range))
            }
        }
        let shown = q.show.compactMap { field($0, schema) }
        var plan = Plan(verb: q.verb, schema: schema, predicate: predicate, groupBy: groupBy, orderBy: orderBy, limit: limit,
                        columns: shown.isEmpty ? schema.outputFields : shown, explicitColumns: !shown.isEmpty)
        plan.offset = offset
        plan.rows = bound?.rows
        plan.resultSetName = bound == nil ? nil : q.source.lowered
        plan.isTimeline = isTimeline
        return plan
    }

    /// A field to group by, or a date bucket (`day`, `week`, `month`, `year`) of the record's article.
    mutating func groupKey(_ name: Name, _ schema: SourceSchema) -> FieldSpec? {
        if schema.field(name.text) == nil, let bucket = DateBucket(rawValue: name.lowered) {
            guard let articleOf = schema.articleOf else {
                diagnostics.append(Diagnostic(.noDateToGroupBy(source: schema.name, bucket: bucket.rawValue), at: name.range))
                return nil
            }
            var f = FieldSpec(bucket.rawValue, .text) { c, i in
                guard let date = c.article(articleOf(c, i)).date else { return .null }
                return bucket.key(date).map(Value.string) ?? .null
            }
            f.stored = .dateBucket(bucket)
            return f
        }
        return field(name, schema)
    }

    mutating func field(_ name: Name, _ schema: SourceSchema) -> FieldSpec? {
        if let f = schema.field(name.text) { return f }
        let s = Suggestions.nearest(to: name.text, in: schema.fields.map(\.name))
        diagnostics.append(Diagnostic(.unknownField(name.text, source: schema.name, nearest: s, fields: schema.fields.map(\.name)), at: name.range))
        return nil
    }

    mutating func condition(_ c: Condition, _ schema: SourceSchema) -> Predicate? {
        switch c {
        case .compare(let name, let op, let lit):
            guard let f = field(name, schema), let v = value(lit, for: f.type, field: f.name) else { return nil }
            return .compare(f, op, v)
        case .contains(let name, let lit):
            guard let f = field(name, schema), let v = value(lit, for: .text, field: f.name) else { return nil }
            return .contains(f, v.text.lowercased())
        case .matches(let name, let pattern, let flags, let range):
            guard let f = field(name, schema) else { return nil }
            if let bad = flags.first(where: { !"ims".contains($0) }) {
                diagnostics.append(Diagnostic(.unknownRegexFlag(String(bad)), at: range))
                return nil
            }
            do {
                return .matches(f, try LinearRegex(pattern, flags: flags))
            } catch let e as LinearRegex.SyntaxError {
                // The caret under the construct (after the opening /), when the pattern was written as is.
                let offset = String(String.UnicodeScalarView(pattern.unicodeScalars.prefix(e.position))).utf8.count
                let at = range.start + 1 + offset
                let place = at < range.end - 1 ? SourceRange(at, at + 1) : range
                diagnostics.append(Diagnostic(.invalidRegex(pattern: pattern, reason: e.message), at: place))
                return nil
            } catch {
                return nil
            }
        case .isIn(let name, let lits):
            guard let f = field(name, schema) else { return nil }
            let values = lits.compactMap { value($0, for: f.type, field: f.name) }
            return values.count == lits.count ? .isIn(f, values) : nil
        case .isNull(let name, let negated, _):
            guard let f = field(name, schema) else { return nil }
            return .isNull(f, negated: negated)
        case .inSet(let name, let setName):
            guard let f = field(name, schema) else { return nil }
            guard let set = resultSets[setName.lowered] else {
                diagnostics.append(Diagnostic(.unknownSet(setName.text, nearest: Suggestions.nearest(to: setName.text, in: resultSets.keys.sorted())),
                                              at: setName.range))
                return nil
            }
            guard let keys = setKeys(f, schema, set) else {
                let fix: String
                switch f.type {
                case .name: fix = "compare a name with a set of speakers, entities, quotes or mentions"
                default: fix = "use article_id in a set of articles (or of records in them), or id in a set of \(schema.name)"
                }
                diagnostics.append(Diagnostic(.setDoesNotFit(field: f.name, set: setName.text, source: set.schema.name, fix: fix),
                                              at: name.range.to(setName.range)))
                return nil
            }
            return .inSet(f, name: setName.lowered, keys: keys)
        case .scopeMentions(let scopeName, let lit):
            guard let v = value(lit, for: .name, field: "mentions") else { return nil }
            let scope: MentionScope
            var part: (@Sendable (Corpus, Int) -> Int)? = nil
            switch scopeName.lowered {
            case "article":
                scope = .article
                if schema.articleOf != nil { part = { @Sendable _, _ in 0 } }
            case "section": (scope, part) = (.section, schema.sectionOf)
            case "paragraph": (scope, part) = (.paragraph, schema.paragraphOf)
            default: (scope, part) = (.sentence, schema.sentenceOf)
            }
            guard let articleOf = schema.articleOf, let part else {
                diagnostics.append(Diagnostic(.noPlaceToMention(scope: scopeName.lowered, source: schema.name), at: scopeName.range))
                return nil
            }
            return .placeMentions(v.text, scope, place: { c, i in (articleOf(c, i), part(c, i)) })
        case .mentions(let lit):
            guard let scope = schema.mentionScope else {
                diagnostics.append(Diagnostic(.mentionsNotACondition(source: schema.name), at: lit.range))
                return nil
            }
            guard let v = value(lit, for: .name, field: "mentions") else { return nil }
            return .mentions(v.text, scope)
        case .and(let a, let b):
            let (x, y) = (condition(a, schema), condition(b, schema))
            guard let x, let y else { return nil }
            return .and(x, y)
        case .or(let a, let b):
            let (x, y) = (condition(a, schema), condition(b, schema))
            guard let x, let y else { return nil }
            return .or(x, y)
        case .not(let a):
            return condition(a, schema).map { .not($0) }
        }
    }

    /// What `FIELD in SET` compares the field with: the set's ids (`id`, a set of the same source),
    /// the articles its records belong to (`article_id`), or its names (a name field).
    func setKeys(_ f: FieldSpec, _ schema: SourceSchema, _ set: ResultSet) -> SetKeys? {
        let s = set.schema
        if f.name == "id", s.name == schema.name, let id = s.field("id") {
            return SetKeys(rows: set.rows, key: id.get, source: s, field: "id")
        }
        if f.name == "article_id", let articleOf = s.articleOf {
            return SetKeys(rows: set.rows, key: { c, i in .int(articleOf(c, i)) }, source: s, field: s.stored?.positions[.article])
        }
        if f.type == .name, let n = s.fields.first(where: { $0.type == .name }) {
            return SetKeys(rows: set.rows, key: n.get, source: s, field: n.name)
        }
        return nil
    }

    /// The literal's value, typed for a field; parameters are substituted here.
    mutating func value(_ lit: LiteralNode, for type: FieldType, field: String) -> Value? {
        var raw = lit.value
        if case .string(let s) = raw {
            switch Interpolation.apply(s, parameters) {
            case .success(let t): raw = .string(t)
            case .failure(let unset):
                diagnostics.append(Diagnostic(.unsetParameter(unset.name), at: lit.range))
                return nil
            }
        }
        if case .parameter(let name) = raw {
            guard let v = parameters[name] ?? parameters[name.lowercased()] else {
                diagnostics.append(Diagnostic(.unsetParameter(name), at: lit.range))
                return nil
            }
            raw = Int(v).map(Literal.number) ?? .string(v)
            if type != .number { raw = .string(v) }
        }
        switch (raw, type) {
        case (.number(let n), .number): return .int(n)
        case (.number(let n), .text), (.number(let n), .name): return .string(String(n))
        case (.string(let s), .text), (.string(let s), .name): return .string(s)
        case (.string(let s), .number):
            if let n = Int(s) { return .int(n) }
            diagnostics.append(Diagnostic(.numberNotText(field: field), at: lit.range))
            return nil
        case (.parameter, _): return nil
        }
    }
}

/// Several diagnostics, as one error.
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
