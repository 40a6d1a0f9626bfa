import Foundation

/// JSON lines (one object per line), or a `.json` file holding one object or an array of them. Keys are
/// matched like CSV columns (`ColumnMap`); a malformed line is reported and skipped.
public enum JSONLinesReader {
    public static func read(_ text: String, path: String, category: String? = nil) -> ReadResult {
        var result = ReadResult()
        var number = 0
        var lineNo = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            if TextBlocks.isBlank(line) { continue }
            number += 1
            let here = "\(path)#\(number)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else {
                result.problems.append(LoadProblem(path: here, reason: "line \(lineNo): not valid JSON"))
                continue
            }
            guard let dict = object as? [String: Any] else {
                result.problems.append(LoadProblem(path: here, reason: "line \(lineNo): not a JSON object"))
                continue
            }
            append(dict, path: here, line: lineNo, category: category, to: &result)
        }
        if number == 0 { result.problems.append(LoadProblem(path: path, reason: "empty file")) }
        return result
    }

    /// A whole-file JSON document: an object or an array of objects. Falls back to JSON lines.
    public static func readDocument(_ text: String, path: String, category: String? = nil) -> ReadResult {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
            return read(text, path: path, category: category)
        }
        var result = ReadResult()
        if let dict = object as? [String: Any] {
            append(dict, path: path, line: 1, category: category, to: &result)
        } else if let array = object as? [Any] {
            for (i, element) in array.enumerated() {
                let here = "\(path)#\(i + 1)"
                if let dict = element as? [String: Any] {
                    append(dict, path: here, line: nil, category: category, to: &result)
                } else {
                    result.problems.append(LoadProblem(path: here, reason: "element \(i + 1) is not a JSON object"))
                }
            }
        } else {
            result.problems.append(LoadProblem(path: path, reason: "JSON holds neither an object nor an array of objects"))
        }
        return result
    }

    static func append(_ dict: [String: Any], path: String, line: Int?, category: String?, to result: inout ReadResult) {
        let keys = Array(dict.keys)
        let map = ColumnMap(header: keys)
        let fields = keys.map { key -> String in
            switch dict[key] {
            case let s as String: return s
            case let n as NSNumber: return n.stringValue
            case let a as [Any]: return a.compactMap { $0 as? String }.joined(separator: "\n\n")
            default: return ""
            }
        }
        if let doc = map.document(from: fields, path: path, category: category) {
            result.documents.append(doc)
        } else {
            let at = line.map { "line \($0): " } ?? ""
            result.problems.append(LoadProblem(
                path: path, reason: "\(at)no title or text (keys such as \"title\" and \"text\")"))
        }
    }
}
