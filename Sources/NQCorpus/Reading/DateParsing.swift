/// Dates as news data writes them, made ISO (`YYYY-MM-DD`): "2019-01-04", "2019-01-04T10:00:00Z",
/// "January 4, 2019", "Friday, January 4, 2019", "4 January 2019", "Jan. 4, 2019".
public enum DateParsing {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The ISO form of `text` when it is a date, else `text` unchanged.
    public static func normalize(_ text: String) -> String {
        iso(text) ?? text
    }

    /// The ISO date when the whole of `text` is a date (optionally with a weekday and a time), else nil.
    public static func iso(_ text: String) -> String? {
        // A date is short and holds a digit: most blocks are rejected without any work.
        guard text.utf8.count <= 48, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let t = TextBlocks.trim(text)
        if let date = isoFast(t) { return date }
        let u = Array(t.utf8)
        // 2019-01-04 with anything after it (a time).
        if u.count >= 10, u[4] == 0x2D, u[7] == 0x2D,
           let y = Int(String(decoding: u[0..<4], as: UTF8.self)),
           let m = Int(String(decoding: u[5..<7], as: UTF8.self)),
           let d = Int(String(decoding: u[8..<10], as: UTF8.self)),
           (1...12).contains(m), (1...31).contains(d),
           u.count == 10 || u[10] == 0x54 || u[10] == 0x20 {
            return format(y, m, d)
        }
        // Words: [weekday,] month day, year | [weekday,] day month year
        var words = asciiWords(t) ?? t.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\u{00A0}" })
            .map(String.init)
        if let w = words.first, weekdays.contains(where: { $0.hasPrefix(w) && w.count >= 3 }) { words.removeFirst() }
        guard words.count == 3 else { return nil }
        func month(_ w: String) -> Int? {
            guard w.count >= 3 else { return nil }
            return months.firstIndex(where: { $0.hasPrefix(w) }).map { $0 + 1 }
        }
        if let m = month(words[0]), let d = Int(words[1]), let y = Int(words[2]) { return valid(y, m, d) }
        if let d = Int(words[0]), let m = month(words[1]), let y = Int(words[2]) { return valid(y, m, d) }
        return nil
    }

    /// The words of an ASCII text (no-break spaces allowed) in lower case, parted as the rule above
    /// parts them (spaces, commas, dots, no-break spaces), read on the bytes; no words when there are
    /// more than four (no date has). Nil for any other text: the rule above then reads its characters.
    static func asciiWords(_ t: String) -> [String]? {
        var t = t
        return t.withUTF8 { b -> [String]? in
            var words: [String] = []
            var start = 0, i = 0
            func end(_ k: Int) {
                if k > start { words.append(String(asciiLowercasing: UnsafeBufferPointer(rebasing: b[start..<k]))) }
            }
            while i < b.count {
                let c = b[i]
                if c == 0x20 || c == 0x2C || c == 0x2E {
                    end(i)
                    i += 1
                    start = i
                } else if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 {
                    end(i)
                    i += 2
                    start = i
                } else if c >= 0x80 {
                    return nil
                } else {
                    i += 1
                }
                if words.count > 4 { return [] }
            }
            end(b.count)
            return words
        }
    }

    /// "2019-01-04" (and a time after it) read on the bytes, without making strings: the form most
    /// data has. Nil for anything else (the general rules then decide).
    static func isoFast(_ t: String) -> String? {
        let u = t.utf8
        guard u.count >= 10 else { return nil }
        return u.withContiguousStorageIfAvailable { b -> String? in
            func digit(_ k: Int) -> Int? { b[k] >= 0x30 && b[k] <= 0x39 ? Int(b[k] - 0x30) : nil }
            guard b[4] == 0x2D, b[7] == 0x2D, b.count == 10 || b[10] == 0x54 || b[10] == 0x20,
                  let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
                  let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) else { return nil }
            let (y, m, d) = (y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1)
            guard (1...12).contains(m), (1...31).contains(d), y >= 1000 else { return nil }
            // The same text as `format`: the ten bytes with the time cut off.
            return String(decoding: UnsafeBufferPointer(rebasing: b[0..<10]), as: UTF8.self)
        } ?? nil
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> String? {
        (1000...9999).contains(y) && (1...31).contains(d) ? format(y, m, d) : nil
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
