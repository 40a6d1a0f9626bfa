/// Date buckets for `count … by day|week|month|year` on ISO dates (`YYYY-MM-DD`).
public enum DateBucket: String, Sendable, CaseIterable {
    case day, week, month, year

    /// The bucket of an ISO date: "2019-01-04", "2019-W01", "2019-01", "2019"; nil when not a date.
    public func key(_ date: String) -> String? {
        let u = Array(date.utf8)
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D,
              let y = Int(String(decoding: u[0..<4], as: UTF8.self)),
              let m = Int(String(decoding: u[5..<7], as: UTF8.self)),
              let d = Int(String(decoding: u[8..<10], as: UTF8.self)) else { return nil }
        switch self {
        case .day: return String(date.prefix(10))
        case .month: return String(date.prefix(7))
        case .year: return String(date.prefix(4))
        case .week:
            let (wy, w) = Self.isoWeek(y, m, d)
            return "\(wy)-W\(w < 10 ? "0" : "")\(w)"
        }
    }

    /// The period after a key of this bucket ("2019-12" → "2020-01"); nil for a key it did not make.
    public func next(_ key: String) -> String? {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func four(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
        let parts = key.split(separator: "-").map(String.init)
        switch self {
        case .year:
            guard parts.count == 1, let y = Int(parts[0]) else { return nil }
            return four(y + 1)
        case .month:
            guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            return m >= 12 ? "\(four(y + 1))-01" : "\(four(y))-\(two(m + 1))"
        case .day:
            guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            let (ny, nm, nd) = Self.civil(Self.days(y, m, d) + 1)
            return "\(four(ny))-\(two(nm))-\(two(nd))"
        case .week:
            guard parts.count == 2, let y = Int(parts[0]), parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()) else { return nil }
            // The Thursday of the week, a week on.
            let jan4 = Self.days(y, 1, 4)
            let weekday = ((jan4 % 7) + 7 + 3) % 7  // 0 = Monday
            let thursday = jan4 - weekday + 3 + (w - 1) * 7 + 7
            let (ty, tm, td) = Self.civil(thursday)
            return self.key(Self.isoDate(ty, tm, td))
        }
    }

    static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String {
        "\(String(repeating: "0", count: max(0, 4 - String(y).count)))\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// The date of a day number (days since 1970-01-01), the inverse of `days`.
    static func civil(_ n: Int) -> (Int, Int, Int) {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// ISO 8601 week-numbering year and week.
    static func isoWeek(_ y: Int, _ m: Int, _ d: Int) -> (Int, Int) {
        let n = days(y, m, d)
        let weekday = ((n % 7) + 7 + 3) % 7 + 1  // 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday)
        let thursday = n - weekday + 4
        // The year of that Thursday.
        var year = y
        if thursday < days(y, 1, 1) { year = y - 1 } else if thursday >= days(y + 1, 1, 1) { year = y + 1 }
        let week = (thursday - days(year, 1, 1)) / 7 + 1
        return (year, week)
    }
}
