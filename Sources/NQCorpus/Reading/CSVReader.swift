/// CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) read on UTF-8 bytes. The
/// header row names the columns, matched case-insensitively (see `ColumnMap`); each row is an article
/// whose path is `FILE#N`. A malformed row is reported and skipped; the rest loads.
public enum CSVReader {
    public struct Row {
        public var fields: [String]
        /// The 1-based line the row starts on.
        public var line: Int
    }

    public enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
    }

    /// Parses all rows; a quoted field left open at the end of the input fails with the line it opened on
    /// (the rows before it are returned in `rows`).
    public static func parseRows(_ text: String, separator: UInt8 = 0x2C) -> (rows: [Row], failure: Failure?) {
        var text = text
        let original = text
        return text.withUTF8 { b in
            var rows: [Row] = []
            var fields: [String] = []
            var line = 1
            var rowLine = 1
            var i = 0
            var inQuotes = false
            var quoteLine = 0
            var fieldStarted = false
            // A field's bytes: where they lie in the text. Most fields are one run of it (then the field
            // is a slice of the valid text, with no copy and no second validation); a doubled quote or
            // text after a closing quote makes more runs, joined as slices (still no validation: a
            // run ends only at a quotation mark, so every run is whole characters).
            var run: Range<Int>? = nil
            var runs: [Range<Int>] = []
            func take(_ r: Range<Int>) {
                if let s = run {
                    if s.upperBound == r.lowerBound { run = s.lowerBound..<r.upperBound; return }
                    runs.append(s)
                }
                run = r
            }
            func endField() {
                if runs.isEmpty {
                    fields.append(run.map { TextBlocks.slice(original, $0) } ?? "")
                } else {
                    if let r = run { runs.append(r) }
                    var joined = ""
                    joined.reserveCapacity(runs.reduce(0) { $0 + $1.count })
                    for r in runs { joined += TextBlocks.substring(original, r) }
                    fields.append(joined)
                    runs.removeAll(keepingCapacity: true)
                }
                run = nil
                fieldStarted = false
            }
            func endRow() {
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(fields: fields, line: rowLine)) }
                fields.removeAll(keepingCapacity: true)
            }
            while i < b.count {
                let c = b[i]
                if inQuotes {
                    if c == 0x22 {
                        if i + 1 < b.count, b[i + 1] == 0x22 {
                            take(i..<(i + 1))
                            i += 1
                        } else {
                            inQuotes = false
                        }
                    } else {
                        // The run up to the next quotation mark, at once (memchr), counting its lines.
                        let q = b.firstIndex(of: 0x22, from: i) ?? b.count
                        line += TextBlocks.lineFeeds(UnsafeBufferPointer(rebasing: b[i..<q]))
                        take(i..<q)
                        i = q
                        continue
                    }
                } else if c == 0x22, !fieldStarted {
                    inQuotes = true
                    fieldStarted = true
                    quoteLine = line
                } else if c == separator {
                    endField()
                } else if c == 0x0A {
                    endRow()
                    line += 1
                    rowLine = line
                } else {
                    take(i..<(i + 1))
                    fieldStarted = true
                }
                i += 1
            }
            if inQuotes { return (rows, .unterminatedQuote(line: quoteLine)) }
            if run != nil || !fields.isEmpty { endRow() }
            return (rows, nil)
        }
    }

    public static func read(_ text: String, path: String, category: String? = nil, separator: UInt8 = 0x2C) -> ReadResult {
        let (rows, failure) = parseRows(text, separator: separator)
        var result = ReadResult()
        guard let header = rows.first else {
            result.problems.append(LoadProblem(path: path, reason: "empty file"))
            return result
        }
        let columns = ColumnMap(header: header.fields)
        guard columns.text != nil || columns.title != nil else {
            result.problems.append(LoadProblem(
                path: path,
                reason: "no text column (the header should name one of: \(ColumnMap.textNames.joined(separator: ", ")))"))
            return result
        }
        for (n, row) in rows.dropFirst().enumerated() {
            let number = n + 1
            guard row.fields.count == header.fields.count else {
                result.problems.append(LoadProblem(
                    path: "\(path)#\(number)",
                    reason: "line \(row.line): \(row.fields.count) fields where the header has \(header.fields.count)"))
                continue
            }
            if let doc = columns.document(from: row.fields, path: "\(path)#\(number)", category: category) {
                result.documents.append(doc)
            } else {
                result.problems.append(LoadProblem(path: "\(path)#\(number)", reason: "line \(row.line): no title or text"))
            }
        }
        if case .unterminatedQuote(let line)? = failure {
            result.problems.append(LoadProblem(
                path: path, reason: "line \(line): a quoted field is never closed, so the rest of the file"))
        }
        return result
    }
}
